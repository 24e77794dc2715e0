#pragma once

#include "ConnectionRef.h"

#include <QMap>
#include <QObject>
#include <QStringList>

/**
 * What each connection's last answer left out (items that could not be read, pages not
 * read, ids listed twice with different figures), for one kind of data: the rows shown
 * are what could be read, and this says why they may not be all. A complete answer clears
 * its connection's gaps.
 */
class ConnectionGaps final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionGaps(QObject *parent = nullptr) : QObject(parent) {}

    /// The gaps of `connection`'s latest answer; an empty list clears them.
    void set(const ConnectionRef &connection, const QStringList &gaps);
    void remove(const QString &connectionId);
    bool isEmpty() const { return m_gaps.isEmpty(); }
    /// The names of the connections with gaps.
    QStringList connections() const;
    /// One line per gap: "Connection: what was left out".
    QStringList lines() const;
    struct Gap
    {
        QString connection; ///< its name
        QString gap;
    };
    QList<Gap> gaps() const;

signals:
    void changed();

private:
    struct Entry
    {
        QString name;
        QStringList gaps;
    };
    QMap<QString, Entry> m_gaps; ///< by connection id
};
