#pragma once

#include "Money.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

/// What one account, wallet, sub-account or customer holds in one currency.
struct Balance
{
    enum class Kind { Account, SubAccount, Wallet, Customer, Payout, Float, Reserve };

    QString connectionId; ///< the connection's stable id
    QString provider;
    QString connection; ///< the connection's name, a label
    QString account;    ///< "payout", "Wallet 1", "billyjoel", "prepaid"
    Kind kind = Kind::Account;
    QString currency;
    Money available;
    std::optional<Money> pending; ///< none: the provider does not say
    QDateTime asOf;               ///< UTC
    /// A past balance's cause in the provider's word (the crypto history's type: payment,
    /// withdrawal, deposit); empty for a balance read now.
    QString cause;

    static QString kindName(Kind kind);
};

Q_DECLARE_METATYPE(Balance)
