#pragma once

#include "Balance.h"

#include <QList>
#include <QStringList>

#include <optional>

/// What a connection's balances may pay out from: Dinari's payout balance, the crypto
/// gateway's master account (not float, reserve or sub-accounts).
namespace PayoutFunds {

/// The balances a payout draws on.
QList<Balance> payable(const QList<Balance> &balances);
/// The currencies the master account holds more than nothing of, in the order given.
QStringList sendableCurrencies(const QList<Balance> &balances);
/// What stays of `before` (the balance as read before the payout was sent, never one read
/// after it) once `amount` and its fee are paid. A crypto withdrawal's fee comes out of the
/// amount (`feeInside`); Dinari's is charged on top. Without a fee, the amount alone.
std::optional<Money> balanceAfter(const Money &before, const Money &amount,
                                  const std::optional<Money> &fee, bool feeInside);
/// How much more than `before` the payout takes, or nothing when the balance covers it.
std::optional<Money> shortfall(const Money &before, const Money &amount,
                               const std::optional<Money> &fee, bool feeInside);

} // namespace PayoutFunds
