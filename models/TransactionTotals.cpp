#include "TransactionTotals.h"

#include "Currency.h"
#include "TransactionTable.h"

#include <QJsonObject>

#include <map>

namespace {

void add(Money &sum, const Money &amount, bool *overflow)
{
    if (const std::optional<Money> next = sum.checkedAdd(amount))
        sum = *next;
    else
        *overflow = true;
}

// The derived sums (in, out with fees, net) fit too; else they would read as zero.
bool derivedSumsFit(const CurrencyTotal &t)
{
    const std::optional<Money> in = t.settledIn.checkedAdd(t.pendingIn);
    const std::optional<Money> amounts = t.settledOut.checkedAdd(t.pendingOut);
    const std::optional<Money> fees = t.settledFees.checkedAdd(t.pendingFees);
    const std::optional<Money> out = amounts && fees ? amounts->checkedAdd(*fees) : std::nullopt;
    return in && out && in->checkedSub(*out);
}

} // namespace

QList<CurrencyTotal> TransactionTotals::compute(const TransactionTable &table,
                                                const QList<int> &rows)
{
    // Per currency index first (integers), names only at the end.
    std::vector<CurrencyTotal> byIndex(size_t(table.currencyCount()));
    for (const int row : rows) {
        CurrencyTotal &t = byIndex[size_t(table.currencyIndex(row))];
        ++t.count;
        const bool in = table.direction(row) == Transaction::Direction::In;
        switch (Transaction::movementOf(table.status(row))) {
        case Transaction::Movement::Settled:
            ++t.settledCount;
            add(in ? t.settledIn : t.settledOut, table.amount(row), &t.overflow);
            if (const std::optional<Money> fee = table.fee(row))
                add(t.settledFees, *fee, &t.overflow);
            break;
        case Transaction::Movement::Pending:
            ++t.pendingCount;
            add(in ? t.pendingIn : t.pendingOut, table.amount(row), &t.overflow);
            if (const std::optional<Money> fee = table.fee(row))
                add(t.pendingFees, *fee, &t.overflow);
            break;
        case Transaction::Movement::NotMoved:
            ++t.notMovedCount;
            add(t.notMoved, table.amount(row), &t.overflow);
            break;
        }
    }
    std::map<QString, CurrencyTotal> byName;
    for (size_t i = 0; i < byIndex.size(); ++i) {
        if (byIndex[i].count == 0)
            continue;
        CurrencyTotal t = byIndex[i];
        t.currency = table.currencyAt(int(i));
        t.overflow = t.overflow || !derivedSumsFit(t);
        byName.emplace(t.currency, t);
    }
    QList<CurrencyTotal> result;
    for (const auto &entry : byName)
        result.append(entry.second);
    return result;
}

QJsonArray TransactionTotals::toJson(const QList<CurrencyTotal> &totals)
{
    QJsonArray array;
    for (const CurrencyTotal &t : totals) {
        const auto text = [&t](const Money &m) { return Currency::format(m, t.currency); };
        QJsonObject o{{QStringLiteral("currency"), t.currency},
                      {QStringLiteral("count"), t.count},
                      {QStringLiteral("settled_count"), t.settledCount},
                      {QStringLiteral("pending_count"), t.pendingCount},
                      {QStringLiteral("not_moved_count"), t.notMovedCount},
                      {QStringLiteral("settled_in"), text(t.settledIn)},
                      {QStringLiteral("settled_out"), text(t.settledOut)},
                      {QStringLiteral("pending_in"), text(t.pendingIn)},
                      {QStringLiteral("pending_out"), text(t.pendingOut)},
                      {QStringLiteral("settled_fees"), text(t.settledFees)},
                      {QStringLiteral("pending_fees"), text(t.pendingFees)},
                      {QStringLiteral("not_moved"), text(t.notMoved)},
                      {QStringLiteral("net"), text(t.net())}};
        if (t.overflow)
            o.insert(QStringLiteral("overflow"), true);
        array.append(o);
    }
    return array;
}
