#include "CardsModel.h"

#include "Currency.h"
#include "ProviderNames.h"

#include <QLocale>

CardsModel::CardsModel(QObject *parent) : QAbstractTableModel(parent) {}

int CardsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

int CardsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString stateText(Card::State s)
{
    switch (s) {
    case Card::State::Open:
        return CardsModel::tr("Open");
    case Card::State::Frozen:
        return CardsModel::tr("Frozen");
    case Card::State::Cancelled:
        return CardsModel::tr("Cancelled");
    }
    return QString();
}

QVariant CardsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Card &c = m_cards.at(index.row());
    const QString key = c.key();
    switch (role) {
    case CardKeyRole:
        return key;
    case StateRole:
        return int(c.state);
    case PendingRole:
        return m_pending.value(key);
    case ErrorRole:
        return m_errors.value(key);
    case Qt::ToolTipRole:
        return m_errors.value(key);
    case Qt::AccessibleTextRole:
        // The state cell draws a Freeze / Unfreeze button: a screen reader says it and how.
        if (index.column() == State && c.state != Card::State::Cancelled)
            return (c.state == Card::State::Frozen ? tr("%1; Space unfreezes it")
                                                   : tr("%1; Space freezes it"))
                .arg(data(index, Qt::DisplayRole).toString());
        return data(index, Qt::DisplayRole);
    case SortRole:
        switch (index.column()) {
        case SpendLimit:
            // Scaled to cents as a number: limits are USD amounts well inside 64 bits.
            return c.spendLimit ? c.spendLimit->withScale(2, Money::Rounding::HalfEven)
                                      .value_or(Money())
                                      .minorUnits()
                                : qint64(-1);
        case Created:
            return c.created;
        case State:
            return int(c.state);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        return index.column() == SpendLimit ? int(Qt::AlignRight | Qt::AlignVCenter)
                                            : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        // One line per row: a name with a line break would hide the rows under it.
        return QString(c.name).replace(u'\n', u' ').replace(u'\r', u' ');
    case LastFour:
        return c.lastFour;
    case Provider:
        return ProviderNames::display(c.provider);
    case Connection:
        return c.connection;
    case State: {
        const QString pending = m_pending.value(key);
        if (!pending.isEmpty())
            return pending;
        const QString error = m_errors.value(key);
        return error.isEmpty() ? stateText(c.state)
                               : tr("%1 (failed: %2)").arg(stateText(c.state), error);
    }
    case SpendLimit:
        return c.spendLimit ? Currency::formatLocale(*c.spendLimit, c.currency, QLocale())
                            : tr("No limit");
    case Period:
        return c.spendLimit ? CardLimitPeriods::text(c.spendLimitPeriod) : QString();
    case Frequency:
        return CardFrequencies::text(c.spendingFrequency);
    case Created:
        return QLocale().toString(c.created.toLocalTime().date(), QLocale::ShortFormat);
    }
    return {};
}

QVariant CardsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case LastFour:
        return tr("Last four");
    case Provider:
        return tr("Provider");
    case Connection:
        return tr("Connection");
    case State:
        return tr("State");
    case SpendLimit:
        return tr("Spend limit");
    case Period:
        return tr("Period");
    case Frequency:
        return tr("Use");
    case Created:
        return tr("Created");
    }
    return {};
}

void CardsModel::setConnectionCards(const ConnectionRef &connection, const QList<Card> &cards,
                                    const QStringList &gaps)
{
    m_gaps.set(connection, gaps);
    beginResetModel();
    m_cards.erase(std::remove_if(m_cards.begin(), m_cards.end(),
                                 [&](const Card &c) { return c.connectionId == connection.id; }),
                  m_cards.end());
    m_cards.append(connection.stamped(cards));
    endResetModel();
    emit connectionLoaded(connection.id);
}

void CardsModel::updateCard(const QString &key, Card card)
{
    const int row = rowOf(key);
    if (row < 0)
        return;
    // The provider knows the card, the row knows whose it is.
    const Card &mine = m_cards.at(row);
    card.connectionId = mine.connectionId;
    card.provider = mine.provider;
    card.connection = mine.connection;
    m_cards[row] = card;
    rowChanged(row);
}

const Card *CardsModel::card(const QString &key) const
{
    const int row = rowOf(key);
    return row < 0 ? nullptr : &m_cards.at(row);
}

int CardsModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_cards.size(); ++i) {
        if (m_cards[i].key() == key)
            return i;
    }
    return -1;
}

void CardsModel::rowChanged(int row)
{
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CardsModel::setPending(const QString &key, const QString &label)
{
    m_pending.insert(key, label);
    m_errors.remove(key);
    rowChanged(rowOf(key));
}

void CardsModel::confirmState(const QString &key, Card::State state)
{
    m_pending.remove(key);
    m_errors.remove(key);
    const int row = rowOf(key);
    if (row >= 0) {
        m_cards[row].state = state;
        rowChanged(row);
    }
}

void CardsModel::setError(const QString &key, const QString &message)
{
    m_pending.remove(key);
    m_errors.insert(key, message);
    rowChanged(rowOf(key));
}
