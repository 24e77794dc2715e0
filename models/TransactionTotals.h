#pragma once

#include "Money.h"

#include <QJsonArray>
#include <QList>
#include <QString>

class TransactionTable;

/// Counts and sums of a set of transactions in one currency, by what the money did
/// (Transaction::movementOf). Amounts of different currencies are never added together.
struct CurrencyTotal
{
    QString currency;
    int count = 0; ///< every row, whatever it did
    int settledCount = 0;
    int pendingCount = 0;
    int notMovedCount = 0;
    Money settledIn;
    Money settledOut; ///< magnitudes, like every sum here
    Money pendingIn;
    Money pendingOut;
    Money notMoved;        ///< declined, failed, cancelled, reversed: either way
    bool overflow = false; ///< a sum left the 64-bit range: shown as such, never wrapped

    /// What moved or will move.
    Money in() const { return settledIn.checkedAdd(pendingIn).value_or(Money()); }
    Money out() const { return settledOut.checkedAdd(pendingOut).value_or(Money()); }
    Money net() const { return in().checkedSub(out()).value_or(Money()); }
};

namespace TransactionTotals {
/// Totals of the given rows, one entry per currency, ordered by currency code.
QList<CurrencyTotal> compute(const TransactionTable &table, const QList<int> &rows);
/// For an export manifest and treasuryctl: amounts as text at each currency's scale,
/// `settled_in`, `settled_out`, `pending_in`, `pending_out`, `not_moved`, with counts.
QJsonArray toJson(const QList<CurrencyTotal> &totals);
} // namespace TransactionTotals
