#include "TransactionsModel.h"

#include "Currency.h"
#include "ProviderNames.h"

#include <QLocale>

TransactionsModel::TransactionsModel(QObject *parent) : QAbstractTableModel(parent) {}

int TransactionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransactionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString statusText(Transaction::Status s)
{
    switch (s) {
    case Transaction::Status::Pending:
        return TransactionsModel::tr("Pending");
    case Transaction::Status::Settled:
        return TransactionsModel::tr("Settled");
    case Transaction::Status::Declined:
        return TransactionsModel::tr("Declined");
    case Transaction::Status::Failed:
        return TransactionsModel::tr("Failed");
    case Transaction::Status::Cancelled:
        return TransactionsModel::tr("Cancelled");
    case Transaction::Status::Reversed:
        return TransactionsModel::tr("Reversed");
    }
    return QString();
}

QVariant TransactionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Transaction &t = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Amount ? int(Qt::AlignRight | Qt::AlignVCenter)
                                        : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == SortRole) {
        if (index.column() == Date)
            return t.date;
        if (index.column() == Amount) {
            // Signed, at 8 places: exact for every fiat and crypto amount we see.
            const Money m = t.direction == Transaction::Direction::In
                                ? t.amount
                                : t.amount.checkedNegate().value_or(Money());
            return m.withScale(8, Money::Rounding::HalfEven).value_or(Money()).minorUnits();
        }
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole && index.column() == Status)
        return t.rawStatus;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return QLocale().toString(t.date.toLocalTime(), QLocale::ShortFormat);
    case Provider:
        return ProviderNames::display(t.provider);
    case Connection:
        return t.connection;
    case Description:
        return QString(t.description).replace(u'\n', u' ').replace(u'\r', u' ');
    case Card:
        return t.cardLastFour.isEmpty() ? t.cardName
                                        : QStringLiteral("%1 ·%2").arg(t.cardName, t.cardLastFour);
    case Status:
        return statusText(t.status);
    case Direction:
        return t.direction == Transaction::Direction::Out ? tr("Out") : tr("In");
    case Amount: {
        const QString text = Currency::formatLocale(t.amount, t.currency, QLocale());
        return t.direction == Transaction::Direction::Out ? QLocale().negativeSign() + text : text;
    }
    case Currency:
        return t.currency;
    case Id:
        return t.id;
    }
    return {};
}

QVariant TransactionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Provider:
        return tr("Provider");
    case Connection:
        return tr("Connection");
    case Description:
        return tr("Description");
    case Card:
        return tr("Card");
    case Status:
        return tr("Status");
    case Direction:
        return tr("Direction");
    case Amount:
        return tr("Amount");
    case Currency:
        return tr("Currency");
    case Id:
        return tr("Transaction ID");
    }
    return {};
}

void TransactionsModel::setConnectionTransactions(const QString &provider,
                                                  const QString &connection,
                                                  QList<Transaction> transactions)
{
    beginResetModel();
    m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(),
                                [&](const Transaction &t) {
                                    return t.provider == provider && t.connection == connection;
                                }),
                 m_rows.end());
    m_rows.append(std::move(transactions));
    endResetModel();
}
