#pragma once

#include "Balance.h"
#include "Payout.h"
#include "Result.h"

#include <QFuture>
#include <QtPlugin>

/// A provider that opens and reads sub-accounts (wallets) under the master account.
class SubAccounts
{
public:
    virtual ~SubAccounts() = default;

    /// Not retried: a lost answer may hide a wallet that exists.
    virtual QFuture<Result<Recipient>> createSubAccount(const QString &name,
                                                        const QString &externalId) = 0;
    /// One sub-account's balances per currency.
    virtual QFuture<Result<QList<Balance>>> fetchSubAccount(const QString &id) = 0;
};

Q_DECLARE_INTERFACE(SubAccounts, "org.treasurydesk.SubAccounts/1")
