#pragma once

#include "Card.h"
#include "Result.h"

#include <QFuture>
#include <QtPlugin>

/// A provider that lists the connection's cards.
class CardSource
{
public:
    virtual ~CardSource() = default;

    virtual QFuture<Result<QList<Card>>> fetchCards() = 0;
    /// One card as the provider has it now.
    virtual QFuture<Result<Card>> fetchCard(const QString &cardId) = 0;
    /// The cards a search names; a provider that can narrows the list on its side.
    virtual QFuture<Result<QList<Card>>> findCards(const CardSearch &search) = 0;
};

Q_DECLARE_INTERFACE(CardSource, "org.treasurydesk.CardSource/1")
