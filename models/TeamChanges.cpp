#include "TeamChanges.h"

#include <QHash>

#include <algorithm>

namespace {

enum class Reads { Payout, Payouts, Members, Keys, Policy, Connections, Changes, Nothing };

// The actions td's functions (and migrations) write, and what each one changes.
const QHash<QString, Reads> &actions()
{
    static const QHash<QString, Reads> table{
        {QStringLiteral("request"), Reads::Payout},
        {QStringLiteral("sign"), Reads::Payout},
        {QStringLiteral("approve"), Reads::Payout},
        {QStringLiteral("reject"), Reads::Payout},
        {QStringLiteral("claim"), Reads::Payout},
        {QStringLiteral("take over"), Reads::Payout},
        {QStringLiteral("outcome"), Reads::Payout},
        // A counterparty released: every payout to it may go sooner.
        {QStringLiteral("release"), Reads::Payouts},
        {QStringLiteral("add member"), Reads::Members},
        {QStringLiteral("register key"), Reads::Keys},
        {QStringLiteral("approve key"), Reads::Keys},
        {QStringLiteral("policy"), Reads::Policy},
        {QStringLiteral("connection"), Reads::Connections},
        {QStringLiteral("retire connection"), Reads::Connections},
        {QStringLiteral("propose"), Reads::Changes},
        {QStringLiteral("reject change"), Reads::Changes},
        {QStringLiteral("signatures"), Reads::Nothing},
    };
    return table;
}

} // namespace

TeamChanges TeamChanges::everything()
{
    TeamChanges all;
    all.allPayouts = all.members = all.keys = all.policy = all.connections = all.changes = true;
    return all;
}

TeamChanges TeamChanges::from(const QList<Row> &rows)
{
    TeamChanges out;
    for (const Row &row : rows) {
        // An applied change is a role or the policy; the row does not say which.
        if (row.action == QLatin1String("change")) {
            out.members = out.policy = out.changes = true;
            continue;
        }
        const auto it = actions().constFind(row.action);
        if (it == actions().cend())
            return everything();
        switch (*it) {
        case Reads::Payout:
            if (!out.payoutKeys.contains(row.object))
                out.payoutKeys.append(row.object);
            break;
        case Reads::Payouts:
            out.allPayouts = true;
            break;
        case Reads::Members:
            out.members = true;
            break;
        // The members' list shows each one's key.
        case Reads::Keys:
            out.keys = out.members = true;
            break;
        case Reads::Policy:
            out.policy = true;
            break;
        case Reads::Connections:
            out.connections = true;
            break;
        case Reads::Changes:
            out.changes = true;
            break;
        case Reads::Nothing:
            break;
        }
    }
    if (out.allPayouts)
        out.payoutKeys.clear();
    return out;
}

QList<TeamPayout> TeamChanges::merged(QList<TeamPayout> all, const QList<TeamPayout> &changed)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < all.size(); ++i)
        index.insert(all.at(i).key, i);
    for (const TeamPayout &p : changed) {
        if (const auto it = index.constFind(p.key); it != index.cend())
            all[*it] = p;
        else
            all.append(p);
    }
    std::stable_sort(all.begin(), all.end(), [](const TeamPayout &a, const TeamPayout &b) {
        return a.created != b.created ? a.created > b.created : a.key < b.key;
    });
    return all;
}
