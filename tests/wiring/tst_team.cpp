// Team mode against a real PostgreSQL (the README's test command starts a throwaway one
// with pg_virtualenv, which sets PGHOST, PGPORT, PGUSER and PGPASSWORD): two makers, two
// approvers and two admins on simulated desktops, each a treasuryctl of its own home or a
// TeamDatabase of its own connection, and what a modified client tries with plain SQL.
#include "ActionJournal.h"
#include "Connection.h"
#include "CtlProcess.h"
#include "DashfiEmulator.h"
#include "DinariEmulator.h"
#include "SandboxFixture.h"
#include "TeamDatabase.h"
#include "TeamKeychain.h"
#include "TeamTestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestTeam : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void overThePolicyAPayoutWaitsAndItsMakerCannotApproveIt();
    void aModifiedClientCannotSkipTheRules();
    void oneApproverDecidesOnceAndANewAccountWaitsItsPeriod();
    void twoDesktopsReleasingAtOnceSendItOnce();
    void splittingAPaymentDoesNotAvoidTheDailyTotal();
    void aPolicyChangeNeedsTwoAdmins();
    void notificationsWakeColleaguesAndResumeAfterACut();
    void auditVerifyFindsATamperedRow();
    void cardActionsFollowThePolicy();
    void treasuryctlCardActionsWaitForTheTeam();
    void sharedConnectionsKeepOneIdOnEveryDesktop();
    void aReconcileTellsTheTeamWhatThisDesktopKnows();
    void verifiedTlsAcceptsOnlyTheTeamsCertificate();
    void anOlderDesktopRefusesANewerSchema();

private:
    QString user(const char *who) const { return QLatin1String(who) + u'_' + m_suffix; }
    QString url(const QString &login) const;
    /// treasuryctl as `who` (its own home: its own desktop), against Dinari's sandbox.
    CtlRun ctl(const char *who, const QStringList &arguments,
               const QString &provider = QStringLiteral("dinari"));
    std::unique_ptr<QProcess> startCtl(const char *who, const QStringList &arguments,
                                       const QString &provider = QStringLiteral("dinari"));
    /// The state of dash.fi's card `id` in the sandbox.
    QString dashfiState(const QString &id) const;
    std::unique_ptr<TeamDatabase> login(const char *who);
    /// A plain connection as `who`, as a modified client would have.
    QSqlDatabase plain(const char *who);
    static QStringList send(const char *amount, const QString &account);
    /// An ACH payout as the app's form makes it, for TeamDatabase calls.
    static PayoutRequest ach(const char *amount, const QString &key);

    std::unique_ptr<SandboxServer> m_sandbox;
    QTemporaryDir m_homes;
    QString m_suffix;
    QString m_database;
    std::unique_ptr<TeamDatabase> m_owner;
    QString m_key; ///< the large payout the first tests walk through
};

namespace {

const QString OwnerPassword = qEnvironmentVariable("PGPASSWORD");

QString passwordOf(const QString &user)
{
    return QStringLiteral("password-of-") + user;
}

QString envName(const QString &user)
{
    return QStringLiteral("TD_TEAM_PW_") + user.toUpper();
}

QSqlDatabase ownerConnection(const QString &name, const QString &database)
{
    return TestSupport::connectionAs(name, database, qEnvironmentVariable("PGUSER"), OwnerPassword);
}

} // namespace

QString TestTeam::url(const QString &login) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(login, qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT"), m_database);
}

void TestTeam::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("PGPORT").isEmpty() && !OwnerPassword.isEmpty(),
             "run inside pg_virtualenv (the README's test command does)");
    m_sandbox = TestSupport::startedSandbox(100);
    QVERIFY(m_sandbox);
    m_suffix = QString::number(QRandomGenerator::global()->bounded(1000000, 9999999));
    m_database = QStringLiteral("team_") + m_suffix;
    {
        QSqlDatabase admin = ownerConnection(QStringLiteral("create"), QStringLiteral("postgres"));
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE ") + m_database),
                 qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("create"));

    m_owner = std::make_unique<TeamDatabase>();
    QString problem;
    const auto ownerLogin = TeamLogin::fromUrl(url(qEnvironmentVariable("PGUSER")), &problem);
    QVERIFY2(ownerLogin, qPrintable(problem));
    QVERIFY2(m_owner->open(*ownerLogin, OwnerPassword), qPrintable(m_owner->lastError()));
    QCOMPARE(m_owner->schemaVersion(), 0);
    QVERIFY(!m_owner->writeProblem().isEmpty());
    // The owner sets it up with treasuryctl, as the README says.
    qputenv("TD_TEAM_OWNER_PW", OwnerPassword.toUtf8());
    CtlProcess owner(m_homes.filePath(QStringLiteral("owner")));
    const QStringList asOwner{QStringLiteral("--team"), url(qEnvironmentVariable("PGUSER")),
                              QStringLiteral("--team-password-env"),
                              QStringLiteral("TD_TEAM_OWNER_PW")};
    CtlRun r = owner.run(asOwner + QStringList{QStringLiteral("team"), QStringLiteral("init")});
    QVERIFY2(r.exit == 0, r.err.constData());
    for (const auto &[who, role] :
         {std::pair("maker1", "maker"), std::pair("maker2", "maker"),
          std::pair("approver1", "approver"), std::pair("approver2", "approver"),
          std::pair("admin1", "admin")}) {
        r = owner.run(asOwner + QStringList{QStringLiteral("team"), QStringLiteral("add-user"),
                                            user(who), QStringLiteral("--role"),
                                            QLatin1String(role)},
                      passwordOf(user(who)).toUtf8() + '\n');
        QVERIFY2(r.exit == 0, r.err.constData());
        qputenv(envName(user(who)).toLatin1().constData(), passwordOf(user(who)).toUtf8());
    }
    QVERIFY(m_owner->open(*ownerLogin, OwnerPassword));
    QCOMPARE(m_owner->schemaVersion(), TeamDatabase::SchemaVersion);
    // Two approvals above 20,000 USD, so that "once per person" shows; one admin yet, so
    // the change applies at once.
    const auto admin = login("admin1");
    QVERIFY(admin);
    QJsonObject policy = *admin->policy();
    policy.insert(
        QStringLiteral("rules"),
        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("over 20,000 USD")},
                               {QStringLiteral("min_usd"), QStringLiteral("20000")},
                               {QStringLiteral("approvals"), 2}}});
    const auto change = admin->proposeChange(QStringLiteral("policy"), policy);
    QVERIFY2(change, qPrintable(admin->lastError()));
    QCOMPARE(change->value(QStringLiteral("state")).toString(), QStringLiteral("applied"));
}

