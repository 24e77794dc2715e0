#include "PayoutController.h"

#include "BatchPayouts.h"
#include "Clock.h"
#include "ConnectionKind.h"
#include "Currency.h"
#include "PayoutAnchors.h"
#include "PayoutCancelling.h"
#include "PayoutLinkTracking.h"
#include "PayoutSender.h"
#include "PayoutTracking.h"
#include "PayoutValidator.h"
#include "Preferences.h"
#include "ProviderRegistry.h"
#include "TradeScripts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSysInfo>
#include <QTimer>
#include <QUuid>

PayoutController::PayoutController(ActionJournal *journal, ProviderRegistry *providers,
                                   const Clock &clock, QObject *parent)
    : QObject(parent), m_journal(journal), m_providers(providers), m_clock(clock),
      m_owner(newOwner()), m_leaseTimer(new QTimer(this))
{
    connect(m_leaseTimer, &QTimer::timeout, this, &PayoutController::renewLeases);
    m_leaseTimer->start(LeaseSeconds * 1000 / 4);
}

QString PayoutController::newOwner()
{
    return QStringLiteral("%1/%2/%3")
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
}

PayoutController::~PayoutController()
{
    // Going away: what this copy held is free for the next one to check at once.
    for (auto it = m_owned.cbegin(); it != m_owned.cend(); ++it)
        m_journal->release(it.value(), m_owner);
}

void PayoutController::setSettling(const QString &providerId, const PayoutSettling &settling)
{
    m_settling.insert(providerId, settling);
}

void PayoutController::setSettling(const Preferences &preferences)
{
    for (const ConnectionKind &kind : ConnectionKind::all()) {
        PayoutSettling s;
        s.windowSeconds = preferences.settlingMinutesFor(kind.provider) * 60;
        setSettling(kind.provider, s);
    }
}

PayoutSettling PayoutController::settling(const QString &providerId) const
{
    return m_settling.value(providerId, m_settling.value(QString()));
}

QDateTime PayoutController::leaseEnd() const
{
    return m_clock.nowUtc().addSecs(LeaseSeconds);
}

void PayoutController::renewLeases()
{
    for (auto it = m_owned.cbegin(); it != m_owned.cend(); ++it)
        m_journal->claim(it.value(), m_owner, leaseEnd());
}

template<typename T> T *PayoutController::providerOf(const JournalEntry &entry) const
{
    return qobject_cast<T *>(entry.connectionId.isEmpty() ? m_providers->provider(entry.connection)
                                                          : m_providers->byId(entry.connectionId));
}

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
    Provider *provider = m_providers->provider(request.connection);
    auto *sender = qobject_cast<PayoutSender *>(provider);
    if (!sender || !sender->payoutMethods().contains(request.method))
        return reject(tr("The connection %1 is not open.").arg(request.connection));

    JournalEntry entry;
    entry.key = key;
    entry.provider = provider->providerId();
    entry.connectionId = provider->connectionId();
    entry.connection = request.connection;
    entry.action = JournalAction::payout(request.method);
    entry.target = request.recipient();
    entry.amount = request.amount;
    entry.currency = request.currency;
    entry.request = request.toJournalJson();
    const auto id = journalAction(entry);
    if (!id)
        return false;

    // Where the provider keeps no list and takes no key, what its records show now is
    // journaled first, so that a lost answer can still be settled.
    auto *anchors = qobject_cast<PayoutAnchors *>(provider);
    if (!anchors) {
        send(*id, request);
        return true;
    }
    anchors->payoutAnchor(request).then(this, [this, id = *id, key,
                                               request](const Result<QString> &anchor) {
        if (!anchor.ok()) {
            settle(id, key, JournalEntry::State::Failed, QString(),
                   JournalText(QT_TRANSLATE_NOOP("JournalText", "Nothing was sent: %1"),
                               {anchor.error().summary()}));
            return;
        }
        PayoutRequest anchored = request;
        anchored.anchor = anchor.value();
        if (!anchored.anchor.isEmpty() && !m_journal->setRequest(id, anchored.toJournalJson())) {
            settle(id, key, JournalEntry::State::Failed, QString(),
                   JournalText(QT_TRANSLATE_NOOP("JournalText",
                                                 "Nothing was sent: the journal cannot be "
                                                 "written (%1)."),
                               {m_journal->lastError()}));
            return;
        }
        send(id, anchored);
    });
    return true;
}

