#pragma once

#include "Card.h"
#include "Result.h"

#include <QFuture>
#include <QtPlugin>
#include <optional>

/// A provider that sets cards' spend limits.
class CardLimits
{
public:
    virtual ~CardLimits() = default;

    /// A limit for a period (MONTHLY, TRANSACTION, FOREVER); no amount removes it.
    virtual QFuture<Result<Done>> setCardLimit(const QString &cardId,
                                               const std::optional<Money> &amount,
                                               const QString &period) = 0;
};

Q_DECLARE_INTERFACE(CardLimits, "org.treasurydesk.CardLimits/1")
