#pragma once

#include "RecipientProfile.h"
#include "Result.h"

#include <QFuture>
#include <QtPlugin>

/// A provider that keeps recipients the company can look up and create (Dots users, DART
/// customers), and says which fields its form has.
class RecipientDirectory
{
public:
    virtual ~RecipientDirectory() = default;

    /// What the Recipients page shows and asks for at this provider.
    virtual RecipientForm recipientForm() const = 0;
    virtual QFuture<Result<RecipientProfile>> fetchRecipient(const QString &id) = 0;
    /// Creates a recipient (id empty where the provider gives one) or updates one;
    /// `password` only where the form asks for one, and never kept.
    virtual QFuture<Result<RecipientProfile>> saveRecipient(const RecipientProfile &profile,
                                                            const QString &password) = 0;
};

Q_DECLARE_INTERFACE(RecipientDirectory, "org.treasurydesk.RecipientDirectory/1")
