#pragma once

#include "PayoutBatch.h"
#include "Result.h"

#include <QDateTime>
#include <QFuture>
#include <QtPlugin>

/// A provider that sends many payouts as one batch and follows its progress.
class BatchPayouts
{
public:
    virtual ~BatchPayouts() = default;

    /// Every item carries its own idempotency key, and the batch `batchKey`.
    virtual QFuture<Result<PayoutBatchStatus>>
    sendPayoutBatch(const QString &batchKey, const QList<PayoutRequest> &items) = 0;
    virtual QFuture<Result<PayoutBatchStatus>> fetchPayoutBatch(const QString &id) = 0;
    /// The batches sent since `from` (invalid: all), newest first.
    virtual QFuture<Result<QList<PayoutBatchStatus>>> fetchPayoutBatches(const QDateTime &from) = 0;
};

Q_DECLARE_INTERFACE(BatchPayouts, "org.treasurydesk.BatchPayouts/1")
