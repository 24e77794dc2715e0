#include "TeamKeyPins.h"

#include <QSettings>

QString TeamKeyPins::group(const QString &team)
{
    return QStringLiteral("team/keys/") + QString::fromLatin1(team.toUtf8().toHex());
}

QHash<QString, QString> TeamKeyPins::pinned(const QString &team) const
{
    QHash<QString, QString> out;
    m_settings->beginGroup(group(team));
    // Member names may hold any character: keys are their hex.
    for (const QString &k : m_settings->childKeys())
        out.insert(QString::fromUtf8(QByteArray::fromHex(k.toLatin1())),
                   m_settings->value(k).toString());
    m_settings->endGroup();
    return out;
}

void TeamKeyPins::save(const QString &team, const QHash<QString, QString> &pins)
{
    m_settings->beginGroup(group(team));
    for (auto it = pins.cbegin(); it != pins.cend(); ++it)
        m_settings->setValue(QString::fromLatin1(it.key().toUtf8().toHex()), it.value());
    m_settings->endGroup();
    m_settings->sync();
}
