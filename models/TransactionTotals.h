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
    Money notMoved; ///< declined, failed, cancelled, reversed: either way
    /// The fees the provider charged on rows that moved, whichever way the row went: money
    /// out on top of the amounts (a row's amount is what the payee got or we received).
    Money settledFees;
    Money pendingFees;
    bool overflow = false; ///< a sum left the 64-bit range: shown as such, never wrapped

    /// What moved or will move; out counts the fees.
    Money in() const { return settledIn.checkedAdd(pendingIn).value_or(Money()); }
    Money fees() const { return settledFees.checkedAdd(pendingFees).value_or(Money()); }
    Money out() const
    {
        const std::optional<Money> amounts = settledOut.checkedAdd(pendingOut);
        return amounts ? amounts->checkedAdd(fees()).value_or(Money()) : Money();
    }
    Money net() const { return in().checkedSub(out()).value_or(Money()); }
};

namespace TransactionTotals {
/// Totals of the given rows, one entry per currency, ordered by currency code.
QList<CurrencyTotal> compute(const TransactionTable &table, const QList<int> &rows);
/// For an export manifest and treasuryctl: amounts as text at each currency's scale,
/// `settled_in`, `settled_out`, `pending_in`, `pending_out`, `settled_fees`, `pending_fees`,
/// `not_moved` and `net` (in − out − fees), with counts.
QJsonArray toJson(const QList<CurrencyTotal> &totals);
} // namespace TransactionTotals
