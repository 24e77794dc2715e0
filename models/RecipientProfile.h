#pragma once

#include "Money.h"

#include <QDate>
#include <QList>
#include <QString>

/// A payee as the provider keeps them: a Dots user or a DART customer.
struct RecipientProfile
{
    QString id; ///< Dots user id, DART user name; empty for one not created yet
    QString firstName;
    QString lastName;
    QString email;
    QString countryCode; ///< Dots: the phone's country code
    QString phone;       ///< Dots
    QString status;      ///< Dots: verified, unverified
};

/// What a provider's recipient form has, for the Recipients page to render: the page knows
/// fields, not providers.
struct RecipientForm
{
    bool providerGivesId = false; ///< Dots: the id comes back on creation
    bool editable = true;         ///< false where the provider documents no update
    bool password = false;        ///< DART: a new customer's password (sent, never kept)
    bool phone = false;           ///< Dots: a phone number with its country code, required
    bool setupLink = false;       ///< the recipient can be sent a payout setup link
    bool tradeScripts = false;    ///< trade scripts and token values can be read
    QString idPlaceholder;        ///< what the id field says while empty
    QString kindName;             ///< "Dots user", "DART customer", for messages
};

/// One of a DART customer's trade scripts.
struct TradeScriptInfo
{
    QString name;
    Money initialAmount;
    Money currentAmount;
    Money totalDeposit;
    int status = 0;
    QDate activated;
};
