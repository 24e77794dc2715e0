#pragma once

#include "Payout.h"
#include "Result.h"

#include <QFuture>
#include <QtPlugin>

/// A provider that keeps no payout list and takes no key (DART): what its records show just
/// before a payout is sent is journaled, so that a lost answer can still be settled.
class PayoutAnchors
{
public:
    virtual ~PayoutAnchors() = default;

    /// The state to journal before `request` is sent (the customer's balance).
    virtual QFuture<Result<QString>> payoutAnchor(const PayoutRequest &request) = 0;
};

Q_DECLARE_INTERFACE(PayoutAnchors, "org.treasurydesk.PayoutAnchors/1")
