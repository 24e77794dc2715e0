#pragma once

#include "Card.h"

#include <QSortFilterProxyModel>

#include <optional>

/**
 * The Cards page's search (name or last four), filters (state, provider, connection) and
 * sort over CardsModel. Filter state lives in the setters; each change refilters once.
 */
class CardsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CardsFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setStateFilter(std::optional<Card::State> state);
    /// Empty for any.
    void setProviderFilter(const QString &provider);
    void setConnectionFilter(const QString &connection);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    std::optional<Card::State> m_state;
    QString m_provider;
    QString m_connection;
};
