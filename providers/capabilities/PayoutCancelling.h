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

    /// Never retried: a lost answer leaves it unknown.
    virtual QFuture<Result<Done>> cancelPayout(const QString &reference) = 0;
};

Q_DECLARE_INTERFACE(PayoutCancelling, "org.treasurydesk.PayoutCancelling/1")
