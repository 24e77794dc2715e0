#pragma once

#include <QList>
#include <QString>

/**
 * Whose a row is: the connection's stable id (what tables and models key on), the kind of
 * provider, and the connection's current name, a label that changes on a rename.
 */
struct ConnectionRef
{
    QString id;
    QString provider;
    QString name;

    /// Items a provider read, marked as this connection's (Balance, Card, Transaction).
    template<typename T> QList<T> stamped(QList<T> items) const
    {
        for (T &item : items)
            stamp(item);
        return items;
    }
    template<typename T> void stamp(T &item) const
    {
        item.connectionId = id;
        item.provider = provider;
        item.connection = name;
    }

    /// The id old rows were stored under before connections had ids (schema 5); they
    /// take the real one when the connection is next opened.
    static QString legacyId(const QString &provider, const QString &name)
    {
        return QStringLiteral("legacy:") + provider + u'/' + name;
    }
};