void PayoutController::send(qint64 id, const PayoutRequest &request)
{
    const QString key = request.idempotencyKey;
    auto *sender = m_providers->find<PayoutSender>(request.connection);
    if (!sender) {
        settle(id, key, JournalEntry::State::Failed, QString(),
               JournalText(
                   QT_TRANSLATE_NOOP("JournalText", "Nothing was sent: the connection closed.")));
        return;
    }
    sender->sendPayout(request).then(
        this, [this, id, key, request](const Result<PayoutReceipt> &r) {
            if (r.ok()) {
                const PayoutReceipt &receipt = r.value();
                keepReceipt(id, key, receipt, request.currency);
                settle(id, key, JournalEntry::State::Succeeded, receipt.reference,
                       receipt.url.isEmpty()
                           ? JournalText::verbatim(receipt.rawStatus)
                           : JournalText(QT_TRANSLATE_NOOP("JournalText", "%1; the link: %2"),
                                         {receipt.rawStatus, receipt.url}),
                       receipt.feeRule ? receipt.feeRule->toText() : QString(), receipt.url);
            } else if (r.error().leavesOutcomeUnknown()) {
                settle(id, key, JournalEntry::State::Unknown, QString(),
                       JournalText(QT_TRANSLATE_NOOP("JournalText",
                                                     "The answer was lost (%1); checking with the "
                                                     "provider before anything is sent again."),
                                   {r.error().summary()}));
                if (const auto entry = m_journal->byKey(key))
                    reconcile(*entry);
            } else {
                settle(id, key, JournalEntry::State::Failed, QString(),
                       JournalText::verbatim(r.error().summary()));
            }
        });
}

bool PayoutController::submitBatch(const QString &connection, const QString &batchKey,
                                   const QList<PayoutRequest> &items)
{
    auto reject = [this, &batchKey](const QString &reason) {
        emit rejected(batchKey, reason);
        return false;
    };
    if (batchKey.isEmpty() || items.isEmpty())
        return reject(tr("The batch has no payouts."));
    if (m_inFlight.contains(batchKey) || m_journal->byKey(batchKey))
        return reject(tr("This batch was already submitted; it is not sent again."));
    Provider *provider = m_providers->provider(connection);
    if (!qobject_cast<BatchPayouts *>(provider))
        return reject(tr("The connection %1 is not open.").arg(connection));
    Money total = Money::fromMinorUnits(0, 2);
    for (const PayoutRequest &p : items) {
        const auto sum = total.checkedAdd(p.amount);
        if (!sum || !PayoutValidator::isValid(p) || p.idempotencyKey.isEmpty())
            return reject(tr("A batch line has errors; it was not sent."));
        total = *sum;
    }
    JournalEntry entry;
    entry.key = batchKey;
    entry.provider = provider->providerId();
    entry.connectionId = provider->connectionId();
    entry.connection = connection;
    entry.action = JournalAction(JournalAction::Kind::Batch);
    entry.targetText =
        JournalText(QT_TRANSLATE_N_NOOP("JournalText", "%n payee(s)"), {}, int(items.size()));
    entry.amount = total;
    entry.currency = QStringLiteral("USD");
    entry.request = PayoutBatch::toJournalJson(items);
    const auto id = journalAction(entry);
    if (!id)
        return false;
    sendBatch(*id, connection, batchKey, items);
    return true;
}

std::optional<qint64> PayoutController::journalAction(const JournalEntry &action)
{
    JournalEntry entry = action;
    entry.owner = m_owner;
    entry.leaseUntil = leaseEnd();
    const auto id = m_journal->append(entry);
    if (!id) {
        emit rejected(
            entry.key,
            tr("Not sent: the journal cannot be written (%1).").arg(m_journal->lastError()));
        return std::nullopt;
    }
    m_inFlight.insert(entry.key);
    m_owned.insert(entry.key, *id);
    emit journalChanged();
    return id;
}

