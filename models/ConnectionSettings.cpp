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

} // namespace ConnectionSettings
