#pragma once

#include "Result.h"

#include <QFuture>
#include <QUrl>
#include <QtPlugin>

/// A provider that gives a link where a recipient sets up how they are paid.
class RecipientSetupLinks
{
public:
    virtual ~RecipientSetupLinks() = default;

    virtual QFuture<Result<QUrl>> recipientSetupLink(const QString &id) = 0;
};

Q_DECLARE_INTERFACE(RecipientSetupLinks, "org.treasurydesk.RecipientSetupLinks/1")
