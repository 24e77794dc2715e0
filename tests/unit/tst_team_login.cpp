// What a desktop checks on its own in team mode: the URL it logs in with, and the audit
// chain it recomputes (the database side is tests/wiring/tst_team.cpp).
#include "AuditChain.h"
#include "TeamLogin.h"

#include <QTest>

class TestTeamLogin : public QObject
{
    Q_OBJECT

private slots:
    void aRemoteHostIsReachedOnlyOverVerifiedTls();
    void aPasswordInTheUrlIsRefused();
    void theChainVerifiesAndNamesTheFirstBadRow();
    void aRewrittenOrShortenedLogDoesNotPassTheCheckpoint();
    void aCheckpointIsKeptAsText();
};

void TestTeamLogin::aRemoteHostIsReachedOnlyOverVerifiedTls()
{
    QString problem;
    const auto remote = TeamLogin::fromUrl(
        QStringLiteral("postgresql://alice@db.example.com:6432/treasury?sslrootcert=/etc/ca.pem"),
        &problem);
    QVERIFY2(remote, qPrintable(problem));
    QCOMPARE(remote->user, QStringLiteral("alice"));
    QCOMPARE(remote->port, 6432);
    QCOMPARE(remote->database, QStringLiteral("treasury"));
    QVERIFY(!remote->isLoopback());
    QVERIFY(remote->connectOptions().contains(QLatin1String("sslmode=verify-full")));
    QVERIFY(remote->connectOptions().contains(QLatin1String("sslrootcert=/etc/ca.pem")));
    QCOMPARE(TeamLogin::fromUrl(remote->toUrl(), &problem)->rootCertificate,
             QStringLiteral("/etc/ca.pem"));
    QVERIFY(remote->keychainKey().startsWith(QLatin1String("team:alice@db.example.com:6432")));

    const auto local =
        TeamLogin::fromUrl(QStringLiteral("postgres://bob@127.0.0.1/team"), &problem);
    QVERIFY(local);
    QCOMPARE(local->port, 5432);
    QVERIFY(local->isLoopback());
    QVERIFY(!local->connectOptions().contains(QLatin1String("sslmode")));
}

void TestTeamLogin::aPasswordInTheUrlIsRefused()
{
    QString problem;
    QVERIFY(!TeamLogin::fromUrl(QStringLiteral("postgresql://alice:secret@db.example.com/t"),
                                &problem));
    QVERIFY(problem.contains(QLatin1String("password")));
    QVERIFY(!problem.contains(QLatin1String("secret")));
    for (const char *bad : {"https://alice@db.example.com/t", "postgresql://db.example.com/t",
                            "postgresql://alice@db.example.com/", "postgresql://alice@/t"}) {
        problem.clear();
        QVERIFY2(!TeamLogin::fromUrl(QLatin1String(bad), &problem), bad);
        QVERIFY(!problem.isEmpty());
    }
}

namespace {

QList<AuditRow> chain(int n)
{
    QList<AuditRow> rows;
    QByteArray previous;
    for (int i = 1; i <= n; ++i) {
        AuditRow r{i,
                   QStringLiteral("2026-12-02T10:00:0%1.000001Z").arg(i % 10),
                   QStringLiteral("alice"),
                   QStringLiteral("approve"),
                   QStringLiteral("key-%1").arg(i),
                   QStringLiteral("{\"note\": \"ok\"}"),
                   previous,
                   {}};
        r.hash = AuditChain::hashOf(r);
        previous = r.hash;
        rows.append(r);
    }
    return rows;
}

} // namespace

void TestTeamLogin::theChainVerifiesAndNamesTheFirstBadRow()
{
    // Length-prefixed fields: moving a character from one field to the next changes it.
    AuditRow a = chain(1).first();
    AuditRow b = a;
    a.actor = QStringLiteral("alic");
    b.action = QStringLiteral("eapprove");
    QVERIFY(AuditChain::canonical(a) != AuditChain::canonical(b));

    QList<AuditRow> rows = chain(6);
    AuditChain::Verdict v = AuditChain::verify(rows, std::nullopt);
    QVERIFY(v.ok);
    QCOMPARE(v.rows, 6);
    QCOMPARE(v.end.seq, 6);
    QCOMPARE(v.end.hash, rows.last().hash);

    rows[3].detail = QStringLiteral("{\"note\": \"changed\"}");
    v = AuditChain::verify(rows, std::nullopt);
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadSeq, 4);
    // Recomputing the changed row's hash does not help: the next row no longer follows.
    rows[3].hash = AuditChain::hashOf(rows[3]);
    v = AuditChain::verify(rows, std::nullopt);
    QCOMPARE(v.firstBadSeq, 5);
    rows = chain(6);
    rows.removeAt(2);
    QCOMPARE(AuditChain::verify(rows, std::nullopt).firstBadSeq, 3);
}

void TestTeamLogin::aRewrittenOrShortenedLogDoesNotPassTheCheckpoint()
{
    const QList<AuditRow> seenThen = chain(5);
    const AuditCheckpoint seen{5, seenThen.last().hash};
    QVERIFY(AuditChain::verify(chain(8), seen).ok);
    // A log rebuilt from scratch with different content is a valid chain, but not ours.
    QList<AuditRow> rebuilt = chain(8);
    rebuilt[1].object = QStringLiteral("other");
    QByteArray previous;
    for (AuditRow &r : rebuilt) {
        r.previousHash = previous;
        r.hash = AuditChain::hashOf(r);
        previous = r.hash;
    }
    QVERIFY(AuditChain::verify(rebuilt, std::nullopt).ok);
    const AuditChain::Verdict v = AuditChain::verify(rebuilt, seen);
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadSeq, 5);
    const AuditChain::Verdict shortened = AuditChain::verify(chain(3), seen);
    QVERIFY(!shortened.ok);
    QVERIFY(shortened.problem.contains(QLatin1String("removed")));
}

void TestTeamLogin::aCheckpointIsKeptAsText()
{
    const QList<AuditRow> rows = chain(4);
    const AuditChain::Verdict first = AuditChain::verify(rows, std::nullopt);
    // A first look compared with nothing, and the desktop says so.
    QVERIFY(first.ok && !first.compared);
    const QString text = first.end.toText();
    QVERIFY(text.startsWith(QStringLiteral("4:")));
    const std::optional<AuditCheckpoint> back = AuditCheckpoint::fromText(text);
    QVERIFY(back);
    QCOMPARE(back->seq, 4);
    QCOMPARE(back->hash, rows.last().hash);
    const AuditChain::Verdict again = AuditChain::verify(rows, back);
    QVERIFY(again.ok && again.compared);
    for (const char *bad :
         {"", "4", "4:", "0:", "x:ab", "4:abc",
          "4:zz00000000000000000000000000000000000000000000000000000000000000",
          "-1:0000000000000000000000000000000000000000000000000000000000000000", "4:00:00"})
        QVERIFY2(!AuditCheckpoint::fromText(QLatin1String(bad)), bad);
}

QTEST_GUILESS_MAIN(TestTeamLogin)
#include "tst_team_login.moc"
