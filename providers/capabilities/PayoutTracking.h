#pragma once

#include "Payout.h"
#include "Result.h"

#include <QFuture>
#include <QtPlugin>

/// A provider that follows a sent payout until it has arrived.
class PayoutTracking
{
public:
    virtual ~PayoutTracking() = default;

    virtual QFuture<Result<PayoutState>> fetchPayoutState(const QString &reference) = 0;
};

Q_DECLARE_INTERFACE(PayoutTracking, "org.treasurydesk.PayoutTracking/1")
