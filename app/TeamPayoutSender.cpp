#include "TeamPayoutSender.h"

#include "ActionJournal.h"
#include "PayoutController.h"
#include "PayoutSender.h"
#include "Provider.h"
#include "ProviderRegistry.h"
#include "TeamCardAction.h"
#include "TeamRequest.h"
#include "TeamSession.h"

#include <QLocale>

TeamPayoutSender::TeamPayoutSender(TeamSession *session, PayoutController *payouts,
                                   ActionJournal *journal, ProviderRegistry *providers,
                                   QObject *parent)
    : QObject(parent), m_session(session), m_payouts(payouts), m_journal(journal),
      m_providers(providers)
{
    connect(session, &TeamSession::requested, this, &TeamPayoutSender::requested);
    connect(session, &TeamSession::previewed, this, &TeamPayoutSender::previewed);
    connect(session, &TeamSession::claimed, this, &TeamPayoutSender::claimed);
    connect(session, &TeamSession::recorded, this, &TeamPayoutSender::recorded);
    connect(session, &TeamSession::renewed, this, &TeamPayoutSender::renewed);
    connect(session, &TeamSession::payoutsRead, this, &TeamPayoutSender::adopt);
    connect(payouts, &PayoutController::finished, this, &TeamPayoutSender::finished);
    connect(payouts, &PayoutController::rejected, this, &TeamPayoutSender::notSent);
    // The team's lease on what this desktop has in flight outlives a slow provider.
    m_leases.setInterval(PayoutController::LeaseSeconds * 1000 / 3);
    connect(&m_leases, &QTimer::timeout, this, &TeamPayoutSender::renewLeases);
    m_leases.start();
}

void TeamPayoutSender::send(const PayoutRequest &request)
{
    const Provider *provider = m_providers->provider(request.connection);
    if (!provider) {
        emit rejected(request.idempotencyKey,
                      tr("Not sent: no connection named %1.").arg(request.connection));
        return;
    }
    // What this desktop files is what it will send, once the team hands it back.
    m_asked.insert(request.idempotencyKey,
                   TeamRequest::hash(TeamRequest::forPayout(request, provider->providerId(),
                                                            provider->connectionId())));
    m_session->request(request, provider->providerId(), provider->connectionId());
}

void TeamPayoutSender::preview(const PayoutRequest &request)
{
    if (const Provider *provider = m_providers->provider(request.connection))
        m_session->preview(request, provider->providerId(), provider->connectionId());
}

void TeamPayoutSender::previewed(const PayoutRequest &request, int required, const QString &rules,
                                 const QDateTime &heldUntil, const QString &error)
{
    if (!error.isEmpty()) {
        emit rulesPreviewed(request, tr("The team's policy could not be checked: %1").arg(error));
        return;
    }
    QString text = required > 0 ? tr("Team policy: needs %n approval(s) before it is sent (%1).",
                                     nullptr, required)
                                      .arg(rules)
                                : tr("Team policy: no approval needed.");
    if (heldUntil.isValid())
        text += u' ' + tr("The new bank account or address is held until %1 unless an admin "
                          "releases it.")
                           .arg(QLocale().toString(heldUntil.toLocalTime(), QLocale::ShortFormat));
    emit rulesPreviewed(request, text);
}

void TeamPayoutSender::release(const TeamPayout &payout)
{
    if (TeamCardAction::kindOf(payout.method))
        return; // a card action: TeamCardGate's
    std::optional<PayoutRequest> request = PayoutRequest::fromJournalJson(payout.request);
    if (!request) {
        emit released(payout.key, tr("Not sent: the team journal's request cannot be read."));
        return;
    }
    // The team keeps the connection's stable id; its name may differ on this desktop.
    Provider *provider = m_providers->byId(payout.connectionId);
    auto *sender = qobject_cast<PayoutSender *>(provider);
    if (!sender || !sender->payoutMethods().contains(request->method)) {
        emit released(payout.key, tr("Not sent: the connection %1 is not open on this desktop, "
                                     "or it does not send this kind of payout.")
                                      .arg(payout.connection));
        return;
    }
    if (payout.requestHash.isEmpty()) {
        emit released(payout.key, tr("Not sent: it was filed before team requests were "
                                     "documents; ask for it again."));
        return;
    }
    m_releasing.insert(payout.key);
    // The approvals name this hash; the claim must hand back the same request.
    m_asked.insert(payout.key, payout.requestHash);
    m_session->claim(payout.key, m_payouts->owner(), PayoutController::LeaseSeconds);
}

