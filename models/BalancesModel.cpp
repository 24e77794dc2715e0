#include "BalancesModel.h"

#include "Currency.h"
#include "ProviderNames.h"

#include <QCoreApplication>
#include <QLocale>

BalancesModel::BalancesModel(QObject *parent) : QAbstractTableModel(parent) {}

int BalancesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size() + m_errors.size());
}

int BalancesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BalancesModel::asOfText(const QDateTime &asOf)
{
    return tr("As of %1").arg(QLocale().toString(asOf.toLocalTime(), QLocale::ShortFormat));
}

QVariant BalancesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column == Available || column == Pending || column == UsdValue
                   ? int(Qt::AlignRight | Qt::AlignVCenter)
                   : int(Qt::AlignLeft | Qt::AlignVCenter);
    const bool isError = index.row() >= m_rows.size();
    if (role == BalanceRowRole)
        return isError ? -1 : index.row();
    if (role == ProblemRole)
        return isError ? m_errors.at(index.row() - m_rows.size()).problem
                       : m_staleReason.contains(m_rows.at(index.row()).connectionId);
    if (role == ProviderIdRole)
        return isError ? m_errors.at(index.row() - m_rows.size()).provider
                       : m_rows.at(index.row()).provider;
    if (role == SortRole && !isError) {
        const Balance &b = m_rows.at(index.row());
        if (column == Available)
            return QVariant::fromValue(b.available);
        if (column == Pending)
            return b.pending ? QVariant::fromValue(*b.pending) : QVariant();
        if (column == UsdValue) {
            const std::optional<Money> usd = m_valuation.usd(b);
            return usd ? QVariant::fromValue(*usd) : QVariant();
        }
    }
    if (role == SortRole)
        role = Qt::DisplayRole;
    if (role == Qt::ToolTipRole && column == UsdValue && !isError) {
        const std::optional<ExchangeRate> r = m_valuation.rate(m_rows.at(index.row()).currency);
        // Said the way the provider gave it, so it can be compared with the provider's.
        if (r && r->from == QLatin1String("USD"))
            return tr("1 USD = %1 %2, rate of %3")
                .arg(r->rate.toLocaleString(QLocale()), r->to,
                     QLocale().toString(r->at.toLocalTime(), QLocale::ShortFormat));
        if (r)
            return tr("1 %1 = %2 USD, rate of %3")
                .arg(r->from, r->rate.toLocaleString(QLocale()),
                     QLocale().toString(r->at.toLocalTime(), QLocale::ShortFormat));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (isError) {
        const ErrorRow &e = m_errors.at(index.row() - m_rows.size());
        switch (index.column()) {
        case Provider:
            return ProviderNames::display(e.provider);
        case Connection:
            return e.connection;
        case Status:
            return e.message;
        default:
            return QString();
        }
    }
    const Balance &b = m_rows.at(index.row());
    switch (index.column()) {
    case Provider:
        return ProviderNames::display(b.provider);
    case Connection:
        return b.connection;
    case Account:
        // The providers' fixed account names have translations; users' own names do not.
        return QCoreApplication::translate("BalanceAccount", b.account.toUtf8().constData());
    case Currency:
        return b.currency;
    case Available:
        return Currency::formatCompact(b.available, b.currency, QLocale());
    case Pending:
        return b.pending ? Currency::formatCompact(*b.pending, b.currency, QLocale()) : QString();
    case UsdValue: {
        const std::optional<Money> usd = m_valuation.usd(b);
        // Never zero for an unknown rate: a total that silently drops money misleads.
        return usd ? Currency::formatLocale(*usd, QStringLiteral("USD"), QLocale()) : tr("no rate");
    }
    case Status: {
        const QString stale = m_staleReason.value(b.connectionId);
        if (stale.isEmpty())
            return asOfText(b.asOf);
        return tr("As of %1; refresh failed: %2")
            .arg(QLocale().toString(b.asOf.toLocalTime(), QLocale::ShortFormat), stale);
    }
    }
    return {};
}

QVariant BalancesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Provider:
        return tr("Provider");
    case Connection:
        return tr("Connection");
    case Account:
        return tr("Account");
    case Currency:
        return tr("Currency");
    case Available:
        return tr("Available");
    case Pending:
        return tr("Pending");
    case UsdValue:
        return tr("Value (USD)");
    case Status:
        return tr("Status");
    }
    return {};
}

