// One team per database: two team databases in one PostgreSQL cluster, and people who are
// members of both, tried with the team's functions and with plain SQL. Roles are the whole
// cluster's; a person's role in a team is that database's word alone.
#include "Payout.h"
#include "SigningKey.h"
#include "TeamFixture.h"
#include "TeamRequest.h"
#include "TeamSignatures.h"
#include "TeamTestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestTeamMembership : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aMakerOfOneTeamIsOnlyWhatAnotherTeamMadeThem();
    void aRoleChangeInOneTeamStaysThere();
    void aRoleThatCanCreateRolesCannotMakeItselfAnApprover();
    void aRoleOfTheClusterKeepsItsPasswordAndGroupsAreNoPeople();

private:
    /// `team`'s database as the role `user` (a person of another team, say), or nullptr.
    std::unique_ptr<TeamDatabase> loginTo(TeamFixture &team, const QString &user,
                                          const QString &password);
    static PayoutRequest ach(const char *amount, const QString &key);
    /// The first team's maker1 is a maker there and asks for a payout under `key`.
    bool stillAMaker(const QString &key);
    /// How many payouts `team`'s owner sees.
    static int payouts(TeamFixture &team);

    std::unique_ptr<TeamFixture> m_first;
    std::unique_ptr<TeamFixture> m_second;
};

void TestTeamMembership::init()
{
    m_first = std::make_unique<TeamFixture>();
    m_second = std::make_unique<TeamFixture>();
    QVERIFY2(m_first->setUp(QStringList{"maker1", "approver1", "admin"}),
             qPrintable(m_first->error()));
    QVERIFY2(m_second->setUp(QStringList{"admin"}), qPrintable(m_second->error()));
    // The first team's maker joins the second team as a viewer, with their own password.
    QVERIFY2(m_second->owner().addMember(m_first->user(QStringLiteral("maker1")),
                                         QStringLiteral("viewer"), QString(), true),
             qPrintable(m_second->owner().lastError()));
}

void TestTeamMembership::cleanup()
{
    m_first.reset();
    m_second.reset();
}

std::unique_ptr<TeamDatabase> TestTeamMembership::loginTo(TeamFixture &team, const QString &user,
                                                          const QString &password)
{
    QString problem;
    const auto login = TeamLogin::fromUrl(team.url(user), &problem);
    auto db = std::make_unique<TeamDatabase>();
    if (!login || !db->open(*login, password) || !TestSupport::enrol(*db))
        return nullptr;
    return db;
}

PayoutRequest TestTeamMembership::ach(const char *amount, const QString &key)
{
    return TestSupport::achRequest(amount, key);
}

bool TestTeamMembership::stillAMaker(const QString &key)
{
    const auto home = m_first->login(QStringLiteral("maker1"));
    if (!home || home->role() != QLatin1String("maker"))
        return false;
    const bool asked =
        home->request(ach("50.00", key), QStringLiteral("dinari"), QStringLiteral("ops"))
            .has_value();
    if (!asked)
        qWarning() << home->lastError();
    return asked;
}

int TestTeamMembership::payouts(TeamFixture &team)
{
    QSqlQuery q(team.plain(QStringLiteral("owner")));
    return q.exec(QStringLiteral("SELECT count(*) FROM td.payouts")) && q.next()
               ? q.value(0).toInt()
               : -1;
}

void TestTeamMembership::aMakerOfOneTeamIsOnlyWhatAnotherTeamMadeThem()
{
    const QString person = m_first->user(QStringLiteral("maker1"));
    const QString password = m_first->password(QStringLiteral("maker1"));
    const auto there = loginTo(*m_second, person, password);
    QVERIFY(there);
    QCOMPARE(there->role(), QStringLiteral("viewer"));
    // The cluster's td_maker group lets them call the function; the team says no.
    QVERIFY(!there->request(ach("50.00", QStringLiteral("second-team-1")), QStringLiteral("dinari"),
                            QStringLiteral("ops")));
    QVERIFY2(there->lastErrorDenied(), qPrintable(there->lastError()));
    QSqlDatabase plain =
        TestSupport::connectionAs(person + u'2', m_second->database(), person, password);
    QVERIFY(plain.open());
    {
        QSqlQuery q(plain);
        q.prepare(QStringLiteral("SELECT state FROM td.file_request(?)"));
        q.addBindValue(QString::fromUtf8(
            TeamRequest::forPayout(ach("50.00", QStringLiteral("second-team-2")),
                                   QStringLiteral("dinari"), QStringLiteral("ops"))));
        QVERIFY(!q.exec());
        QVERIFY2(q.lastError().databaseText().contains(QLatin1String("permission denied")),
                 qPrintable(q.lastError().databaseText()));
    }
    plain.close();
    plain = QSqlDatabase();
    QSqlDatabase::removeDatabase(person + u'2');
    QCOMPARE(payouts(*m_second), 0);
    // In their own team they are the maker they were.
    QVERIFY(stillAMaker(QStringLiteral("first-team-1")));
    QCOMPARE(payouts(*m_first), 1);
}

