#pragma once

#include "Card.h"
#include "Result.h"

#include <QFuture>
#include <QtPlugin>

/// A provider that freezes and unfreezes cards.
class CardControl
{
public:
    virtual ~CardControl() = default;

    virtual QFuture<Result<Done>> setCardFrozen(const QString &cardId, bool frozen) = 0;
};

Q_DECLARE_INTERFACE(CardControl, "org.treasurydesk.CardControl/1")
