#include "TeamFixture.h"

#include "TeamTestSupport.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

} // namespace

TeamFixture::TeamFixture()
    : m_suffix(QString::number(QRandomGenerator::global()->bounded(1000000, 9999999))),
      m_database(QStringLiteral("team_") + m_suffix)
{}

TeamFixture::~TeamFixture()
{
    m_owner.reset();
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QString TeamFixture::password(const QString &who) const
{
    return who == QLatin1String("owner") ? env("PGPASSWORD")
                                         : QStringLiteral("password-of-") + user(who);
}

QString TeamFixture::url(const QString &login) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(login, env("PGHOST"), env("PGPORT"), m_database);
}

bool TeamFixture::setUp(const QList<std::pair<QString, QString>> &members)
{
    if (env("PGPORT").isEmpty() || env("PGPASSWORD").isEmpty()) {
        m_error = QStringLiteral("run inside pg_virtualenv (the README's test command does)");
        return false;
    }
    {
        QSqlDatabase postgres = plain(QStringLiteral("owner"));
        QSqlQuery q(postgres);
        if (!q.exec(QStringLiteral("CREATE DATABASE ") + m_database)) {
            m_error = q.lastError().text();
            return false;
        }
    }
    m_owner = std::make_unique<TeamDatabase>();
    QString problem;
    const auto login = TeamLogin::fromUrl(url(env("PGUSER")), &problem);
    if (!login || !m_owner->open(*login, env("PGPASSWORD")) || !m_owner->initialize()) {
        m_error = problem + m_owner->lastError();
        return false;
    }
    for (const auto &[who, role] : members) {
        if (!m_owner->addMember(user(who), role, password(who))) {
            m_error = m_owner->lastError();
            return false;
        }
    }
    return true;
}

std::unique_ptr<TeamDatabase> TeamFixture::login(const QString &who) const
{
    QString problem;
    const auto l = TeamLogin::fromUrl(url(user(who)), &problem);
    auto db = std::make_unique<TeamDatabase>();
    if (!l || !db->open(*l, password(who)) || !TestSupport::enrol(*db)) {
        qWarning() << "login" << who << problem << db->lastError();
        return nullptr;
    }
    return db;
}

QSqlDatabase TeamFixture::plain(const QString &who)
{
    const bool owner = who == QLatin1String("owner");
    // The owner's first connection (before the database exists) goes to "postgres".
    const QString database = owner && !m_owner ? QStringLiteral("postgres") : m_database;
    const QString name = QStringLiteral("plain-%1-%2-%3").arg(who, database, m_suffix);
    if (!m_connections.contains(name))
        m_connections.append(name);
    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name)
                          : TestSupport::connectionAs(
                                name, database, owner ? env("PGUSER") : user(who), password(who));
    if (!db.isOpen())
        db.open();
    return db;
}

bool TeamFixture::setUp(const QStringList &people)
{
    QList<std::pair<QString, QString>> members;
    for (const QString &who : people) {
        QString role = who;
        while (!role.isEmpty() && role.back().isDigit())
            role.chop(1);
        members.append({who, role});
    }
    return setUp(members);
}
