#pragma once

#include "PayoutSettling.h"
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
    QString evidence;       ///< how the provider's records showed it, for the journal
    QDateTime searchedFrom; ///< the span of the provider's records read (invalid: by key)
    QDateTime searchedTo;
    int recordsRead = 0; ///< how many records came back
};

/**
 * Finds a payout in a provider's transaction list when the provider takes no idempotency
 * key: money out, same amount and currency, created within a day either side of when it was
 * sent (clocks and zones may be off: PayoutSettling::SkewSeconds), and not already the
 * reference of another journal entry.
 */
class PayoutMatcher final
{
public:
    static PayoutMatch match(const Money &amount, const QString &currency, const QDateTime &sentAt,
                             const QList<Transaction> &transactions,
                             const QSet<QString> &knownReferences);
    /// The span of the provider's list to read for a payout sent at `sentAt`.
    static QDateTime windowStart(const QDateTime &sentAt)
    {
        return sentAt.addSecs(-PayoutSettling::SkewSeconds);
    }
    static QDateTime windowEnd(const QDateTime &sentAt)
    {
        return sentAt.addSecs(PayoutSettling::SkewSeconds);
    }
};
