#include "JournalFees.h"

#include <QHash>

int JournalFees::fill(QList<Transaction> *rows, const QString &connectionId,
                      const QList<JournalEntry> &journal)
{
    // Only what the provider accepted from us: a refused or unknown payout charged nothing
    // we know of, and a card action charges no fee.
    QHash<QString, const JournalEntry *> byReference;
    for (const JournalEntry &e : journal) {
        if (e.fee && e.connectionId == connectionId && !e.reference.isEmpty() &&
            e.state == JournalEntry::State::Succeeded && e.action.movesMoney())
            byReference.insert(e.reference, &e);
    }
    int filled = 0;
    for (Transaction &t : *rows) {
        if (t.fee)
            continue; // the provider's own word wins
        const JournalEntry *e = byReference.value(t.id);
        if (!e || e->provider != t.provider ||
            (e->feeCurrency.isEmpty() ? e->currency : e->feeCurrency) != t.currency)
            continue;
        t.fee = e->fee;
        ++filled;
    }
    return filled;
}
