#include "BalanceAfterText.h"

#include "Currency.h"
#include "PayoutFunds.h"

#include <QCoreApplication>

namespace BalanceAfterText {

// The form's own words, in its translation context.
QString of(const Input &in, const QLocale &locale)
{
    auto money = [&](const Money &m) { return Currency::formatLocale(m, in.currency, locale); };
    if (in.method == PayoutMethod::CryptoToMaster) {
        // The money leaves the sub-account; the master's balance here would mislead.
        return QCoreApplication::translate(
            "PayoutForm", "Comes off the sub-account; the master account gains it");
    }
    if (in.method == PayoutMethod::DartTransfer && !in.before) {
        // DART reports its customers' wallets, not the funds a transfer comes from: what
        // the customer's wallet will hold is what can be said.
        if (!in.recipientBefore)
            return QCoreApplication::translate(
                "PayoutForm", "DART does not report the balance this is paid from");
        const auto after = in.amountOk ? in.recipientBefore->checkedAdd(in.amount) : std::nullopt;
        return after ? QCoreApplication::translate("PayoutForm", "%1's wallet: %2 now, %3 after")
                           .arg(in.recipient, money(*in.recipientBefore), money(*after))
                     : QCoreApplication::translate("PayoutForm", "%1's wallet: %2 now")
                           .arg(in.recipient, money(*in.recipientBefore));
    }
    if (!in.before)
        return QCoreApplication::translate("PayoutForm", "No balance from this connection yet");
    if (!in.amountOk)
        return QCoreApplication::translate("PayoutForm", "%1 now").arg(money(*in.before));
    const auto after = PayoutFunds::balanceAfter(*in.before, in.amount, in.fee,
                                                 PayoutMethods::needsQuote(in.method));
    if (!after)
        return QString();
    return in.fee ? money(*after)
                  : QCoreApplication::translate("PayoutForm", "%1 less the fee").arg(money(*after));
}

} // namespace BalanceAfterText
