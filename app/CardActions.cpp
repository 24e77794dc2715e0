#include "CardActions.h"

#include "ActionJournal.h"
#include "CardClosing.h"
#include "CardControl.h"
#include "CardIssuing.h"
#include "CardLimits.h"
#include "CardSource.h"
#include "CardsModel.h"
#include "EmergencyFreeze.h"
#include "ProviderRegistry.h"
#include "TeamCardAction.h"
#include "TeamCardGate.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QPointer>
#include <QUuid>

CardActions::CardActions(CardsModel *cards, ProviderRegistry *providers, QObject *parent)
    : QObject(parent), m_cards(cards), m_providers(providers)
{
    connect(cards, &CardsModel::connectionLoaded, this, &CardActions::settleLostCreates);
}

void CardActions::settleLostCreates(const QString &connectionId)
{
    if (!m_journal)
        return;
    for (const JournalEntry &e : m_journal->openEntries()) {
        if (e.action.kind() != JournalAction::Kind::CreateCard || e.connectionId != connectionId)
            continue;
        // Found by our id: it was made. Not found proves nothing; the row stays open.
        const Card *made = Card::byExternalId(m_cards->cards(), e.externalId());
        if (!made || made->connectionId != connectionId)
            continue;
        if (const QString key = m_teamKeys.take(e.id); !key.isEmpty())
            emit settled(key, JournalEntry::State::Succeeded, made->id, QString());
        m_journal->settleFoundCard(e.id, made->id);
        emit journalChanged();
        emit created(made->key());
    }
}

qint64 CardActions::record(const JournalAction &action, const QString &provider,
                           const QString &connection, const QString &target,
                           const std::optional<Money> &amount, const QString &currency,
                           const QJsonObject &request, const QString &key)
{
    if (!m_journal)
        return 0;
    JournalEntry e;
    e.key = key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key;
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
    if (!id && !key.isEmpty()) {
        // A team action is journaled before it is sent, or not sent at all.
        notCarriedOut(key, tr("The journal could not record this action, so nothing was sent: %1")
                               .arg(m_journal->lastError()));
        return -1;
    }
    if (!id) {
        // The action still goes out (a freeze must not wait on a disk), but the user is
        // told that the audit trail misses it.
        emit message(
            tr("The journal could not record this action: %1").arg(m_journal->lastError()));
        return 0;
    }
    emit journalChanged();
    if (!key.isEmpty())
        m_teamKeys.insert(*id, key);
    return *id;
}

qint64 CardActions::record(const JournalAction &action, const Card &card,
                           const std::optional<Money> &amount, const QJsonObject &request,
                           const QString &key)
{
    return record(action, card.provider, card.connection,
                  Transaction::cardLabel(card.name, card.lastFour), amount, card.currency, request,
                  key);
}

void CardActions::notCarriedOut(const QString &key, const QString &reason)
{
    emit message(reason);
    emit settled(key, JournalEntry::State::Failed, QString(), reason);
}

void CardActions::carryOut(const TeamCardAction &action)
{
    if (!m_journal) {
        notCarriedOut(action.key, tr("Not sent: the local journal, which records each action "
                                     "before it is sent, is not open."));
        return;
    }
    switch (action.kind) {
    case TeamCardAction::Kind::Unfreeze:
        freeze({action.cardKey}, false,
               action.emergencyUndo.isEmpty()
                   ? QJsonObject()
                   : QJsonObject{{QStringLiteral("undoes"), action.emergencyUndo}},
               action.key);
        return;
    case TeamCardAction::Kind::Limit:
        limit(action.cardKey, action.limit, action.period, action.key);
        return;
    case TeamCardAction::Kind::Create: {
        const Provider *p = m_providers->provider(action.connection);
        makeCard(p ? p->providerId() : QString(), action.connection, action.card, action.key);
        return;
    }
    }
}

void CardActions::settle(qint64 id, const ProviderError *error, const QString &reference)
{
    if (!m_journal || id <= 0)
        return;
    const JournalEntry::State state = JournalEntry::stateAfter(error);
    if (const QString key = m_teamKeys.take(id); !key.isEmpty())
        emit settled(key, state, reference, error ? error->summary() : QString());
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
    if (!frozen && m_gate && m_gate->unfreeze(cardKeys, QString()))
        return;
    freeze(cardKeys, frozen, QJsonObject());
}

void CardActions::emergencyFreeze(const QString &emergencyId, const QStringList &cardKeys)
{
    freeze(cardKeys, true, QJsonObject{{QStringLiteral("emergency"), emergencyId}});
}

QStringList CardActions::frozenBy(const QString &emergencyId)
{
    if (!m_journal || emergencyId.isEmpty())
        return {};
    return EmergencyFreeze::find(m_journal->entries(), emergencyId).stillFrozen(*m_cards);
}

