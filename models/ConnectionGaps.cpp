#include "ConnectionGaps.h"

#include <QCoreApplication>

void ConnectionGaps::set(const ConnectionRef &connection, const QStringList &gaps)
{
    if (gaps.isEmpty()) {
        remove(connection.id);
        return;
    }
    const Entry entry{connection.name, gaps};
    const auto it = m_gaps.constFind(connection.id);
    if (it != m_gaps.cend() && it->name == entry.name && it->gaps == entry.gaps)
        return;
    m_gaps.insert(connection.id, entry);
    emit changed();
}

void ConnectionGaps::remove(const QString &connectionId)
{
    if (m_gaps.remove(connectionId) > 0)
        emit changed();
}

QStringList ConnectionGaps::connections() const
{
    QStringList names;
    for (const Entry &e : m_gaps)
        names.append(e.name);
    return names;
}

QList<ConnectionGaps::Gap> ConnectionGaps::gaps() const
{
    QList<Gap> out;
    for (const Entry &e : m_gaps) {
        for (const QString &gap : e.gaps)
            out.append({e.name, gap});
    }
    return out;
}

QStringList ConnectionGaps::lines() const
{
    QStringList out;
    for (const Gap &g : gaps())
        out.append(
            QCoreApplication::translate("ConnectionGaps", "%1: %2").arg(g.connection, g.gap));
    return out;
}
