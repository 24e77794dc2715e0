#include "PayoutFunds.h"

namespace PayoutFunds {

QList<Balance> payable(const QList<Balance> &balances)
{
    QList<Balance> out;
    for (const Balance &b : balances) {
        if (b.kind == Balance::Kind::Payout || b.kind == Balance::Kind::Account)
            out.append(b);
    }
    return out;
}

QStringList sendableCurrencies(const QList<Balance> &balances)
{
    QStringList out;
    for (const Balance &b : balances) {
        if (b.kind == Balance::Kind::Account && !b.available.isZero() &&
            !b.available.isNegative() && !out.contains(b.currency))
            out.append(b.currency);
    }
    return out;
}

std::optional<Money> balanceAfter(const Money &before, const Money &amount,
                                  const std::optional<Money> &fee, bool feeInside)
{
    const auto afterAmount = before.checkedSub(amount);
    return afterAmount && fee && !feeInside ? afterAmount->checkedSub(*fee) : afterAmount;
}

std::optional<Money> shortfall(const Money &before, const Money &amount,
                               const std::optional<Money> &fee, bool feeInside)
{
    const auto after = balanceAfter(before, amount, fee, feeInside);
    if (!after || !after->isNegative())
        return std::nullopt;
    return after->checkedNegate();
}

} // namespace PayoutFunds
