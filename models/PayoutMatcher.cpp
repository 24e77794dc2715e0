#include "PayoutMatcher.h"

PayoutMatch PayoutMatcher::match(const Money &amount, const QString &currency,
                                 const QDateTime &sentAt, const QList<Transaction> &transactions,
                                 const QSet<QString> &knownReferences)
{
    PayoutMatch result;
    result.searchedFrom = windowStart(sentAt);
    result.searchedTo = windowEnd(sentAt);
    result.recordsRead = int(transactions.size());
    for (const Transaction &t : transactions) {
        if (t.direction != Transaction::Direction::Out || t.currency != currency ||
            t.amount != amount || knownReferences.contains(t.id) || t.date < windowStart(sentAt) ||
            t.date > windowEnd(sentAt))
            continue;
        ++result.candidates;
        result.reference = t.id;
    }
    if (result.candidates == 1)
        result.kind = PayoutMatch::Kind::Found;
    else if (result.candidates > 1)
        result.kind = PayoutMatch::Kind::Ambiguous;
    if (result.kind != PayoutMatch::Kind::Found)
        result.reference.clear();
    return result;
}
