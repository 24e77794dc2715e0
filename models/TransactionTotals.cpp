#include "TransactionTotals.h"

#include "Currency.h"
#include "TransactionTable.h"

#include <QJsonObject>

#include <map>

QList<CurrencyTotal> TransactionTotals::compute(const TransactionTable &table,
                                                const QList<int> &rows)
{
    // Per currency index first (integers), names only at the end.
    std::vector<CurrencyTotal> byIndex(size_t(table.currencyCount()));
    for (const int row : rows) {
        CurrencyTotal &t = byIndex[size_t(table.currencyIndex(row))];
        ++t.count;
        Money &sum = table.direction(row) == Transaction::Direction::In ? t.in : t.out;
        const std::optional<Money> next = sum.checkedAdd(table.amount(row));
        if (next)
            sum = *next;
        else
            t.overflow = true;
    }
    std::map<QString, CurrencyTotal> byName;
    for (size_t i = 0; i < byIndex.size(); ++i) {
        if (byIndex[i].count == 0)
            continue;
        CurrencyTotal t = byIndex[i];
        t.currency = table.currencyAt(int(i));
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
        QJsonObject o{{QStringLiteral("currency"), t.currency},
                      {QStringLiteral("count"), t.count},
                      {QStringLiteral("in"), Currency::format(t.in, t.currency)},
                      {QStringLiteral("out"), Currency::format(t.out, t.currency)},
                      {QStringLiteral("net"), Currency::format(t.net(), t.currency)}};
        if (t.overflow)
            o.insert(QStringLiteral("overflow"), true);
        array.append(o);
    }
    return array;
}
