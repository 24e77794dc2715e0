#include "ProviderFactory.h"

#include "Connection.h"
#include "CryptoProvider.h"
#include "DartProvider.h"
#include "DashfiProvider.h"
#include "DinariProvider.h"
#include "DotsProvider.h"
#include "Provider.h"

#include <QJsonArray>

namespace ProviderFactory {

Provider *create(const QString &id, const QString &name, QNetworkAccessManager *network,
                 const QUrl &baseUrl, const QString &credential, const QJsonObject &settings,
                 QObject *parent)
{
    // Two-part secrets are "id:secret"; the id never holds a colon.
    const int colon = int(credential.indexOf(u':'));
    const QString first = credential.left(colon);
    const QString second = credential.mid(colon + 1);
    const bool twoParts = colon > 0 && colon < credential.size() - 1;
    if (id == QLatin1String("dashfi"))
        return new DashfiProvider(name, network, baseUrl, credential, parent);
    if (id == QLatin1String("dart")) {
        QStringList customers;
        for (const QJsonValue &v : settings.value(QStringLiteral("customers")).toArray())
            customers.append(v.toString());
        return new DartProvider(name, network, baseUrl, credential, customers, parent);
    }
    if (!twoParts)
        return nullptr;
    if (id == QLatin1String("dinari"))
        return new DinariProvider(name, network, baseUrl, first, second, parent);
    if (id == QLatin1String("dots"))
        return new DotsProvider(name, network, baseUrl, first, second,
                                settings.value(QStringLiteral("app_id")).toString(), parent);
    if (id == QLatin1String("crypto"))
        return new CryptoProvider(name, network, baseUrl, first, second, parent);
    return nullptr;
}

Provider *create(const Connection &connection, const QString &secret,
                 QNetworkAccessManager *network, QObject *parent)
{
    Provider *p = create(connection.provider, connection.name, network, connection.baseUrl(),
                         secret, connection.settings, parent);
    if (p)
        p->setConnectionId(connection.id);
    return p;
}

} // namespace ProviderFactory