void TestTeam::cleanupTestCase()
{
    m_owner.reset();
}

CtlRun TestTeam::ctl(const char *who, const QStringList &arguments, const QString &provider)
{
    const auto p = startCtl(who, arguments, provider);
    return CtlProcess::finish(*p);
}

std::unique_ptr<QProcess> TestTeam::startCtl(const char *who, const QStringList &arguments,
                                             const QString &provider)
{
    qputenv("TD_SECRET_PROVIDER", m_sandbox->credential(provider).toUtf8());
    if (!TestSupport::keepKeyInKeychain(QStringLiteral("treasury-desk"), url(user(who))))
        qWarning() << "no signing key in the keychain for" << who;
    CtlProcess desktop(m_homes.filePath(QLatin1String(who)));
    return desktop.start(
        QStringList{QStringLiteral("--team"), url(user(who)), QStringLiteral("--team-password-env"),
                    envName(user(who)), QStringLiteral("--provider"), provider,
                    QStringLiteral("--base-url"), m_sandbox->baseUrl(provider).toString(),
                    QStringLiteral("--credential-env"), QStringLiteral("TD_SECRET_PROVIDER")} +
        arguments);
}

QString TestTeam::dashfiState(const QString &id) const
{
    for (const DashfiEmulator::Card &c : m_sandbox->dashfi().cards()) {
        if (QString::number(c.id) == id)
            return c.state;
    }
    return QString();
}

std::unique_ptr<TeamDatabase> TestTeam::login(const char *who)
{
    QString problem;
    const auto l = TeamLogin::fromUrl(url(user(who)), &problem);
    auto db = std::make_unique<TeamDatabase>();
    if (!l || !db->open(*l, passwordOf(user(who))) || !TestSupport::enrol(*db)) {
        qWarning() << "login" << who << problem << db->lastError();
        return nullptr;
    }
    return db;
}

QSqlDatabase TestTeam::plain(const char *who)
{
    const QString name = QStringLiteral("plain-") + QLatin1String(who);
    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(qEnvironmentVariable("PGHOST"));
    db.setPort(qEnvironmentVariableIntValue("PGPORT"));
    db.setDatabaseName(m_database);
    db.setUserName(user(who));
    db.setPassword(passwordOf(user(who)));
    db.open();
    return db;
}

QStringList TestTeam::send(const char *amount, const QString &account)
{
    return {QStringLiteral("payouts"),
            QStringLiteral("send"),
            QStringLiteral("--method"),
            QStringLiteral("dinari.ach"),
            QStringLiteral("--amount"),
            QLatin1String(amount),
            QStringLiteral("--currency"),
            QStringLiteral("USD"),
            QStringLiteral("--json"),
            QStringLiteral("--field"),
            QStringLiteral("RECIPIENT_FULL_NAME=Sage Smith"),
            QStringLiteral("--field"),
            QStringLiteral("RECIPIENT_BANK_ACCOUNT=") + account,
            QStringLiteral("--field"),
            QStringLiteral("RECIPIENT_BANK_ROUTING=021000021")};
}

PayoutRequest TestTeam::ach(const char *amount, const QString &key)
{
    return TestSupport::achRequest(amount, key);
}

void TestTeam::overThePolicyAPayoutWaitsAndItsMakerCannotApproveIt()
{
    const int sent = m_sandbox->dinari().sentCount(QStringLiteral("ACH"));
    CtlRun r = ctl("maker1", send("25000.00", QStringLiteral("1234567890")));
    QVERIFY2(r.exit == 7, r.err.constData());
    const QJsonObject row = QJsonDocument::fromJson(r.out).array().first().toObject();
    QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("awaiting_approval"));
    QCOMPARE(row.value(QStringLiteral("required")).toInt(), 2);
    QVERIFY2(row.value(QStringLiteral("rules")).toString().contains(QLatin1String("20,000")),
             r.out.constData());
    m_key = row.value(QStringLiteral("key")).toString();
    QVERIFY(!m_key.isEmpty());
    QCOMPARE(m_sandbox->dinari().sentCount(QStringLiteral("ACH")), sent);

    // Through the app's own command: the database says no.
    r = ctl("maker1", {QStringLiteral("payouts"), QStringLiteral("approve"), m_key});
    QCOMPARE(r.exit, 3);
    QVERIFY2(r.err.contains("permission denied"), r.err.constData());
    // Nor can it be sent before it is approved, by its maker or anyone.
    r = ctl("maker1", {QStringLiteral("payouts"), QStringLiteral("release"), m_key});
    QVERIFY2(r.exit == 3 && r.err.contains("waits for approval"), r.err.constData());
    QCOMPARE(m_sandbox->dinari().sentCount(QStringLiteral("ACH")), sent);

    // An admin who asks for a payout cannot approve it either.
    const auto admin = login("admin1");
    const PayoutRequest own = ach("75000", QStringLiteral("admin-own-") + m_suffix);
    QVERIFY2(admin->request(own, QStringLiteral("dinari"), QStringLiteral("ops")),
             qPrintable(admin->lastError()));
    QVERIFY(!admin->approve(own.idempotencyKey,
                            TestSupport::requestHash(*admin, own.idempotencyKey), QString()));
    QVERIFY(admin->lastErrorDenied());
    QVERIFY2(admin->lastError().contains(QLatin1String("cannot decide")),
             qPrintable(admin->lastError()));
}

