#include "JsonNumbers.h"

#include "Money.h"

namespace {

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

/// More digits than a double keeps: its round trip would change the number.
bool needsText(const char *begin, const char *end)
{
    int significant = 0;
    bool leading = true;
    for (const char *p = begin; p != end; ++p) {
        if (*p == 'e' || *p == 'E')
            break;
        if (*p < '0' || *p > '9')
            continue;
        if (leading && *p == '0')
            continue;
        leading = false;
        ++significant;
    }
    return significant > 15;
}

} // namespace

QByteArray JsonNumbers::keepExact(const QByteArray &json)
{
    QByteArray out;
    const char *p = json.constData();
    const char *const end = p + json.size();
    const char *copied = p;
    bool inString = false;
    while (p != end) {
        const char c = *p;
        if (inString) {
            if (c == '\\' && p + 1 != end)
                ++p; // whatever is escaped cannot end the string
            else if (c == '"')
                inString = false;
            ++p;
            continue;
        }
        if (c == '"') {
            inString = true;
            ++p;
            continue;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            const char *start = p;
            while (p != end && isNumberChar(*p))
                ++p;
            if (needsText(start, p)) {
                if (out.isEmpty())
                    out.reserve(json.size() + 64);
                out.append(copied, start - copied);
                out.append('"');
                // JSON strings hold no raw control characters: the mark goes escaped.
                static_assert(Money::ExactNumberMark == '\x01');
                out.append("\\u0001");
                out.append(start, p - start);
                out.append('"');
                copied = p;
            }
            continue;
        }
        ++p;
    }
    if (copied == json.constData())
        return json; // nothing to keep: no copy
    out.append(copied, end - copied);
    return out;
}
