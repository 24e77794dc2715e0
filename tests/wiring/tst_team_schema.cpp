// What a team database runs is what this build's SQL files say: the database owner's (or
// an operator's) edits to a function, a grant added by hand and a function of their own
// are named by TeamDatabase::schemaDifferences() and undone or shut by `team init`, and a
// database of an older schema upgrades into the same functions.
#include "TeamFixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestTeamSchema : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aNewTeamIsWhatTheFilesSay();
    void anOperatorsEditsAreNamedAndUndoneByInit();
    void anOlderSchemaUpgradesIntoTheFiles();

private:
    /// Runs `sql` as `who`; the error text, empty when it ran.
    QString run(const QString &who, const QString &sql);
    QStringList differences();

    std::unique_ptr<TeamFixture> m_team;
};

void TestTeamSchema::init()
{
    m_team = std::make_unique<TeamFixture>();
    QVERIFY2(m_team->setUp(QStringList{"viewer", "maker", "admin"}), qPrintable(m_team->error()));
}

void TestTeamSchema::cleanup()
{
    m_team.reset();
}

QString TestTeamSchema::run(const QString &who, const QString &sql)
{
    QSqlQuery q(m_team->plain(who));
    return q.exec(sql) ? QString() : q.lastError().text();
}

QStringList TestTeamSchema::differences()
{
    const auto found = m_team->owner().schemaDifferences();
    if (!found)
        qWarning() << m_team->owner().lastError();
    return found.value_or(QStringList{QStringLiteral("(could not compare)")});
}

void TestTeamSchema::aNewTeamIsWhatTheFilesSay()
{
    QCOMPARE(differences(), QStringList());
    // Comparing changes nothing, and comparing again finds the same.
    QCOMPARE(differences(), QStringList());
    QVERIFY(
        run(QStringLiteral("viewer"), QStringLiteral("SELECT td.role_of(session_user)")).isEmpty());
}

void TestTeamSchema::anOperatorsEditsAreNamedAndUndoneByInit()
{
    // The owner lets anyone send, lets viewers claim, and adds a door of their own.
    QCOMPARE(run(QStringLiteral("owner"),
                 QStringLiteral("CREATE OR REPLACE FUNCTION td.require_sender() RETURNS void "
                                "LANGUAGE plpgsql STABLE AS $$ begin end $$")),
             QString());
    QCOMPARE(run(QStringLiteral("owner"),
                 QStringLiteral("GRANT EXECUTE ON FUNCTION td.claim(text, text, integer) "
                                "TO td_viewer")),
             QString());
    QCOMPARE(run(QStringLiteral("owner"),
                 QStringLiteral("CREATE FUNCTION td.door() RETURNS text LANGUAGE sql "
                                "SECURITY DEFINER AS $$ select current_user::text $$; "
                                "GRANT EXECUTE ON FUNCTION td.door() TO td_viewer")),
             QString());
    QCOMPARE(run(QStringLiteral("viewer"), QStringLiteral("SELECT td.door()")), QString());

    const QStringList found = differences();
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0), QStringLiteral("function td.claim(text,text,integer)"));
    QCOMPARE(found.at(1), QStringLiteral("function td.require_sender()"));
    QVERIFY2(found.at(2).startsWith(QLatin1String("function td.door() (defined by no file")),
             qPrintable(found.at(2)));
    // Looking did not put anything back.
    QCOMPARE(run(QStringLiteral("viewer"), QStringLiteral("SELECT td.door()")), QString());

    QStringList replaced;
    QVERIFY2(m_team->owner().initialize(&replaced), qPrintable(m_team->owner().lastError()));
    QCOMPARE(replaced, found);
    // What is left is the owner's own function, which nobody else may call any more.
    QCOMPARE(differences(), QStringList{found.at(2)});
    QVERIFY(run(QStringLiteral("viewer"), QStringLiteral("SELECT td.door()"))
                .contains(QLatin1String("permission denied")));
    QVERIFY(run(QStringLiteral("viewer"), QStringLiteral("SELECT td.claim('k', 'o', 60)"))
                .contains(QLatin1String("permission denied")));
    // The maker may call claim again, and require_sender refuses the viewer again.
    QVERIFY(run(QStringLiteral("maker"), QStringLiteral("SELECT td.claim('none', 'o', 60)"))
                .contains(QLatin1String("no payout")));
    QSqlQuery q(m_team->plain(QStringLiteral("owner")));
    QVERIFY(q.exec(QStringLiteral("SELECT prosrc FROM pg_proc WHERE oid = "
                                  "'td.require_sender()'::regprocedure")) &&
            q.next());
    QVERIFY(q.value(0).toString().contains(QLatin1String("may not send payouts")));
}

void TestTeamSchema::anOlderSchemaUpgradesIntoTheFiles()
{
    // A schema-5 database: a claim that answered true or false, no key functions yet.
    QCOMPARE(run(QStringLiteral("owner"),
                 QStringLiteral("DROP FUNCTION td.claim(text, text, integer); "
                                "CREATE FUNCTION td.claim(p_key text, p_owner text, "
                                "p_lease_seconds int) RETURNS boolean LANGUAGE sql "
                                "AS $$ select false $$; "
                                "DROP FUNCTION td.register_key(text); "
                                "UPDATE td.meta SET schema_version = 5")),
             QString());
    // The owner's desktop reads the version again.
    const auto owner = TeamLogin::fromUrl(m_team->url(qEnvironmentVariable("PGUSER")), nullptr);
    QVERIFY(owner && m_team->owner().open(*owner, qEnvironmentVariable("PGPASSWORD")));
    QCOMPARE(m_team->owner().schemaVersion(), 5);
    QVERIFY(!m_team->owner().schemaDifferences());
    QVERIFY2(m_team->owner().initialize(), qPrintable(m_team->owner().lastError()));
    QCOMPARE(m_team->owner().schemaVersion(), TeamDatabase::SchemaVersion);
    QCOMPARE(differences(), QStringList());
    QSqlQuery q(m_team->plain(QStringLiteral("owner")));
    QVERIFY(q.exec(QStringLiteral("SELECT prorettype::regtype::text FROM pg_proc WHERE oid = "
                                  "'td.claim(text, text, integer)'::regprocedure")) &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("text"));
    // The migrations ran again over themselves: one marker row, one members row each.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM td.audit WHERE action = 'signatures'")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(run(QStringLiteral("viewer"),
                 QStringLiteral("SELECT td.register_key('%1=')").arg(QString(43, u'A'))),
             QString());
}

QTEST_GUILESS_MAIN(TestTeamSchema)
#include "tst_team_schema.moc"
