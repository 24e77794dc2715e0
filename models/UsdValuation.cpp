#include "UsdValuation.h"

#include <QCoreApplication>
#include <QSet>

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

void UsdValuation::setRates(const UsdRates &rates)
{
    for (const ExchangeRate &r : rates.rates) {
        if ((r.to == Usd) != (r.from == Usd)) {
            m_rates.insert(valuedCurrency(r), r);
            m_unavailable.remove(valuedCurrency(r));
        }
    }
    // A rate given before stays until a newer one comes: a reason is kept only for what
    // has no rate at all.
    for (auto it = rates.unavailable.cbegin(); it != rates.unavailable.cend(); ++it) {
        if (!m_rates.contains(it.key()))
            m_unavailable.insert(it.key(), it.value());
    }
}

QString UsdValuation::valuedCurrency(const ExchangeRate &rate)
{
    return rate.from == Usd ? rate.to : rate.from;
}

bool UsdValuation::isDollarStablecoin(const QString &currency)
{
    const QString c = currency.toUpper();
    return c.startsWith(QLatin1String("USDC")) || c.startsWith(QLatin1String("USDT"));
}

std::optional<ExchangeRate> UsdValuation::rate(const QString &currency) const
{
    if (const auto it = m_rates.constFind(currency); it != m_rates.cend())
        return it.value();
    // The same coin on another network: the gateway's codes are coin and network
    // (USDCERC20, USDTTRC20); a wallet may say just the coin.
    std::optional<ExchangeRate> borrowed;
    for (auto it = m_rates.cbegin(); it != m_rates.cend(); ++it) {
        if (it.key().size() > currency.size() && it.key().startsWith(currency) &&
            isDollarStablecoin(currency) && (!borrowed || it.key() < valuedCurrency(*borrowed)))
            borrowed = it.value();
    }
    if (borrowed)
        return borrowed;
    if (m_atPar && isDollarStablecoin(currency))
        return ExchangeRate{Par, Usd, Money::fromMinorUnits(1, 0), QDateTime()};
    return std::nullopt;
}

std::optional<Money> UsdValuation::usd(const Balance &balance) const
{
    return usdAt(balance, balance.currency == Usd ? std::nullopt : rate(balance.currency));
}

std::optional<Money> UsdValuation::usdAt(const Balance &balance,
                                         const std::optional<ExchangeRate> &rate)
{
    if (balance.currency == Usd)
        return balance.available.withScale(2, Money::Rounding::HalfEven);
    if (!rate)
        return std::nullopt;
    if (rate->from == Usd)
        return balance.available.checkedDiv(rate->rate, 2);
    return balance.available.checkedMul(rate->rate, 2);
}

QStringList UsdValuation::currenciesToValue(const QList<Balance> &balances)
{
    QStringList currencies;
    for (const Balance &b : balances) {
        if (b.currency != Usd && !currencies.contains(b.currency))
            currencies.append(b.currency);
    }
    return currencies;
}

QStringList UsdValuation::Totals::unpriced() const
{
    QStringList currencies;
    for (const Left &l : notIncluded) {
        if (!l.currency.isEmpty() && !currencies.contains(l.currency))
            currencies.append(l.currency);
    }
    currencies.sort();
    return currencies;
}

UsdValuation::Totals UsdValuation::totals(const QList<Balance> &balances) const
{
    Totals t;
    QSet<QString> left; // connection id / currency, once each
    auto leaveOut = [&](const Balance &b, const QString &reason) {
        if (!left.contains(b.connectionId + u'/' + b.currency)) {
            left.insert(b.connectionId + u'/' + b.currency);
            t.notIncluded.append({b.connection, b.currency, reason});
        }
    };
    for (const Balance &b : balances) {
        // Looked up once: a currency without its own rate searches the others.
        const std::optional<ExchangeRate> r = b.currency == Usd ? std::nullopt : rate(b.currency);
        const std::optional<Money> value = usdAt(b, r);
        if (!value) {
            const QString why = m_unavailable.value(b.currency);
            leaveOut(
                b,
                why.isEmpty()
                    ? QCoreApplication::translate("UsdValuation", "no rate to USD")
                    : QCoreApplication::translate("UsdValuation", "no rate to USD: %1").arg(why));
            continue;
        }
        const std::optional<Money> sum = t.total.checkedAdd(*value);
        if (!sum) {
            leaveOut(b, QCoreApplication::translate("UsdValuation", "too large to add up"));
            continue;
        }
        if (r) {
            if (r->from == Par) {
                if (!t.atPar.contains(b.currency))
                    t.atPar.append(b.currency);
            } else if (valuedCurrency(*r) != b.currency) {
                const QString note = QCoreApplication::translate("UsdValuation", "%1 at %2's rate")
                                         .arg(b.currency, valuedCurrency(*r));
                if (!t.borrowed.contains(note))
                    t.borrowed.append(note);
            }
        }
        t.total = *sum;
        ++t.valued;
        add(t.byProvider, b.provider, *value);
        add(t.byCurrency, b.currency, *value);
        if (r && r->at.isValid() && (!t.oldestRate.isValid() || r->at < t.oldestRate))
            t.oldestRate = r->at;
    }
    t.atPar.sort();
    t.borrowed.sort();
    return t;
}
