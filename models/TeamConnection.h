#pragma once

#include "TeamLogin.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

class QSqlError;
class QSqlQuery;

/**
 * The QPSQL connection under a TeamDatabase: opens it with the login's TLS settings, reads
 * the schema version, subscribes to `td_changes` (changed()), and pings every few seconds,
 * because QPSQL tells no one when the server goes away: on failure it connects and
 * subscribes again (connectionChanged()). Keeps the last error in the server's own words.
 */
class TeamConnection final : public QObject
{
    Q_OBJECT

public:
    explicit TeamConnection(QObject *parent = nullptr);
    ~TeamConnection() override;

    bool open(const TeamLogin &login, const QString &password);
    /// Connects again with the same login (after the schema was set up, to subscribe).
    bool reopen() { return open(m_login, m_password); }
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }
    const TeamLogin &login() const { return m_login; }
    /// 0 when the database has no team schema yet.
    int schemaVersion() const { return m_schema; }

    /// Runs `sql` with `values` bound in order, amounts as text; false on error.
    bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {});
    bool fail(const QSqlError &error);
    bool fail(const QString &message);
    QString lastError() const { return m_error; }
    /// The last error's SQLSTATE (empty for the client's own).
    QString sqlState() const { return m_sqlState; }

signals:
    void changed(const QString &what);
    void connectionChanged(bool connected);

private:
    bool connectNow();
    void dropConnection();
    void ping();

    QString m_connectionName;
    QSqlDatabase m_db;
    TeamLogin m_login;
    QString m_password;
    QString m_error;
    QString m_sqlState;
    int m_schema = 0;
    QTimer m_ping;
    bool m_connected = false;
};
