#include "SpendBuckets.h"

#include "TransactionTable.h"

#include <QDateTime>
#include <QHash>

#include <map>

namespace SpendBuckets {

namespace {

QDate periodStart(const QDate &day, Period period)
{
    switch (period) {
    case Period::Day:
        return day;
    case Period::Week:
        return day.addDays(1 - day.dayOfWeek());
    case Period::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QDate nextPeriod(const QDate &start, Period period)
{
    switch (period) {
    case Period::Day:
        return start.addDays(1);
    case Period::Week:
        return start.addDays(7);
    case Period::Month:
        return start.addMonths(1);
    }
    return start;
}

bool isSpend(const TransactionTable &t, int row, int currencyIndex)
{
    return t.currencyIndex(row) == currencyIndex &&
           t.direction(row) == Transaction::Direction::Out &&
           Transaction::movementOf(t.status(row)) != Transaction::Movement::NotMoved;
}

int currencyIndexOf(const TransactionTable &t, const QString &currency)
{
    for (int i = 0; i < t.currencyCount(); ++i) {
        if (t.currencyAt(i) == currency)
            return i;
    }
    return -1;
}

// A spend row's money out is its amount and the fee on top, as the totals count it.
void add(Bucket &b, const TransactionTable &table, int row)
{
    // Saturate rather than wrap: a chart, never a ledger.
    b.total = b.total.checkedAdd(table.amount(row)).value_or(b.total);
    if (const std::optional<Money> fee = table.fee(row))
        b.total = b.total.checkedAdd(*fee).value_or(b.total);
    ++b.count;
}

} // namespace

QList<Bucket> overTime(const TransactionTable &table, const QList<int> &rows,
                       const QString &currency, Period period)
{
    const int c = currencyIndexOf(table, currency);
    std::map<QDate, Bucket> buckets;
    for (const int row : rows) {
        if (!isSpend(table, row, c))
            continue;
        const QDate start = periodStart(table.date(row).date(), period);
        Bucket &b = buckets[start];
        b.start = start;
        add(b, table, row);
    }
    QList<Bucket> result;
    if (buckets.empty())
        return result;
    const QDate last = buckets.rbegin()->first;
    for (QDate d = buckets.begin()->first; d <= last; d = nextPeriod(d, period)) {
        const auto it = buckets.find(d);
        Bucket b = it == buckets.end() ? Bucket() : it->second;
        b.start = d;
        b.label = d.toString(Qt::ISODate);
        result.append(b);
    }
    return result;
}

QList<Bucket> byCard(const TransactionTable &table, const QList<int> &rows, const QString &currency,
                     int maxBuckets, const QString &otherLabel, const QString &noCardLabel)
{
    const int c = currencyIndexOf(table, currency);
    QHash<int, Bucket> cards;
    for (const int row : rows) {
        if (!isSpend(table, row, c))
            continue;
        Bucket &b = cards[table.cardIndex(row)];
        add(b, table, row);
    }
    QList<Bucket> sorted;
    for (auto it = cards.cbegin(); it != cards.cend(); ++it) {
        Bucket b = it.value();
        const QString &name = table.cardNameAt(it.key());
        const QString &four = table.cardLastFourAt(it.key());
        b.label =
            name.isEmpty() && four.isEmpty() ? noCardLabel : Transaction::cardLabel(name, four);
        sorted.append(b);
    }
    std::sort(sorted.begin(), sorted.end(), [](const Bucket &a, const Bucket &b) {
        return a.total != b.total ? a.total > b.total : a.label < b.label;
    });
    if (maxBuckets > 0 && sorted.size() > maxBuckets) {
        Bucket other;
        other.label = otherLabel;
        for (qsizetype i = maxBuckets - 1; i < sorted.size(); ++i) {
            other.total = other.total.checkedAdd(sorted[i].total).value_or(other.total);
            other.count += sorted[i].count;
        }
        sorted.resize(maxBuckets - 1);
        sorted.append(other);
    }
    return sorted;
}

QString mainCurrency(const TransactionTable &table, const QList<int> &rows)
{
    std::vector<int> counts(size_t(table.currencyCount()), 0);
    for (const int row : rows) {
        if (table.direction(row) == Transaction::Direction::Out)
            ++counts[size_t(table.currencyIndex(row))];
    }
    int best = -1;
    for (size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] > 0 && (best < 0 || counts[i] > counts[size_t(best)]))
            best = int(i);
    }
    return best < 0 ? QString() : table.currencyAt(best);
}

} // namespace SpendBuckets
