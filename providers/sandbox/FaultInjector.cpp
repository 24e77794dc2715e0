#include "FaultInjector.h"

#include <QMutexLocker>

namespace {
struct KindName
{
    FaultRule::Kind kind;
    const char *name;
};
const KindName kindNames[] = {
    {FaultRule::Kind::Latency, "latency"},
    {FaultRule::Kind::Status, "status"},
    {FaultRule::Kind::RateLimit, "429"},
    {FaultRule::Kind::Timeout, "timeout"},
    {FaultRule::Kind::TimeoutAfter, "timeout-after"},
    {FaultRule::Kind::MalformedJson, "malformed"},
    {FaultRule::Kind::HtmlPage, "html"},
    {FaultRule::Kind::CutMidBody, "cut"},
    {FaultRule::Kind::DropAfterProcess, "drop-after"},
    {FaultRule::Kind::SlowCommit, "slow-commit"},
    {FaultRule::Kind::SeeOtherAfter, "303-after"},
    {FaultRule::Kind::Trickle, "trickle"},
    {FaultRule::Kind::ClockSkew, "skew"},
};
} // namespace

QString FaultRule::kindName(Kind kind)
{
    for (const auto &k : kindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return QString();
}

bool FaultRule::kindFromName(const QString &name, Kind *kind)
{
    for (const auto &k : kindNames) {
        if (name == QLatin1String(k.name)) {
            *kind = k.kind;
            return true;
        }
    }
    // Shorthands: "500", "502", "503" mean Status with that code.
    bool isNumber = false;
    const int code = name.toInt(&isNumber);
    if (isNumber && code >= 500 && code <= 599) {
        *kind = Kind::Status;
        return true;
    }
    return false;
}

void FaultInjector::add(const FaultRule &rule)
{
    QMutexLocker lock(&m_mutex);
    m_rules.append(rule);
}

void FaultInjector::clear()
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
}

bool FaultInjector::addSpec(const QString &spec, QString *error)
{
    QList<FaultRule> parsed;
    const QStringList items = spec.split(u';', Qt::SkipEmptyParts);
    for (const QString &raw : items) {
        const QStringList parts = raw.trimmed().split(u':');
        if (parts.size() < 3) {
            *error = QStringLiteral("fault \"%1\": want provider:path:kind[:options]").arg(raw);
            return false;
        }
        FaultRule rule;
        rule.provider = parts[0];
        rule.path = parts[1];
        if (!FaultRule::kindFromName(parts[2], &rule.kind)) {
            *error = QStringLiteral("fault \"%1\": unknown kind \"%2\"").arg(raw, parts[2]);
            return false;
        }
        if (rule.kind == FaultRule::Kind::Status)
            rule.status = parts[2] == QLatin1String("status") ? 503 : parts[2].toInt();
        if (rule.kind == FaultRule::Kind::HtmlPage)
            rule.status = 502;
        if (parts.size() > 3) {
            for (const QString &option : parts.mid(3).join(u':').split(u',', Qt::SkipEmptyParts)) {
                const QString key = option.section(u'=', 0, 0);
                const QString value = option.section(u'=', 1);
                bool ok = false;
                const int n = value.toInt(&ok);
                if (key == QLatin1String("method")) {
                    rule.method = value.toUpper().toLatin1();
                    ok = true;
                } else if (key == QLatin1String("count") && ok) {
                    rule.remaining = n;
                } else if (key == QLatin1String("ms") && ok) {
                    rule.latencyMs = n;
                } else if (key == QLatin1String("minutes") && ok) {
                    rule.minutes = n;
                } else if (key == QLatin1String("lost")) {
                    rule.lost = true;
                    ok = true;
                } else if (key == QLatin1String("status") && ok) {
                    rule.status = n;
                } else {
                    ok = false;
                }
                if (!ok) {
                    *error = QStringLiteral("fault \"%1\": bad option \"%2\"").arg(raw, option);
                    return false;
                }
            }
        }
        parsed.append(rule);
    }
    QMutexLocker lock(&m_mutex);
    m_rules.append(parsed);
    return true;
}

bool FaultInjector::take(const QString &provider, const QString &path, const QByteArray &method,
                         FaultRule *hit)
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if (it->provider != QLatin1String("*") && it->provider != provider)
            continue;
        if (it->path != QLatin1String("*") && !path.startsWith(it->path))
            continue;
        if (!it->method.isEmpty() && it->method != method)
            continue;
        *hit = *it;
        if (it->remaining > 0 && --it->remaining == 0)
            m_rules.erase(it);
        return true;
    }
    return false;
}

QList<FaultRule> FaultInjector::rules() const
{
    QMutexLocker lock(&m_mutex);
    return m_rules;
}
