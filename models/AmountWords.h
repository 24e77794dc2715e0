#pragma once

#include <QString>

class Money;
class QLocale;

/**
 * An amount written out as on a cheque, in the language the window speaks: "one thousand
 * two hundred fifty and 50/100", "eintausendzweihundertfünfzig 50/100", "mil doscientos
 * cincuenta con 50/100". Shown beside an amount field, so that 125050 typed for 1250.50
 * reads as a different number, not only as different digits.
 */
namespace AmountWords {

/// Empty for a language without its words here, or beyond 10^15.
QString spell(const Money &amount, const QLocale &locale);

} // namespace AmountWords