void TestTeamMembership::aRoleChangeInOneTeamStaysThere()
{
    const QString person = m_first->user(QStringLiteral("maker1"));
    const auto secondAdmin = m_second->login(QStringLiteral("admin"));
    QVERIFY(secondAdmin);
    // The second team makes them an approver: there, not in the first team.
    QVERIFY2(secondAdmin->proposeChange(QStringLiteral("role"),
                                        {{QStringLiteral("user"), person},
                                         {QStringLiteral("role"), QStringLiteral("approver")}}),
             qPrintable(secondAdmin->lastError()));
    QCOMPARE(loginTo(*m_second, person, m_first->password(QStringLiteral("maker1")))->role(),
             QStringLiteral("approver"));
    const auto maker = m_first->login(QStringLiteral("maker1"));
    QCOMPARE(maker->role(), QStringLiteral("maker"));
    // So they cannot approve the first team's payouts.
    const auto admin = m_first->login(QStringLiteral("admin"));
    const QString key = QStringLiteral("over-the-total");
    QVERIFY2(admin->request(ach("30000.00", key), QStringLiteral("dinari"), QStringLiteral("ops")),
             qPrintable(admin->lastError()));
    QVERIFY(!maker->approve(key, TestSupport::requestHash(*maker, key), QString()));
    QVERIFY(maker->lastErrorDenied());
    QCOMPARE(maker->payout(key)->state, TeamPayout::State::AwaitingApproval);

    // The second team lets them go: they may no longer connect there, and stay a maker of
    // the first team, able to ask for payouts (the groups of the cluster are untouched).
    QVERIFY2(
        secondAdmin->proposeChange(QStringLiteral("role"), {{QStringLiteral("user"), person},
                                                            {QStringLiteral("role"), QString()}}),
        qPrintable(secondAdmin->lastError()));
    QVERIFY(!loginTo(*m_second, person, m_first->password(QStringLiteral("maker1"))));
    QVERIFY(stillAMaker(QStringLiteral("still-a-maker")));
}

void TestTeamMembership::aRoleThatCanCreateRolesCannotMakeItselfAnApprover()
{
    const auto admin = m_first->login(QStringLiteral("admin"));
    const QString key = QStringLiteral("for-the-intruder");
    QVERIFY(admin->request(ach("30000.00", key), QStringLiteral("dinari"), QStringLiteral("ops")));
    const QString hash = TestSupport::requestHash(*admin, key);
    // An operator's role with CREATEROLE, not a member of the team.
    const QString intruder = m_first->user(QStringLiteral("intruder"));
    QSqlQuery owner(m_first->plain(QStringLiteral("owner")));
    QVERIFY(
        owner.exec(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD 'intruder-password'")
                       .arg(intruder)));
    const auto as = [&](const QString &database) {
        QSqlDatabase db = TestSupport::connectionAs(intruder + database, database, intruder,
                                                    QStringLiteral("intruder-password"));
        db.open();
        return db;
    };
    {
        // It grants itself every group, and a member's role (for the right to connect).
        QSqlQuery q(as(QStringLiteral("postgres")));
        QVERIFY2(q.exec(QStringLiteral("GRANT td_admin, td_approver, td_maker, td_viewer, %1 TO %2")
                            .arg(m_first->user(QStringLiteral("approver1")), intruder)),
                 qPrintable(q.lastError().text()));
    }
    QSqlDatabase team = as(m_first->database());
    QVERIFY2(team.isOpen(), qPrintable(team.lastError().text()));
    {
        QSqlQuery q(team);
        QVERIFY(q.exec(QStringLiteral("SELECT td.role_of(session_user)")) && q.next());
        QVERIFY(q.value(0).isNull());
        const QString signature =
            SigningKey::generate()->sign(TeamSignatures::decisionStatement(hash, true, {}));
        for (const QString &prefix :
             {QString(),
              QStringLiteral("SET ROLE %1; ").arg(m_first->user(QStringLiteral("approver1")))}) {
            if (!prefix.isEmpty())
                QVERIFY(q.exec(prefix.trimmed().chopped(1)));
            QVERIFY(!q.exec(QStringLiteral("SELECT td.approve('%1', '%2', '', '%3')")
                                .arg(key, hash, signature)));
            QVERIFY2(q.lastError().databaseText().contains(QLatin1String("permission denied")),
                     qPrintable(q.lastError().databaseText()));
        }
    }
    team.close();
    team = QSqlDatabase();
    QSqlDatabase::removeDatabase(intruder + m_first->database());
    QSqlDatabase::removeDatabase(intruder + QStringLiteral("postgres"));
    QCOMPARE(admin->payout(key)->state, TeamPayout::State::AwaitingApproval);
    QCOMPARE(admin->payout(key)->decisions.size(), 0);
}

