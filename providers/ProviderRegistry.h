#pragma once

#include "Provider.h"

#include <QList>
#include <QObject>
#include <QPointer>

/**
 * The open providers, one per connection. Callers ask for what they need
 * (`all<CardControl>()`, `find<PayoutSender>(connection)`) instead of testing provider ids;
 * the registry owns nothing (providers are children of whoever opened them) and forgets a
 * provider once it is destroyed.
 */
class ProviderRegistry final : public QObject
{
    Q_OBJECT

public:
    explicit ProviderRegistry(QObject *parent = nullptr) : QObject(parent) {}

    void add(Provider *provider);
    /// Forgets the connection's provider and returns it (nullptr when none was open).
    Provider *take(const QString &connection);
    QList<Provider *> providers() const;
    /// The open provider of a connection (by name), or nullptr.
    Provider *provider(const QString &connection) const;
    /// The open provider of a connection by its stable id, or nullptr.
    Provider *byId(const QString &connectionId) const;
    bool isEmpty() const { return providers().isEmpty(); }

    /// The connection's provider as a `T`, or nullptr when it is closed or does not offer T.
    template<typename T> T *find(const QString &connection) const
    {
        return qobject_cast<T *>(provider(connection));
    }
    template<typename T> T *findById(const QString &connectionId) const
    {
        return qobject_cast<T *>(byId(connectionId));
    }
    /// Every open provider that offers T, in the order they were opened.
    template<typename T> QList<T *> all() const
    {
        QList<T *> out;
        for (Provider *p : providers()) {
            if (T *t = qobject_cast<T *>(p))
                out.append(t);
        }
        return out;
    }
    /// Every open provider that offers T, as providers (for their names and ids).
    template<typename T> QList<Provider *> offering() const
    {
        QList<Provider *> out;
        for (Provider *p : providers()) {
            if (qobject_cast<T *>(p))
                out.append(p);
        }
        return out;
    }

signals:
    /// A provider was added or taken away.
    void changed();

private:
    QList<QPointer<Provider>> m_providers;
};
