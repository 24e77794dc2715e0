#include "AmountWords.h"

#include "Money.h"

#include <QLocale>
#include <QStringList>

namespace {

// Each language's numbers below 1000, then the scale words joined per its own grammar.

QString englishBelow1000(int n)
{
    static const char *ones[] = {"zero",    "one",     "two",       "three",    "four",
                                 "five",    "six",     "seven",     "eight",    "nine",
                                 "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                 "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    static const char *tens[] = {"",      "",      "twenty",  "thirty", "forty",
                                 "fifty", "sixty", "seventy", "eighty", "ninety"};
    QStringList words;
    if (n >= 100)
        words << QString::fromLatin1(ones[n / 100]) + QStringLiteral(" hundred");
    n %= 100;
    if (n >= 20)
        words << QString::fromLatin1(tens[n / 10]) +
                     (n % 10 ? u'-' + QString::fromLatin1(ones[n % 10]) : QString());
    else if (n > 0 || words.isEmpty())
        words << QString::fromLatin1(ones[n]);
    return words.join(u' ');
}

QString english(qint64 n)
{
    static const char *scales[] = {"", " thousand", " million", " billion", " trillion"};
    QStringList parts;
    for (int i = 4; i >= 0; --i) {
        qint64 unit = 1;
        for (int k = 0; k < i; ++k)
            unit *= 1000;
        const int chunk = int(n / unit % 1000);
        if (chunk)
            parts << englishBelow1000(chunk) + QString::fromLatin1(scales[i]);
    }
    return parts.isEmpty() ? QStringLiteral("zero") : parts.join(u' ');
}

// German writes everything below a million as one word; "eins" alone, "ein" in front.
QString germanBelow1000(int n, bool alone)
{
    static const char *ones[] = {"",         "ein",      "zwei",     "drei",     "vier",
                                 "fünf",     "sechs",    "sieben",   "acht",     "neun",
                                 "zehn",     "elf",      "zwölf",    "dreizehn", "vierzehn",
                                 "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"};
    static const char *tens[] = {"",        "",        "zwanzig", "dreißig", "vierzig",
                                 "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"};
    QString w;
    if (n >= 100)
        w += QString::fromUtf8(ones[n / 100]) + QStringLiteral("hundert");
    n %= 100;
    if (n >= 20)
        w += (n % 10 ? QString::fromUtf8(ones[n % 10]) + QStringLiteral("und") : QString()) +
             QString::fromUtf8(tens[n / 10]);
    else if (n > 0)
        w += QString::fromUtf8(ones[n]) + (n == 1 && alone ? QStringLiteral("s") : QString());
    return w;
}

QString german(qint64 n)
{
    if (n == 0)
        return QStringLiteral("null");
    QStringList parts;
    const std::pair<qint64, std::pair<const char *, const char *>> big[] = {
        {1000000000000, {"Billion", "Billionen"}},
        {1000000000, {"Milliarde", "Milliarden"}},
        {1000000, {"Million", "Millionen"}}};
    for (const auto &[unit, names] : big) {
        const int chunk = int(n / unit % 1000);
        if (chunk == 1)
            parts << QStringLiteral("eine ") + QString::fromLatin1(names.first);
        else if (chunk)
            parts << germanBelow1000(chunk, false) + u' ' + QString::fromLatin1(names.second);
    }
    const int thousands = int(n / 1000 % 1000);
    const int rest = int(n % 1000);
    QString small;
    if (thousands)
        small += germanBelow1000(thousands, false) + QStringLiteral("tausend");
    small += germanBelow1000(rest, true);
    if (!small.isEmpty())
        parts << small;
    return parts.join(u' ');
}

// Spanish: "uno" becomes "un" in front of a noun (mil, millón); 100 alone is "cien".
QString spanishBelow1000(int n, bool alone)
{
    static const char *ones[] = {"",
                                 "uno",
                                 "dos",
                                 "tres",
                                 "cuatro",
                                 "cinco",
                                 "seis",
                                 "siete",
                                 "ocho",
                                 "nueve",
                                 "diez",
                                 "once",
                                 "doce",
                                 "trece",
                                 "catorce",
                                 "quince",
                                 "dieciséis",
                                 "diecisiete",
                                 "dieciocho",
                                 "diecinueve",
                                 "veinte",
                                 "veintiuno",
                                 "veintidós",
                                 "veintitrés",
                                 "veinticuatro",
                                 "veinticinco",
                                 "veintiséis",
                                 "veintisiete",
                                 "veintiocho",
                                 "veintinueve"};
    static const char *tens[] = {"",          "",        "",        "treinta", "cuarenta",
                                 "cincuenta", "sesenta", "setenta", "ochenta", "noventa"};
    static const char *hundreds[] = {
        "",           "ciento",      "doscientos",  "trescientos", "cuatrocientos",
        "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos"};
    if (n == 100)
        return QStringLiteral("cien");
    QStringList words;
    if (n >= 100)
        words << QString::fromUtf8(hundreds[n / 100]);
    n %= 100;
    QString last;
    if (n >= 30)
        last = QString::fromUtf8(tens[n / 10]) +
               (n % 10 ? QStringLiteral(" y ") + QString::fromUtf8(ones[n % 10]) : QString());
    else if (n > 0)
        last = QString::fromUtf8(ones[n]);
    if (!alone && last.endsWith(QStringLiteral("uno")))
        last = last.chopped(3) +
               (last == QStringLiteral("veintiuno") ? QStringLiteral("ún") : QStringLiteral("un"));
    if (!last.isEmpty())
        words << last;
    return words.join(u' ');
}

QString spanish(qint64 n)
{
    if (n == 0)
        return QStringLiteral("cero");
    // Long scale: mil millones is 10^9, un billón 10^12.
    QStringList parts;
    const qint64 billions = n / 1000000000000;
    const qint64 millions = n / 1000000 % 1000000;
    const int thousands = int(n / 1000 % 1000);
    const int rest = int(n % 1000);
    if (billions)
        parts << (billions == 1
                      ? QStringLiteral("un billón")
                      : spanishBelow1000(int(billions), false) + QStringLiteral(" billones"));
    if (millions) {
        const int high = int(millions / 1000);
        const int low = int(millions % 1000);
        QString m;
        if (high)
            m = (high == 1 ? QString() : spanishBelow1000(high, false) + u' ') +
                QStringLiteral("mil");
        if (low)
            m += (m.isEmpty() ? QString() : QStringLiteral(" ")) + spanishBelow1000(low, false);
        parts << m + (millions == 1 ? QStringLiteral(" millón") : QStringLiteral(" millones"));
    }
    if (thousands)
        parts << (thousands == 1 ? QString() : spanishBelow1000(thousands, false) + u' ') +
                     QStringLiteral("mil");
    if (rest)
        parts << spanishBelow1000(rest, true);
    return parts.join(u' ');
}

} // namespace

namespace AmountWords {

QString spell(const Money &amount, const QLocale &locale)
{
    const Money value = amount.isNegative() ? amount.checkedNegate().value_or(Money()) : amount;
    const int scale = value.scale();
    qint64 unit = 1;
    for (int i = 0; i < scale; ++i)
        unit *= 10;
    const qint64 whole = value.minorUnits() / unit;
    const qint64 part = value.minorUnits() % unit;
    if (whole >= 1000000000000000)
        return QString();
    QString words;
    QString joiner;
    switch (locale.language()) {
    case QLocale::English:
        words = english(whole);
        joiner = QStringLiteral(" and ");
        break;
    case QLocale::German:
        words = german(whole);
        joiner = QStringLiteral(" ");
        break;
    case QLocale::Spanish:
        words = spanish(whole);
        joiner = QStringLiteral(" con ");
        break;
    default:
        return QString();
    }
    if (amount.isNegative())
        words.prepend(locale.negativeSign() + u' ');
    if (scale == 0)
        return words;
    // The cents as a cheque writes them; a crypto amount's places as digits over 10^n.
    return words + joiner +
           QStringLiteral("%1/%2").arg(part, scale, 10, QLatin1Char('0')).arg(unit);
}

} // namespace AmountWords
