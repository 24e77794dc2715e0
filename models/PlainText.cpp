#include "PlainText.h"

namespace PlainText {

QString oneLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control =
            u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029;
        if (!control) {
            out.append(c);
            continue;
        }
        switch (u) {
        case '\t':
            out.append(QLatin1String("\\t"));
            break;
        case '\n':
            out.append(QLatin1String("\\n"));
            break;
        case '\r':
            out.append(QLatin1String("\\r"));
            break;
        case 0x1b:
            out.append(QLatin1String("\\e"));
            break;
        default:
            out.append(QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0')));
        }
    }
    return out;
}

} // namespace PlainText
