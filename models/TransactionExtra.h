#pragma once

#include "Money.h"

#include <QByteArray>
#include <QString>

#include <optional>

/// What some providers say of a transaction beyond the common fields (the crypto gateway's
/// chain hash, fiat price and fee split): kept for the details and the exports. Most rows
/// have none, so the table holds it apart.
struct TransactionExtra
{
    QString chainReference;          ///< the on-chain transaction hash
    std::optional<Money> fiatAmount; ///< its value as the provider priced it
    QString fiatCurrency;
    std::optional<Money> networkFee; ///< the parts of the fee, as the provider split it
    std::optional<Money> platformFee;

    bool isEmpty() const
    {
        return chainReference.isEmpty() && !fiatAmount && fiatCurrency.isEmpty() && !networkFee &&
               !platformFee;
    }
    friend bool operator==(const TransactionExtra &a, const TransactionExtra &b);
    friend bool operator!=(const TransactionExtra &a, const TransactionExtra &b)
    {
        return !(a == b);
    }
    /// Compact JSON with amounts as exact text; empty for an empty extra.
    QByteArray toJson() const;
    /// Reads what toJson wrote; an unreadable text gives an empty extra.
    static TransactionExtra fromJson(const QByteArray &json);
};
