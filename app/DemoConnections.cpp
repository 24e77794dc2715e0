#include "DemoConnections.h"

#include "Provider.h"
#include "ProviderFactory.h"
#include "ProviderNames.h"
#include "SandboxServer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace DemoConnections {

QList<Provider *> open(const SandboxServer &sandbox, QNetworkAccessManager *network,
                       QObject *parent)
{
    QList<Provider *> out;
    for (const QJsonValue &v : sandbox.startInfo().value(QStringLiteral("connections")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString provider = c.value(QStringLiteral("provider")).toString();
        const QString emulator = c.value(QStringLiteral("name")).toString();
        const QString name =
            emulator == QLatin1String("dashfi-postpaid")
                ? QCoreApplication::translate("AppController", "Demo dash.fi (postpaid)")
                : QCoreApplication::translate("AppController", "Demo %1")
                      .arg(ProviderNames::display(provider));
        Provider *p = ProviderFactory::create(
            provider, name, network, QUrl(c.value(QStringLiteral("base_url")).toString()),
            c.value(QStringLiteral("credential")).toString(),
            c.value(QStringLiteral("settings")).toObject(), parent);
        if (!p)
            continue;
        p->setConnectionId(QStringLiteral("demo:") + emulator);
        out.append(p);
    }
    return out;
}

} // namespace DemoConnections
