#pragma once

#include <QString>

class Money;
class QLocale;

/// How many decimal places a currency is shown and exported with.
namespace Currency {

/// ISO 4217 minor units for fiat (USD 2, JPY 0, BHD 3); 8 for crypto assets and
/// anything not known to be fiat, so that no digit a provider sent is hidden.
int scale(const QString &code);
bool isFiat(const QString &code);
/// The amount rescaled to the currency for display and CSV; extra non-zero digits are
/// kept rather than rounded away.
QString format(const Money &amount, const QString &code);
QString formatLocale(const Money &amount, const QString &code, const QLocale &locale);

} // namespace Currency
