#pragma once

#include "ActionJournal.h"
#include "Payout.h"
#include "PayoutBatch.h"
#include "ProviderError.h"
#include "Result.h"

#include <QObject>
#include <QSet>

class Clock;
class ProviderRegistry;

/**
 * Sends payouts exactly once. Each is written to the journal as pending, under its
 * idempotency key, before its request leaves; the answer marks it succeeded or failed,
 * and a lost answer marks it unknown. An unknown or pending payout (also one left by a
 * crash) is reconciled against the provider's own records before anything may be sent
 * again; a key already in the journal is never sent twice.
 */
class PayoutController final : public QObject
{
    Q_OBJECT

public:
    /// How long a sent payout is followed while its provider says it is under way.
    static constexpr int FollowUpDays = 30;

    PayoutController(ActionJournal *journal, ProviderRegistry *providers, const Clock &clock,
                     QObject *parent = nullptr);

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
    void settleAction(qint64 id, const QString &key, const Result<Done> &result,
                      const QString &reference, const QString &done);
    void reconcile(const JournalEntry &entry);
    /// A sent payout's status as the provider has it now, into the entry's message.
    void followUp(const JournalEntry &entry);
    void settle(qint64 id, const QString &key, JournalEntry::State state, const QString &reference,
                const QString &message, const QString &feeRule = QString());
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
    int m_pollMs = 2000;
};
