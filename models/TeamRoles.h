#pragma once

#include <QCoreApplication>
#include <QStringList>

/// A team role as people read it. The database, treasuryctl and the settings keep the
/// role's own name ("maker"); the window shows it in the language it speaks.
class TeamRoles
{
    Q_DECLARE_TR_FUNCTIONS(TeamRoles)

public:
    /// viewer, maker, approver, admin: the weakest first.
    static QStringList all();
    /// "Maker" in English; "no role" for an empty one; an unknown name as it is.
    static QString display(const QString &role);
};
