#include "PayoutController.h"

#include "Currency.h"
#include "PayoutValidator.h"

#include <QPointer>

PayoutController::PayoutController(ActionJournal *journal, ProviderLookup lookup, QObject *parent)
    : QObject(parent), m_journal(journal), m_lookup(std::move(lookup))
{}

bool PayoutController::submit(const PayoutRequest &request)
{
    const QString key = request.idempotencyKey;
    auto reject = [this, &key](const QString &reason) {
        emit rejected(key, reason);
        return false;
    };
    if (key.isEmpty())
        return reject(tr("The payout has no idempotency key."));
    // A double click, Enter pressed twice or a re-opened form carry the same key.
    if (m_inFlight.contains(key) || m_journal->byKey(key))
        return reject(tr("This payout was already submitted; it is not sent again."));
    if (!PayoutValidator::isValid(request))
        return reject(tr("The payout form has errors."));
    const QString providerId = PayoutMethods::provider(request.method);
    Provider *provider = m_lookup(providerId, request.connection);
    if (!provider || !provider->can(Provider::Capability::Payouts))
        return reject(tr("The connection %1 is not open.").arg(request.connection));

    JournalEntry entry;
    entry.key = key;
    entry.provider = providerId;
    entry.connection = request.connection;
    entry.action = QStringLiteral("payout:") + PayoutMethods::key(request.method);
    entry.target = request.recipient();
    entry.amount = request.amount;
    entry.currency = request.currency;
    entry.request = request.toJournalJson();
    const auto id = m_journal->append(entry);
    if (!id)
        return reject(tr("The payout was not sent: the journal cannot be written (%1).")
                          .arg(m_journal->lastError()));
    m_inFlight.insert(key);
    emit journalChanged();

    // Where the provider keeps no list and takes no key, what its records show now is
    // journaled first, so that a lost answer can still be settled.
    QPointer<Provider> target(provider);
    provider->payoutAnchor(request).then(this, [this, id = *id, key, request,
                                                target](const Result<QString> &anchor) {
        if (!anchor.ok() || !target) {
            settle(id, key, JournalEntry::State::Failed, QString(),
                   tr("Nothing was sent: %1")
                       .arg(anchor.ok() ? tr("the connection closed") : anchor.error().summary()));
            return;
        }
        PayoutRequest anchored = request;
        anchored.anchor = anchor.value();
        if (!anchored.anchor.isEmpty() && !m_journal->setRequest(id, anchored.toJournalJson())) {
            settle(id, key, JournalEntry::State::Failed, QString(),
                   tr("Nothing was sent: the journal cannot be written (%1).")
                       .arg(m_journal->lastError()));
            return;
        }
        send(id, anchored, target);
    });
    return true;
}

void PayoutController::send(qint64 id, const PayoutRequest &request, Provider *provider)
{
    const QString key = request.idempotencyKey;
    provider->sendPayout(request).then(this, [this, id, key](const Result<PayoutReceipt> &r) {
        if (r.ok()) {
            const PayoutReceipt &receipt = r.value();
            settle(id, key, JournalEntry::State::Succeeded, receipt.reference,
                   receipt.url.isEmpty()
                       ? receipt.rawStatus
                       : tr("%1; the link: %2").arg(receipt.rawStatus, receipt.url),
                   receipt.feeRule ? receipt.feeRule->toText() : QString());
        } else if (r.error().leavesOutcomeUnknown()) {
            settle(id, key, JournalEntry::State::Unknown, QString(),
                   tr("The answer was lost (%1); checking with the provider before anything "
                      "is sent again.")
                       .arg(r.error().summary()));
            if (const auto entry = m_journal->byKey(key))
                reconcile(*entry);
        } else {
            settle(id, key, JournalEntry::State::Failed, QString(), r.error().summary());
        }
    });
}

void PayoutController::settle(qint64 id, const QString &key, JournalEntry::State state,
                              const QString &reference, const QString &message,
                              const QString &feeRule)
{
    m_inFlight.remove(key);
    if (!m_journal->update(id, state, reference, message, feeRule)) {
        emit rejected(
            key, tr("The journal could not record the answer: %1").arg(m_journal->lastError()));
    }
    emit journalChanged();
    if (const auto entry = m_journal->byKey(key))
        emit finished(*entry);
}

QSet<QString> PayoutController::knownReferences(const QString &provider, const QString &connection)
{
    QSet<QString> refs;
    for (const JournalEntry &e : m_journal->entries()) {
        if (e.provider == provider && e.connection == connection && !e.reference.isEmpty())
            refs.insert(e.reference);
    }
    return refs;
}

void PayoutController::reconcileOpen()
{
    for (const JournalEntry &e : m_journal->openEntries()) {
        if (e.action.startsWith(QLatin1String("payout:")) && !m_inFlight.contains(e.key))
            reconcile(e);
    }
}

void PayoutController::reconcile(const JournalEntry &entry)
{
    auto request = PayoutRequest::fromJournalJson(entry.request);
    Provider *provider = m_lookup(entry.provider, entry.connection);
    if (!request || !provider)
        return; // stays open; reconciled when its connection opens
    // The same key: Dots replays it, the crypto gateway finds its withdrawal by it.
    request->idempotencyKey = entry.key;
    m_inFlight.insert(entry.key);
    provider
        ->reconcilePayout(*request, entry.created,
                          knownReferences(entry.provider, entry.connection))
        .then(this, [this, entry](const Result<PayoutMatch> &r) {
            if (!r.ok()) {
                settle(entry.id, entry.key, JournalEntry::State::Unknown, QString(),
                       tr("Could not check with the provider: %1").arg(r.error().summary()));
                return;
            }
            const PayoutMatch &m = r.value();
            switch (m.kind) {
            case PayoutMatch::Kind::Found:
                settle(entry.id, entry.key, JournalEntry::State::Succeeded, m.reference,
                       m.evidence.isEmpty()
                           ? tr("Found in the provider's records after the answer was lost.")
                           : m.evidence);
                break;
            case PayoutMatch::Kind::NotFound:
                settle(entry.id, entry.key, JournalEntry::State::Failed, QString(),
                       tr("Not in the provider's transactions: it was not sent. It may be "
                          "sent again."));
                break;
            case PayoutMatch::Kind::Ambiguous:
                settle(entry.id, entry.key, JournalEntry::State::Unknown, QString(),
                       tr("%n provider transaction(s) match this payout; check them before "
                          "sending it again.",
                          nullptr, m.candidates));
                break;
            }
        });
}