void TeamPayoutSender::requested(const QString &key, bool approved, int required,
                                 const QString &rules, const QDateTime &heldUntil,
                                 const QString &error)
{
    if (!m_asked.contains(key))
        return; // another part of the app asked
    if (!error.isEmpty()) {
        m_asked.remove(key);
        emit rejected(key, tr("The team journal refused it; nothing was sent: %1").arg(error));
        return;
    }
    if (!approved) {
        m_asked.remove(key);
        emit held(key, tr("In the team journal, waiting for %n approval(s) (%1). Nothing is "
                          "sent until then.",
                          nullptr, required)
                           .arg(rules));
        return;
    }
    if (heldUntil.isValid()) {
        m_asked.remove(key);
        emit held(key, tr("Approved, but the new bank account or address is held until %1 "
                          "unless an admin releases it. Nothing is sent until then.")
                           .arg(QLocale().toString(heldUntil.toLocalTime(), QLocale::ShortFormat)));
        return;
    }
    m_session->claim(key, m_payouts->owner(), PayoutController::LeaseSeconds);
}

void TeamPayoutSender::notSentHere(const QString &key, const QString &text)
{
    if (m_releasing.remove(key))
        emit released(key, text);
    else
        emit held(key, text);
}

void TeamPayoutSender::claimed(const QString &key, bool ok, const QString &error,
                               const QByteArray &document)
{
    const auto it = m_asked.constFind(key);
    if (it == m_asked.cend())
        return;
    const QString expected = *it;
    m_asked.erase(it);
    if (!ok) {
        notSentHere(key, error.isEmpty()
                             ? tr("Approved, but another desktop of the team is sending it.")
                             : tr("Approved, but not sent from here: %1").arg(error));
        return;
    }
    m_sending.insert(key);
    const std::optional<PayoutRequest> request = verified(key, expected, document);
    if (!request)
        return;
    // The controller journals it locally, then sends; finished() or rejected() follow.
    m_payouts->submit(*request);
}

std::optional<PayoutRequest> TeamPayoutSender::verified(const QString &key, const QString &expected,
                                                        const QByteArray &document)
{
    std::optional<PayoutRequest> request = PayoutRequest::fromJournalJson(document);
    Provider *provider = m_providers->byId(TeamRequest::connectionIdOf(document));
    auto *sender = qobject_cast<PayoutSender *>(provider);
    QString why;
    if (!TeamRequest::isExpected(document, expected))
        why = tr("the team journal handed back another request than the one approved");
    else if (!request || request->idempotencyKey != key)
        why = tr("the team journal's request cannot be read");
    else if (!sender || !sender->payoutMethods().contains(request->method))
        why = tr("its connection is not open on this desktop, or does not send this payout");
    if (!why.isEmpty()) {
        // Claimed but not sent: the team hears so at once, and no other desktop sends it.
        m_sending.remove(key);
        m_session->recordOutcome(key, m_payouts->owner(), TeamPayout::State::Failed, QString(),
                                 why);
        notSentHere(key, tr("Not sent: %1.").arg(why));
        return std::nullopt;
    }
    request->connection = provider->connectionName();
    return request;
}

void TeamPayoutSender::finished(const JournalEntry &entry)
{
    if (!m_sending.contains(entry.key) || entry.state == JournalEntry::State::Pending)
        return;
    // A lost answer stays unknown for the team too, owned by this desktop.
    const TeamPayout::State outcome = TeamPayout::outcomeOf(entry.state);
    if (outcome != TeamPayout::State::Unknown)
        m_sending.remove(entry.key);
    m_session->recordOutcome(entry.key, m_payouts->owner(), outcome, entry.reference,
                             entry.shownMessage());
    if (!m_releasing.contains(entry.key))
        return;
    if (outcome == TeamPayout::State::Unknown) {
        emit released(entry.key, tr("The provider's answer was lost. The payout is being checked "
                                    "against its records; do not send it again."));
        return;
    }
    m_releasing.remove(entry.key);
    emit released(
        entry.key,
        outcome == TeamPayout::State::Sent
            ? tr("Sent from this desktop; the provider's reference is %1.").arg(entry.reference)
            : tr("Not sent: %1").arg(entry.shownMessage()));
}

