#include "AmountInput.h"

#include <QLocale>
#include <QStringList>

namespace {

// Marks some language uses in numbers; one that is neither this language's decimal mark
// nor its group separator means the text was written for another language.
bool isNumberMark(QChar c)
{
    return c == u'.' || c == u',' || c == u'\'' || c == QChar(0x2019) || c == QChar(0x066B) ||
           c == QChar(0x066C) || c == QChar(0x00B7);
}

bool isSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F);
}

bool isMinus(QChar c, const QLocale &locale)
{
    return c == u'-' || c == QChar(0x2212) || QString(c) == locale.negativeSign();
}

// The digits as plain text with `mark` read as the decimal point: the other reading of
// text that is refused, shown to the person, never taken.
std::optional<Money> readWithMark(const QString &text, QChar mark, bool negative)
{
    QString plain = negative ? QStringLiteral("-") : QString();
    for (QChar c : text) {
        if (c.isDigit())
            plain += QChar(u'0' + c.digitValue());
        else if (c == mark)
            plain += u'.';
    }
    return Money::parse(plain);
}

} // namespace

QString AmountInput::example(const QLocale &locale)
{
    return Money::fromMinorUnits(125050, 2).toLocaleString(locale, 2);
}

AmountReading AmountInput::read(const QString &text, const QLocale &locale)
{
    QString t = text.trimmed();
    const auto fail = [](const QString &problem) { return AmountReading{std::nullopt, problem}; };
    const QString writeLike = tr("Write the amount like %1.").arg(example(locale));
    if (t.isEmpty())
        return fail(tr("Enter an amount, e.g. %1.").arg(example(locale)));
    const bool negative = isMinus(t.front(), locale);
    if (negative)
        t = t.mid(1);
    const QChar decimal = locale.decimalPoint().front();
    const QChar group = locale.groupSeparator().front();

    QStringList groups{QString()}; // digits between group separators
    QString fraction;
    bool decimalSeen = false;
    bool groupingWrong = false;
    int marks = 0; // '.' ',' and the like, whatever this language makes of them
    QChar lastMark;
    for (QChar c : std::as_const(t)) {
        if (c.isDigit() && c.digitValue() >= 0) {
            (decimalSeen ? fraction : groups.last()) += QChar(u'0' + c.digitValue());
        } else if (c == decimal) {
            if (decimalSeen)
                groupingWrong = true;
            decimalSeen = true;
            ++marks;
            lastMark = c;
        } else if (c == group || isSpace(c)) {
            groupingWrong = groupingWrong || decimalSeen || groups.last().isEmpty();
            groups.append(QString());
            if (!isSpace(c)) {
                ++marks;
                lastMark = c;
            }
        } else if (isNumberMark(c)) {
            // Another language's mark: the person may mean it as the decimal mark.
            groupingWrong = true;
            ++marks;
            lastMark = c;
        } else {
            return fail(writeLike);
        }
    }
    const QString digits = groups.join(QString());
    if (digits.isEmpty() || (decimalSeen && fraction.isEmpty()))
        groupingWrong = true;
    for (qsizetype i = 1; i < groups.size() && !groupingWrong; ++i)
        groupingWrong = groups.at(i).size() != 3;
    if (groups.size() > 1 && !groupingWrong)
        groupingWrong = groups.first().isEmpty() || groups.first().size() > 3;

    if (groupingWrong) {
        // One mark that is not ours as a decimal mark: say what it would be if it were.
        if (marks == 1 && lastMark != decimal)
            if (const auto meant = readWithMark(t, lastMark, negative))
                return fail(tr("The decimal mark here is “%1”: did you mean %2?")
                                .arg(QString(decimal), meant->toLocaleString(locale)));
        return fail(writeLike);
    }
    const bool groupIsMark = isNumberMark(group);
    if (groups.size() == 2 && !decimalSeen && groupIsMark && marks == 1) {
        // "1.250" in German is 1250 to one reader and 1.25 to another.
        const auto asDecimal = readWithMark(t, group, negative);
        const auto whole = Money::parse((negative ? QStringLiteral("-") : QString()) + digits);
        if (asDecimal && whole)
            return fail(tr("“%1” can be read as %2 or as %3: type one of them.")
                            .arg(text.trimmed(), whole->toString(),
                                 asDecimal->normalized().toLocaleString(locale)));
    }
    const QString plain = (negative ? QStringLiteral("-") : QString()) + digits +
                          (decimalSeen ? u'.' + fraction : QString());
    if (const auto amount = Money::parse(plain))
        return AmountReading{amount, QString()};
    return fail(tr("This amount has too many digits."));
}
