#include "ProviderRegistry.h"

void ProviderRegistry::add(Provider *provider)
{
    m_providers.append(provider);
    connect(provider, &QObject::destroyed, this, [this] {
        m_providers.removeAll(nullptr);
        emit changed();
    });
    emit changed();
}

Provider *ProviderRegistry::take(const QString &connection)
{
    Provider *p = provider(connection);
    if (!p)
        return nullptr;
    m_providers.removeAll(p);
    disconnect(p, &QObject::destroyed, this, nullptr);
    emit changed();
    return p;
}

QList<Provider *> ProviderRegistry::providers() const
{
    QList<Provider *> out;
    for (const QPointer<Provider> &p : m_providers) {
        if (p)
            out.append(p.data());
    }
    return out;
}

Provider *ProviderRegistry::provider(const QString &connection) const
{
    for (const QPointer<Provider> &p : m_providers) {
        if (p && p->connectionName() == connection)
            return p.data();
    }
    return nullptr;
}

Provider *ProviderRegistry::byId(const QString &connectionId) const
{
    for (const QPointer<Provider> &p : m_providers) {
        if (p && p->connectionId() == connectionId)
            return p.data();
    }
    return nullptr;
}
