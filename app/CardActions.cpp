#include "CardActions.h"

#include "ActionJournal.h"
#include "CardsModel.h"
#include "Transaction.h"

#include <QPointer>
#include <QUuid>

CardActions::CardActions(CardsModel *cards, ProviderLookup lookup, QObject *parent)
    : QObject(parent), m_cards(cards), m_lookup(std::move(lookup))
{}

qint64 CardActions::record(const QString &action, const QString &provider,
                           const QString &connection, const QString &target,
                           const std::optional<Money> &amount, const QString &currency)
{
    if (!m_journal)
        return 0;
    JournalEntry e;
    e.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.provider = provider;
    e.connection = connection;
    e.action = action;
    e.target = target;
    e.amount = amount;
    e.currency = currency;
    const auto id = m_journal->append(e);
    if (!id) {
        // The action still goes out (a freeze must not wait on a disk), but the user is
        // told that the audit trail misses it.
        emit message(
            tr("The journal could not record this action: %1").arg(m_journal->lastError()));
        return 0;
    }
    emit journalChanged();
    return *id;
}

qint64 CardActions::record(const QString &action, const Card &card,
                           const std::optional<Money> &amount)
{
    return record(action, card.provider, card.connection,
                  Transaction::cardLabel(card.name, card.lastFour), amount, card.currency);
}

void CardActions::settle(qint64 id, const ProviderError *error, const QString &reference)
{
    if (!m_journal || id == 0)
        return;
    const JournalEntry::State state = JournalEntry::stateAfter(error);
    QString message;
    if (error)
        message = state == JournalEntry::State::Unknown
                      ? tr("No answer (%1); the card list shows whether it took effect.")
                            .arg(error->summary())
                      : error->summary();
    m_journal->update(id, state, reference, message);
    emit journalChanged();
}

void CardActions::setFrozen(const QStringList &cardKeys, bool frozen)
{
    for (const QString &key : cardKeys) {
        Provider *p = providerFor(key, Provider::Capability::CardFreeze);
        if (!p)
            continue;
        const Card *card = m_cards->card(key);
        const qint64 entry =
            record(frozen ? QStringLiteral("freeze") : QStringLiteral("unfreeze"), *card);
        m_cards->setPending(key, frozen ? tr("Freezing…") : tr("Unfreezing…"));
        p->setCardFrozen(card->id, frozen)
            .then(this, [this, key, frozen, entry](const Result<Done> &r) {
                settle(entry, r.ok() ? nullptr : &r.error());
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
    const qint64 entry = record(QStringLiteral("cancel"), *card);
    m_cards->setPending(key, tr("Cancelling…"));
    p->cancelCard(card->id).then(this, [this, key, entry](const Result<Done> &r) {
        settle(entry, r.ok() ? nullptr : &r.error());
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

void CardActions::reloadCard(Provider *p, const QString &key)
{
    const Card *card = m_cards->card(key);
    if (!card || !p->can(Provider::Capability::CardDetails)) {
        reload(p);
        return;
    }
    const QString connection = p->connectionName();
    p->fetchCard(card->id).then(this, [this, connection](const Result<Card> &r) {
        if (r.ok())
            m_cards->updateCard(r.value());
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
    const qint64 entry = record(QStringLiteral("limit"), *card, amount);
    m_cards->setPending(key, tr("Setting limit…"));
    p->setCardLimit(card->id, amount, period)
        .then(this, [this, key, state, entry, p = QPointer<Provider>(p)](const Result<Done> &r) {
            settle(entry, r.ok() ? nullptr : &r.error());
            if (!r.ok()) {
                m_cards->setError(key, r.error().summary());
                return;
            }
            m_cards->confirmState(key, state);
            // The row shows the limit as the provider now has it.
            if (p)
                reloadCard(p, key);
        });
}

void CardActions::create(const QString &provider, const QString &connection, const NewCard &request)
{
    Provider *p = m_lookup(provider, connection);
    if (!p || !p->can(Provider::Capability::CardCreate))
        return;
    emit message(tr("Creating the card “%1” at %2…").arg(request.name, connection));
    const qint64 entry = record(QStringLiteral("create"), provider, connection, request.name);
    p->createCard(request).then(this, [this, request, connection, entry,
                                       p = QPointer<Provider>(p)](const Result<Card> &r) {
        settle(entry, r.ok() ? nullptr : &r.error(), r.ok() ? r.value().id : QString());
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
