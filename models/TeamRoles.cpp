#include "TeamRoles.h"

QStringList TeamRoles::all()
{
    return {QStringLiteral("viewer"), QStringLiteral("maker"), QStringLiteral("approver"),
            QStringLiteral("admin")};
}

QString TeamRoles::display(const QString &role)
{
    if (role.isEmpty())
        return tr("no role");
    if (role == QLatin1String("viewer"))
        return tr("Viewer");
    if (role == QLatin1String("maker"))
        return tr("Maker");
    if (role == QLatin1String("approver"))
        return tr("Approver");
    if (role == QLatin1String("admin"))
        return tr("Admin");
    return role;
}
