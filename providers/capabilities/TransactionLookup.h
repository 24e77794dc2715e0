#pragma once

#include "Result.h"
#include "Transaction.h"

#include <QFuture>
#include <QtPlugin>

/// A provider that reads one transaction by the provider's id for it.
class TransactionLookup
{
public:
    virtual ~TransactionLookup() = default;

    virtual QFuture<Result<Transaction>> fetchTransaction(const QString &id) = 0;
};

Q_DECLARE_INTERFACE(TransactionLookup, "org.treasurydesk.TransactionLookup/1")
