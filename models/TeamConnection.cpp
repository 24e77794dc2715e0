#include "TeamConnection.h"

#include <QAtomicInteger>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QAtomicInteger<int> connectionCounter;

constexpr int PingMs = 5000;

} // namespace

TeamConnection::TeamConnection(QObject *parent)
    : QObject(parent), m_connectionName(QStringLiteral("team-%1").arg(++connectionCounter))
{
    m_ping.setInterval(PingMs);
    connect(&m_ping, &QTimer::timeout, this, &TeamConnection::ping);
}

TeamConnection::~TeamConnection()
{
    close();
}

bool TeamConnection::open(const TeamLogin &login, const QString &password)
{
    close();
    m_login = login;
    m_password = password;
    if (!connectNow())
        return false;
    m_ping.start();
    return true;
}

bool TeamConnection::connectNow()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(tr("the PostgreSQL driver for Qt is missing (Debian: libqt6sql6-psql)"));
    if (!m_login.isLoopback() && !m_login.rootCertificate.isEmpty() &&
        !QFile::exists(m_login.rootCertificate))
        return fail(
            tr("the certificate authority file %1 does not exist").arg(m_login.rootCertificate));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(m_login.host);
        db.setPort(m_login.port);
        db.setDatabaseName(m_login.database);
        db.setUserName(m_login.user);
        db.setPassword(m_password);
        db.setConnectOptions(m_login.connectOptions());
        m_db = db;
    }
    if (!m_db.open())
        return fail(m_db.lastError());
    QSqlQuery q(m_db);
    // Amounts come back as text, never through a double.
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    m_schema = 0;
    if (!exec(q, QStringLiteral("SELECT to_regclass('td.meta') IS NOT NULL")))
        return false;
    if (q.next() && q.value(0).toBool()) {
        if (!exec(q, QStringLiteral("SELECT schema_version FROM td.meta")) || !q.next())
            return false;
        m_schema = q.value(0).toInt();
    }
    if (m_schema > 0 && m_db.driver()->hasFeature(QSqlDriver::EventNotifications)) {
        m_db.driver()->subscribeToNotification(QStringLiteral("td_changes"));
        connect(m_db.driver(), &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                    emit changed(payload.toString());
                });
    }
    m_connected = true;
    m_error.clear();
    m_sqlState.clear();
    return true;
}

void TeamConnection::close()
{
    m_ping.stop();
    dropConnection();
    m_connected = false;
}

void TeamConnection::dropConnection()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void TeamConnection::ping()
{
    // QPSQL tells no one when the server goes away, and a reconnect forgets the
    // subscription: ask, and on failure connect and subscribe again.
    if (m_db.isOpen()) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT 1")))
            return;
    }
    if (m_connected) {
        m_connected = false;
        emit connectionChanged(false);
    }
    dropConnection();
    if (connectNow()) {
        emit connectionChanged(true);
        emit changed(QStringLiteral("reconnected"));
    }
}

bool TeamConnection::fail(const QSqlError &error)
{
    m_sqlState = error.nativeErrorCode();
    // The server's own words (a function's refusal); the driver's prefix adds nothing.
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    text.remove(QRegularExpression(QStringLiteral("^ERROR:\\s*")));
    text = text.section(u'\n', 0, 0);
    m_error = text.isEmpty() ? tr("the team database did not answer") : text;
    return false;
}

bool TeamConnection::fail(const QString &message)
{
    m_sqlState.clear();
    m_error = message;
    return false;
}

bool TeamConnection::exec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!m_db.isOpen())
        return fail(tr("not connected to the team database"));
    query.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (values.isEmpty() ? !query.exec(sql) : !query.prepare(sql))
        return fail(query.lastError());
    if (values.isEmpty())
        return true;
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return fail(query.lastError());
    return true;
}
