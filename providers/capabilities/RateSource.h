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

    /// USD value of each currency it can price; one it cannot price is left out,
    /// never given as zero.
    virtual QFuture<Result<QList<ExchangeRate>>> fetchUsdRates(const QStringList &currencies) = 0;
};

Q_DECLARE_INTERFACE(RateSource, "org.treasurydesk.RateSource/1")
