#include "CryptoSpecs.h"

namespace CryptoSpecs {

namespace {
const Spec kSpecs[] = {
    {"USDTTRC20", "Tether USD", "usdt", "trx", "0.9998", "10", "1.00",
     "^T[1-9A-HJ-NP-Za-km-z]{33}$", true},
    {"USDTARB", "Tether USD (Arbitrum)", "usdt", "arb", "0.9998", "5", "0.30",
     "^0x[0-9a-fA-F]{40}$", true},
    {"USDCERC20", "USD Coin", "usdc", "eth", "1.0001", "20", "3.50", "^0x[0-9a-fA-F]{40}$", true},
    {"BTC", "Bitcoin", "btc", "btc", "64250.12", "0.0005", "0.00005",
     "^(bc1[0-9a-z]{25,59}|[13][1-9A-HJ-NP-Za-km-z]{25,34})$", false},
    {"ETH", "Ethereum", "eth", "eth", "3180.55", "0.005", "0.0008", "^0x[0-9a-fA-F]{40}$", false},
};

} // namespace

const QList<Spec> &all()
{
    static const QList<Spec> specs(std::begin(kSpecs), std::end(kSpecs));
    return specs;
}

const Spec *find(const QString &code)
{
    for (const Spec &s : kSpecs) {
        if (code == QLatin1String(s.code))
            return &s;
    }
    return nullptr;
}

Money money(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

QString eight(const Money &m)
{
    return m.withScale(8, Money::Rounding::HalfEven)->toString(8);
}

namespace {
const QString kPlatformFeePercent = QStringLiteral("1.0");

} // namespace

Money platformFee(const Money &amount)
{
    return *amount.checkedMul(*Money::parse(kPlatformFeePercent), 8)
                ->checkedDiv(Money::fromMinorUnits(100, 0), 8);
}

} // namespace CryptoSpecs
