#include "ConnectionKind.h"

#include "Payout.h"

#include <QJsonArray>

#include <QCoreApplication>

QUrl ConnectionKind::url(Environment environment) const
{
    switch (environment) {
    case Environment::Sandbox:
        return sandboxUrl;
    case Environment::Production:
        return productionUrl;
    case Environment::Custom:
        break;
    }
    return QUrl();
}

QList<Environment> ConnectionKind::environments() const
{
    QList<Environment> offered;
    if (!productionUrl.isEmpty())
        offered.append(Environment::Production);
    if (!sandboxUrl.isEmpty())
        offered.append(Environment::Sandbox);
    offered.append(Environment::Custom);
    return offered;
}

namespace {
QList<ConnectionKind> &installed()
{
    static QList<ConnectionKind> kinds;
    return kinds;
}
} // namespace

const QList<ConnectionKind> &ConnectionKind::all()
{
    return installed();
}

void ConnectionKind::install(QList<ConnectionKind> kinds)
{
    installed() = std::move(kinds);
}

const ConnectionKind *ConnectionKind::find(const QString &provider)
{
    for (const ConnectionKind &k : all()) {
        if (k.provider == provider)
            return &k;
    }
    return nullptr;
}

namespace {
// The words saved in settings and shown by treasuryctl.
const std::pair<Environment, const char *> EnvironmentNames[] = {
    {Environment::Sandbox, "sandbox"},
    {Environment::Production, "production"},
    {Environment::Custom, "custom"},
};
} // namespace

QString ConnectionKind::environmentName(Environment environment)
{
    for (const auto &[e, name] : EnvironmentNames) {
        if (e == environment)
            return QLatin1String(name);
    }
    return QString();
}

std::optional<Environment> ConnectionKind::environmentFromName(const QString &name)
{
    for (const auto &[e, text] : EnvironmentNames) {
        if (name == QLatin1String(text))
            return e;
    }
    return std::nullopt;
}

QJsonObject ConnectionKind::settingsFrom(const QStringList &pairs, const QString &provider)
{
    QJsonObject settings;
    const ConnectionKind *kind = find(provider);
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = pair.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : pair.mid(eq + 1).trimmed();
        const Setting *setting = nullptr;
        for (const Setting &s : kind ? kind->settings : QList<Setting>())
            if (s.key == key)
                setting = &s;
        if (setting && setting->fee) {
            const auto rule = FeeRule::fromText(value);
            settings.insert(key, rule ? rule->toText() : value);
        } else if (setting && setting->list) {
            QJsonArray values;
            for (const QString &v : value.split(u',', Qt::SkipEmptyParts))
                values.append(v.trimmed());
            settings.insert(key, values);
        } else {
            settings.insert(key, value);
        }
    }
    return settings;
}
