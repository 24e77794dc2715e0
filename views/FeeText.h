#pragma once

#include "Payout.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

/// The payout form's fee line, in words: a provider's quote, or an estimate by a fee rule
/// and where that rule comes from.
class FeeText
{
    Q_DECLARE_TR_FUNCTIONS(FeeText)

public:
    /// "1.50 USDT, of which 0.50 to the network (the recipient receives 98.50)"; empty when
    /// the quote says too little to show.
    static QString ofQuote(const PayoutQuote &quote, const QString &currency,
                           const QLocale &locale);
    /// "About 6.00 USD (5.00 + 1 %, as on the last ACH bank transfer payout)"; without
    /// an amount, the rule alone.
    static QString ofRule(const FeeRule &rule, FeeSource source, const std::optional<Money> &fee,
                          const QString &currency, PayoutMethod method, const QLocale &locale);
};
