#pragma once

#include "Transaction.h"

#include <QList>
#include <QStringList>

/**
 * A provider's list that names one transaction id more than once. Copies that agree on
 * every figure (amount, currency, direction, status, date) are one transaction listed
 * twice, kept once. Copies that disagree cannot both be true and neither can be chosen
 * quietly: the first is kept where it stands, and each conflict is named so the list is
 * shown as incomplete (a warning in the window, on stderr and in treasuryctl's exit code).
 */
class TransactionDuplicates final
{
public:
    /// Removes repeated ids from `transactions` (one fetch of one connection); returns one
    /// line per id whose copies disagree.
    static QStringList settle(QList<Transaction> *transactions);
};