void TestTeam::aModifiedClientCannotSkipTheRules()
{
    QVERIFY(!m_key.isEmpty());
    QSqlDatabase db = plain("maker1");
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery q(db);
    const auto refused = [&q](const QString &sql, const char *expected) {
        const bool ran = q.exec(sql);
        const QString error = q.lastError().databaseText();
        if (ran || !error.contains(QLatin1String(expected)))
            qWarning() << sql << "->" << ran << error;
        return !ran && error.contains(QLatin1String(expected));
    };
    const QString key = QStringLiteral("'") + m_key + u'\'';
    QVERIFY(refused(QStringLiteral("UPDATE td.payouts SET state = 'approved' WHERE key = ") + key,
                    "permission denied"));
    QVERIFY(refused(QStringLiteral("INSERT INTO td.approvals (key, approver, decision) VALUES (") +
                        key + QStringLiteral(", 'someone', 'approve')"),
                    "permission denied"));
    // A signature of the right form, even: the role decides before anything is read.
    const QString signature =
        QStringLiteral(", '%1'").arg(QString(86, u'A') + QStringLiteral("=="));
    QVERIFY(refused(QStringLiteral("SELECT td.approve(") + key + QStringLiteral(", '', 'mine'") +
                        signature + u')',
                    "permission denied"));
    QVERIFY(refused(QStringLiteral("SELECT td.decide(") + key +
                        QStringLiteral(", '', 'approve', ''") + signature + u')',
                    "permission denied"));
    QVERIFY(refused(QStringLiteral("SELECT td.claim(") + key + QStringLiteral(", 'me', 60)"),
                    "waits for approval"));
    QVERIFY(refused(QStringLiteral("DELETE FROM td.audit"), "permission denied"));
    QVERIFY(refused(QStringLiteral("UPDATE td.policy SET doc = '{\"rules\": []}'"),
                    "permission denied"));
    QVERIFY(refused(QStringLiteral("SELECT td.propose_change('policy', '{\"rules\": []}')"),
                    "permission denied"));
    QVERIFY(refused(QStringLiteral("SET ROLE td_approver"), "permission denied"));
    // A maker role may not make itself an approver.
    QVERIFY(refused(QStringLiteral("GRANT td_approver TO ") + user("maker1"), "admin option"));
    // Reading is allowed: the journal is the team's.
    QVERIFY2(q.exec(QStringLiteral("SELECT state FROM td.payouts WHERE key = ") + key) && q.next(),
             qPrintable(q.lastError().text()));
    QCOMPARE(q.value(0).toString(), QStringLiteral("awaiting_approval"));
}