void PayoutController::keepReceipt(qint64 id, const QString &key, const PayoutReceipt &receipt,
                                   const QString &currency)
{
    // Kept before the row settles, so that whoever reads it settled sees its fee.
    if ((receipt.fee || !receipt.tracking.isEmpty()) &&
        !m_journal->keepReceipt(id, receipt, currency))
        emit rejected(key,
                      tr("The journal could not record the fee: %1").arg(m_journal->lastError()));
}

void PayoutController::settleAction(qint64 id, const QString &key, const Result<Done> &r,
                                    const QString &reference, const JournalText &done)
{
    settle(id, key, JournalEntry::stateAfter(r.ok() ? nullptr : &r.error()), reference,
           r.ok() ? done : JournalText::verbatim(r.error().summary()));
}

bool PayoutController::cancelPayout(const JournalEntry &payout)
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto *provider = providerOf<PayoutCancelling>(payout);
    if (!provider || payout.reference.isEmpty() || payout.state != JournalEntry::State::Succeeded) {
        emit rejected(key, tr("Only a sent payout of an open connection can be cancelled."));
        return false;
    }
    JournalEntry entry;
    entry.key = key;
    entry.provider = payout.provider;
    entry.connectionId = payout.connectionId;
    entry.connection = payout.connection;
    entry.action = JournalAction(JournalAction::Kind::CancelPayout);
    entry.target = payout.target;
    entry.amount = payout.amount;
    entry.currency = payout.currency;
    entry.reference = payout.reference;
    const auto id = journalAction(entry);
    if (!id)
        return false;
    provider->cancelPayout(payout.reference)
        .then(this, [this, id = *id, key, payout](const Result<PayoutReceipt> &r) {
            // What calling it back cost is the cancellation's own fee.
            if (r.ok())
                keepReceipt(id, key, r.value(), payout.currency);
            // The payout's own row says so too; "cancelled" is the status word its state
            // is read from.
            if (r.ok())
                m_journal->update(
                    payout.id, payout.state, payout.reference,
                    JournalText(
                        QT_TRANSLATE_NOOP("JournalText", "%1; cancelled from here on %2"),
                        {QStringLiteral("cancelled"), m_clock.nowUtc().toString(Qt::ISODate)}),
                    payout.feeRule);
            settleAction(
                id, key, r.ok() ? Result<Done>::success({}) : Result<Done>::failure(r.error()),
                payout.reference, JournalText(QT_TRANSLATE_NOOP("JournalText", "Cancelled.")));
        });
    return true;
}

bool PayoutController::restrictTradeScripts(const QString &connection, const QString &customer,
                                            int hours)
{
    Provider *open = m_providers->provider(connection);
    auto *provider = qobject_cast<TradeScripts *>(open);
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!provider || hours < 1) {
        emit rejected(key, tr("The connection %1 is not open.").arg(connection));
        return false;
    }
    JournalEntry entry;
    entry.key = key;
    entry.provider = open->providerId();
    entry.connectionId = open->connectionId();
    entry.connection = connection;
    entry.action = JournalAction(JournalAction::Kind::Restrict);
    entry.targetText =
        JournalText(QT_TRANSLATE_N_NOOP("JournalText", "%1 for %n hour(s)"), {customer}, hours);
    const auto id = journalAction(entry);
    if (!id)
        return false;
    // Restricting again is harmless, so a lost answer needs no reconciling: it is reported
    // as not known, to be repeated.
    provider->restrictTradeScripts(customer, hours)
        .then(this, [this, id = *id, key](const Result<Done> &r) {
            settleAction(id, key, r, QString(), JournalText());
        });
    return true;
}

