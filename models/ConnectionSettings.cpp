#include "ConnectionSettings.h"

#include <QJsonDocument>
#include <QSettings>

namespace ConnectionSettings {

namespace {
const QString Group = QStringLiteral("connections");
}

QList<Connection> load(QSettings &settings)
{
    QList<Connection> list;
    const int n = settings.beginReadArray(Group);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        Connection c;
        c.id = settings.value(QStringLiteral("id")).toString();
        c.name = settings.value(QStringLiteral("name")).toString();
        c.provider = settings.value(QStringLiteral("provider")).toString();
        c.environment = ConnectionKind::environmentFromName(
                            settings.value(QStringLiteral("environment")).toString())
                            .value_or(Environment::Production);
        c.customUrl = QUrl(settings.value(QStringLiteral("url")).toString());
        c.settings =
            QJsonDocument::fromJson(settings.value(QStringLiteral("settings")).toByteArray())
                .object();
        // An entry without an id has no keychain key to find: skip rather than guess.
        if (!c.id.isEmpty())
            list.append(c);
    }
    settings.endArray();
    return list;
}

void save(QSettings &settings, const QList<Connection> &connections)
{
    settings.remove(Group);
    settings.beginWriteArray(Group, int(connections.size()));
    for (int i = 0; i < connections.size(); ++i) {
        const Connection &c = connections.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("id"), c.id);
        settings.setValue(QStringLiteral("name"), c.name);
        settings.setValue(QStringLiteral("provider"), c.provider);
        settings.setValue(QStringLiteral("environment"),
                          ConnectionKind::environmentName(c.environment));
        if (c.environment == Environment::Custom)
            settings.setValue(QStringLiteral("url"), c.customUrl.toString());
        if (!c.settings.isEmpty())
            settings.setValue(QStringLiteral("settings"),
                              QJsonDocument(c.settings).toJson(QJsonDocument::Compact));
    }
    settings.endArray();
    settings.sync();
}

QJsonObject toJson(const Connection &c)
{
    QJsonObject o{{QStringLiteral("name"), c.name},
                  {QStringLiteral("provider"), c.provider},
                  {QStringLiteral("environment"), ConnectionKind::environmentName(c.environment)}};
    if (c.environment == Environment::Custom)
        o.insert(QStringLiteral("url"), c.customUrl.toString());
    if (!c.settings.isEmpty())
        o.insert(QStringLiteral("settings"), c.settings);
    return o;
}

std::optional<Connection> fromJson(const QString &id, const QJsonObject &o)
{
    Connection c;
    c.id = id;
    c.name = o.value(QStringLiteral("name")).toString();
    c.provider = o.value(QStringLiteral("provider")).toString();
    const auto environment =
        ConnectionKind::environmentFromName(o.value(QStringLiteral("environment")).toString());
    if (id.isEmpty() || c.name.isEmpty() || c.provider.isEmpty() || !environment)
        return std::nullopt;
    c.environment = *environment;
    c.customUrl = QUrl(o.value(QStringLiteral("url")).toString());
    c.settings = o.value(QStringLiteral("settings")).toObject();
    return c;
}

} // namespace ConnectionSettings
