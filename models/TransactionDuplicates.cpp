#include "TransactionDuplicates.h"

#include <QHash>

namespace {

bool sameFigures(const Transaction &a, const Transaction &b)
{
    return a.amount == b.amount && a.currency == b.currency && a.direction == b.direction &&
           a.status == b.status && a.rawStatus == b.rawStatus && a.date == b.date && a.fee == b.fee;
}

QString figures(const Transaction &t)
{
    return QStringLiteral("%1 %2 %3, %4")
        .arg(t.amount.toString(), t.currency, Transaction::directionName(t.direction),
             t.rawStatus.isEmpty() ? Transaction::statusName(t.status) : t.rawStatus);
}

} // namespace

QStringList TransactionDuplicates::settle(QList<Transaction> *transactions)
{
    QHash<QString, qsizetype> first; // id -> where it was first listed
    QHash<QString, QStringList> conflicting;
    QStringList order;
    QList<Transaction> kept;
    kept.reserve(transactions->size());
    for (Transaction &t : *transactions) {
        const auto it = first.constFind(t.id);
        if (it == first.cend()) {
            first.insert(t.id, kept.size());
            kept.append(std::move(t));
            continue;
        }
        const Transaction &earlier = kept.at(*it);
        if (sameFigures(earlier, t))
            continue;
        QStringList &seen = conflicting[t.id];
        if (seen.isEmpty()) {
            order.append(t.id);
            seen.append(figures(earlier));
        }
        seen.append(figures(t));
    }
    *transactions = std::move(kept);
    QStringList lines;
    for (const QString &id : std::as_const(order))
        lines.append(QStringLiteral("transaction %1 is listed %2 times with different figures "
                                    "(%3); only the first is counted")
                         .arg(id.left(64))
                         .arg(conflicting.value(id).size())
                         .arg(conflicting.value(id).join(QStringLiteral("; "))));
    return lines;
}
