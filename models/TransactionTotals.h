#pragma once

#include "Money.h"

#include <QJsonArray>
#include <QList>
#include <QString>

class TransactionTable;

/// Count and sums of a set of transactions in one currency. Amounts of different
/// currencies are never added together.
struct CurrencyTotal
{
    QString currency;
    int count = 0;
    Money in;
    Money out;             ///< a magnitude
    bool overflow = false; ///< a sum left the 64-bit range: shown as such, never wrapped

    Money net() const { return in.checkedSub(out).value_or(Money()); }
};

namespace TransactionTotals {
/// Totals of the given rows, one entry per currency, ordered by currency code.
QList<CurrencyTotal> compute(const TransactionTable &table, const QList<int> &rows);
/// For an export manifest: decimal strings at each currency's scale.
QJsonArray toJson(const QList<CurrencyTotal> &totals);
} // namespace TransactionTotals
