#include "TeamPayoutSender.h"

#include "ActionJournal.h"
#include "PayoutController.h"
#include "Provider.h"
#include "ProviderRegistry.h"
#include "TeamSession.h"

#include <QLocale>

TeamPayoutSender::TeamPayoutSender(TeamSession *session, PayoutController *payouts,
                                   ProviderRegistry *providers, QObject *parent)
    : QObject(parent), m_session(session), m_payouts(payouts), m_providers(providers)
{
    connect(session, &TeamSession::requested, this, &TeamPayoutSender::requested);
    connect(session, &TeamSession::claimed, this, &TeamPayoutSender::claimed);
    connect(session, &TeamSession::recorded, this, &TeamPayoutSender::recorded);
    connect(payouts, &PayoutController::finished, this, &TeamPayoutSender::finished);
    connect(payouts, &PayoutController::rejected, this, &TeamPayoutSender::notSent);
}

void TeamPayoutSender::send(const PayoutRequest &request)
{
    const Provider *provider = m_providers->provider(request.connection);
    if (!provider) {
        emit rejected(request.idempotencyKey,
                      tr("Not sent: no connection named %1.").arg(request.connection));
        return;
    }
    m_asked.insert(request.idempotencyKey, request);
    m_session->request(request, provider->providerId(), provider->connectionId());
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

void TeamPayoutSender::claimed(const QString &key, bool ok, const QString &error)
{
    const auto it = m_asked.constFind(key);
    if (it == m_asked.cend())
        return;
    const PayoutRequest request = *it;
    m_asked.erase(it);
    if (!ok) {
        emit held(key, error.isEmpty()
                           ? tr("Approved, but another desktop of the team is sending it.")
                           : tr("Approved, but not sent from here: %1").arg(error));
        return;
    }
    m_sending.insert(key);
    // The controller journals it locally, then sends; finished() or rejected() follow.
    m_payouts->submit(request);
}

void TeamPayoutSender::finished(const JournalEntry &entry)
{
    if (!m_sending.contains(entry.key) || entry.state == JournalEntry::State::Pending)
        return;
    // A lost answer stays unknown for the team too, owned by this desktop.
    const TeamPayout::State outcome =
        entry.state == JournalEntry::State::Succeeded ? TeamPayout::State::Sent
        : entry.state == JournalEntry::State::Failed  ? TeamPayout::State::Failed
                                                      : TeamPayout::State::Unknown;
    if (outcome != TeamPayout::State::Unknown)
        m_sending.remove(entry.key);
    m_session->recordOutcome(entry.key, m_payouts->owner(), outcome, entry.reference,
                             entry.shownMessage());
}

void TeamPayoutSender::notSent(const QString &key, const QString &reason)
{
    // The controller refused it before anything went out (a key used before, a journal
    // that cannot be written): nothing was sent.
    if (m_sending.remove(key))
        m_session->recordOutcome(key, m_payouts->owner(), TeamPayout::State::Failed, QString(),
                                 reason);
}

void TeamPayoutSender::recorded(const QString &key, const QString &error)
{
    if (!error.isEmpty())
        emit problem(tr("Payout %1 was handled, but the team journal could not record its "
                        "outcome: %2")
                         .arg(key, error));
}
