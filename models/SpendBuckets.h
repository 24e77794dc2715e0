#pragma once

#include "Money.h"

#include <QDate>
#include <QList>
#include <QString>

class TransactionTable;

/// Money out of a set of transactions, grouped for the spend chart. One currency at a
/// time: amounts in different currencies are never added.
namespace SpendBuckets {

enum class Period { Day, Week, Month };

struct Bucket
{
    QString label; ///< a card's name, or the period's first day in ISO form
    QDate start;   ///< for periods
    Money total;
    int count = 0;
};

/// Spend per period (UTC days; weeks start on Monday), oldest first, empty periods
/// between the first and the last included.
QList<Bucket> overTime(const TransactionTable &table, const QList<int> &rows,
                       const QString &currency, Period period);
/// Spend per card, largest first; cards past the first maxBuckets - 1 are summed as "Other".
QList<Bucket> byCard(const TransactionTable &table, const QList<int> &rows, const QString &currency,
                     int maxBuckets, const QString &otherLabel, const QString &noCardLabel);
/// The currency with the most spend rows among the given rows ("" when none).
QString mainCurrency(const TransactionTable &table, const QList<int> &rows);

} // namespace SpendBuckets
