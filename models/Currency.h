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
/// The most decimals an amount in `code` can carry: ISO 4217 minor units for fiat, 6 for
/// USDC (its token's decimals), 18 for other crypto assets (a gateway's own codes such as
/// USDTTRC20 carry the network's rounding).
int precision(const QString &code);
/// False when `amount` has non-zero digits past precision(code): a provider's error or
/// a forged amount, to be refused rather than rounded.
bool fits(const Money &amount, const QString &code);
QString formatLocale(const Money &amount, const QString &code, const QLocale &locale);
/// For summaries: as formatLocale, but without the trailing zeros a crypto asset's
/// eight places would show.
QString formatCompact(const Money &amount, const QString &code, const QLocale &locale);

} // namespace Currency
