#pragma once

#include <QList>

class Provider;
class QNetworkAccessManager;
class QObject;
class SandboxServer;

/// The demo's connections: one per emulator of a started sandbox, named as a user would
/// name them, with ids of their own that no saved connection has.
namespace DemoConnections {
QList<Provider *> open(const SandboxServer &sandbox, QNetworkAccessManager *network,
                       QObject *parent);
}
