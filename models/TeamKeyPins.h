#pragma once

#include <QHash>
#include <QString>

class QSettings;

/**
 * The members' public keys this desktop pinned, per team, in its settings (public keys are
 * no secret): the app and treasuryctl share them, as they share the audit checkpoint.
 */
class TeamKeyPins final
{
public:
    explicit TeamKeyPins(QSettings *settings) : m_settings(settings) {}

    /// `team`: the team's URL as the user gave it. member → public key (base64).
    QHash<QString, QString> pinned(const QString &team) const;
    void save(const QString &team, const QHash<QString, QString> &pins);

private:
    static QString group(const QString &team);

    QSettings *m_settings;
};
