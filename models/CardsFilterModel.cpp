#include "CardsFilterModel.h"

#include "CardsModel.h"

CardsFilterModel::CardsFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CardsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CardsFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void CardsFilterModel::setStateFilter(std::optional<Card::State> state)
{
    m_state = state;
    invalidateFilter();
}

void CardsFilterModel::setProviderFilter(const QString &provider)
{
    m_provider = provider;
    invalidateFilter();
}

void CardsFilterModel::setConnectionFilter(const QString &connection)
{
    m_connection = connection;
    invalidateFilter();
}

bool CardsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *cards = qobject_cast<const CardsModel *>(sourceModel());
    if (!cards || sourceParent.isValid())
        return false;
    const Card &c = cards->cardAt(sourceRow);
    if (m_state && c.state != *m_state)
        return false;
    if (!m_provider.isEmpty() && c.provider != m_provider)
        return false;
    if (!m_connection.isEmpty() && c.connection != m_connection)
        return false;
    return m_search.isEmpty() || c.name.contains(m_search, Qt::CaseInsensitive) ||
           c.lastFour.contains(m_search);
}
