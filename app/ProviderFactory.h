#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

struct Connection;
class Provider;
class QNetworkAccessManager;
class QObject;

/// Makes the client for one connection: provider id, base URL, secret and settings.
namespace ProviderFactory {

/// Makes every provider's ConnectionKind known (the Connections form, treasuryctl, the
/// checks of a saved connection); the composition roots call it once at start.
void installKinds();

/// `credential` is the secret as stored (`id:secret` for two-part credentials).
/// Returns nullptr for an unknown provider or a credential of the wrong shape.
Provider *create(const QString &providerId, const QString &connectionName,
                 QNetworkAccessManager *network, const QUrl &baseUrl, const QString &credential,
                 const QJsonObject &settings, QObject *parent);
/// The client for a saved connection, with the secret read from the keychain.
Provider *create(const Connection &connection, const QString &secret,
                 QNetworkAccessManager *network, QObject *parent);

} // namespace ProviderFactory