void TestTeam::oneApproverDecidesOnceAndANewAccountWaitsItsPeriod()
{
    QVERIFY(!m_key.isEmpty());
    CtlRun r = ctl("approver1", {QStringLiteral("payouts"), QStringLiteral("approve"), m_key,
                                 QStringLiteral("--note"), QStringLiteral("invoice 4711"),
                                 QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().first()[QStringLiteral("state")].toString(),
             QStringLiteral("awaiting_approval"));
    r = ctl("approver1", {QStringLiteral("payouts"), QStringLiteral("approve"), m_key});
    QVERIFY2(r.exit == 2 && r.err.contains("already decided"), r.err.constData());
    r = ctl("approver2", {QStringLiteral("payouts"), QStringLiteral("approve"), m_key,
                          QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonObject row = QJsonDocument::fromJson(r.out).array().first().toObject();
    QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(row.value(QStringLiteral("approvals")).toInt(), 2);

    // Approved, but the bank account is new: held for the policy's 24 hours.
    const int sent = m_sandbox->dinari().sentCount(QStringLiteral("ACH"));
    r = ctl("approver1", {QStringLiteral("payouts"), QStringLiteral("release"), m_key});
    QVERIFY2(r.exit == 2 && r.err.contains("held until"), r.err.constData());
    QCOMPARE(m_sandbox->dinari().sentCount(QStringLiteral("ACH")), sent);
    // Only an admin may release it early.
    const auto approver = login("approver1");
    QVERIFY(!approver->releaseCounterparty(QStringLiteral("bank_account"),
                                           QStringLiteral("021000021/1234567890")));
    QVERIFY(approver->lastErrorDenied());
    const auto admin = login("admin1");
    QVERIFY2(admin->releaseCounterparty(QStringLiteral("bank_account"),
                                        QStringLiteral("021000021/1234567890")),
             qPrintable(admin->lastError()));
}

void TestTeam::twoDesktopsReleasingAtOnceSendItOnce()
{
    QVERIFY(!m_key.isEmpty());
    const int sent = m_sandbox->dinari().sentCount(QStringLiteral("ACH"));
    const QStringList release{QStringLiteral("payouts"), QStringLiteral("release"), m_key};
    const auto one = startCtl("approver1", release);
    const auto two = startCtl("approver2", release);
    const CtlRun a = CtlProcess::finish(*one);
    const CtlRun b = CtlProcess::finish(*two);
    QList<int> exits{a.exit, b.exit};
    std::sort(exits.begin(), exits.end());
    QVERIFY2(exits == (QList<int>{0, 8}),
             qPrintable(QStringLiteral("%1 %2: ").arg(a.exit).arg(b.exit) +
                        QString::fromUtf8(a.out + a.err + b.out + b.err)));
    QVERIFY2((a.exit == 8 ? a.err : b.err).contains("not sent here"), (a.err + b.err).constData());
    QCOMPARE(m_sandbox->dinari().sentCount(QStringLiteral("ACH")), sent + 1);
    const std::optional<TeamPayout> p = m_owner->payout(m_key);
    QVERIFY(p);
    QCOMPARE(p->state, TeamPayout::State::Sent);
    QVERIFY(!p->reference.isEmpty());
    // Once sent, no desktop sends it again.
    const CtlRun again = ctl("maker2", release);
    QCOMPARE(again.exit, 8);
    QCOMPARE(m_sandbox->dinari().sentCount(QStringLiteral("ACH")), sent + 1);
}

void TestTeam::splittingAPaymentDoesNotAvoidTheDailyTotal()
{
    // Each under every rule, together over the 10,000 USD a person may send a day.
    const int sent = m_sandbox->dinari().sentCount(QStringLiteral("ACH"));
    for (int i = 1; i <= 2; ++i) {
        const CtlRun r = ctl("maker2", send("4000.00", QStringLiteral("1234567890")));
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(m_sandbox->dinari().sentCount(QStringLiteral("ACH")), sent + i);
    }
    const CtlRun r = ctl("maker2", send("4000.00", QStringLiteral("1234567890")));
    QVERIFY2(r.exit == 7, r.err.constData());
    const QJsonObject row = QJsonDocument::fromJson(r.out).array().first().toObject();
    QVERIFY2(row.value(QStringLiteral("rules")).toString().contains(QLatin1String("daily total")),
             r.out.constData());
    QCOMPARE(m_sandbox->dinari().sentCount(QStringLiteral("ACH")), sent + 2);
}

void TestTeam::aPolicyChangeNeedsTwoAdmins()
{
    CtlProcess owner(m_homes.filePath(QStringLiteral("owner")));
    const CtlRun added =
        owner.run({QStringLiteral("--team"), url(qEnvironmentVariable("PGUSER")),
                   QStringLiteral("--team-password-env"), QStringLiteral("TD_TEAM_OWNER_PW"),
                   QStringLiteral("team"), QStringLiteral("add-user"), user("admin2"),
                   QStringLiteral("--role"), QStringLiteral("admin")},
                  passwordOf(user("admin2")).toUtf8() + '\n');
    QVERIFY2(added.exit == 0, added.err.constData());
    qputenv(envName(user("admin2")).toLatin1().constData(), passwordOf(user("admin2")).toUtf8());

    const auto admin1 = login("admin1");
    QJsonObject policy = *admin1->policy();
    policy.insert(QStringLiteral("hold_hours"), 48);
    const auto change = admin1->proposeChange(QStringLiteral("policy"), policy);
    QVERIFY2(change, qPrintable(admin1->lastError()));
    QCOMPARE(change->value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(admin1->policy()->value(QStringLiteral("hold_hours")).toInt(), 24);
    const qint64 id = change->value(QStringLiteral("id")).toInteger();
    QVERIFY(!admin1->decideChange(id, true));
    QVERIFY(admin1->lastErrorDenied());
    // A role change is a change like any other.
    const auto role = admin1->proposeChange(QStringLiteral("role"),
                                            {{QStringLiteral("user"), user("maker2")},
                                             {QStringLiteral("role"), QStringLiteral("admin")}});
    QVERIFY(role);
    QCOMPARE(role->value(QStringLiteral("state")).toString(), QStringLiteral("pending"));

    const CtlRun approved =
        ctl("admin2", {QStringLiteral("policy"), QStringLiteral("approve"), QString::number(id)});
    QVERIFY2(approved.exit == 0, approved.err.constData());
    QCOMPARE(admin1->policy()->value(QStringLiteral("hold_hours")).toInt(), 48);
    const CtlRun rejected =
        ctl("admin2", {QStringLiteral("policy"), QStringLiteral("reject"),
                       QString::number(role->value(QStringLiteral("id")).toInteger())});
    QVERIFY2(rejected.exit == 0, rejected.err.constData());
    const auto maker2 = login("maker2");
    QCOMPARE(maker2->role(), QStringLiteral("maker"));
}

void TestTeam::notificationsWakeColleaguesAndResumeAfterACut()
{
    const auto approver = login("approver1");
    QVERIFY(approver);
    QSignalSpy changed(approver.get(), &TeamDatabase::changed);
    QSignalSpy connection(approver.get(), &TeamDatabase::connectionChanged);
    const auto maker = login("maker1");
    PayoutRequest r = ach("70000", QStringLiteral("notify-1-") + m_suffix);
    QElapsedTimer took;
    took.start();
    QVERIFY(maker->request(r, QStringLiteral("dinari"), QStringLiteral("ops")));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 1000);
    qInfo("a colleague's request arrived after %lld ms", took.elapsed());

    // The server drops the approver's connection; the next ping finds out and resubscribes.
    {
        QSqlDatabase owner = ownerConnection(QStringLiteral("kill"), m_database);
        QVERIFY(owner.open());
        QSqlQuery q(owner);
        QVERIFY(q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                      "WHERE usename = '%1'")
                           .arg(user("approver1"))));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("kill"));
    QTRY_VERIFY_WITH_TIMEOUT(connection.size() >= 2, 20000);
    QCOMPARE(connection.first().first().toBool(), false);
    QCOMPARE(connection.last().first().toBool(), true);
    changed.clear();
    r.idempotencyKey = QStringLiteral("notify-2-") + m_suffix;
    QVERIFY(maker->request(r, QStringLiteral("dinari"), QStringLiteral("ops")));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 1000);
    QVERIFY2(approver->approve(r.idempotencyKey,
                               TestSupport::requestHash(*approver, r.idempotencyKey), QString()),
             qPrintable(approver->lastError()));
}