void TeamPayoutSender::notSent(const QString &key, const QString &reason)
{
    // The controller refused it before anything went out (a key used before, a journal
    // that cannot be written): nothing was sent.
    if (!m_sending.remove(key))
        return;
    m_session->recordOutcome(key, m_payouts->owner(), TeamPayout::State::Failed, QString(), reason);
    if (m_releasing.remove(key))
        emit released(key, tr("Not sent: %1").arg(reason));
}

void TeamPayoutSender::recorded(const QString &key, const QString &error)
{
    if (!error.isEmpty())
        emit problem(tr("Payout %1 was handled, but the team journal could not record its "
                        "outcome: %2")
                         .arg(key, error));
}

void TeamPayoutSender::adopt(const QList<TeamPayout> &payouts)
{
    for (const TeamPayout &p : payouts) {
        const bool inFlight =
            p.state == TeamPayout::State::Sending || p.state == TeamPayout::State::Unknown;
        // What this run holds is in hand here (a card action: TeamCardGate's).
        if (!inFlight || p.owner == m_payouts->owner() || m_sending.contains(p.key) ||
            m_adopting.contains(p.key) || m_asked.contains(p.key))
            continue;
        // The desktop whose journal holds it knows what was sent; any other with its
        // connection may check the provider's records. The team's database hands it over
        // only once the previous owner's lease ran out, to one desktop.
        const bool here = m_journal->byKey(p.key).has_value();
        const auto *sender = qobject_cast<PayoutSender *>(m_providers->byId(p.connectionId));
        if (!here && (!sender || TeamCardAction::kindOf(p.method)))
            continue; // a card action leaves no provider record to check
        if (!here)
            m_orphans.insert(p.key, p);
        m_adopting.insert(p.key);
        m_session->takeOver(p.key, m_payouts->owner(), PayoutController::LeaseSeconds);
    }
}

void TeamPayoutSender::renewed(const QString &key, bool ok)
{
    if (!m_adopting.remove(key)) {
        if (!ok)
            m_sending.remove(key); // the lease ran out and another desktop took it over
        return;
    }
    const bool orphan = m_orphans.contains(key);
    const TeamPayout payout = m_orphans.take(key);
    if (!ok)
        return; // still leased to a run that is alive, or no longer in flight
    if (orphan) {
        takeOver(payout);
        return;
    }
    m_sending.insert(key);
    // What the local journal knows goes to the team now; an open entry follows when the
    // controller's reconcile settles it.
    if (const std::optional<JournalEntry> entry = m_journal->byKey(key))
        finished(*entry);
}

void TeamPayoutSender::renewLeases()
{
    for (const QString &key : std::as_const(m_sending))
        m_session->renew(key, m_payouts->owner(), PayoutController::LeaseSeconds);
}

void TeamPayoutSender::takeOver(const TeamPayout &payout)
{
    const std::optional<PayoutRequest> request = PayoutRequest::fromJournalJson(payout.request);
    const Provider *provider = m_providers->byId(payout.connectionId);
    if (!request || !provider)
        return;
    JournalEntry entry;
    entry.key = payout.key;
    entry.provider = provider->providerId();
    entry.connectionId = provider->connectionId();
    entry.connection = provider->connectionName();
    entry.action = JournalAction::payout(request->method);
    entry.target = request->recipient();
    entry.amount = request->amount;
    entry.currency = request->currency;
    entry.request = request->toJournalJson();
    // Whether the colleague's desktop sent it is not known: it is checked, never sent again.
    entry.state = JournalEntry::State::Unknown;
    entry.message = tr("Taken over from %1, which stopped while it was in flight; checked "
                       "against the provider's records, never sent again.")
                        .arg(payout.claimedBy);
    if (!m_journal->append(entry)) {
        emit problem(
            tr("Payout %1 could not be taken over: %2").arg(payout.key, m_journal->lastError()));
        return;
    }
    m_sending.insert(payout.key);
    if (const std::optional<JournalEntry> journaled = m_journal->byKey(payout.key))
        finished(*journaled); // the team sees it unknown, owned here
    m_payouts->reconcileOpen();
}
