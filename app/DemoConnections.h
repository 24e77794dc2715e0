#pragma once

#include "Connection.h"

#include <QList>

class SandboxServer;

/// The demo's connections: one per emulator of a started sandbox, named as a user would
/// name them, with ids of their own that no saved connection has.
namespace DemoConnections {
/// Each connection with the sandbox's made-up credential for it.
QList<std::pair<Connection, QString>> describe(const SandboxServer &sandbox);
} // namespace DemoConnections
