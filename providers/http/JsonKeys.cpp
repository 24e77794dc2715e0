#include "JsonKeys.h"

#include <QSet>

#include <vector>

namespace {

struct Level
{
    bool object = false;
    bool expectKey = false;
    QSet<QByteArray> keys;
};

} // namespace

QString JsonKeys::firstRepeated(const QByteArray &json)
{
    std::vector<Level> levels;
    const char *p = json.constData();
    const char *const end = p + json.size();
    while (p != end) {
        const char c = *p;
        if (c == '"') {
            const char *start = ++p;
            while (p != end && *p != '"')
                p += (*p == '\\' && p + 1 != end) ? 2 : 1;
            if (!levels.empty() && levels.back().object && levels.back().expectKey) {
                // Escapes are compared as written: "a" and "\u0061" count as two keys,
                // which only lets a malformed answer through to QJsonDocument's own check.
                const QByteArray key(start, p - start);
                if (levels.back().keys.contains(key))
                    return QString::fromUtf8(key);
                levels.back().keys.insert(key);
                levels.back().expectKey = false;
            }
            if (p != end)
                ++p;
            continue;
        }
        if (c == '{' || c == '[') {
            levels.push_back(Level{c == '{', c == '{', {}});
        } else if ((c == '}' || c == ']') && !levels.empty()) {
            levels.pop_back();
        } else if (c == ',' && !levels.empty() && levels.back().object) {
            levels.back().expectKey = true;
        }
        ++p;
    }
    return QString();
}
