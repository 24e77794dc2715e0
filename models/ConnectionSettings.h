#pragma once

#include "Connection.h"

#include <QList>

class QSettings;

/// The saved connections, in the settings file: names, providers, environments and
/// non-secret settings only. Secrets are the keychain's business.
namespace ConnectionSettings {

QList<Connection> load(QSettings &settings);
void save(QSettings &settings, const QList<Connection> &connections);

} // namespace ConnectionSettings
