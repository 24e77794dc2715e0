#pragma once

#include "Payout.h"

#include <QJsonObject>

/// The Dinari sandbox's fee schedule, in one place: what its replies charge and state
/// (SEND_FEE_*, CANCEL_FEE_*), and what the demo's connection settings tell the desktop
/// (FeeRule::settingKey), so that the estimate a form shows is what the sandbox charges.
namespace DinariContract {

/// 5.00 plus a percentage of the amount, by Dinari's word for the method ("SWIFT").
FeeRule forMethod(const QString &method);
/// The fee for an amount in USD, rounded to cents.
Money fee(const QString &method, const Money &amount);
/// Every payout method's fee as a connection's settings hold it.
QJsonObject settings();

} // namespace DinariContract
