#pragma once

#include "TeamDatabase.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

/**
 * A team database of its own in the pg_virtualenv cluster the README's test command starts
 * (PGHOST, PGPORT, PGUSER, PGPASSWORD): created and set up by the owner, with members
 * whose names carry a suffix of this fixture, so that tests never share a database or a
 * person. login() is a member's desktop; plain() is what a modified client has: a bare
 * connection that runs any SQL the member's role allows.
 */
class TeamFixture
{
public:
    TeamFixture();
    ~TeamFixture();

    /// Creates the database and adds each {who, role}; false with error() otherwise.
    bool setUp(const QList<std::pair<QString, QString>> &members);
    /// setUp() with each person's role their name without its number: "maker1" is a maker,
    /// "admin" an admin.
    bool setUp(const QStringList &people);
    QString error() const { return m_error; }

    QString database() const { return m_database; }
    QString user(const QString &who) const { return who + u'_' + m_suffix; }
    QString password(const QString &who) const;
    /// postgresql://LOGIN@host:port/database
    QString url(const QString &login) const;
    std::unique_ptr<TeamDatabase> login(const QString &who) const;
    /// A bare connection as `who` (or the owner, for "owner"), opened; one per name.
    QSqlDatabase plain(const QString &who);
    TeamDatabase &owner() { return *m_owner; }

private:
    QString m_suffix;
    QString m_database;
    QString m_error;
    std::unique_ptr<TeamDatabase> m_owner;
    QStringList m_connections;
};
