#pragma once

#include "ExchangeRate.h"
#include "Result.h"

#include <QFuture>
#include <QtPlugin>

/// A provider that prices currencies in USD, for the consolidated total.
class RateSource
{
public:
    virtual ~RateSource() = default;

    /// A rate between USD and each currency it can price, in the direction the provider
    /// gave it; one it cannot price is named with the reason, never given as zero.
    virtual QFuture<Result<UsdRates>> fetchUsdRates(const QStringList &currencies) = 0;
};

Q_DECLARE_INTERFACE(RateSource, "org.treasurydesk.RateSource/1")
