#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

class QJsonValue;
class QLocale;

/**
 * An exact decimal amount: a signed 64-bit count of units of 10^-scale.
 *
 * Money never passes through floating point. Text is parsed digit by digit; a JSON
 * number is first turned into its shortest round-trip text. Every operation that could
 * overflow returns std::nullopt instead of wrapping, and nothing rounds unless the caller
 * asks for a rounding rule. The currency travels beside the amount in the domain types.
 */
class Money
{
public:
    static constexpr int MaxScale = 18;
    /// Starts a JSON string that stands for a number's exact text (see JsonNumbers).
    static constexpr char ExactNumberMark = '\x01';
    /// The most bytes toString's text can take: 36 digits, a point and a sign, rounded up.
    static constexpr int MaxTextSize = 48;

    enum class Rounding {
        Exact,   ///< fail rather than drop a non-zero digit
        HalfEven ///< banker's rounding, the rule for fees and conversions
    };

    Money() = default;

    /// From a count of minor units, e.g. Dots cents: fromMinorUnits(1050, 2) is 10.50.
    static Money fromMinorUnits(qint64 units, int scale);

    /// Parses "1000.00000000", "45.89", "1e2", "-0.5". Rejects anything else, including
    /// empty text, NaN, "1,5", "--1", surrounding spaces, and values beyond 18 digits.
    static std::optional<Money> parse(QStringView text);
    /// A JSON number (through its shortest round-trip text) or a JSON string.
    static std::optional<Money> fromJson(const QJsonValue &value);

    qint64 minorUnits() const { return m_units; }
    int scale() const { return m_scale; }
    bool isZero() const { return m_units == 0; }
    bool isNegative() const { return m_units < 0; }

    /// The same value with another scale; Rounding::Exact fails if digits would be lost.
    std::optional<Money> withScale(int scale, Rounding rounding = Rounding::Exact) const;
    /// The smallest scale that still holds the value exactly.
    Money normalized() const;

    std::optional<Money> checkedAdd(const Money &other) const;
    std::optional<Money> checkedSub(const Money &other) const;
    std::optional<Money> checkedNegate() const;
    /// this * factor, rounded to resultScale (a fee percentage, an exchange rate).
    std::optional<Money> checkedMul(const Money &factor, int resultScale,
                                    Rounding rounding = Rounding::HalfEven) const;
    /// this / divisor, rounded to resultScale; nullopt on division by zero or overflow.
    std::optional<Money> checkedDiv(const Money &divisor, int resultScale,
                                    Rounding rounding = Rounding::HalfEven) const;

    /// -1, 0 or 1, comparing values exactly whatever the scales.
    int compare(const Money &other) const;
    friend bool operator==(const Money &a, const Money &b) { return a.compare(b) == 0; }
    friend bool operator!=(const Money &a, const Money &b) { return a.compare(b) != 0; }
    friend bool operator<(const Money &a, const Money &b) { return a.compare(b) < 0; }
    friend bool operator<=(const Money &a, const Money &b) { return a.compare(b) <= 0; }
    friend bool operator>(const Money &a, const Money &b) { return a.compare(b) > 0; }
    friend bool operator>=(const Money &a, const Money &b) { return a.compare(b) >= 0; }

    /// Locale-free text with '.', at least minDecimals places: the form for CSV and JSON.
    QString toString(int minDecimals = 0) const;
    /// The same text appended as ASCII, for writers of millions of cells.
    void appendTo(QByteArray &out, int minDecimals = 0) const;
    /// The same text written to out, which has room for MaxTextSize bytes; returns its size.
    int copyTo(char *out, int minDecimals = 0) const;
    /// Text for people: the locale's digits, grouping, decimal point and minus sign.
    QString toLocaleString(const QLocale &locale, int minDecimals = 0) const;
    /// How many digits the integer part has past 3 before the locale groups it: 1, or 2
    /// in Spanish (1234 but 12.345). Text a person types is read by the same rule
    /// (AmountInput).
    static int minimumGroupingDigits(const QLocale &locale);

private:
    Money(qint64 units, int scale) : m_units(units), m_scale(static_cast<quint8>(scale)) {}
    // Up to 36 digits, a point and a sign, built from the right; returns where they start.
    using TextBuffer = char[MaxTextSize];
    int format(TextBuffer &buf, int minDecimals) const;

    qint64 m_units = 0;
    quint8 m_scale = 0;
};

Q_DECLARE_METATYPE(Money)
