#pragma once

#include "Card.h"
#include "Result.h"

#include <QFuture>
#include <QtPlugin>

/// A provider that issues new cards.
class CardIssuing
{
public:
    virtual ~CardIssuing() = default;

    /// Never retried: a lost answer is settled by the card list.
    virtual QFuture<Result<Card>> createCard(const NewCard &request) = 0;
};

Q_DECLARE_INTERFACE(CardIssuing, "org.treasurydesk.CardIssuing/1")
