#pragma once

#include "ActionJournal.h"
#include "Transaction.h"

#include <QList>
#include <QString>

/// Where a provider lists a payout without its fee (Dinari's transaction list), the fee
/// it stated when it accepted the payout, as the journal keeps it, goes with the row: so
/// that the transactions, their totals and exports count it as money out.
namespace JournalFees {

/// Fills the fee of each row of `connectionId` that has none and that the journal sent
/// (same provider, its reference, a fee in the row's currency). The rows it filled.
int fill(QList<Transaction> *rows, const QString &connectionId, const QList<JournalEntry> &journal);

} // namespace JournalFees
