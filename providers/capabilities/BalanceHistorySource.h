#pragma once

#include "Balance.h"
#include "Result.h"

#include <QDateTime>
#include <QFuture>
#include <QtPlugin>

/// A provider that remembers past balances: what balance over time starts from.
class BalanceHistorySource
{
public:
    virtual ~BalanceHistorySource() = default;

    /// Past balances since `from`, each with its asOf.
    virtual QFuture<Result<QList<Balance>>> fetchBalanceHistory(const QDateTime &from) = 0;
};

Q_DECLARE_INTERFACE(BalanceHistorySource, "org.treasurydesk.BalanceHistorySource/1")