void TestTeamMembership::aRoleOfTheClusterKeepsItsPasswordAndGroupsAreNoPeople()
{
    // A person of another team database in this cluster, with a password of their own.
    const QString outsider = m_first->user(QStringLiteral("outsider"));
    QSqlQuery q(m_first->plain(QStringLiteral("owner")));
    QVERIFY(
        q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'their-own-password'").arg(outsider)));
    const auto canLogIn = [this, &outsider](const QString &password) {
        QSqlDatabase db =
            TestSupport::connectionAs(outsider, QStringLiteral("postgres"), outsider, password);
        const bool ok = db.open();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(outsider);
        return ok;
    };
    QVERIFY(canLogIn(QStringLiteral("their-own-password")));
    // Adding the name as a new person would have replaced that password: refused.
    QVERIFY(!m_first->owner().addMember(outsider, QStringLiteral("viewer"),
                                        QStringLiteral("a-new-password-123")));
    QVERIFY2(m_first->owner().lastError().contains(QLatin1String("exists already")),
             qPrintable(m_first->owner().lastError()));
    QVERIFY(canLogIn(QStringLiteral("their-own-password")));
    QVERIFY(!canLogIn(QStringLiteral("a-new-password-123")));
    // Asked for as an existing role, it joins with its own password.
    QVERIFY2(m_first->owner().addMember(outsider, QStringLiteral("viewer"), QString(), true),
             qPrintable(m_first->owner().lastError()));
    QVERIFY(canLogIn(QStringLiteral("their-own-password")));
    // Group roles and superusers are no people of the team.
    for (const char *group : {"td_maker", "td_viewer"})
        QVERIFY(!m_first->owner().addMember(QLatin1String(group), QStringLiteral("viewer"),
                                            QString(), true));

    // An admin's role change naming a group role would promote every maker of every team.
    const auto admin = m_first->login(QStringLiteral("admin"));
    QVERIFY(admin);
    QVERIFY(!admin->proposeChange(QStringLiteral("role"),
                                  {{QStringLiteral("user"), QStringLiteral("td_maker")},
                                   {QStringLiteral("role"), QStringLiteral("approver")}}));
    QVERIFY2(admin->lastError().contains(QLatin1String("no person of this team")),
             qPrintable(admin->lastError()));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM td.changes WHERE kind = 'role'")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("SELECT td.role_of('%1')")
                       .arg(m_first->user(QStringLiteral("maker1")))) &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("maker"));
    // A person of this team is changed as before.
    QVERIFY2(
        admin->proposeChange(QStringLiteral("role"),
                             {{QStringLiteral("user"), m_first->user(QStringLiteral("approver1"))},
                              {QStringLiteral("role"), QStringLiteral("viewer")}}),
        qPrintable(admin->lastError()));
    // The owner's init names the roles above every member.
    const QStringList above = m_first->owner().impersonators();
    QVERIFY2(above.contains(qEnvironmentVariable("PGUSER")), qPrintable(above.join(u',')));
}

QTEST_GUILESS_MAIN(TestTeamMembership)
#include "tst_team_membership.moc"
