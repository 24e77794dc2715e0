#include "BalanceGroupsModel.h"

#include "Currency.h"
#include "ProviderNames.h"

#include <QLocale>

#include <algorithm>

namespace {
// Group rows have internal id 0; a child's id is its group's row plus one.
constexpr quintptr GroupId = 0;

std::optional<Money> plus(const std::optional<Money> &sum, const Money &value)
{
    return sum ? sum->checkedAdd(value) : std::optional(value);
}
} // namespace

BalanceGroupsModel::BalanceGroupsModel(BalancesModel *source, QObject *parent)
    : QAbstractItemModel(parent), m_source(source)
{
    // Balances are a few hundred rows at most: any change rebuilds the groups.
    connect(source, &QAbstractItemModel::modelReset, this, &BalanceGroupsModel::rebuild);
    connect(source, &QAbstractItemModel::layoutChanged, this, &BalanceGroupsModel::rebuild);
    connect(source, &QAbstractItemModel::dataChanged, this, &BalanceGroupsModel::rebuild);
    connect(source, &QAbstractItemModel::rowsInserted, this, &BalanceGroupsModel::rebuild);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &BalanceGroupsModel::rebuild);
    rebuild();
}

void BalanceGroupsModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    rebuild();
}

void BalanceGroupsModel::rebuild()
{
    beginResetModel();
    m_groups.clear();
    QHash<QString, int> byKey;
    const QList<Balance> &balances = m_source->balances();
    const UsdValuation &valuation = m_source->valuation();
    for (int row = 0; row < m_source->rowCount(); ++row) {
        const QModelIndex i = m_source->index(row, 0);
        const int balanceRow = i.data(BalancesModel::BalanceRowRole).toInt();
        const Balance *b = balanceRow >= 0 ? &balances.at(balanceRow) : nullptr;
        QString key;
        if (m_grouping == Grouping::Provider)
            key = i.data(BalancesModel::ProviderIdRole).toString();
        else if (m_grouping == Grouping::Currency)
            key = b ? b->currency : QString();
        else
            key = QString::number(row); // one "group" per row: shown flat
        auto it = byKey.constFind(key);
        if (it == byKey.cend()) {
            Group g;
            g.label = m_grouping == Grouping::Provider ? ProviderNames::display(key)
                      : key.isEmpty()                  ? tr("No data")
                                                       : key;
            g.currency = m_grouping == Grouping::Currency ? key : QString();
            it = byKey.insert(key, int(m_groups.size()));
            m_groups.append(g);
        }
        Group &g = m_groups[it.value()];
        g.rows.append(row);
        if (!b)
            continue;
        if (const std::optional<Money> usd = valuation.usd(*b))
            g.usd = plus(g.usd, *usd);
        else
            ++g.unpriced;
        if (m_grouping == Grouping::Currency)
            g.native = plus(g.native, b->available);
    }
    endResetModel();
}

int BalanceGroupsModel::sourceRow(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    if (index.internalId() == GroupId)
        return m_grouping == Grouping::None ? m_groups.at(index.row()).rows.first() : -1;
    return m_groups.at(int(index.internalId() - 1)).rows.at(index.row());
}

bool BalanceGroupsModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() == GroupId && m_grouping != Grouping::None;
}

QModelIndex BalanceGroupsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : GroupId);
}

QModelIndex BalanceGroupsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int BalanceGroupsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || !isGroup(parent))
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int BalanceGroupsModel::columnCount(const QModelIndex &) const
{
    return BalancesModel::ColumnCount;
}

QVariant BalanceGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isGroup(index))
        return groupData(m_groups.at(index.row()), index.column(), role);
    return m_source->index(sourceRow(index), index.column()).data(role);
}

QVariant BalanceGroupsModel::groupData(const Group &g, int column, int role) const
{
    const QLocale locale;
    const QString usd = QStringLiteral("USD");
    switch (role) {
    case Qt::DisplayRole:
        if (column == BalancesModel::Provider)
            return tr("%1 (%2)").arg(g.label, locale.toString(g.rows.size()));
        if (column == BalancesModel::UsdValue) {
            const QString total = g.usd ? Currency::formatLocale(*g.usd, usd, locale) : QString();
            if (g.unpriced == 0)
                return total;
            const QString missing = tr("%n without a rate", nullptr, g.unpriced);
            return total.isEmpty() ? missing : tr("%1 + %2").arg(total, missing);
        }
        if (column == BalancesModel::Available && g.native)
            return Currency::formatCompact(*g.native, g.currency, locale);
        if (column == BalancesModel::Currency)
            return g.currency;
        return {};
    case BalancesModel::SortRole:
        if (column == BalancesModel::UsdValue)
            return g.usd ? QVariant::fromValue(*g.usd) : QVariant();
        if (column == BalancesModel::Available && g.native)
            return QVariant::fromValue(*g.native);
        return column == BalancesModel::Provider ? QVariant(g.label) : QVariant();
    case Qt::TextAlignmentRole:
        return m_source->index(0, column).isValid() ? m_source->index(0, column).data(role)
                                                    : QVariant();
    case BalancesModel::ProblemRole:
        // A group is marked when any of its rows is: it may be shown collapsed.
        return std::any_of(g.rows.begin(), g.rows.end(), [this](int row) {
            return m_source->index(row, 0).data(BalancesModel::ProblemRole).toBool();
        });
    default:
        return {};
    }
}

QVariant BalanceGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source->headerData(section, orientation, role);
}
