#include "ProviderFactory.h"

#include "Connection.h"
#include "ConnectionKind.h"
#include "CryptoProvider.h"
#include "DartProvider.h"
#include "DashfiProvider.h"
#include "DinariProvider.h"
#include "DotsProvider.h"
#include "Provider.h"

#include <QJsonArray>

namespace {

/// What the factory needs to make one connection's client.
struct Made
{
    QString name;
    QNetworkAccessManager *network;
    QUrl baseUrl;
    QString credential;
    QString first, second; ///< the two parts of an "id:secret" credential, else empty
    QJsonObject settings;
    QObject *parent;
};

/// One row per provider: its kind and how its client is made (nullptr for a credential of
/// the wrong shape). The only place outside providers/ that names them.
struct Entry
{
    ConnectionKind (*kind)();
    Provider *(*make)(const Made &m);
};

const Entry Providers[] = {
    {&DashfiProvider::connectionKind,
     [](const Made &m) -> Provider * {
         return new DashfiProvider(m.name, m.network, m.baseUrl, m.credential, m.parent);
     }},
    {&DinariProvider::connectionKind,
     [](const Made &m) -> Provider * {
         return m.first.isEmpty()
                    ? nullptr
                    : new DinariProvider(m.name, m.network, m.baseUrl, m.first, m.second, m.parent);
     }},
    {&DotsProvider::connectionKind,
     [](const Made &m) -> Provider * {
         return m.first.isEmpty()
                    ? nullptr
                    : new DotsProvider(m.name, m.network, m.baseUrl, m.first, m.second,
                                       m.settings.value(QStringLiteral("app_id")).toString(),
                                       m.parent);
     }},
    {&CryptoProvider::connectionKind,
     [](const Made &m) -> Provider * {
         return m.first.isEmpty()
                    ? nullptr
                    : new CryptoProvider(m.name, m.network, m.baseUrl, m.first, m.second, m.parent);
     }},
    {&DartProvider::connectionKind,
     [](const Made &m) -> Provider * {
         QStringList customers;
         for (const QJsonValue &v : m.settings.value(QStringLiteral("customers")).toArray())
             customers.append(v.toString());
         return new DartProvider(m.name, m.network, m.baseUrl, m.credential, customers, m.parent);
     }},
};

} // namespace

namespace ProviderFactory {

void installKinds()
{
    QList<ConnectionKind> kinds;
    for (const Entry &e : Providers)
        kinds.append(e.kind());
    ConnectionKind::install(kinds);
}

Provider *create(const QString &id, const QString &name, QNetworkAccessManager *network,
                 const QUrl &baseUrl, const QString &credential, const QJsonObject &settings,
                 QObject *parent)
{
    // Two-part secrets are "id:secret"; the id never holds a colon.
    const int colon = int(credential.indexOf(u':'));
    const bool twoParts = colon > 0 && colon < credential.size() - 1;
    const Made made{name,
                    network,
                    baseUrl,
                    credential,
                    twoParts ? credential.left(colon) : QString(),
                    twoParts ? credential.mid(colon + 1) : QString(),
                    settings,
                    parent};
    for (const Entry &e : Providers) {
        if (e.kind().provider == id)
            return e.make(made);
    }
    return nullptr;
}

Provider *create(const Connection &connection, const QString &secret,
                 QNetworkAccessManager *network, QObject *parent)
{
    Provider *p = create(connection.provider, connection.name, network, connection.baseUrl(),
                         secret, connection.settings, parent);
    if (p) {
        p->setConnectionId(connection.id);
        p->setSettings(connection.settings);
    }
    return p;
}

} // namespace ProviderFactory
