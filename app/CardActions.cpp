#include "CardActions.h"

#include "ActionJournal.h"
#include "CardClosing.h"
#include "CardControl.h"
#include "CardIssuing.h"
#include "CardLimits.h"
#include "CardSource.h"
#include "CardsModel.h"
#include "ProviderRegistry.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QPointer>
#include <QUuid>

CardActions::CardActions(CardsModel *cards, ProviderRegistry *providers, QObject *parent)
    : QObject(parent), m_cards(cards), m_providers(providers)
{}

qint64 CardActions::record(const JournalAction &action, const QString &provider,
                           const QString &connection, const QString &target,
                           const std::optional<Money> &amount, const QString &currency,
                           const QJsonObject &request)
{
    if (!m_journal)
        return 0;
    JournalEntry e;
    e.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.provider = provider;
    if (const Provider *open = m_providers->provider(connection))
        e.connectionId = open->connectionId();
    e.connection = connection;
    e.action = action;
    e.target = target;
    e.amount = amount;
    e.currency = currency;
    if (!request.isEmpty())
        e.request = QJsonDocument(request).toJson(QJsonDocument::Compact);
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

qint64 CardActions::record(const JournalAction &action, const Card &card,
                           const std::optional<Money> &amount, const QJsonObject &request)
{
    return record(action, card.provider, card.connection,
                  Transaction::cardLabel(card.name, card.lastFour), amount, card.currency, request);
}

void CardActions::settle(qint64 id, const ProviderError *error, const QString &reference)
{
    if (!m_journal || id == 0)
        return;
    const JournalEntry::State state = JournalEntry::stateAfter(error);
    JournalText message;
    if (error)
        message = state == JournalEntry::State::Unknown
                      ? JournalText(QT_TRANSLATE_NOOP("JournalText",
                                                      "No answer (%1); the card list shows "
                                                      "whether it took effect."),
                                    {error->summary()})
                      : JournalText::verbatim(error->summary());
    m_journal->update(id, state, reference, message);
    emit journalChanged();
}

void CardActions::setFrozen(const QStringList &cardKeys, bool frozen)
{
    freeze(cardKeys, frozen, QJsonObject());
}

void CardActions::emergencyFreeze(const QString &emergencyId, const QStringList &cardKeys)
{
    freeze(cardKeys, true, QJsonObject{{QStringLiteral("emergency"), emergencyId}});
}

void CardActions::undoEmergencyFreeze(const QString &emergencyId)
{
    if (!m_journal || emergencyId.isEmpty())
        return;
    QStringList keys;
    for (const JournalEntry &e : m_journal->entries()) {
        const QString key = e.cardKey();
        const Card *card = m_cards->card(key);
        // What it froze, still frozen: a card unfrozen or cancelled since is left alone.
        if (e.frozeFor(emergencyId) && card && card->state == Card::State::Frozen &&
            !keys.contains(key))
            keys.append(key);
    }
    emit message(keys.isEmpty() ? tr("No card that emergency freeze froze is still frozen.")
                                : tr("Unfreezing %n card(s) that emergency freeze froze.", nullptr,
                                     int(keys.size())));
    freeze(keys, false, QJsonObject{{QStringLiteral("undoes"), emergencyId}});
}

void CardActions::freeze(const QStringList &cardKeys, bool frozen, const QJsonObject &request)
{
    for (const QString &key : cardKeys) {
        auto *p = providerFor<CardControl>(key);
        if (!p)
            continue;
        const Card *card = m_cards->card(key);
        QJsonObject kept = request;
        kept.insert(QStringLiteral("card"), key);
        const qint64 entry = record(
            JournalAction(frozen ? JournalAction::Kind::Freeze : JournalAction::Kind::Unfreeze),
            *card, std::nullopt, kept);
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

template<typename T> T *CardActions::providerFor(const QString &key)
{
    const Card *card = m_cards->card(key);
    // A second request while one is under way sends nothing.
    if (!card || m_cards->isPending(key))
        return nullptr;
    Provider *p = m_providers->provider(card->connection);
    T *t = qobject_cast<T *>(p);
    if (!t) {
        m_cards->setError(key, p ? tr("%1 does not offer this").arg(p->displayName())
                                 : tr("its connection is not open"));
    }
    return t;
}

void CardActions::cancel(const QString &key)
{
    auto *p = providerFor<CardClosing>(key);
    if (!p)
        return;
    const Card *card = m_cards->card(key);
    const qint64 entry = record(JournalAction(JournalAction::Kind::CancelCard), *card);
    m_cards->setPending(key, tr("Cancelling…"));
    p->cancelCard(card->id).then(this, [this, key, entry](const Result<Done> &r) {
        settle(entry, r.ok() ? nullptr : &r.error());
        if (r.ok())
            m_cards->confirmState(key, Card::State::Cancelled);
        else
            m_cards->setError(key, r.error().summary());
    });
}

void CardActions::reload(const QString &connection)
{
    Provider *provider = m_providers->provider(connection);
    auto *p = qobject_cast<CardSource *>(provider);
    if (!p)
        return;
    p->fetchCards().then(this, [this, ref = provider->connection()](const Result<QList<Card>> &r) {
        if (r.ok())
            m_cards->setConnectionCards(ref, r.value());
        else
            emit failed(ref.name, r.error());
    });
}

void CardActions::reloadCard(const QString &connection, const QString &key)
{
    const Card *card = m_cards->card(key);
    auto *p = m_providers->find<CardSource>(connection);
    if (!card || !p)
        return;
    p->fetchCard(card->id).then(this, [this, connection, key](const Result<Card> &r) {
        if (r.ok())
            m_cards->updateCard(key, r.value());
        else
            emit failed(connection, r.error());
    });
}

void CardActions::setLimit(const QString &key, const std::optional<Money> &amount,
                           const QString &period)
{
    auto *p = providerFor<CardLimits>(key);
    if (!p)
        return;
    const Card *card = m_cards->card(key);
    const Card::State state = card->state;
    const qint64 entry = record(JournalAction(JournalAction::Kind::Limit), *card, amount);
    m_cards->setPending(key, tr("Setting limit…"));
    p->setCardLimit(card->id, amount, period)
        .then(this,
              [this, key, state, entry, connection = card->connection](const Result<Done> &r) {
                  settle(entry, r.ok() ? nullptr : &r.error());
                  if (!r.ok()) {
                      m_cards->setError(key, r.error().summary());
                      return;
                  }
                  m_cards->confirmState(key, state);
                  // The row shows the limit as the provider now has it.
                  reloadCard(connection, key);
              });
}

void CardActions::create(const QString &provider, const QString &connection, const NewCard &request)
{
    auto *p = m_providers->find<CardIssuing>(connection);
    if (!p)
        return;
    emit message(tr("Creating the card “%1” at %2…").arg(request.name, connection));
    const qint64 entry =
        record(JournalAction(JournalAction::Kind::CreateCard), provider, connection, request.name);
    p->createCard(request).then(this, [this, request, connection, entry](const Result<Card> &r) {
        settle(entry, r.ok() ? nullptr : &r.error(), r.ok() ? r.value().id : QString());
        if (r.ok()) {
            emit message(tr("Card created: %1")
                             .arg(Transaction::cardLabel(r.value().name, r.value().lastFour)));
            if (const Provider *open = m_providers->provider(connection))
                emit created(open->connectionId() + u'/' + r.value().id);
        } else {
            // Not retried: a lost answer may hide a card that exists; the list will say. The
            // journal's rule decides what counts as lost.
            const bool unknown =
                JournalEntry::stateAfter(&r.error()) == JournalEntry::State::Unknown;
            emit message(
                unknown
                    ? tr("%1: no answer to creating “%2”; the card list is reloaded to "
                         "show whether it exists before you try again.")
                          .arg(connection, request.name)
                    : tr("%1: the card was not created: %2").arg(connection, r.error().summary()));
        }
        reload(connection);
    });
}
