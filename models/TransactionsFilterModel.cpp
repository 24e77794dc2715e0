#include "TransactionsFilterModel.h"

#include "NameOrder.h"
#include "ProviderNames.h"
#include "TransactionsModel.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>

namespace {

// Rank of each distinct text (an interned pool), so sorting compares integers.
std::vector<int> ranks(int count, const std::function<QString(int)> &text)
{
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::vector<QString> values(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        values[size_t(i)] = text(i);
    const QCollator collator = NameOrder::collator();
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return collator.compare(values[size_t(a)], values[size_t(b)]) < 0;
    });
    std::vector<int> rank(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        rank[size_t(order[size_t(i)])] = i;
    return rank;
}

// An amount as integer units at a common scale; false when one would not fit.
bool scaledKeys(const QList<int> &rows, const std::function<std::optional<Money>(int)> &value,
                std::vector<qint64> &keys)
{
    int scale = 0;
    for (const int r : rows) {
        const std::optional<Money> m = value(r);
        if (m)
            scale = qMax(scale, m->scale());
    }
    keys.resize(size_t(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const std::optional<Money> m = value(rows[i]);
        if (!m) {
            keys[size_t(i)] = std::numeric_limits<qint64>::min();
            continue;
        }
        const std::optional<Money> s = m->withScale(scale);
        if (!s)
            return false;
        keys[size_t(i)] = s->minorUnits();
    }
    return true;
}

} // namespace

TransactionsFilterModel::TransactionsFilterModel(TransactionsModel *source, QObject *parent)
    : QAbstractProxyModel(parent), m_source(source)
{
    QAbstractProxyModel::setSourceModel(source);
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
            &TransactionsFilterModel::beginResetModel);
    connect(source, &QAbstractItemModel::modelReset, this, &TransactionsFilterModel::endReset);
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &TransactionsFilterModel::beginLayoutChange);
    connect(source, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                endLayoutChange(first, last - first + 1);
            });
    // The source only appends; anything else is handled as a reset.
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &TransactionsFilterModel::beginResetModel);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &TransactionsFilterModel::endReset);
    connect(source, &QAbstractItemModel::dataChanged, this, [this] {
        // A changed row may leave or join the filter, or move in the sort.
        beginLayoutChange();
        endLayoutChange();
    });
    connect(source, &QAbstractItemModel::headerDataChanged, this,
            &QAbstractItemModel::headerDataChanged);
    rebuild();
}

void TransactionsFilterModel::endReset()
{
    rebuild();
    endResetModel();
    emit rowsShownChanged();
}

void TransactionsFilterModel::setFilter(const TransactionFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    beginLayoutChange();
    endLayoutChange();
}

void TransactionsFilterModel::rebuild()
{
    const TransactionTable &table = m_source->rows();
    const int n = table.size();
    const TransactionMatcher matcher(m_filter, table);
    // Two halves in parallel: the machines we run on have two cores or more.
    auto range = [&matcher](int from, int to) {
        QList<int> rows;
        for (int r = from; r < to; ++r) {
            if (matcher.matches(r))
                rows.append(r);
        }
        return rows;
    };
    if (n < 20000) {
        m_rows = range(0, n);
    } else {
        QFuture<QList<int>> upper = QtConcurrent::run(range, n / 2, n);
        m_rows = range(0, n / 2);
        m_rows.append(upper.result());
    }
    sortRows();
    m_proxyOfValid = false;
}

