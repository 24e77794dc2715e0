#pragma once

#include "Card.h"
#include "Provider.h"

#include <QObject>

#include <functional>
#include <optional>

class CardsModel;

/**
 * What the Cards page asks of a card, carried to its provider: freeze, unfreeze, cancel,
 * spend limit, create. The row shows the action as pending until the provider answers,
 * then the new state, or the old one with the reason; a second request while one is
 * under way sends nothing.
 */
class CardActions final : public QObject
{
    Q_OBJECT

public:
    CardActions(CardsModel *cards, ProviderLookup lookup, QObject *parent = nullptr);

public slots:
    void setFrozen(const QStringList &cardKeys, bool frozen);
    /// Cancels (archives) a card for good; the page asked the user to confirm.
    void cancel(const QString &cardKey);
    void setLimit(const QString &cardKey, const std::optional<Money> &amount,
                  const QString &period);
    void create(const QString &provider, const QString &connection, const NewCard &request);

signals:
    /// Something to tell the user in the status bar.
    void message(const QString &text);
    /// Reloading a connection's cards failed.
    void failed(const QString &connection, const ProviderError &error);

private:
    /// The provider that can act on the card, or nullptr with the reason on its row.
    Provider *providerFor(const QString &cardKey, Provider::Capability need);
    void reload(Provider *provider);

    CardsModel *m_cards;
    ProviderLookup m_lookup;
};
