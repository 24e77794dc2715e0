#include "CsvFormat.h"

#include <QStringEncoder>

#include <algorithm>

namespace CsvFormat {

QString neutralized(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

bool isDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= '0' && c.unicode() <= '9';
    });
}

void appendCell(QByteArray &line, const QString &value, char delimiter, bool isNumber,
                bool digitsAsText)
{
    if (digitsAsText && !isNumber && isDigits(value)) {
        // Digits need no quoting; the formula's own quotes are how spreadsheets expect it.
        line += "=\"";
        line += value.toLatin1();
        line += '"';
        return;
    }
    const QString text = isNumber ? value : neutralized(value);
    // Nearly every cell is short: encoding it on the stack saves an allocation per cell,
    // which a million-row export feels.
    char stack[256];
    QByteArray heap;
    const char *begin = stack;
    const char *end = nullptr;
    if (text.size() * 3 <= qsizetype(sizeof stack)) {
        end = QStringEncoder(QStringEncoder::Utf8).appendToBuffer(stack, text);
    } else {
        heap = text.toUtf8();
        begin = heap.constData();
        end = begin + heap.size();
    }
    const bool quote = std::any_of(begin, end, [delimiter](char c) {
        return c == delimiter || c == '"' || c == '\n' || c == '\r';
    });
    if (!quote) {
        line.append(begin, end - begin);
        return;
    }
    line += '"';
    for (const char *c = begin; c != end; ++c) {
        if (*c == '"')
            line += '"';
        line += *c;
    }
    line += '"';
}

} // namespace CsvFormat
