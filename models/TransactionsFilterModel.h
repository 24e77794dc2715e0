#pragma once

#include "TransactionFilter.h"
#include "TransactionTotals.h"

#include <QAbstractProxyModel>

#include <memory>
#include <vector>

class TransactionsModel;

/**
 * The Transactions page's filters and sort over TransactionsModel. A QSortFilterProxyModel
 * spends seconds on a million rows (index and QVariant per comparison, row-by-row removal
 * when a filter narrows); this proxy keeps one vector of source rows, filters it in
 * parallel with typed reads and sorts precomputed keys. Structural changes in the source
 * rebuild the vector and move persistent indexes (selection, current row) along.
 */
class TransactionsFilterModel final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit TransactionsFilterModel(TransactionsModel *source, QObject *parent = nullptr);

    void setFilter(const TransactionFilter &filter);
    const TransactionFilter &filter() const { return m_filter; }
    /// Source rows in the order shown: what an export writes.
    const QList<int> &sourceRows() const { return m_rows; }
    /// Source rows of the given proxy indexes, once each, in the order shown.
    QList<int> sourceRows(const QModelIndexList &proxyIndexes) const;
    QList<CurrencyTotal> totals() const;
    TransactionsModel *transactions() const { return m_source; }

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

signals:
    /// The set or order of rows shown changed: totals and charts follow.
    void rowsShownChanged();

private:
    void rebuild();
    void sortRows();
    /// Ends a reset of the source: rows rebuilt, filtered and sorted anew.
    void endReset();
    void beginLayoutChange();
    void endLayoutChange(int insertedAt = -1, int inserted = 0);

    TransactionsModel *m_source;
    TransactionFilter m_filter;
    QList<int> m_rows;                  ///< proxy row -> source row
    mutable std::vector<int> m_proxyOf; ///< source row -> proxy row or -1, built on demand
    mutable bool m_proxyOfValid = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // Persistent indexes across a layout change, as source rows and columns.
    QModelIndexList m_savedProxy;
    QList<std::pair<int, int>> m_savedSource;
};
