#pragma once

#include "Payout.h"
#include "Result.h"

#include <QFuture>
#include <QtPlugin>

/// A provider whose payout links are followed by what the payee does with them (a Dots
/// flow's steps), not by a payout's status.
class PayoutLinkTracking
{
public:
    virtual ~PayoutLinkTracking() = default;

    /// `tracking` is what the receipt named to follow the link by (PayoutReceipt::tracking).
    /// The state's status is "completed" once the payee took every step, empty before.
    virtual QFuture<Result<PayoutState>> fetchLinkState(const QString &tracking) = 0;
};

Q_DECLARE_INTERFACE(PayoutLinkTracking, "org.treasurydesk.PayoutLinkTracking/1")
