#include "CsvFormat.h"

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

void appendCell(QByteArray &line, const QString &value, char delimiter, bool isNumber)
{
    const QByteArray utf8 = (isNumber ? value : neutralized(value)).toUtf8();
    bool quote = false;
    for (const char c : utf8) {
        if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        line += utf8;
        return;
    }
    line += '"';
    for (const char c : utf8) {
        if (c == '"')
            line += '"';
        line += c;
    }
    line += '"';
}

} // namespace CsvFormat
