#include "DinariContract.h"

namespace DinariContract {

FeeRule forMethod(const QString &method)
{
    // Percentages in percent, as SEND_FEE_PERCENTAGE carries them.
    const bool dear = method == QLatin1String("SWIFT") || method == QLatin1String("CARD_VIRTUAL");
    return {*Money::parse(u"5.00"), *Money::parse(dear ? u"2.5" : u"1.0")};
}

Money fee(const QString &method, const Money &amount)
{
    return *forMethod(method).feeFor(amount, 2);
}

QJsonObject settings()
{
    QJsonObject s;
    for (const auto &[method, word] :
         {std::pair(PayoutMethod::DinariAch, "ACH"), std::pair(PayoutMethod::DinariZelle, "ZELLE"),
          std::pair(PayoutMethod::DinariSwift, "SWIFT"),
          std::pair(PayoutMethod::DinariVirtualCard, "CARD_VIRTUAL")})
        s.insert(FeeRule::settingKey(method), forMethod(QLatin1String(word)).toText());
    return s;
}

} // namespace DinariContract
