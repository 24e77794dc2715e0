#pragma once

#include "Card.h"
#include "Result.h"

#include <QFuture>
#include <QtPlugin>

/// A provider that cancels or archives cards for good.
class CardClosing
{
public:
    virtual ~CardClosing() = default;

    /// The caller has asked the user to confirm.
    virtual QFuture<Result<Done>> cancelCard(const QString &cardId) = 0;
};

Q_DECLARE_INTERFACE(CardClosing, "org.treasurydesk.CardClosing/1")
