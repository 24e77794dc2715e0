#include "TransactionsFilterModel.h"

#include "ProviderNames.h"
#include "TransactionsModel.h"

namespace {

template<typename T> int order(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive);
}

} // namespace

TransactionsFilterModel::TransactionsFilterModel(TransactionsModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    // New connections, cards and statuses in the source get decided in the matcher again.
    connect(source, &QAbstractItemModel::modelReset, this,
            &TransactionsFilterModel::rebuildMatcher);
    connect(source, &QAbstractItemModel::rowsInserted, this,
            &TransactionsFilterModel::rebuildMatcher);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &TransactionsFilterModel::rowsShownChanged);
    connect(this, &QAbstractItemModel::modelReset, this,
            &TransactionsFilterModel::rowsShownChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this,
            &TransactionsFilterModel::rowsShownChanged);
}

void TransactionsFilterModel::rebuildMatcher()
{
    m_matcher.reset();
}

const TransactionMatcher &TransactionsFilterModel::matcher() const
{
    if (!m_matcher || m_matcherGeneration != m_source->tableGeneration()) {
        m_matcher = std::make_unique<TransactionMatcher>(m_filter, m_source->rows());
        m_matcherGeneration = m_source->tableGeneration();
    }
    return *m_matcher;
}

void TransactionsFilterModel::setFilter(const TransactionFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuildMatcher();
    invalidateFilter();
    emit rowsShownChanged();
}

bool TransactionsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return matcher().matches(sourceRow);
}

bool TransactionsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const TransactionTable &t = m_source->rows();
    const int a = left.row();
    const int b = right.row();
    int c = 0;
    switch (left.column()) {
    case TransactionsModel::Date:
        c = order(t.dateMs(a), t.dateMs(b));
        break;
    case TransactionsModel::Provider:
        c = compareText(ProviderNames::display(t.provider(a)),
                        ProviderNames::display(t.provider(b)));
        break;
    case TransactionsModel::Connection:
        c = compareText(t.connection(a), t.connection(b));
        break;
    case TransactionsModel::Description:
        c = compareText(t.description(a), t.description(b));
        break;
    case TransactionsModel::Card:
        c = t.cardIndex(a) == t.cardIndex(b) ? 0 : compareText(t.cardName(a), t.cardName(b));
        if (c == 0)
            c = compareText(t.cardLastFour(a), t.cardLastFour(b));
        break;
    case TransactionsModel::Status:
        c = order(int(t.status(a)), int(t.status(b)));
        break;
    case TransactionsModel::Direction:
        c = order(int(t.direction(a)), int(t.direction(b)));
        break;
    case TransactionsModel::Amount:
        c = t.signedAmount(a).compare(t.signedAmount(b));
        break;
    case TransactionsModel::Currency:
        c = t.currencyIndex(a) == t.currencyIndex(b) ? 0
                                                     : compareText(t.currency(a), t.currency(b));
        break;
    case TransactionsModel::Fee:
        c = order(t.fee(a).value_or(Money()), t.fee(b).value_or(Money()));
        break;
    case TransactionsModel::Id:
        c = compareText(t.id(a), t.id(b));
        break;
    }
    // Ties fall back to time, then id, so equal keys keep a stable, meaningful order.
    if (c == 0)
        c = order(t.dateMs(a), t.dateMs(b));
    if (c == 0)
        c = order(t.id(a), t.id(b));
    return c < 0;
}

QList<int> TransactionsFilterModel::sourceRows() const
{
    QList<int> rows;
    const int n = rowCount();
    rows.reserve(n);
    for (int r = 0; r < n; ++r)
        rows.append(mapToSource(index(r, 0)).row());
    return rows;
}

QList<int> TransactionsFilterModel::sourceRows(const QModelIndexList &proxyIndexes) const
{
    QList<int> proxyRows;
    for (const QModelIndex &i : proxyIndexes)
        proxyRows.append(i.row());
    std::sort(proxyRows.begin(), proxyRows.end());
    proxyRows.erase(std::unique(proxyRows.begin(), proxyRows.end()), proxyRows.end());
    QList<int> rows;
    for (const int r : std::as_const(proxyRows))
        rows.append(mapToSource(index(r, 0)).row());
    return rows;
}

QList<CurrencyTotal> TransactionsFilterModel::totals() const
{
    return TransactionTotals::compute(m_source->rows(), sourceRows());
}
