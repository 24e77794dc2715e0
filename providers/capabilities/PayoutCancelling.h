#pragma once

#include "Payout.h"
#include "Result.h"

#include <QFuture>
#include <QtPlugin>

/// A provider that calls back a payout the provider has not completed.
class PayoutCancelling
{
public:
    virtual ~PayoutCancelling() = default;

    /// Never retried: a lost answer leaves it unknown. The receipt says what the provider
    /// charged for calling it back (its fee) and the balance after.
    virtual QFuture<Result<PayoutReceipt>> cancelPayout(const QString &reference) = 0;
};

Q_DECLARE_INTERFACE(PayoutCancelling, "org.treasurydesk.PayoutCancelling/1")
