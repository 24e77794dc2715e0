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
