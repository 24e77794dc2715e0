#pragma once

#include "Balance.h"
#include "ExchangeRate.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

/**
 * Values balances in US dollars with the rates a provider gave (the crypto gateway's),
 * exactly: Money times the rate, rounded half-even to cents. A currency without a rate
 * has no value (never zero), and the totals say which currencies they leave out.
 */
class UsdValuation final
{
public:
    void setRates(const QList<ExchangeRate> &rates);
    std::optional<ExchangeRate> rate(const QString &currency) const;
    /// nullopt when the currency has no rate (or the product overflows).
    std::optional<Money> usd(const Balance &balance) const;

    struct Totals
    {
        Money total = Money::fromMinorUnits(0, 2);
        QMap<QString, Money> byProvider; ///< provider id -> USD
        QMap<QString, Money> byCurrency; ///< currency -> USD
        QStringList unpriced;            ///< currencies left out, sorted
        QDateTime oldestRate;            ///< invalid when only USD was involved
        int valued = 0;
    };
    Totals totals(const QList<Balance> &balances) const;

private:
    QHash<QString, ExchangeRate> m_rates;
};
