#pragma once

#include "AuditChain.h"

#include <optional>

class QSettings;

/**
 * Where this desktop last saw each team's audit log end, kept in its settings (a hash is
 * no secret): the app and treasuryctl share it, so the log must only have grown since
 * either looked.
 */
class AuditCheckpoints final
{
public:
    explicit AuditCheckpoints(QSettings *settings) : m_settings(settings) {}

    /// `team`: the team's URL as the user gave it (no password in it).
    std::optional<AuditCheckpoint> seen(const QString &team) const;
    void save(const QString &team, const AuditCheckpoint &end);

private:
    static QString key(const QString &team);

    QSettings *m_settings;
};