void TransactionsFilterModel::sortRows()
{
    if (m_sortColumn < 0 || m_rows.isEmpty())
        return;
    const TransactionTable &t = m_source->rows();
    std::vector<qint64> keys;
    std::function<bool(int, int)> fallback; // for columns without integer keys
    auto byPool = [&](const std::vector<int> &rank, int (TransactionTable::*indexOf)(int) const) {
        keys.resize(size_t(m_rows.size()));
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            keys[size_t(i)] = rank[size_t((t.*indexOf)(m_rows[i]))];
    };
    auto byValue = [&](const std::function<qint64(int)> &key) {
        keys.resize(size_t(m_rows.size()));
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            keys[size_t(i)] = key(m_rows[i]);
    };
    switch (m_sortColumn) {
    case TransactionsModel::Date:
        byValue([&t](int r) { return t.dateMs(r); });
        break;
    case TransactionsModel::Provider:
        byPool(ranks(t.connectionCount(),
                     [&t](int c) { return ProviderNames::display(t.providerAt(c)); }),
               &TransactionTable::connectionIndex);
        break;
    case TransactionsModel::Connection:
        byPool(ranks(t.connectionCount(), [&t](int c) { return t.connectionAt(c); }),
               &TransactionTable::connectionIndex);
        break;
    case TransactionsModel::Description:
        byPool(ranks(t.descriptionCount(), [&t](int d) { return t.descriptionAt(d); }),
               &TransactionTable::descriptionIndex);
        break;
    case TransactionsModel::Card:
        byPool(ranks(t.cardCount(),
                     [&t](int c) { return t.cardNameAt(c) + u' ' + t.cardLastFourAt(c); }),
               &TransactionTable::cardIndex);
        break;
    case TransactionsModel::Status:
        byValue([&t](int r) { return qint64(t.status(r)); });
        break;
    case TransactionsModel::Direction:
        byValue([&t](int r) { return qint64(t.direction(r)); });
        break;
    case TransactionsModel::Currency:
        byPool(ranks(t.currencyCount(), [&t](int c) { return t.currencyAt(c); }),
               &TransactionTable::currencyIndex);
        break;
    case TransactionsModel::Amount:
        if (!scaledKeys(
                m_rows, [&t](int r) { return std::optional(t.signedAmount(r)); }, keys))
            fallback = [&t](int a, int b) { return t.signedAmount(a) < t.signedAmount(b); };
        break;
    case TransactionsModel::Fee:
        if (!scaledKeys(
                m_rows, [&t](int r) { return t.fee(r); }, keys))
            fallback = [&t](int a, int b) {
                return t.fee(a).value_or(Money()) < t.fee(b).value_or(Money());
            };
        break;
    case TransactionsModel::Id:
    default:
        fallback = [&t](int a, int b) { return t.id(a).compare(t.id(b), Qt::CaseInsensitive) < 0; };
        break;
    }
    // Sort positions, not rows, so keys stay beside them; ties fall back to time, then id.
    std::vector<int> order(static_cast<size_t>(m_rows.size()));
    std::iota(order.begin(), order.end(), 0);
    const QList<int> &rows = m_rows;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int ra = rows[a];
        const int rb = rows[b];
        if (fallback) {
            if (fallback(ra, rb))
                return true;
            if (fallback(rb, ra))
                return false;
        } else if (keys[size_t(a)] != keys[size_t(b)]) {
            return keys[size_t(a)] < keys[size_t(b)];
        }
        if (t.dateMs(ra) != t.dateMs(rb))
            return t.dateMs(ra) < t.dateMs(rb);
        return t.id(ra) < t.id(rb);
    });
    QList<int> sorted;
    sorted.reserve(m_rows.size());
    if (m_sortOrder == Qt::AscendingOrder) {
        for (const int i : order)
            sorted.append(m_rows[i]);
    } else {
        for (auto it = order.rbegin(); it != order.rend(); ++it)
            sorted.append(m_rows[*it]);
    }
    m_rows = std::move(sorted);
}

void TransactionsFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    beginLayoutChange();
    endLayoutChange();
}

void TransactionsFilterModel::beginLayoutChange()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_savedProxy = persistentIndexList();
    m_savedSource.clear();
    for (const QModelIndex &i : std::as_const(m_savedProxy))
        m_savedSource.append({m_rows.value(i.row(), -1), i.column()});
}

void TransactionsFilterModel::endLayoutChange(int insertedAt, int inserted)
{
    rebuild();
    QModelIndexList to;
    for (auto [row, column] : std::as_const(m_savedSource)) {
        if (insertedAt >= 0 && row >= insertedAt)
            row += inserted;
        to.append(row < 0 ? QModelIndex() : mapFromSource(m_source->index(row, column)));
    }
    changePersistentIndexList(m_savedProxy, to);
    m_savedProxy.clear();
    m_savedSource.clear();
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit rowsShownChanged();
}

QList<int> TransactionsFilterModel::sourceRows(const QModelIndexList &proxyIndexes) const
{
    QList<int> proxyRows;
    for (const QModelIndex &i : proxyIndexes)
        proxyRows.append(i.row());
    std::sort(proxyRows.begin(), proxyRows.end());
    proxyRows.erase(std::unique(proxyRows.begin(), proxyRows.end()), proxyRows.end());
    QList<int> rows;
    for (const int r : std::as_const(proxyRows)) {
        if (r >= 0 && r < m_rows.size())
            rows.append(m_rows[r]);
    }
    return rows;
}

QList<CurrencyTotal> TransactionsFilterModel::totals() const
{
    return TransactionTotals::compute(m_source->rows(), m_rows);
}

QModelIndex TransactionsFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 ||
        column >= TransactionsModel::ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex TransactionsFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int TransactionsFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransactionsFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : TransactionsModel::ColumnCount;
}

bool TransactionsFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

QModelIndex TransactionsFilterModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

QModelIndex TransactionsFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.row() >= m_rows.size())
        return {};
    return m_source->index(m_rows[proxyIndex.row()], proxyIndex.column());
}

QModelIndex TransactionsFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    if (!m_proxyOfValid) {
        m_proxyOf.assign(size_t(m_source->rowCount()), -1);
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_proxyOf[size_t(m_rows[i])] = int(i);
        m_proxyOfValid = true;
    }
    const size_t row = size_t(sourceIndex.row());
    if (row >= m_proxyOf.size() || m_proxyOf[row] < 0)
        return {};
    return createIndex(m_proxyOf[row], sourceIndex.column());
}
