#pragma once

#include "Connection.h"

#include <QJsonObject>
#include <QList>

#include <optional>

class QSettings;

/// The saved connections, in the settings file: names, providers, environments and
/// non-secret settings only. Secrets are the keychain's business.
namespace ConnectionSettings {

QList<Connection> load(QSettings &settings);
void save(QSettings &settings, const QList<Connection> &connections);
/// The same non-secret part as one JSON object (what a team shares), without the id.
QJsonObject toJson(const Connection &connection);
/// A connection from toJson() under `id`; nullopt when it names no provider or name.
std::optional<Connection> fromJson(const QString &id, const QJsonObject &json);

} // namespace ConnectionSettings