void TestTeam::auditVerifyFindsATamperedRow()
{
    CtlRun r = ctl("approver2",
                   {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QJsonObject v = QJsonDocument::fromJson(r.out).object();
    QVERIFY(v.value(QStringLiteral("ok")).toBool());
    QVERIFY(v.value(QStringLiteral("rows")).toInt() > 10);
    const auto rows = m_owner->auditRows();
    QVERIFY(rows && rows->size() > 10);
    // Every kind of change was audited, by the person who made it.
    QStringList actions;
    for (const AuditRow &row : *rows)
        actions << row.action + u'/' + row.actor;
    for (const QString &expected :
         {QStringLiteral("request/") + user("maker1"),
          QStringLiteral("approve/") + user("approver1"),
          QStringLiteral("release/") + user("admin1"), QStringLiteral("claim/"),
          QStringLiteral("outcome/"), QStringLiteral("propose/") + user("admin1"),
          QStringLiteral("change/") + user("admin2"), QStringLiteral("add member/")}) {
        QVERIFY2(std::any_of(actions.cbegin(), actions.cend(),
                             [&](const QString &a) { return a.startsWith(expected); }),
                 qPrintable(expected));
    }

    // The database owner edits a row behind the functions' back.
    {
        QSqlDatabase owner = ownerConnection(QStringLiteral("tamper"), m_database);
        QVERIFY(owner.open());
        QSqlQuery q(owner);
        QVERIFY2(!q.exec(QStringLiteral("UPDATE td.audit SET actor = 'nobody' WHERE seq = 4")),
                 "the audit trigger lets no one change a row");
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE td.audit DISABLE TRIGGER audit_frozen")));
        QVERIFY(q.exec(QStringLiteral("UPDATE td.audit SET actor = 'nobody' WHERE seq = 4")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE td.audit ENABLE TRIGGER audit_frozen")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    r = ctl("approver2",
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE(r.exit, 4);
    v = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(v.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(v.value(QStringLiteral("first_bad_seq")).toInt(), 4);
    QVERIFY2(r.err.contains("row 4"), r.err.constData());
}

void TestTeam::cardActionsFollowThePolicy()
{
    // A maker whose day has no payouts, so that the daily total shows what counts in it.
    const QString carder = user("carder");
    QVERIFY2(m_owner->addMember(carder, QStringLiteral("maker"), passwordOf(carder)),
             qPrintable(m_owner->lastError()));
    QString problem;
    auto maker = std::make_unique<TeamDatabase>();
    QVERIFY(maker->open(*TeamLogin::fromUrl(url(carder), &problem), passwordOf(carder)));
    QVERIFY(TestSupport::enrol(*maker));
    const auto approver = login("approver1");
    QVERIFY(approver);
    const QString owner = QStringLiteral("desk/1/cards");
    const auto action = [this](TeamCardAction::Kind kind, const char *key, const char *limit) {
        TeamCardAction a;
        a.kind = kind;
        a.key = QLatin1String(key) + u'-' + m_suffix;
        a.connection = QStringLiteral("Marketing");
        a.cardKey =
            kind == TeamCardAction::Kind::Create ? QString() : QStringLiteral("dashfi-1/card-42");
        a.cardLabel = QStringLiteral("Ads ·4242");
        a.currency = QStringLiteral("USD");
        if (limit)
            a.limit = Money::parse(QString::fromLatin1(limit));
        a.period = QStringLiteral("MONTHLY");
        a.card.name = QStringLiteral("Travel");
        return a;
    };
    const auto ask = [&](const TeamCardAction &a) {
        const auto asked =
            maker->requestCardAction(a, QStringLiteral("dashfi"), QStringLiteral("dashfi-1"));
        if (!asked)
            qWarning() << maker->lastError();
        return asked ? asked->first : TeamPayout::State::Failed;
    };
    const auto sendApproved = [&](const QString &key) {
        return maker->claim(key, owner, 60).value_or(false) &&
               maker->recordOutcome(key, owner, TeamPayout::State::Sent, QStringLiteral("ok"),
                                    QString());
    };

    // Unfreezing waits for an approver; its maker cannot approve it, nor send it first.
    const TeamCardAction unfreeze = action(TeamCardAction::Kind::Unfreeze, "unfreeze", nullptr);
    QCOMPARE(ask(unfreeze), TeamPayout::State::AwaitingApproval);
    const TeamPayout asked = *maker->payout(unfreeze.key);
    QCOMPARE(asked.verdict.rulesText(), QStringLiteral("card unfreeze"));
    QVERIFY(!asked.hasAmount);
    QCOMPARE(TeamCardAction::fromJson(asked.request)->cardKey, unfreeze.cardKey);
    QVERIFY(!maker->claim(unfreeze.key, owner, 60));
    QVERIFY(
        !maker->approve(unfreeze.key, TestSupport::requestHash(*maker, unfreeze.key), QString()));
    QVERIFY(maker->lastErrorDenied());
    QVERIFY(approver->approve(unfreeze.key, TestSupport::requestHash(*approver, unfreeze.key),
                              QStringLiteral("card found")));
    QVERIFY(sendApproved(unfreeze.key));

    // A first limit is a raise; once the team set it, a lower one needs no one, a higher
    // one or none at all does.
    const TeamCardAction first = action(TeamCardAction::Kind::Limit, "limit-60k", "60000.00");
    QCOMPARE(ask(first), TeamPayout::State::AwaitingApproval);
    QVERIFY(
        approver->approve(first.key, TestSupport::requestHash(*approver, first.key), QString()));
    QVERIFY(sendApproved(first.key));
    QCOMPARE(ask(action(TeamCardAction::Kind::Limit, "limit-lower", "500.00")),
             TeamPayout::State::Approved);
    QCOMPARE(ask(action(TeamCardAction::Kind::Limit, "limit-higher", "60000.01")),
             TeamPayout::State::AwaitingApproval);
    QCOMPARE(ask(action(TeamCardAction::Kind::Limit, "limit-none", nullptr)),
             TeamPayout::State::AwaitingApproval);
    TeamCardAction noLimit = action(TeamCardAction::Kind::Limit, "limit-no-limit", "0");
    noLimit.period = QStringLiteral("NO-LIMIT"); // dash.fi's "no limit" is a zero amount
    QCOMPARE(ask(noLimit), TeamPayout::State::AwaitingApproval);
    // A new card waits too.
    QCOMPARE(ask(action(TeamCardAction::Kind::Create, "new-card", nullptr)),
             TeamPayout::State::AwaitingApproval);
    // A modified client cannot slip a card action past the rules with plain SQL.
    QSqlDatabase db = plain("maker1");
    QSqlQuery q(db);
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO td.card_limits (card, currency, amount, set_by) "
                                   "VALUES ('dashfi-1/card-42', 'USD', 1000000, 'me')")));
    QVERIFY2(q.lastError().databaseText().contains(QLatin1String("permission denied")),
             qPrintable(q.lastError().databaseText()));

    // A card's limit is not money paid: 60,000 USD of limits leave the day's total alone.
    const auto verdict = maker->preview(ach("100.00", QStringLiteral("after-cards-") + m_suffix),
                                        QStringLiteral("dinari"), QStringLiteral("ops"));
    QVERIFY2(verdict, qPrintable(maker->lastError()));
    QCOMPARE(verdict->required, 0);
}

void TestTeam::treasuryctlCardActionsWaitForTheTeam()
{
    const QString dashfi = QStringLiteral("dashfi");
    QString id;
    for (const DashfiEmulator::Card &c : m_sandbox->dashfi().cards()) {
        if (c.state == QLatin1String("OPEN"))
            id = QString::number(c.id);
    }
    QVERIFY(!id.isEmpty());
    // Freezing is one click in a team too.
    CtlRun r = ctl("maker1", {QStringLiteral("cards"), QStringLiteral("freeze"), id}, dashfi);
    QVERIFY2(r.exit == 0, r.err.constData());
    QCOMPARE(dashfiState(id), QStringLiteral("PAUSED"));
    // Unfreezing waits for an approver: exit 7, the card stays frozen.
    r = ctl("maker1",
            {QStringLiteral("cards"), QStringLiteral("unfreeze"), id, QStringLiteral("--json")},
            dashfi);
    QVERIFY2(r.exit == 7, r.err.constData());
    const QJsonObject row = QJsonDocument::fromJson(r.out).array().first().toObject();
    QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("awaiting_approval"));
    QCOMPARE(row.value(QStringLiteral("rules")).toString(), QStringLiteral("card unfreeze"));
    const QString key = row.value(QStringLiteral("key")).toString();
    QCOMPARE(dashfiState(id), QStringLiteral("PAUSED"));
    // Its maker cannot release it early; once approved, a colleague's desktop does it once.
    r = ctl("maker1", {QStringLiteral("payouts"), QStringLiteral("release"), key}, dashfi);
    QVERIFY2(r.exit == 3 && r.err.contains("waits for approval"), r.err.constData());
    r = ctl("approver1", {QStringLiteral("payouts"), QStringLiteral("approve"), key}, dashfi);
    QVERIFY2(r.exit == 0, r.err.constData());
    r = ctl("maker2", {QStringLiteral("payouts"), QStringLiteral("release"), key}, dashfi);
    QVERIFY2(r.exit == 0, r.err.constData());
    QCOMPARE(dashfiState(id), QStringLiteral("OPEN"));
    const std::optional<TeamPayout> done = m_owner->payout(key);
    QCOMPARE(done->state, TeamPayout::State::Sent);
    QCOMPARE(done->claimedBy, user("maker2"));
    r = ctl("maker1", {QStringLiteral("payouts"), QStringLiteral("release"), key}, dashfi);
    QCOMPARE(r.exit, 8); // already done: another desktop had it

    // A first spend limit and a new card wait too; nothing reaches dash.fi meanwhile.
    const qsizetype cards = m_sandbox->dashfi().cards().size();
    r = ctl("maker1", {QStringLiteral("cards"), QStringLiteral("limit"), id, QStringLiteral("250")},
            dashfi);
    QVERIFY2(r.exit == 7, r.err.constData());
    r = ctl("maker1", {QStringLiteral("cards"), QStringLiteral("create"), QStringLiteral("Team")},
            dashfi);
    QVERIFY2(r.exit == 7, r.err.constData());
    QCOMPARE(m_sandbox->dashfi().cards().size(), cards);
}

void TestTeam::sharedConnectionsKeepOneIdOnEveryDesktop()
{
    Connection shared;
    shared.id = QStringLiteral("team-dinari-") + m_suffix;
    shared.name = QStringLiteral("Team Dinari");
    shared.provider = QStringLiteral("dinari");
    shared.environment = Environment::Custom;
    shared.customUrl = m_sandbox->baseUrl(QStringLiteral("dinari"));
    // Only an admin shares one, and never with a secret in it.
    const auto maker = login("maker1");
    QVERIFY(!maker->publishConnection(shared));
    QVERIFY(maker->lastErrorDenied());
    const auto admin = login("admin1");
    Connection leaky = shared;
    leaky.settings.insert(QStringLiteral("api_token"), QStringLiteral("s3cr3t"));
    QVERIFY(!admin->publishConnection(leaky));
    QVERIFY2(admin->lastError().contains(QLatin1String("never holds a secret")),
             qPrintable(admin->lastError()));
    QVERIFY2(admin->publishConnection(shared), qPrintable(admin->lastError()));

    // A colleague's desktop sees it, adds it with its own secret, under the same id.
    const QStringList asMaker2{QStringLiteral("--team"), url(user("maker2")),
                               QStringLiteral("--team-password-env"), envName(user("maker2"))};
    CtlProcess desktop(m_homes.filePath(QStringLiteral("maker2")));
    CtlRun r =
        desktop.run(asMaker2 + QStringList{QStringLiteral("team"), QStringLiteral("connections"),
                                           QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QJsonObject row = QJsonDocument::fromJson(r.out).array().first().toObject();
    QCOMPARE(row.value(QStringLiteral("id")).toString(), shared.id);
    QCOMPARE(row.value(QStringLiteral("here")).toBool(), false);
    QVERIFY(!r.out.contains("s3cr3t"));
    r = desktop.run(asMaker2 +
                        QStringList{QStringLiteral("team"), QStringLiteral("adopt"), shared.id},
                    m_sandbox->credential(QStringLiteral("dinari")).toUtf8() + '\n');
    QVERIFY2(r.exit == 0, r.err.constData());
    r = desktop.run(asMaker2 +
                        QStringList{QStringLiteral("team"), QStringLiteral("adopt"), shared.id},
                    "again\n");
    QVERIFY2(r.exit == 2 && r.err.contains("already"), r.err.constData());
    r = desktop.run(asMaker2 + QStringList{QStringLiteral("team"), QStringLiteral("connections"),
                                           QStringLiteral("--json")});
    row = QJsonDocument::fromJson(r.out).array().first().toObject();
    QCOMPARE(row.value(QStringLiteral("here")).toBool(), true);
    // The settings file holds the definition, never the secret.
    QFile settings(desktop.settingsPath());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray saved = settings.readAll();
    QVERIFY(saved.contains(shared.id.toUtf8()));
    QVERIFY(!saved.contains(m_sandbox->credential(QStringLiteral("dinari")).toUtf8()));

    // Retired: no longer offered.
    QVERIFY(admin->retireConnection(shared.id));
    QVERIFY(admin->connections()->isEmpty());
}

void TestTeam::aReconcileTellsTheTeamWhatThisDesktopKnows()
{
    // A payout a previous treasuryctl run claimed and sent, whose answer reached this
    // desktop's journal but not the team (it stopped in between).
    const auto maker = login("maker1");
    const auto admin = login("admin1");
    const auto approver = login("approver1");
    PayoutRequest r = ach("40.00", QStringLiteral("left-by-ctl-") + m_suffix);
    r.fields.insert(PayoutField::BankAccount, QStringLiteral("55") + m_suffix);
    QVERIFY2(maker->request(r, QStringLiteral("dinari"), QStringLiteral("ops")),
             qPrintable(maker->lastError()));
    if (maker->payout(r.idempotencyKey)->state == TeamPayout::State::AwaitingApproval)
        QVERIFY(approver->approve(
            r.idempotencyKey, TestSupport::requestHash(*approver, r.idempotencyKey), QString()));
    // Only an admin lifts the hold on the new bank account, with treasuryctl here.
    CtlRun lift =
        ctl("maker1", {QStringLiteral("payouts"), QStringLiteral("lift"), r.idempotencyKey});
    QVERIFY2(lift.exit == 3 && lift.err.contains("permission denied"), lift.err.constData());
    lift = ctl("admin1", {QStringLiteral("payouts"), QStringLiteral("lift"), r.idempotencyKey});
    QVERIFY2(lift.exit == 0, lift.err.constData());
    QVERIFY(!m_owner->payout(r.idempotencyKey)->verdict.heldUntil.isValid());
    QVERIFY2(maker->claim(r.idempotencyKey, QStringLiteral("gone/1/treasuryctl"), 1) ==
                 std::optional<bool>(true),
             qPrintable(maker->lastError()));
    {
        ActionJournal local(m_homes.filePath(
            QStringLiteral("maker1/data/TreasuryDesk/treasury-desk/treasury.sqlite")));
        QVERIFY2(local.open(), qPrintable(local.lastError()));
        JournalEntry e;
        e.key = r.idempotencyKey;
        e.provider = QStringLiteral("dinari");
        e.connection = r.connection;
        e.action = JournalAction::payout(r.method);
        e.amount = r.amount;
        e.currency = r.currency;
        const auto id = local.append(e);
        QVERIFY(id);
        QVERIFY(local.update(*id, JournalEntry::State::Succeeded, QStringLiteral("ach_from_before"),
                             QStringLiteral("accepted")));
    }
    QTest::qWait(1200); // the previous run's lease runs out
    const CtlRun run = ctl("maker1", {QStringLiteral("payouts"), QStringLiteral("reconcile")});
    QVERIFY2(run.exit == 0, run.err.constData());
    QVERIFY2(run.out.contains("recorded for the team as sent"), run.out.constData());
    const TeamPayout settled = *m_owner->payout(r.idempotencyKey);
    QCOMPARE(settled.state, TeamPayout::State::Sent);
    QCOMPARE(settled.reference, QStringLiteral("ach_from_before"));
}

namespace {

bool openssl(const QString &dir, const QStringList &arguments)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << "openssl" << arguments << p.readAllStandardError();
        return false;
    }
    return true;
}

} // namespace

void TestTeam::verifiedTlsAcceptsOnlyTheTeamsCertificate()
{
    // A CA of the team's, a server certificate for "localhost" it signed, and another CA.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                  QFile::ExeOwner | QFile::ExeGroup |
                                                  QFile::ExeOther));
    const QString d = dir.path();
    QVERIFY(openssl(d, {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key",
                        "-out", "ca.pem", "-days", "2", "-subj", "/CN=Team test CA"}));
    QVERIFY(openssl(d, {"req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out",
                        "server.csr", "-subj", "/CN=localhost"}));
    QFile san(dir.filePath(QStringLiteral("san.ext")));
    QVERIFY(san.open(QIODevice::WriteOnly));
    san.write("subjectAltName=DNS:localhost\n");
    san.close();
    QVERIFY(
        openssl(d, {"x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                    "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "san.ext"}));
    QVERIFY(openssl(d, {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "other.key",
                        "-out", "other.pem", "-days", "2", "-subj", "/CN=Someone else's CA"}));

    // The server takes them (it runs as the owner of its data directory).
    QSqlDatabase owner = ownerConnection(QStringLiteral("tls"), m_database);
    QVERIFY(owner.open());
    QSqlQuery q(owner);
    QVERIFY(q.exec(QStringLiteral("SHOW data_directory")) && q.next());
    const QFileInfo data(q.value(0).toString());
    for (const char *file : {"server.pem", "server.key"}) {
        const QByteArray path = QFile::encodeName(dir.filePath(QLatin1String(file)));
        QVERIFY(::chown(path.constData(), data.ownerId(), data.groupId()) == 0 ||
                data.ownerId() == ::getuid());
        QVERIFY(QFile::setPermissions(dir.filePath(QLatin1String(file)),
                                      QFile::ReadOwner | QFile::WriteOwner));
    }
    QVERIFY(q.exec(QStringLiteral("ALTER SYSTEM SET ssl_cert_file = '%1'")
                       .arg(dir.filePath(QStringLiteral("server.pem")))));
    QVERIFY(q.exec(QStringLiteral("ALTER SYSTEM SET ssl_key_file = '%1'")
                       .arg(dir.filePath(QStringLiteral("server.key")))));
    QVERIFY(q.exec(QStringLiteral("ALTER SYSTEM SET ssl = on")));
    QVERIFY(q.exec(QStringLiteral("SELECT pg_reload_conf()")));
    const auto resetTls = qScopeGuard([&q] {
        q.exec(QStringLiteral("ALTER SYSTEM RESET ssl"));
        q.exec(QStringLiteral("ALTER SYSTEM RESET ssl_cert_file"));
        q.exec(QStringLiteral("ALTER SYSTEM RESET ssl_key_file"));
        q.exec(QStringLiteral("SELECT pg_reload_conf()"));
    });
    const auto tryLogin = [this](const QString &host, const QString &ca, QString *error) {
        const QString url =
            QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=verify-full&"
                           "sslrootcert=%5")
                .arg(user("approver1"), host, qEnvironmentVariable("PGPORT"), m_database, ca);
        QString problem;
        const auto login = TeamLogin::fromUrl(url, &problem);
        if (!login) {
            *error = problem;
            return false;
        }
        TeamDatabase db;
        const bool opened = db.open(*login, passwordOf(user("approver1"))) && db.isEncrypted();
        *error = db.lastError();
        return opened;
    };
    QString error;
    // The team's CA and the name it signed: a verified, encrypted connection.
    QVERIFY(QTest::qWaitFor(
        [&] { return tryLogin(QStringLiteral("localhost"), dir.filePath("ca.pem"), &error); },
        5000));
    // Another CA's word, or the right certificate under another name: no connection.
    QVERIFY(!tryLogin(QStringLiteral("localhost"), dir.filePath("other.pem"), &error));
    QVERIFY2(error.contains(QLatin1String("certificate verify failed")), qPrintable(error));
    QVERIFY(!tryLogin(QStringLiteral("127.0.0.1"), dir.filePath("ca.pem"), &error));
    QVERIFY2(error.contains(QLatin1String("does not match host name")), qPrintable(error));
    // Nothing weaker is taken from a URL.
    QString problem;
    QVERIFY(
        !TeamLogin::fromUrl(url(user("approver1")) + QStringLiteral("?sslmode=disable"), &problem));
    QVERIFY(problem.contains(QLatin1String("verify-full")));
}

