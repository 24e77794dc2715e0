#include "TeamCardGate.h"

#include "CardActions.h"
#include "CardsModel.h"
#include "PayoutController.h"
#include "Provider.h"
#include "ProviderRegistry.h"
#include "TeamRequest.h"
#include "TeamSession.h"
#include "Transaction.h"

#include <QUuid>

TeamCardGate::TeamCardGate(TeamSession *session, CardActions *actions, CardsModel *cards,
                           ProviderRegistry *providers, QObject *parent)
    : QObject(parent), m_session(session), m_actions(actions), m_cards(cards),
      m_providers(providers), m_owner(PayoutController::newOwner())
{
    connect(session, &TeamSession::requested, this, &TeamCardGate::requested);
    connect(session, &TeamSession::claimed, this, &TeamCardGate::claimed);
    connect(actions, &CardActions::settled, this, &TeamCardGate::settled);
}

bool TeamCardGate::inTeam() const
{
    return m_session->isConnected();
}

TeamCardAction TeamCardGate::forCard(TeamCardAction::Kind kind, const QString &cardKey,
                                     const Card &card)
{
    TeamCardAction a;
    a.kind = kind;
    a.cardKey = cardKey;
    a.connection = card.connection;
    a.cardLabel = Transaction::cardLabel(card.name, card.lastFour);
    a.currency = card.currency;
    return a;
}

bool TeamCardGate::unfreeze(const QStringList &cardKeys, const QString &emergencyUndo)
{
    if (!inTeam())
        return false;
    for (const QString &key : cardKeys) {
        const Card *card = m_cards->card(key);
        if (!card)
            continue;
        TeamCardAction a = forCard(TeamCardAction::Kind::Unfreeze, key, *card);
        a.emergencyUndo = emergencyUndo;
        ask(a);
    }
    return true;
}

bool TeamCardGate::setLimit(const QString &cardKey, const std::optional<Money> &amount,
                            const QString &period)
{
    const Card *card = m_cards->card(cardKey);
    if (!inTeam() || !card)
        return false;
    TeamCardAction a = forCard(TeamCardAction::Kind::Limit, cardKey, *card);
    a.limit = amount;
    a.period = period;
    ask(a);
    return true;
}

bool TeamCardGate::create(const QString &connection, const NewCard &request)
{
    if (!inTeam())
        return false;
    TeamCardAction a;
    a.kind = TeamCardAction::Kind::Create;
    a.connection = connection;
    a.card = request;
    ask(a);
    return true;
}

void TeamCardGate::ask(const TeamCardAction &action)
{
    const Provider *provider = m_providers->provider(action.connection);
    if (!provider) {
        emit message(tr("Not sent: no connection named %1.").arg(action.connection));
        return;
    }
    TeamCardAction a = action;
    a.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_asked.insert(a.key, a);
    // What this desktop files is what it will do, once the team hands it back.
    m_expected.insert(a.key, TeamRequest::hash(TeamRequest::forCard(a, provider->providerId(),
                                                                    provider->connectionId())));
    m_session->requestCardAction(a, provider->providerId(), provider->connectionId());
}

void TeamCardGate::release(const TeamPayout &payout)
{
    if (!TeamCardAction::kindOf(payout.method))
        return; // a payout: TeamPayoutSender's
    std::optional<TeamCardAction> a = TeamCardAction::fromJson(payout.request);
    // The team keeps the connection's stable id; its name may differ on this desktop.
    const Provider *provider = m_providers->byId(payout.connectionId);
    if (!a || !provider) {
        emit released(payout.key, tr("Not done: the connection %1 is not open on this desktop, "
                                     "or the team journal's request cannot be read.")
                                      .arg(payout.connection));
        return;
    }
    a->connection = provider->connectionName();
    m_releasing.insert(payout.key);
    m_asked.insert(payout.key, *a);
    m_expected.insert(payout.key, payout.requestHash); // what the approvals name
    m_session->claim(payout.key, m_owner, PayoutController::LeaseSeconds);
}

void TeamCardGate::tell(const QString &key, const QString &text)
{
    if (m_releasing.remove(key))
        emit released(key, text);
    else
        emit message(text);
}

void TeamCardGate::requested(const QString &key, bool approved, int required, const QString &rules,
                             const QDateTime &, const QString &error)
{
    const auto it = m_asked.constFind(key);
    if (it == m_asked.cend())
        return; // not a card action of this desktop
    const QString what = it->subject();
    if (!error.isEmpty()) {
        m_asked.remove(key);
        m_expected.remove(key);
        emit message(tr("%1: the team journal refused it; nothing was done: %2").arg(what, error));
        return;
    }
    if (!approved) {
        m_asked.remove(key);
        m_expected.remove(key);
        emit message(tr("%1: in the team journal, waiting for %n approval(s) (%2). Nothing is "
                        "done until then.",
                        nullptr, required)
                         .arg(what, rules));
        return;
    }
    m_session->claim(key, m_owner, PayoutController::LeaseSeconds);
}

void TeamCardGate::claimed(const QString &key, bool ok, const QString &error,
                           const QByteArray &document)
{
    const auto it = m_asked.constFind(key);
    if (it == m_asked.cend())
        return;
    const QString what = it->subject();
    m_asked.erase(it);
    const QString expected = m_expected.take(key);
    if (!ok) {
        tell(key, error.isEmpty() ? tr("Approved, but another desktop of the team is doing it.")
                                  : tr("Approved, but not done from here: %1").arg(error));
        return;
    }
    // Only the request the team approved is carried out, as the claim handed it over.
    std::optional<TeamCardAction> action = TeamCardAction::fromJson(document);
    const Provider *provider = m_providers->byId(TeamRequest::connectionIdOf(document));
    if (!TeamRequest::isExpected(document, expected) || !action || action->key != key ||
        !provider) {
        const QString why = tr("the team journal handed back another request than the one "
                               "approved, or one this desktop cannot carry out");
        m_session->recordOutcome(key, m_owner, TeamPayout::State::Failed, QString(), why);
        tell(key, tr("%1: not done: %2.").arg(what, why));
        return;
    }
    action->connection = provider->connectionName();
    m_doing.insert(key, action->subject());
    m_actions->carryOut(*action);
}

void TeamCardGate::settled(const QString &key, JournalEntry::State state, const QString &reference,
                           const QString &text)
{
    const auto doing = m_doing.constFind(key);
    if (doing == m_doing.cend())
        return;
    const QString what = *doing;
    m_doing.erase(doing);
    // A lost answer stays unknown for the team too: the card list tells what happened.
    const TeamPayout::State outcome = TeamPayout::outcomeOf(state);
    m_session->recordOutcome(key, m_owner, outcome, reference, text);
    tell(key, outcome == TeamPayout::State::Sent ? tr("%1: done for the team.").arg(what)
              : outcome == TeamPayout::State::Failed
                  ? tr("%1: not done: %2").arg(what, text)
                  : tr("%1: no answer (%2). The card list shows whether it took effect.")
                        .arg(what, text));
}
