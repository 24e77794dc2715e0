#pragma once

#include "Payout.h"
#include "Result.h"

#include <QFuture>
#include <QtPlugin>

/// A provider that names who the connection can pay, for the payout forms' pickers.
class RecipientList
{
public:
    virtual ~RecipientList() = default;

    virtual QFuture<Result<QList<Recipient>>> fetchRecipients() = 0;
};

Q_DECLARE_INTERFACE(RecipientList, "org.treasurydesk.RecipientList/1")
