#pragma once

#include "Result.h"
#include "Transaction.h"

#include <QDateTime>
#include <QFuture>
#include <QtPlugin>

/// A provider that lists the connection's transactions.
class TransactionSource
{
public:
    virtual ~TransactionSource() = default;

    /// Every transaction in [from, to] (either may be invalid: open-ended), all pages.
    virtual QFuture<Result<QList<Transaction>>> fetchTransactions(const QDateTime &from,
                                                                  const QDateTime &to) = 0;
};

Q_DECLARE_INTERFACE(TransactionSource, "org.treasurydesk.TransactionSource/1")