void PayoutController::sendBatch(qint64 id, const QString &connection, const QString &batchKey,
                                 const QList<PayoutRequest> &items)
{
    auto *provider = m_providers->find<BatchPayouts>(connection);
    if (!provider) {
        m_inFlight.remove(batchKey); // stays open; settled when its connection opens
        return;
    }
    provider->sendPayoutBatch(batchKey, items)
        .then(this, [this, id, connection, batchKey](const Result<PayoutBatchStatus> &r) {
            if (r.ok()) {
                // Dots's word first: a restart reads it to know the batch is still paying.
                settle(id, batchKey, JournalEntry::State::Succeeded, r.value().id,
                       JournalText(QT_TRANSLATE_NOOP("JournalText", "%1; Accepted; paying out."),
                                   {r.value().status}));
                emit batchProgress(batchKey, r.value());
                follow(id, connection, batchKey, r.value().id);
            } else if (r.error().leavesOutcomeUnknown()) {
                // Still lost after the retries: the same keys again settle it.
                settle(
                    id, batchKey, JournalEntry::State::Unknown, QString(),
                    JournalText(QT_TRANSLATE_NOOP("JournalText",
                                                  "The answer was lost (%1); it will be sent again "
                                                  "with the same keys, which Dots answers "
                                                  "with the batch it already has."),
                                {r.error().summary()}));
            } else {
                settle(id, batchKey, JournalEntry::State::Failed, QString(),
                       JournalText::verbatim(r.error().summary()));
            }
        });
}

void PayoutController::follow(qint64 id, const QString &connection, const QString &batchKey,
                              const QString &batchId)
{
    m_followedBatches.insert(batchKey);
    QTimer::singleShot(m_pollMs, this, [this, id, connection, batchKey, batchId] {
        auto *provider = m_providers->find<BatchPayouts>(connection);
        if (!provider) {
            // The connection closed; its journal entry says the batch is still paying.
            m_followedBatches.remove(batchKey);
            return;
        }
        provider->fetchPayoutBatch(batchId).then(
            this, [this, id, connection, batchKey, batchId](const Result<PayoutBatchStatus> &r) {
                if (!r.ok()) {
                    // A failed read changes nothing; the next one may work.
                    follow(id, connection, batchKey, batchId);
                    return;
                }
                const PayoutBatchStatus &s = r.value();
                emit batchProgress(batchKey, s);
                if (!s.isDone()) {
                    follow(id, connection, batchKey, batchId);
                    return;
                }
                m_followedBatches.remove(batchKey);
                m_journal->update(
                    id, JournalEntry::State::Succeeded, batchId,
                    JournalText(QT_TRANSLATE_NOOP("JournalText", "Done: %1 paid, %2 failed."),
                                {QString::number(s.succeeded), QString::number(s.failed)}));
                emit journalChanged();
            });
    });
}

void PayoutController::settle(qint64 id, const QString &key, JournalEntry::State state,
                              const QString &reference, const JournalText &message,
                              const QString &feeRule, const QString &link)
{
    m_inFlight.remove(key);
    if (state == JournalEntry::State::Succeeded || state == JournalEntry::State::Failed)
        m_owned.remove(key);
    if (!m_journal->update(id, state, reference, message, feeRule, link)) {
        emit rejected(
            key, tr("The journal could not record the answer: %1").arg(m_journal->lastError()));
    }
    emit journalChanged();
    if (const auto entry = m_journal->byKey(key))
        emit finished(*entry);
}

QSet<QString> PayoutController::knownReferences(const JournalEntry &entry)
{
    QSet<QString> refs;
    for (const JournalEntry &e : m_journal->entries()) {
        const bool sameConnection = entry.connectionId.isEmpty()
                                        ? e.connection == entry.connection
                                        : e.connectionId == entry.connectionId;
        if (e.provider == entry.provider && sameConnection && !e.reference.isEmpty())
            refs.insert(e.reference);
    }
    return refs;
}

void PayoutController::reconcileOpen()
{
    // What waits for a person is checked again only when a person asks.
    for (const JournalEntry &e : m_journal->openEntries()) {
        if (e.action.movesMoney() && !m_inFlight.contains(e.key) && !e.needsDecision)
            reconcile(e);
    }
    const QDateTime recent = m_clock.nowUtc().addDays(-FollowUpDays);
    for (const JournalEntry &e : m_journal->entries()) {
        // A link the payee has not completed has no word of its own ("delivered").
        const PayoutState::Progress progress = PayoutState::progressOf(e.statusWord());
        const bool goesOn = progress == PayoutState::Progress::UnderWay ||
                            (!e.tracking.isEmpty() && progress == PayoutState::Progress::Unstated);
        if (e.state == JournalEntry::State::Succeeded && !e.reference.isEmpty() &&
            e.action.movesMoney() && e.created >= recent && goesOn && !m_inFlight.contains(e.key)) {
            if (e.action.kind() != JournalAction::Kind::Batch)
                followUp(e);
            else if (auto *open = providerOf<Provider>(e);
                     open && !m_followedBatches.contains(e.key))
                follow(e.id, open->connectionName(), e.key, e.reference);
        }
    }
}

