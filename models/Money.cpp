#include "Money.h"

#include <QJsonValue>
#include <QLocale>
#include <QVariant>

#include <cstring>
#include <limits>

namespace {

using Wide = __int128;

// 10^n for n in [0, 38]; __int128 holds up to about 1.7e38.
Wide pow10(int n)
{
    Wide r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

bool fitsInt64(Wide v)
{
    return v >= std::numeric_limits<qint64>::min() && v <= std::numeric_limits<qint64>::max();
}

// Divides by 10^digits with the rounding rule; nullopt when Exact would drop a digit.
std::optional<Wide> scaleDown(Wide value, int digits, Money::Rounding rounding)
{
    if (digits <= 0)
        return value;
    if (digits > 38)
        return value == 0 ? std::optional<Wide>(0) : std::nullopt;
    const Wide divisor = pow10(digits);
    Wide quotient = value / divisor;
    const Wide remainder = value % divisor;
    if (remainder == 0)
        return quotient;
    if (rounding == Money::Rounding::Exact)
        return std::nullopt;
    const Wide twice = (remainder < 0 ? -remainder : remainder) * 2;
    const bool awayFromZero = twice > divisor || (twice == divisor && (quotient % 2) != 0);
    if (awayFromZero)
        quotient += value < 0 ? -1 : 1;
    return quotient;
}

std::optional<Wide> scaleUp(Wide value, int digits)
{
    if (digits > 38)
        return value == 0 ? std::optional<Wide>(0) : std::nullopt;
    Wide r = value;
    if (__builtin_mul_overflow(r, pow10(digits), &r))
        return std::nullopt;
    return r;
}

// Localised digits for scripts that have their own.
QString localeDigit(const QLocale &locale, QChar digit)
{
    return locale.toString(digit.unicode() - u'0');
}

} // namespace

int Money::minimumGroupingDigits(const QLocale &locale)
{
    // CLDR's minimumGroupingDigits, which QLocale does not expose: 2 where a four-digit
    // number stays whole (Spanish 1234, 12.345).
    switch (locale.language()) {
    case QLocale::Spanish:
    case QLocale::Polish:
    case QLocale::Bulgarian:
        return 2;
    default:
        return 1;
    }
}

Money Money::fromMinorUnits(qint64 units, int scale)
{
    Q_ASSERT(scale >= 0 && scale <= MaxScale);
    return Money(units, qBound(0, scale, MaxScale));
}

std::optional<Money> Money::parse(QStringView text)
{
    int i = 0;
    const int n = int(text.size());
    bool negative = false;
    if (i < n && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    Wide mantissa = 0;
    int digits = 0;   // significant digits accumulated (leading zeros skipped)
    int fraction = 0; // digits after the decimal point
    bool anyDigit = false;
    auto takeDigits = [&](bool afterPoint) {
        bool took = false;
        while (i < n && text[i] >= u'0' && text[i] <= u'9') {
            const int d = text[i].unicode() - u'0';
            if (digits > 0 || d != 0)
                ++digits;
            if (digits > 36)
                return false; // far beyond any representable value
            mantissa = mantissa * 10 + d;
            if (afterPoint)
                ++fraction;
            took = true;
            ++i;
        }
        anyDigit = anyDigit || took;
        return true;
    };
    if (!takeDigits(false) || !anyDigit)
        return std::nullopt;
    if (i < n && text[i] == u'.') {
        ++i;
        const int before = fraction;
        if (!takeDigits(true) || fraction == before)
            return std::nullopt;
    }
    int exponent = 0;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool expNegative = false;
        if (i < n && (text[i] == u'-' || text[i] == u'+')) {
            expNegative = text[i] == u'-';
            ++i;
        }
        int expDigits = 0;
        while (i < n && text[i] >= u'0' && text[i] <= u'9') {
            exponent = exponent * 10 + (text[i].unicode() - u'0');
            if (++expDigits > 3)
                return std::nullopt;
            ++i;
        }
        if (expDigits == 0)
            return std::nullopt;
        if (expNegative)
            exponent = -exponent;
    }
    if (i != n)
        return std::nullopt;

    int scale = fraction - exponent;
    if (scale < 0) {
        const auto up = scaleUp(mantissa, -scale);
        if (!up)
            return std::nullopt;
        mantissa = *up;
        scale = 0;
    }
    // Trailing zeros beyond what we can store carry no value: drop them, keep the rest.
    while (scale > MaxScale && mantissa % 10 == 0) {
        mantissa /= 10;
        --scale;
    }
    if (scale > MaxScale)
        return std::nullopt;
    if (negative)
        mantissa = -mantissa;
    // The most negative value has no magnitude that fits: refused, like any overflow, so
    // that every amount can be negated.
    if (!fitsInt64(mantissa) || mantissa == Wide(std::numeric_limits<qint64>::min()))
        return std::nullopt;
    return Money(qint64(mantissa), scale);
}

std::optional<Money> Money::fromJson(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        // A number too long for a double, kept as the provider wrote it.
        return parse(text.startsWith(QLatin1Char(ExactNumberMark)) ? QStringView(text).mid(1)
                                                                   : QStringView(text));
    }
    if (!value.isDouble())
        return std::nullopt;
    // Integers that fit are kept exactly by QJsonValue; others are doubles, and their
    // shortest round-trip text is the number the sender wrote.
    const QVariant v = value.toVariant();
    if (v.typeId() == QMetaType::LongLong)
        return Money(v.toLongLong(), 0);
    return parse(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
}

std::optional<Money> Money::withScale(int scale, Rounding rounding) const
{
    if (scale < 0 || scale > MaxScale)
        return std::nullopt;
    std::optional<Wide> v = scale >= m_scale ? scaleUp(m_units, scale - m_scale)
                                             : scaleDown(m_units, m_scale - scale, rounding);
    if (!v || !fitsInt64(*v))
        return std::nullopt;
    return Money(qint64(*v), scale);
}

Money Money::normalized() const
{
    qint64 units = m_units;
    int scale = m_scale;
    while (scale > 0 && units % 10 == 0) {
        units /= 10;
        --scale;
    }
    return Money(units, scale);
}

std::optional<Money> Money::checkedAdd(const Money &other) const
{
    const int scale = qMax<int>(m_scale, other.m_scale);
    const auto a = scaleUp(m_units, scale - m_scale);
    const auto b = scaleUp(other.m_units, scale - other.m_scale);
    if (!a || !b)
        return std::nullopt;
    const Wide sum = *a + *b;
    if (!fitsInt64(sum))
        return std::nullopt;
    return Money(qint64(sum), scale);
}

std::optional<Money> Money::checkedNegate() const
{
    if (m_units == std::numeric_limits<qint64>::min())
        return std::nullopt;
    return Money(-m_units, m_scale);
}

std::optional<Money> Money::checkedSub(const Money &other) const
{
    const auto negated = other.checkedNegate();
    return negated ? checkedAdd(*negated) : std::nullopt;
}

std::optional<Money> Money::checkedMul(const Money &factor, int resultScale,
                                       Rounding rounding) const
{
    if (resultScale < 0 || resultScale > MaxScale)
        return std::nullopt;
    // Both operands fit in 64 bits, so the exact product fits in 128.
    const Wide product = Wide(m_units) * Wide(factor.m_units);
    const int productScale = m_scale + factor.m_scale;
    std::optional<Wide> v = resultScale >= productScale
                                ? scaleUp(product, resultScale - productScale)
                                : scaleDown(product, productScale - resultScale, rounding);
    if (!v || !fitsInt64(*v))
        return std::nullopt;
    return Money(qint64(*v), resultScale);
}

std::optional<Money> Money::checkedDiv(const Money &divisor, int resultScale,
                                       Rounding rounding) const
{
    if (divisor.m_units == 0 || resultScale < 0 || resultScale > MaxScale)
        return std::nullopt;
    // value = (a / 10^sa) / (b / 10^sb); scaled to resultScale plus one guard digit set
    // by the remainder test below.
    const int shift = resultScale + divisor.m_scale - m_scale;
    Wide numerator = m_units;
    Wide denominator = divisor.m_units;
    if (shift >= 0) {
        const auto up = scaleUp(numerator, shift);
        if (!up)
            return std::nullopt;
        numerator = *up;
    } else {
        const auto up = scaleUp(denominator, -shift);
        if (!up)
            return std::nullopt;
        denominator = *up;
    }
    Wide quotient = numerator / denominator;
    const Wide remainder = numerator % denominator;
    if (remainder != 0) {
        if (rounding == Rounding::Exact)
            return std::nullopt;
        const Wide absRem = remainder < 0 ? -remainder : remainder;
        const Wide absDen = denominator < 0 ? -denominator : denominator;
        const bool negative = (numerator < 0) != (denominator < 0);
        const Wide twice = absRem * 2;
        if (twice > absDen || (twice == absDen && quotient % 2 != 0))
            quotient += negative ? -1 : 1;
    }
    if (!fitsInt64(quotient))
        return std::nullopt;
    return Money(qint64(quotient), resultScale);
}

int Money::compare(const Money &other) const
{
    const int scale = qMax<int>(m_scale, other.m_scale);
    // Values fit in 64 bits and scales differ by at most 18 digits: the 128-bit
    // products are exact.
    const Wide a = Wide(m_units) * pow10(scale - m_scale);
    const Wide b = Wide(other.m_units) * pow10(scale - other.m_scale);
    return a < b ? -1 : (a > b ? 1 : 0);
}

int Money::format(TextBuffer &buf, int minDecimals) const
{
    const int decimals = qMax<int>(m_scale, qBound(0, minDecimals, MaxScale));
    const bool negative = m_units < 0;
    // The padding zeros are written as text, so the digits are those of |units|, which
    // always fit an unsigned 64-bit word: no 128-bit division per digit.
    quint64 v = negative ? 0 - quint64(m_units) : quint64(m_units);
    int pos = int(sizeof buf);
    for (int pad = decimals - m_scale; pad > 0; --pad)
        buf[--pos] = '0';
    int written = decimals - m_scale;
    do {
        if (decimals > 0 && written == decimals)
            buf[--pos] = '.';
        buf[--pos] = char('0' + int(v % 10));
        v /= 10;
        ++written;
    } while (v > 0 || written <= decimals);
    if (negative)
        buf[--pos] = '-';
    return pos;
}

QString Money::toString(int minDecimals) const
{
    TextBuffer buf;
    const int pos = format(buf, minDecimals);
    return QString::fromLatin1(buf + pos, int(sizeof buf) - pos);
}

void Money::appendTo(QByteArray &out, int minDecimals) const
{
    TextBuffer buf;
    const int pos = format(buf, minDecimals);
    out.append(buf + pos, qsizetype(sizeof buf) - pos);
}

int Money::copyTo(char *out, int minDecimals) const
{
    TextBuffer buf;
    const int pos = format(buf, minDecimals);
    const int size = int(sizeof buf) - pos;
    std::memcpy(out, buf + pos, size_t(size));
    return size;
}

QString Money::toLocaleString(const QLocale &locale, int minDecimals) const
{
    const QString plain = toString(minDecimals);
    const bool negative = plain.startsWith(u'-');
    const QStringView body = QStringView(plain).mid(negative ? 1 : 0);
    const qsizetype point = body.indexOf(u'.');
    const QStringView integerPart = point < 0 ? body : body.left(point);
    // Grouped here, not by QLocale: Qt 6.4 groups Spanish 3631721 as "3631.721" (it
    // applies CLDR's minimum grouping digits to the last group only).
    const bool grouped = !(locale.numberOptions() & QLocale::OmitGroupSeparator) &&
                         integerPart.size() >= 3 + minimumGroupingDigits(locale);
    QString out;
    for (qsizetype i = 0; i < integerPart.size(); ++i) {
        if (grouped && i > 0 && (integerPart.size() - i) % 3 == 0)
            out += locale.groupSeparator();
        out += localeDigit(locale, integerPart.at(i));
    }
    if (point >= 0) {
        out += locale.decimalPoint();
        for (QChar c : body.mid(point + 1))
            out += localeDigit(locale, c);
    }
    if (negative)
        out.prepend(locale.negativeSign());
    return out;
}
