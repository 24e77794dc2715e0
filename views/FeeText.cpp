#include "FeeText.h"

#include "Currency.h"

QString FeeText::ofQuote(const PayoutQuote &quote, const QString &currency, const QLocale &locale)
{
    if (!quote.fee || !quote.arrives)
        return QString();
    if (quote.networkFee)
        return tr("%1, of which %2 to the network (the recipient receives %3)")
            .arg(Currency::formatLocale(*quote.fee, currency, locale),
                 Currency::formatLocale(*quote.networkFee, currency, locale),
                 Currency::formatLocale(*quote.arrives, currency, locale));
    return tr("%1 (the recipient receives %2)")
        .arg(Currency::formatLocale(*quote.fee, currency, locale),
             Currency::formatLocale(*quote.arrives, currency, locale));
}

QString FeeText::ofRule(const FeeRule &rule, FeeSource source, const std::optional<Money> &fee,
                        const QString &currency, PayoutMethod method, const QLocale &locale)
{
    const QString fixed = Currency::formatLocale(rule.fixed, currency, locale);
    const QString percent = rule.percent.normalized().toLocaleString(locale);
    const QString how = source == FeeSource::Contract
                            ? tr("%1 + %2 %, as the contract in this connection's settings says")
                                  .arg(fixed, percent)
                            : tr("%1 + %2 %, as on the last %3 payout")
                                  .arg(fixed, percent, PayoutMethods::name(method));
    return fee ? tr("About %1 (%2)").arg(Currency::formatLocale(*fee, currency, locale), how) : how;
}
