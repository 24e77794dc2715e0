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
 * exactly: Money times a rate to USD, or divided by a rate from USD, rounded half-even to
 * cents once (never through an inverted rate). A coin without a rate of its
 * own takes the gateway's rate for the same coin on any network (USDC from USDCERC20), or
 * one dollar when the user chose stablecoins at par. A currency without a rate has no
 * value (never zero), and the totals say what they leave out and why.
 */
class UsdValuation final
{
public:
    /// Rates between USD and other currencies, either way round; the reasons of those
    /// without one are said where the totals leave them out.
    void setRates(const UsdRates &rates);
    /// Dollar stablecoins (USDC, USDT, on any network) without a rate count at 1.00.
    void setStablecoinsAtPar(bool atPar) { m_atPar = atPar; }
    bool stablecoinsAtPar() const { return m_atPar; }
    static bool isDollarStablecoin(const QString &currency);
    /// What a rate at par says it was given for.
    static inline const QString Par = QStringLiteral("par");
    /// The rate that values `currency`: its own, the same coin's on another network, or
    /// par; the side that is not USD says which currency the rate was given for (Par at
    /// par).
    std::optional<ExchangeRate> rate(const QString &currency) const;
    /// The currency a rate values: the side of it that is not USD.
    static QString valuedCurrency(const ExchangeRate &rate);
    /// nullopt when the currency has no rate (or the product overflows).
    std::optional<Money> usd(const Balance &balance) const;
    /// The currencies of `balances` that need a rate to USD, each once, in order.
    static QStringList currenciesToValue(const QList<Balance> &balances);

    struct Totals
    {
        Money total = Money::fromMinorUnits(0, 2);
        QMap<QString, Money> byProvider; ///< provider id -> USD
        QMap<QString, Money> byCurrency; ///< currency -> USD
        QDateTime oldestRate;            ///< invalid when only USD was involved
        int valued = 0;
        /// What the total leaves out, and why: one entry per connection and currency (or
        /// per connection, with no currency, when the connection gave nothing to value).
        struct Left
        {
            QString connection;
            QString currency;
            QString reason;
        };
        QList<Left> notIncluded;
        /// The currencies left out, sorted.
        QStringList unpriced() const;
        QStringList atPar;    ///< stablecoins counted at 1.00 by the user's choice, sorted
        QStringList borrowed; ///< "USDC at USDCERC20's rate", sorted
        /// Connections whose last refresh failed: their last known balances are in the
        /// total, as of this time.
        QMap<QString, QDateTime> stale;
        /// What prepaid cards hold, per currency: money of the company's, kept apart from
        /// the total (the accounts the cards were loaded from no longer hold it).
        QMap<QString, Money> onPrepaidCards;
    };
    Totals totals(const QList<Balance> &balances) const;

private:
    /// The balance's value at `rate` (its currency's, as rate() found it).
    static std::optional<Money> usdAt(const Balance &balance,
                                      const std::optional<ExchangeRate> &rate);

    QHash<QString, ExchangeRate> m_rates;  ///< by the currency that is not USD
    QHash<QString, QString> m_unavailable; ///< currency -> why it has no rate
    bool m_atPar = false;
};