void BalancesModel::setConnectionBalances(const ConnectionRef &connection,
                                          const QList<Balance> &balances, const QStringList &gaps)
{
    beginResetModel();
    m_gaps.set(connection, gaps);
    const auto isTheirs = [&](const auto &row) { return row.connectionId == connection.id; };
    m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(), isTheirs), m_rows.end());
    m_errors.erase(std::remove_if(m_errors.begin(), m_errors.end(), isTheirs), m_errors.end());
    m_staleReason.remove(connection.id);
    m_rows.append(connection.stamped(balances));
    endResetModel();
}

void BalancesModel::setConnectionError(const ConnectionRef &connection, const QString &message,
                                       bool problem)
{
    const auto isTheirs = [&](const auto &row) { return row.connectionId == connection.id; };
    const bool hasRows = std::any_of(m_rows.begin(), m_rows.end(), isTheirs);
    beginResetModel();
    if (hasRows) {
        if (problem)
            m_staleReason.insert(connection.id, message);
    } else {
        m_errors.erase(std::remove_if(m_errors.begin(), m_errors.end(), isTheirs), m_errors.end());
        m_errors.append({connection.id, connection.provider, connection.name, message, problem});
    }
    endResetModel();
}

void BalancesModel::setRates(const UsdRates &rates)
{
    m_valuation.setRates(rates);
    valuesChanged();
}

void BalancesModel::setStablecoinsAtPar(bool atPar)
{
    m_valuation.setStablecoinsAtPar(atPar);
    valuesChanged();
}

void BalancesModel::valuesChanged()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, UsdValue), index(rowCount() - 1, UsdValue));
}

void BalancesModel::setConnectionsWithoutBalances(const QList<ConnectionRef> &connections)
{
    m_withoutBalances = connections;
}

void BalancesModel::setPrepaidCards(const QList<Card> &cards,
                                    const QList<ConnectionGaps::Gap> &gaps)
{
    const QMap<QString, Money> held = Card::heldOnCards(cards);
    QStringList cardGaps;
    for (const ConnectionGaps::Gap &g : gaps)
        cardGaps << g.connection + u'\n' + g.gap;
    if (held == m_onCards && cardGaps == m_cardGaps)
        return;
    m_onCards = held;
    m_cardGaps = cardGaps;
    emit totalsChanged();
}

UsdValuation::Totals BalancesModel::totals() const
{
    UsdValuation::Totals t = m_valuation.totals(m_rows);
    t.onPrepaidCards = m_onCards;
    for (const ErrorRow &e : m_errors)
        t.notIncluded.append(
            {e.connection, QString(), tr("no balance read yet: %1").arg(e.message)});
    for (const ConnectionRef &c : m_withoutBalances)
        t.notIncluded.append({c.name, QString(), tr("its provider reports no balance")});
    for (const ConnectionGaps::Gap &g : m_gaps.gaps())
        t.notIncluded.append({g.connection, QString(), tr("read in part: %1").arg(g.gap)});
    // What cards hold is listed apart; cards that could not be read are not in it.
    for (const QString &g : m_cardGaps)
        t.notIncluded.append({g.section(u'\n', 0, 0), QString(),
                              tr("its cards were read in part: %1").arg(g.section(u'\n', 1))});
    for (const Balance &b : m_rows) {
        if (!m_staleReason.contains(b.connectionId))
            continue;
        QDateTime &asOf = t.stale[b.connection];
        if (!asOf.isValid() || b.asOf < asOf)
            asOf = b.asOf;
    }
    return t;
}

QStringList BalancesModel::problems() const
{
    QStringList out;
    for (const ErrorRow &e : m_errors) {
        if (e.problem)
            out.append(tr("%1: %2").arg(e.connection, e.message));
    }
    QStringList staleShown;
    for (const Balance &b : m_rows) {
        const QString why = m_staleReason.value(b.connectionId);
        if (!why.isEmpty() && !staleShown.contains(b.connectionId)) {
            staleShown.append(b.connectionId);
            out.append(tr("%1: %2 (its last known balances are shown, marked stale)")
                           .arg(b.connection, why));
        }
    }
    for (const QString &line : m_gaps.lines())
        out.append(tr("Read in part: %1").arg(line));
    return out;
}
