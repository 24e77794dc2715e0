#pragma once

#include "Transaction.h"

#include <QDateTime>
#include <QList>
#include <QSet>

/// What the provider's own records say about a payout whose answer was lost.
struct PayoutMatch
{
    enum class Kind {
        Found,    ///< exactly one transaction fits: it was sent
        NotFound, ///< none fits: it was not sent, and may be sent again
        Ambiguous ///< several fit: a person has to decide
    };
    Kind kind = Kind::NotFound;
    QString reference;
    int candidates = 0;
    QString evidence; ///< how the provider's records showed it, for the journal
};

/**
 * Finds a payout in a provider's transaction list when the provider takes no idempotency
 * key: money out, same amount and currency, created from a few minutes before it was sent
 * to half an hour after, and not already the reference of another journal entry.
 */
class PayoutMatcher final
{
public:
    static PayoutMatch match(const Money &amount, const QString &currency, const QDateTime &sentAt,
                             const QList<Transaction> &transactions,
                             const QSet<QString> &knownReferences);
    /// The span of the provider's list to read for a payout sent at `sentAt`.
    static QDateTime windowStart(const QDateTime &sentAt) { return sentAt.addSecs(-5 * 60); }
    static QDateTime windowEnd(const QDateTime &sentAt) { return sentAt.addSecs(30 * 60); }
};
