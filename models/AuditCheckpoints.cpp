#include "AuditCheckpoints.h"

#include <QSettings>

QString AuditCheckpoints::key(const QString &team)
{
    return QStringLiteral("team/audit/") + QString::fromLatin1(team.toUtf8().toHex());
}

std::optional<AuditCheckpoint> AuditCheckpoints::seen(const QString &team) const
{
    const QString k = key(team);
    if (!m_settings->contains(k + QStringLiteral("/seq")))
        return std::nullopt;
    return AuditCheckpoint{
        m_settings->value(k + QStringLiteral("/seq")).toLongLong(),
        QByteArray::fromHex(m_settings->value(k + QStringLiteral("/hash")).toString().toLatin1())};
}

void AuditCheckpoints::save(const QString &team, const AuditCheckpoint &end)
{
    const QString k = key(team);
    m_settings->setValue(k + QStringLiteral("/seq"), end.seq);
    m_settings->setValue(k + QStringLiteral("/hash"), QString::fromLatin1(end.hash.toHex()));
    m_settings->sync();
}