void CardActions::undoEmergencyFreeze(const QString &emergencyId)
{
    if (!m_journal || emergencyId.isEmpty())
        return;
    const QStringList keys = frozenBy(emergencyId);
    if (m_gate && m_gate->unfreeze(keys, emergencyId))
        return;
    emit message(keys.isEmpty() ? tr("No card that emergency freeze froze is still frozen.")
                                : tr("Unfreezing %n card(s) that emergency freeze froze.", nullptr,
                                     int(keys.size())));
    if (keys.isEmpty())
        return;
    m_undos.insert(emergencyId, Undo{int(keys.size()), {}});
    for (const QString &key : keys)
        m_undoOf.insert(key, emergencyId);
    freeze(keys, false, QJsonObject{{QStringLiteral("undoes"), emergencyId}});
}

void CardActions::undoAnswered(const QString &cardKey, bool unfrozen)
{
    const QString id = m_undoOf.take(cardKey);
    if (id.isEmpty() || !m_undos.contains(id))
        return;
    Undo &undo = m_undos[id];
    if (!unfrozen)
        undo.failed.append(cardKey);
    if (std::find(m_undoOf.cbegin(), m_undoOf.cend(), id) != m_undoOf.cend())
        return;
    // The last answer: the status bar says how the undo ended.
    const Undo done = m_undos.take(id);
    const int ok = done.total - int(done.failed.size());
    if (done.failed.isEmpty()) {
        emit message(tr("Emergency freeze undone: %n card(s) unfrozen.", nullptr, ok));
        return;
    }
    QStringList names;
    for (const QString &key : done.failed)
        if (const Card *card = m_cards->card(key))
            names << Transaction::cardLabel(card->name, card->lastFour);
    emit message(tr("Emergency freeze partly undone: %1 of %2 card(s) unfrozen; still frozen: %3.")
                     .arg(ok)
                     .arg(done.total)
                     .arg(names.join(QStringLiteral(", "))));
}

void CardActions::freeze(const QStringList &cardKeys, bool frozen, const QJsonObject &request,
                         const QString &teamKey)
{
    for (const QString &key : cardKeys) {
        auto *p = providerFor<CardControl>(key);
        if (!p) {
            if (!frozen)
                undoAnswered(key, false);
            if (!teamKey.isEmpty())
                notCarriedOut(teamKey, tr("Not sent: the card is not shown here, or its "
                                          "connection is not open."));
            continue;
        }
        const Card *card = m_cards->card(key);
        QJsonObject kept = request;
        kept.insert(QStringLiteral("card"), key);
        const qint64 entry = record(
            JournalAction(frozen ? JournalAction::Kind::Freeze : JournalAction::Kind::Unfreeze),
            *card, std::nullopt, kept, teamKey);
        if (entry < 0) {
            if (!frozen)
                undoAnswered(key, false);
            continue;
        }
        m_cards->setPending(key, frozen ? tr("Freezing…") : tr("Unfreezing…"));
        p->setCardFrozen(card->id, frozen)
            .then(this, [this, key, frozen, entry](const Result<Done> &r) {
                settle(entry, r.ok() ? nullptr : &r.error());
                if (r.ok())
                    m_cards->confirmState(key, frozen ? Card::State::Frozen : Card::State::Open);
                else
                    m_cards->setError(key, r.error().summary());
                if (!frozen)
                    undoAnswered(key, r.ok());
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
            m_cards->setConnectionCards(ref, r.value(), r.gaps());
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
    if (m_gate && m_gate->setLimit(key, amount, period))
        return;
    limit(key, amount, period, QString());
}

void CardActions::limit(const QString &key, const std::optional<Money> &amount,
                        const QString &period, const QString &teamKey)
{
    auto *p = providerFor<CardLimits>(key);
    if (!p) {
        if (!teamKey.isEmpty())
            notCarriedOut(teamKey, tr("Not sent: the card is not shown here, or its connection "
                                      "is not open."));
        return;
    }
    const Card *card = m_cards->card(key);
    const Card::State state = card->state;
    const qint64 entry =
        record(JournalAction(JournalAction::Kind::Limit), *card, amount, {}, teamKey);
    if (entry < 0)
        return;
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
    if (m_gate && m_gate->create(connection, request))
        return;
    makeCard(provider, connection, request, QString());
}

void CardActions::makeCard(const QString &provider, const QString &connection,
                           const NewCard &request, const QString &teamKey)
{
    auto *p = m_providers->find<CardIssuing>(connection);
    if (!p) {
        if (!teamKey.isEmpty())
            notCarriedOut(teamKey, tr("Not sent: the connection %1 is not open here, or it does "
                                      "not issue cards.")
                                       .arg(connection));
        return;
    }
    emit message(tr("Creating the card “%1” at %2…").arg(request.name, connection));
    // Ours, sent along and journaled: a card whose answer was lost is found again by it.
    NewCard sent = request;
    if (sent.externalId.isEmpty())
        sent.externalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 entry =
        record(JournalAction(JournalAction::Kind::CreateCard), provider, connection, sent.name,
               std::nullopt, QString(),
               QJsonObject{{QStringLiteral("external_id"), sent.externalId}}, teamKey);
    if (entry < 0)
        return;
    p->createCard(sent).then(this, [this, request, connection, entry](const Result<Card> &r) {
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
