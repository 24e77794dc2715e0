#include "CardActions.h"

#include "CardsModel.h"
#include "Transaction.h"

#include <QPointer>

CardActions::CardActions(CardsModel *cards, ProviderLookup lookup, QObject *parent)
    : QObject(parent), m_cards(cards), m_lookup(std::move(lookup))
{}

void CardActions::setFrozen(const QStringList &cardKeys, bool frozen)
{
    for (const QString &key : cardKeys) {
        Provider *p = providerFor(key, Provider::Capability::CardFreeze);
        if (!p)
            continue;
        const QString id = m_cards->card(key)->id;
        m_cards->setPending(key, frozen ? tr("Freezing…") : tr("Unfreezing…"));
        p->setCardFrozen(id, frozen).then(this, [this, key, frozen](const Result<Done> &r) {
            if (r.ok())
                m_cards->confirmState(key, frozen ? Card::State::Frozen : Card::State::Open);
            else
                m_cards->setError(key, r.error().summary());
        });
    }
}

Provider *CardActions::providerFor(const QString &key, Provider::Capability need)
{
    const Card *card = m_cards->card(key);
    // A second request while one is under way sends nothing.
    if (!card || m_cards->isPending(key))
        return nullptr;
    Provider *p = m_lookup(card->provider, card->connection);
    if (!p || !p->can(need)) {
        m_cards->setError(key, p ? tr("%1 does not offer this").arg(p->displayName())
                                 : tr("its connection is not open"));
        return nullptr;
    }
    return p;
}

void CardActions::cancel(const QString &key)
{
    Provider *p = providerFor(key, Provider::Capability::CardCancel);
    if (!p)
        return;
    const Card *card = m_cards->card(key);
    m_cards->setPending(key, tr("Cancelling…"));
    p->cancelCard(card->id).then(this, [this, key](const Result<Done> &r) {
        if (r.ok())
            m_cards->confirmState(key, Card::State::Cancelled);
        else
            m_cards->setError(key, r.error().summary());
    });
}

void CardActions::reload(Provider *p)
{
    const QString id = p->providerId();
    const QString connection = p->connectionName();
    p->fetchCards().then(this, [this, id, connection](const Result<QList<Card>> &r) {
        if (r.ok())
            m_cards->setConnectionCards(id, connection, r.value());
        else
            emit failed(connection, r.error());
    });
}

void CardActions::setLimit(const QString &key, const std::optional<Money> &amount,
                           const QString &period)
{
    Provider *p = providerFor(key, Provider::Capability::CardLimit);
    if (!p)
        return;
    const Card *card = m_cards->card(key);
    const Card::State state = card->state;
    m_cards->setPending(key, tr("Setting limit…"));
    p->setCardLimit(card->id, amount, period)
        .then(this, [this, key, state, p = QPointer<Provider>(p)](const Result<Done> &r) {
            if (!r.ok()) {
                m_cards->setError(key, r.error().summary());
                return;
            }
            m_cards->confirmState(key, state);
            // The list shows the limit as the provider now has it.
            if (p)
                reload(p);
        });
}

void CardActions::create(const QString &provider, const QString &connection, const NewCard &request)
{
    Provider *p = m_lookup(provider, connection);
    if (!p || !p->can(Provider::Capability::CardCreate))
        return;
    emit message(tr("Creating the card “%1” at %2…").arg(request.name, connection));
    p->createCard(request).then(this, [this, request, connection,
                                       p = QPointer<Provider>(p)](const Result<Card> &r) {
        if (r.ok()) {
            emit message(tr("Card created: %1")
                             .arg(Transaction::cardLabel(r.value().name, r.value().lastFour)));
        } else {
            const ProviderError::Kind kind = r.error().kind;
            // Not retried: a lost answer may hide a card that exists; the list will say.
            const bool unknown =
                kind == ProviderError::Kind::Timeout || kind == ProviderError::Kind::Network;
            emit message(
                unknown
                    ? tr("%1: no answer to creating “%2”; the card list is reloaded to "
                         "show whether it exists before you try again.")
                          .arg(connection, request.name)
                    : tr("%1: the card was not created: %2").arg(connection, r.error().summary()));
        }
        if (p)
            reload(p);
    });
}
