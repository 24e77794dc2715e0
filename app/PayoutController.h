#pragma once

#include "ActionJournal.h"
#include "Payout.h"
#include "PayoutBatch.h"
#include "PayoutMatcher.h"
#include "PayoutSettling.h"
#include "ProviderError.h"
#include "Result.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QTimer;

class Clock;
struct Preferences;
class ProviderRegistry;

/**
 * Sends payouts exactly once. Each is written to the journal as pending, under its
 * idempotency key, before its request leaves; the answer marks it succeeded or failed,
 * and a lost answer marks it unknown. An unknown or pending payout (also one left by a
 * crash) is checked against the provider's own records; a key already in the journal is
 * never sent twice.
 *
 * Absence is not proof: a payout not found stays unknown and is checked again with growing
 * pauses over its provider's settling window; after it, it waits for a person, who may
 * mark it as not sent. Each open entry is owned, with a lease, by the copy of the app that
 * sends or checks it; another copy leaves it alone until the lease runs out.
 */
class PayoutController final : public QObject
{
    Q_OBJECT

public:
    /// How long a sent payout is followed while its provider says it is under way.
    static constexpr int FollowUpDays = 30;
    /// How long an owner's claim on an open entry lasts; renewed while it works on it.
    static constexpr int LeaseSeconds = 120;

    PayoutController(ActionJournal *journal, ProviderRegistry *providers, const Clock &clock,
                     QObject *parent = nullptr);
    ~PayoutController() override;

    /// The settling window of one provider's payouts (by provider id); others keep theirs.
    void setSettling(const QString &providerId, const PayoutSettling &settling);
    /// Each installed provider's settling window, as chosen in Preferences.
    void setSettling(const Preferences &preferences);
    PayoutSettling settling(const QString &providerId) const;
    /// Who this copy is in the journal ("host/pid/start").
    QString owner() const { return m_owner; }
    /// A new owner name in that form, for what claims entries before a controller exists.
    static QString newOwner();
    /// A person's "check again": the open payout is checked against its provider now.
    /// False, with rejected(), when another copy holds it or it is not open.
    bool checkAgain(const QString &key);
    /// A person's decision that an unknown payout, not found after its settling window,
    /// was not sent; journaled with `who`. It may then be sent again, under a new key.
    bool markNotSent(const QString &key, const QString &who);

    /// Journals, then sends. False, with rejected() saying why, when the key was used
    /// before, the journal cannot be written, or the connection cannot send it.
    bool submit(const PayoutRequest &request);
    /// A Dots batch: one journal entry for it (with every item and its key), then one
    /// request, retried with the same keys on a lost answer; its progress is followed
    /// until the provider has processed every item.
    bool submitBatch(const QString &connection, const QString &batchKey,
                     const QList<PayoutRequest> &items);
    /// Cancels a payout the journal shows as sent, journaled as its own action. Never
    /// retried: a lost answer leaves it unknown, for the provider's list to tell.
    bool cancelPayout(const JournalEntry &payout);
    /// Restricts a DART customer's trade scripts for `hours`, journaled like a payout.
    bool restrictTradeScripts(const QString &connection, const QString &customer, int hours);
    /// How often a batch's progress is asked for.
    void setPollInterval(int milliseconds) { m_pollMs = milliseconds; }
    /// Reconciles every pending or unknown payout whose connection is open, and asks the
    /// providers that report it how sent payouts of the last FollowUpDays still under way
    /// are doing.
    void reconcileOpen();

signals:
    /// A payout was answered or reconciled; the entry as the journal now has it.
    void finished(const JournalEntry &entry);
    void rejected(const QString &key, const QString &reason);
    void journalChanged();
    void batchProgress(const QString &batchKey, const PayoutBatchStatus &status);

private:
    void send(qint64 id, const PayoutRequest &request);
    /// Journals an action as pending and in flight; nullopt, said by rejected(), if it can't.
    std::optional<qint64> journalAction(const JournalEntry &entry);
    /// Keeps the fee a receipt states (in `currency` unless it names its own) and what
    /// the payout is followed by.
    void keepReceipt(qint64 id, const QString &key, const PayoutReceipt &receipt,
                     const QString &currency);
    void settleAction(qint64 id, const QString &key, const Result<Done> &result,
                      const QString &reference, const JournalText &done);
    /// Checks an open entry against its provider; false when another copy holds it.
    bool reconcile(const JournalEntry &entry);
    /// A check that did not find the payout (or could not look): kept, and either
    /// checked again later or, after the settling window, left for a person.
    void notFound(const JournalEntry &entry, const PayoutMatch &match, const QString &problem);
    void checkLater(const QString &key, int milliseconds);
    QDateTime leaseEnd() const;
    void renewLeases();
    /// A sent payout's status as the provider has it now, into the entry's message.
    void followUp(const JournalEntry &entry);
    void settle(qint64 id, const QString &key, JournalEntry::State state, const QString &reference,
                const JournalText &message, const QString &feeRule = QString(),
                const QString &link = QString());
    QSet<QString> knownReferences(const JournalEntry &entry);
    /// The open provider an entry belongs to, as a T: by the connection's id, which a
    /// rename keeps (by name for rows written before connections had ids).
    template<typename T> T *providerOf(const JournalEntry &entry) const;
    void sendBatch(qint64 id, const QString &connection, const QString &batchKey,
                   const QList<PayoutRequest> &items);
    void follow(qint64 id, const QString &connection, const QString &batchKey,
                const QString &batchId);

    ActionJournal *m_journal;
    ProviderRegistry *m_providers;
    const Clock &m_clock;
    QSet<QString> m_inFlight;
    QSet<QString> m_followedBatches; ///< batch keys whose progress this copy is reading
    QHash<QString, qint64> m_owned;  ///< key -> journal id of what this copy holds
    QHash<QString, PayoutSettling> m_settling;
    QString m_owner;
    QTimer *m_leaseTimer;
    int m_pollMs = 2000;
};
