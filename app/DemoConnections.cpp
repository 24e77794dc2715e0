#include "DemoConnections.h"

#include "ProviderNames.h"
#include "SandboxServer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace DemoConnections {

QList<std::pair<Connection, QString>> describe(const SandboxServer &sandbox)
{
    QList<std::pair<Connection, QString>> out;
    for (const QJsonValue &v : sandbox.startInfo().value(QStringLiteral("connections")).toArray()) {
        const QJsonObject c = v.toObject();
        Connection connection;
        connection.provider = c.value(QStringLiteral("provider")).toString();
        const QString emulator = c.value(QStringLiteral("name")).toString();
        connection.id = QStringLiteral("demo:") + emulator;
        connection.name =
            emulator == QLatin1String("dashfi-postpaid")
                ? QCoreApplication::translate("AppController", "Demo dash.fi (postpaid)")
                : QCoreApplication::translate("AppController", "Demo %1")
                      .arg(ProviderNames::display(connection.provider));
        // The sandbox on loopback: an address of its own, as a custom environment.
        connection.environment = Environment::Custom;
        connection.customUrl = QUrl(c.value(QStringLiteral("base_url")).toString());
        connection.settings = c.value(QStringLiteral("settings")).toObject();
        out.append({connection, c.value(QStringLiteral("credential")).toString()});
    }
    return out;
}

} // namespace DemoConnections
