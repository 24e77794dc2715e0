#include "JournalText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

const char Context[] = "JournalText";

// %1..%9 in one pass, so that an argument holding "%2" (a provider's message) stays as it is.
QString substitute(const QString &pattern, const QStringList &args)
{
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size() && pattern.at(i + 1) >= u'1' &&
            pattern.at(i + 1) <= u'9') {
            const int index = pattern.at(i + 1).unicode() - u'1';
            if (index < args.size()) {
                out += args.at(index);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

JournalText::JournalText(const char *source, const QStringList &args, int n)
    : m_source(QString::fromUtf8(source)), m_args(args), m_n(n), m_translatable(true)
{}

JournalText JournalText::verbatim(const QString &text)
{
    JournalText t;
    t.m_source = text;
    return t;
}

QString JournalText::render() const
{
    if (!m_translatable)
        return m_source;
    const QByteArray source = m_source.toUtf8();
    return substitute(QCoreApplication::translate(Context, source.constData(), nullptr, m_n),
                      m_args);
}

QJsonObject JournalText::toJson() const
{
    if (!m_translatable || m_source.isEmpty())
        return {};
    QJsonObject o{{QStringLiteral("source"), m_source},
                  {QStringLiteral("args"), QJsonArray::fromStringList(m_args)}};
    if (m_n >= 0)
        o.insert(QStringLiteral("n"), m_n);
    return o;
}

JournalText JournalText::fromJson(const QJsonObject &json)
{
    const QString source = json.value(QStringLiteral("source")).toString();
    if (source.isEmpty())
        return {};
    JournalText t;
    t.m_source = source;
    for (const QJsonValue &v : json.value(QStringLiteral("args")).toArray())
        t.m_args.append(v.toString());
    t.m_n = json.value(QStringLiteral("n")).toInt(-1);
    t.m_translatable = true;
    return t;
}
