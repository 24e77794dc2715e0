#pragma once

#include "TransactionFilter.h"
#include "TransactionTotals.h"

#include <QSortFilterProxyModel>

#include <memory>

class TransactionsModel;

/**
 * The Transactions page's filters and sort over TransactionsModel. Filtering and sorting
 * read the typed table directly, never through QVariant, so a million rows sort and
 * filter in well under a second. Totals of the filtered rows follow every change.
 */
class TransactionsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TransactionsFilterModel(TransactionsModel *source, QObject *parent = nullptr);

    void setFilter(const TransactionFilter &filter);
    const TransactionFilter &filter() const { return m_filter; }
    /// Source rows in the order shown: what an export writes.
    QList<int> sourceRows() const;
    /// Source rows of the given proxy rows, in the order shown.
    QList<int> sourceRows(const QModelIndexList &proxyIndexes) const;
    QList<CurrencyTotal> totals() const;
    TransactionsModel *transactions() const { return m_source; }

signals:
    /// The set of rows shown changed (filter, refresh or sort): totals and charts follow.
    void rowsShownChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void rebuildMatcher();

    TransactionsModel *m_source;
    TransactionFilter m_filter;
    const TransactionMatcher &matcher() const;

    // Built lazily for the source's current table (a reset or copy replaces it).
    mutable std::unique_ptr<TransactionMatcher> m_matcher;
    mutable quint64 m_matcherGeneration = 0;
};
