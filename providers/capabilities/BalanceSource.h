#pragma once

#include "Balance.h"
#include "Result.h"

#include <QFuture>
#include <QtPlugin>

/// A provider that reports the balances of every account, wallet and sub-account of the connection.
class BalanceSource
{
public:
    virtual ~BalanceSource() = default;

    virtual QFuture<Result<QList<Balance>>> fetchBalances() = 0;
};

Q_DECLARE_INTERFACE(BalanceSource, "org.treasurydesk.BalanceSource/1")