void TestTeam::anOlderDesktopRefusesANewerSchema()
{
    {
        QSqlDatabase owner = ownerConnection(QStringLiteral("newer"), m_database);
        QVERIFY(owner.open());
        QSqlQuery q(owner);
        QVERIFY(q.exec(QStringLiteral("UPDATE td.meta SET schema_version = %1")
                           .arg(TeamDatabase::SchemaVersion + 1)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const CtlRun r = ctl("approver1", {QStringLiteral("payouts"), QStringLiteral("approve"),
                                       QStringLiteral("notify-1-") + m_suffix});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.contains("newer than this Treasury Desk"), r.err.constData());
    const auto p = m_owner->payout(QStringLiteral("notify-1-") + m_suffix);
    QVERIFY(p);
    QCOMPARE(p->state, TeamPayout::State::AwaitingApproval);

    // An older schema: a desktop says the owner upgrades it, and team init does.
    {
        QSqlDatabase owner = ownerConnection(QStringLiteral("older"), m_database);
        QVERIFY(owner.open());
        QSqlQuery q(owner);
        QVERIFY(q.exec(QStringLiteral("UPDATE td.meta SET schema_version = %1")
                           .arg(TeamDatabase::SchemaVersion - 1)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
    const auto approver = login("approver1");
    QVERIFY(approver->writeProblem().contains(QLatin1String("team init")));
    QVERIFY(!approver->approve(
        QStringLiteral("notify-1-") + m_suffix,
        TestSupport::requestHash(*approver, QStringLiteral("notify-1-") + m_suffix), QString()));
    QVERIFY(m_owner->initialize());
    QCOMPARE(m_owner->schemaVersion(), TeamDatabase::SchemaVersion);
    const auto again = login("approver1");
    QVERIFY(again->writeProblem().isEmpty());
}

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
