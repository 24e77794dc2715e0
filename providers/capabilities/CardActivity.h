#pragma once

#include "Result.h"
#include "Transaction.h"

#include <QFuture>
#include <QtPlugin>

/// A provider that lists one card's recent transactions, for its details panel.
class CardActivity
{
public:
    virtual ~CardActivity() = default;

    virtual QFuture<Result<QList<Transaction>>> fetchCardTransactions(const QString &cardId) = 0;
};

Q_DECLARE_INTERFACE(CardActivity, "org.treasurydesk.CardActivity/1")
