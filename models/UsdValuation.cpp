#include "UsdValuation.h"

namespace {
const QString Usd = QStringLiteral("USD");

void add(QMap<QString, Money> &sums, const QString &key, const Money &value)
{
    const auto it = sums.find(key);
    if (it == sums.end()) {
        sums.insert(key, value);
        return;
    }
    if (const std::optional<Money> sum = it->checkedAdd(value))
        *it = *sum;
}
} // namespace

void UsdValuation::setRates(const QList<ExchangeRate> &rates)
{
    for (const ExchangeRate &r : rates) {
        if (r.to == Usd)
            m_rates.insert(r.from, r);
    }
}

std::optional<ExchangeRate> UsdValuation::rate(const QString &currency) const
{
    const auto it = m_rates.constFind(currency);
    return it == m_rates.cend() ? std::nullopt : std::optional(it.value());
}

std::optional<Money> UsdValuation::usd(const Balance &balance) const
{
    if (balance.currency == Usd)
        return balance.available.withScale(2, Money::Rounding::HalfEven);
    const std::optional<ExchangeRate> r = rate(balance.currency);
    if (!r)
        return std::nullopt;
    return balance.available.checkedMul(r->rate, 2);
}

UsdValuation::Totals UsdValuation::totals(const QList<Balance> &balances) const
{
    Totals t;
    for (const Balance &b : balances) {
        const std::optional<Money> value = usd(b);
        if (!value) {
            if (!t.unpriced.contains(b.currency))
                t.unpriced.append(b.currency);
            continue;
        }
        const std::optional<Money> sum = t.total.checkedAdd(*value);
        if (!sum) {
            t.unpriced.append(b.currency);
            continue;
        }
        t.total = *sum;
        ++t.valued;
        add(t.byProvider, b.provider, *value);
        add(t.byCurrency, b.currency, *value);
        if (const std::optional<ExchangeRate> r = rate(b.currency);
            r && (!t.oldestRate.isValid() || r->at < t.oldestRate))
            t.oldestRate = r->at;
    }
    t.unpriced.sort();
    return t;
}
