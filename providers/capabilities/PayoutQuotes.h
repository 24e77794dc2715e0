#pragma once

#include "Payout.h"
#include "Result.h"

#include <QFuture>
#include <QtPlugin>

/// A provider that says what a payout would cost and what is wrong with it before it is sent.
class PayoutQuotes
{
public:
    virtual ~PayoutQuotes() = default;

    /// Reads only; nothing moves.
    virtual QFuture<Result<PayoutQuote>> quotePayout(const PayoutRequest &request) = 0;
    /// The currencies a payout can be made in, with the provider's limits.
    virtual QFuture<Result<QList<PayoutCurrency>>> fetchPayoutCurrencies() = 0;
};

Q_DECLARE_INTERFACE(PayoutQuotes, "org.treasurydesk.PayoutQuotes/1")
