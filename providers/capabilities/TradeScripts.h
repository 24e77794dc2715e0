#pragma once

#include "RecipientProfile.h"
#include "Result.h"

#include <QFuture>
#include <QtPlugin>

/// A provider that reads and restricts a customer's trade scripts.
class TradeScripts
{
public:
    virtual ~TradeScripts() = default;

    virtual QFuture<Result<QList<TradeScriptInfo>>> fetchTradeScripts(const QString &customer) = 0;
    /// The value of one of the customer's tokens.
    virtual QFuture<Result<Money>> fetchTokenValue(const QString &customer,
                                                   const QString &token) = 0;
    /// Stops the customer's trade scripts for `hours`; harmless to repeat.
    virtual QFuture<Result<Done>> restrictTradeScripts(const QString &customer, int hours) = 0;
};

Q_DECLARE_INTERFACE(TradeScripts, "org.treasurydesk.TradeScripts/1")
