#pragma once

#include "Balance.h"

#include <QList>
#include <QStringList>

/// What a connection's balances may pay out from: Dinari's payout balance, the crypto
/// gateway's master account (not float, reserve or sub-accounts).
namespace PayoutFunds {

/// The balances a payout draws on.
QList<Balance> payable(const QList<Balance> &balances);
/// The currencies the master account holds more than nothing of, in the order given.
QStringList sendableCurrencies(const QList<Balance> &balances);

} // namespace PayoutFunds
