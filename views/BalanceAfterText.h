#pragma once

#include "Money.h"
#include "Payout.h"

#include <QLocale>
#include <QString>

#include <optional>

/// The payout form's "Balance after" line: one rule for every method, from the balance as
/// read before the payout (never one that already counts it).
namespace BalanceAfterText {

struct Input
{
    PayoutMethod method;
    Money amount;
    QString currency;
    bool amountOk = false;
    std::optional<Money> before;          ///< the account it is paid from, as last read
    std::optional<Money> fee;             ///< known or estimated
    std::optional<Money> recipientBefore; ///< DART: the customer's wallet, as last read
    QString recipient;
};

QString of(const Input &in, const QLocale &locale);

} // namespace BalanceAfterText
