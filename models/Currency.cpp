#include "Currency.h"

#include "Money.h"

#include <QHash>
#include <QLocale>

namespace {

const QHash<QString, int> &fiatScales()
{
    // ISO 4217 currencies whose minor unit is not 2, plus the common 2-digit ones.
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        for (const char *code :
             {"USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK",
              "HUF", "RON", "BGN", "MXN", "BRL", "ARS", "CNY", "HKD", "SGD", "INR", "ZAR", "TRY",
              "ILS", "AED", "SAR", "EGP", "NGN", "PHP", "THB", "MYR", "IDR", "PKR", "COP", "PEN"})
            t.insert(QString::fromLatin1(code), 2);
        for (const char *code : {"JPY", "KRW", "CLP", "VND", "ISK", "UGX", "XAF", "XOF"})
            t.insert(QString::fromLatin1(code), 0);
        for (const char *code : {"BHD", "KWD", "OMR", "JOD", "TND", "LYD", "IQD"})
            t.insert(QString::fromLatin1(code), 3);
        // DART reports USDC in dollars and cents; extra digits still show (format keeps
        // non-zero digits beyond the scale).
        t.insert(QStringLiteral("USDC"), 2);
        return t;
    }();
    return table;
}

} // namespace

namespace Currency {

int scale(const QString &code)
{
    return fiatScales().value(code.toUpper(), 8);
}

bool isFiat(const QString &code)
{
    return fiatScales().contains(code.toUpper()) && code.toUpper() != QLatin1String("USDC");
}

int precision(const QString &code)
{
    const QString upper = code.toUpper();
    if (upper == QLatin1String("USDC"))
        return 6;
    if (isFiat(upper))
        return scale(upper);
    return 18;
}

bool fits(const Money &amount, const QString &code)
{
    return amount.normalized().scale() <= precision(code);
}

QString format(const Money &amount, const QString &code)
{
    return amount.normalized().toString(scale(code));
}

QString formatLocale(const Money &amount, const QString &code, const QLocale &locale)
{
    return amount.normalized().toLocaleString(locale, scale(code));
}

QString formatCompact(const Money &amount, const QString &code, const QLocale &locale)
{
    // Fiat keeps its minor units (12.50); a crypto amount drops the zeros its eight
    // places would pad with (0.3115, 2.00), never a digit that is there.
    return amount.normalized().toLocaleString(locale,
                                              isFiat(code) ? scale(code) : qMin(2, scale(code)));
}

} // namespace Currency
