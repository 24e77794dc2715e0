#include "TransactionsModel.h"

#include "Currency.h"
#include "ProviderNames.h"

#include <QLocale>

TransactionsModel::TransactionsModel(QObject *parent)
    : QAbstractTableModel(parent), m_table(std::make_shared<TransactionTable>())
{}

int TransactionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table->size();
}

int TransactionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransactionsModel::statusWord(Transaction::Status s)
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

bool TransactionsModel::providerWordAddsTo(Transaction::Status status, const QString &raw)
{
    return !raw.isEmpty() && raw.compare(Transaction::statusName(status), Qt::CaseInsensitive) != 0;
}

QString TransactionsModel::statusText(int row) const
{
    const QString &raw = m_table->rawStatus(row);
    // The provider's own word, when it says more than ours: for the tooltip and details.
    if (!providerWordAddsTo(m_table->status(row), raw))
        return QString();
    return tr("The provider's word: %1").arg(raw);
}

QVariant TransactionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const TransactionTable &t = *m_table;
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == Amount || index.column() == Fee;
        return number ? int(Qt::AlignRight | Qt::AlignVCenter)
                      : int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == RawJsonRole)
        return rawRecord(row);
    if (role == Qt::ToolTipRole && index.column() == Date)
        return t.date(row).toString(Qt::ISODate);
    if (role == Qt::ToolTipRole && index.column() == Status)
        return statusText(row);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return QLocale().toString(t.date(row).toLocalTime(), QLocale::ShortFormat);
    case Provider:
        return ProviderNames::display(t.provider(row));
    case Connection:
        return t.connection(row);
    case Description:
        return QString(t.description(row))
            .replace(u'\n', u' ')
            .replace(u'\r', u' ')
            .replace(u'\t', u' ');
    case Card:
        return Transaction::cardLabel(t.cardName(row), t.cardLastFour(row));
    case Status:
        return statusWord(t.status(row));
    case Direction:
        return t.direction(row) == Transaction::Direction::Out ? tr("Out") : tr("In");
    case Amount:
        // Crypto without the zeros its eight places would pad with; every digit there stays.
        return Currency::formatCompact(t.signedAmount(row), t.currency(row), QLocale());
    case Currency:
        return t.currency(row);
    case Fee: {
        const std::optional<Money> fee = t.fee(row);
        return fee ? Currency::formatCompact(*fee, t.currency(row), QLocale()) : QString();
    }
    case Id:
        return t.id(row);
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
    case Fee:
        return tr("Fee");
    case Id:
        return tr("Transaction ID");
    }
    return {};
}

void TransactionsModel::setTable(std::shared_ptr<TransactionTable> table)
{
    beginResetModel();
    m_table = table ? std::move(table) : std::make_shared<TransactionTable>();
    ++m_generation;
    endResetModel();
}

void TransactionsModel::mergeConnection(const ConnectionRef &connection,
                                        QList<Transaction> transactions, const QStringList &gaps)
{
    m_gaps.set(connection, gaps);
    transactions = connection.stamped(std::move(transactions));
    // Copy on write: an export may still be reading the rows it was given.
    if (m_table.use_count() > 1) {
        m_table = std::make_shared<TransactionTable>(*m_table);
        ++m_generation;
    }
    const QHash<QString, int> existing = m_table->rowsOf(connection.id);
    QList<Transaction> added;
    int firstChanged = m_table->size();
    int lastChanged = -1;
    for (const Transaction &t : transactions) {
        const auto it = existing.constFind(t.id);
        if (it == existing.cend()) {
            added.append(t);
            continue;
        }
        if (m_table->holds(it.value(), t))
            continue;
        m_table->replace(it.value(), t);
        firstChanged = qMin(firstChanged, it.value());
        lastChanged = qMax(lastChanged, it.value());
    }
    // One signal for the lot: a sorted view re-sorts once, not once per row.
    if (lastChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (added.isEmpty())
        return;
    // A provider may send the same id twice in one answer: keep the last.
    QHash<QString, int> fresh;
    for (int i = 0; i < added.size(); ++i)
        fresh.insert(added[i].id, i);
    const int first = m_table->size();
    beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
    for (int i = 0; i < added.size(); ++i) {
        if (fresh.value(added[i].id) == i)
            m_table->append(added[i]);
    }
    endInsertRows();
}

QByteArray TransactionsModel::rawRecord(int row) const
{
    if (!m_rawLoader || row < 0 || row >= m_table->size())
        return {};
    return m_rawLoader(m_table->connectionId(row), m_table->id(row));
}