void PayoutController::followUp(const JournalEntry &entry)
{
    // Only providers that report a payout's progress are asked: a link by what the payee
    // did with it, anything else by its reference.
    QFuture<Result<PayoutState>> state;
    if (auto *links = providerOf<PayoutLinkTracking>(entry); links && !entry.tracking.isEmpty())
        state = links->fetchLinkState(entry.tracking);
    else if (auto *provider = providerOf<PayoutTracking>(entry))
        state = provider->fetchPayoutState(entry.reference);
    else
        return;
    state.then(this, [this, entry](const Result<PayoutState> &r) {
        // No word yet (a link not completed) changes nothing.
        if (!r.ok() || r.value().rawStatus.isEmpty() || r.value().rawStatus == entry.statusWord())
            return;
        const PayoutState &s = r.value();
        JournalText message = JournalText::verbatim(s.rawStatus);
        if (!s.chainReference.isEmpty())
            message = JournalText(QT_TRANSLATE_NOOP("JournalText", "%1; on chain as %2"),
                                  {s.rawStatus, s.chainReference});
        else if (!s.stepsDone.isEmpty())
            message = JournalText(
                QT_TRANSLATE_NOOP("JournalText", "%1; the payee completed the link (%2)"),
                {s.rawStatus, s.stepsDone.join(QStringLiteral(", "))});
        if (m_journal->update(entry.id, entry.state, entry.reference, message, entry.feeRule))
            emit journalChanged();
    });
}

bool PayoutController::reconcile(const JournalEntry &entry)
{
    if (m_inFlight.contains(entry.key))
        return true; // a check (or the send itself) is under way; its answer settles it
    // Another copy sending or checking it holds a lease: it is left to that copy.
    if (!m_journal->claim(entry.id, m_owner, leaseEnd()))
        return false;
    m_owned.insert(entry.key, entry.id);
    if (entry.action.kind() == JournalAction::Kind::Batch) {
        if (providerOf<BatchPayouts>(entry)) {
            m_inFlight.insert(entry.key);
            sendBatch(entry.id, providerOf<Provider>(entry)->connectionName(), entry.key,
                      PayoutBatch::fromJournalJson(entry.request));
        }
        return true;
    }
    auto request = PayoutRequest::fromJournalJson(entry.request);
    auto *provider = providerOf<PayoutSender>(entry);
    if (!request || !provider)
        return true; // stays open; reconciled when its connection opens
    // Under the name the connection has now: it may have been renamed since.
    request->connection = providerOf<Provider>(entry)->connectionName();
    // The same key: Dots replays it, the crypto gateway finds its withdrawal by it.
    request->idempotencyKey = entry.key;
    m_inFlight.insert(entry.key);
    provider->reconcilePayout(*request, entry.created, knownReferences(entry))
        .then(this, [this, entry](const Result<PayoutMatch> &r) {
            if (!r.ok()) {
                notFound(entry, PayoutMatch(),
                         tr("could not check with the provider: %1").arg(r.error().summary()));
                return;
            }
            const PayoutMatch &m = r.value();
            if (m.kind == PayoutMatch::Kind::Found)
                settle(entry.id, entry.key, JournalEntry::State::Succeeded, m.reference,
                       m.evidence.isEmpty()
                           ? JournalText(QT_TRANSLATE_NOOP(
                                 "JournalText", "Found in the provider's records after the "
                                                "answer was lost."))
                           : JournalText::verbatim(m.evidence));
            else
                notFound(entry, m, QString());
        });
    return true;
}

