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

} // namespace PayoutFunds
