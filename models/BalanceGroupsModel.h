#pragma once

#include "BalancesModel.h"

#include <QAbstractItemModel>

#include <optional>

/**
 * BalancesModel grouped by provider or by currency, as a two-level tree: a group row with
 * its count and USD subtotal, its balances below. "None" shows the balances flat. Child
 * cells are the source's own; only group rows are built here.
 */
class BalanceGroupsModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Grouping { None, Provider, Currency };

    explicit BalanceGroupsModel(BalancesModel *source, QObject *parent = nullptr);

    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    /// The BalancesModel row an index shows, or -1 for a group row.
    int sourceRow(const QModelIndex &index) const;
    bool isGroup(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Group
    {
        QString label;
        QList<int> rows;             ///< source rows
        std::optional<Money> usd;    ///< subtotal of the priced rows
        int unpriced = 0;            ///< rows without a USD value
        std::optional<Money> native; ///< subtotal in the group's currency (by currency)
        QString currency;
    };
    void rebuild();
    QVariant groupData(const Group &group, int column, int role) const;

    BalancesModel *m_source;
    Grouping m_grouping = Grouping::Provider;
    QList<Group> m_groups;
};