void PayoutController::notFound(const JournalEntry &entry, const PayoutMatch &match,
                                const QString &problem)
{
    m_inFlight.remove(entry.key);
    const QDateTime now = m_clock.nowUtc();
    const PayoutSettling s = settling(entry.provider);
    const int checks = int(QJsonDocument::fromJson(entry.checks).array().size()) + 1;
    const bool ambiguous = match.kind == PayoutMatch::Kind::Ambiguous;
    // Several records fit: no later look makes that clearer.
    const bool decide = ambiguous || s.windowOver(entry.created, now);
    QJsonObject check{{QStringLiteral("at"), now.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("records"), match.recordsRead}};
    if (match.searchedFrom.isValid()) {
        check.insert(QStringLiteral("from"), match.searchedFrom.toString(Qt::ISODate));
        check.insert(QStringLiteral("to"), match.searchedTo.toString(Qt::ISODate));
    }
    check.insert(QStringLiteral("result"), !problem.isEmpty() ? problem
                                           : ambiguous
                                               ? tr("%n record(s) fit", nullptr, match.candidates)
                                               : tr("not found"));
    JournalText message;
    if (ambiguous)
        message = JournalText(QT_TRANSLATE_N_NOOP("JournalText",
                                                  "%n provider record(s) fit this payout; someone "
                                                  "must look at them and decide. Nothing is "
                                                  "sent again."),
                              {}, match.candidates);
    else if (decide)
        message = JournalText(QT_TRANSLATE_N_NOOP("JournalText",
                                                  "Not found in the provider's records after %n "
                                                  "check(s) over %1 minutes. Nothing is sent "
                                                  "again: check again, or mark it as not sent."),
                              {QString::number(entry.created.secsTo(now) / 60)}, checks);
    else
        message = JournalText(
            QT_TRANSLATE_NOOP("JournalText", "Not found yet in the provider's records (%1, check "
                                             "%2); checking again at %3. Nothing is sent "
                                             "again meanwhile."),
            {problem.isEmpty() ? tr("a slow provider may still commit it") : problem,
             QString::number(checks),
             now.addMSecs(s.pauseAfter(checks)).toLocalTime().toString(QStringLiteral("HH:mm"))});
    if (!m_journal->recordCheck(entry.id, check, decide, message))
        emit rejected(entry.key,
                      tr("The journal could not record the check: %1").arg(m_journal->lastError()));
    if (decide) {
        m_owned.remove(entry.key);
        m_journal->release(entry.id, m_owner);
    } else {
        checkLater(entry.key, s.pauseAfter(checks));
    }
    emit journalChanged();
    if (const auto updated = m_journal->byKey(entry.key))
        emit finished(*updated);
}

void PayoutController::checkLater(const QString &key, int milliseconds)
{
    QTimer::singleShot(milliseconds, this, [this, key] {
        const auto entry = m_journal->byKey(key);
        if (entry && entry->isOpen() && !entry->needsDecision)
            reconcile(*entry);
    });
}

bool PayoutController::checkAgain(const QString &key)
{
    const auto entry = m_journal->byKey(key);
    if (!entry || !entry->isOpen()) {
        emit rejected(key, tr("Only an open payout can be checked again."));
        return false;
    }
    if (reconcile(*entry))
        return true;
    emit rejected(key, tr("Another copy of Treasury Desk (%1) is sending or checking this "
                          "payout; it is left to it.")
                           .arg(entry->owner));
    return false;
}

bool PayoutController::markNotSent(const QString &key, const QString &who)
{
    const auto entry = m_journal->byKey(key);
    if (!entry || entry->state != JournalEntry::State::Unknown || !entry->needsDecision ||
        m_inFlight.contains(key)) {
        emit rejected(key, tr("Only a payout not found after its settling window can be marked "
                              "as not sent."));
        return false;
    }
    const int checks = int(QJsonDocument::fromJson(entry->checks).array().size());
    if (!m_journal->markNotSent(
            entry->id, who,
            JournalText(QT_TRANSLATE_N_NOOP("JournalText", "Marked as not sent by %1 after %n "
                                                           "check(s) of the provider's "
                                                           "records. It may be sent again."),
                        {who}, checks))) {
        emit rejected(key, m_journal->lastError());
        return false;
    }
    m_owned.remove(key);
    emit journalChanged();
    if (const auto now = m_journal->byKey(key))
        emit finished(*now);
    return true;
}
