// Team requests and decisions are signed by the members who made them: attacks by the
// database's operator (who can change any row and write any audit row as anyone), tried
// with plain SQL against a real PostgreSQL, and what the provider paid and the journal and
// audit log say after each.
#include "CtlProcess.h"
#include "DinariEmulator.h"
#include "SandboxFixture.h"
#include "SigningKey.h"
#include "TeamCtl.h"
#include "TeamFixture.h"
#include "TeamRequest.h"
#include "TeamSignatures.h"
#include "TeamTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestTeamSignatures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void anApprovalTheOperatorWroteIsRefusedBeforeSending();
    void aKeyTheOperatorSwappedSignsNothing();
    void aLowerApprovalCountThanTheMakerSignedIsRefused();
    void aNewKeyCountsOnceAnotherAdminSignedIt();
    void anUnsignedRequestIsNeitherDecidedNorSent();
    void membersShowTheFingerprintsOfTheirPinnedKeys();

private:
    CtlRun ctl(const QString &who, const QStringList &arguments)
    {
        return TestSupport::teamCtl(*m_team, *m_sandbox, who, m_homes.filePath(who), arguments);
    }
    /// Runs `sql` as the database's operator (a superuser, as pg_virtualenv's PGUSER is);
    /// `as`: a member the operator poses as (SET SESSION AUTHORIZATION), or empty.
    bool asOperator(const QString &sql, const QVariantList &values = {},
                    const QString &as = QString());
    /// A 30,000 USD ACH to `account` (over the daily total: one approval), filed by maker1
    /// and signed; its hold on the new account lifted by the admin.
    QString requested(const QString &key, const QString &account);
    QString column(const QString &key, const char *expression);
    /// The audit row of `action` on `object` written last.
    qint64 auditSeq(const char *action, const QString &object);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<TeamFixture> m_team;
    std::unique_ptr<TeamDatabase> m_maker;
    std::unique_ptr<TeamDatabase> m_approver;
    std::unique_ptr<TeamDatabase> m_admin;
    QTemporaryDir m_homes;
};

void TestTeamSignatures::initTestCase()
{
    m_sandbox = TestSupport::startedSandbox(50);
    QVERIFY(m_sandbox);
}

void TestTeamSignatures::init()
{
    m_team = std::make_unique<TeamFixture>();
    QVERIFY2(m_team->setUp(QStringList{"maker1", "approver1", "approver2", "admin", "admin2"}),
             qPrintable(m_team->error()));
    m_maker = m_team->login(QStringLiteral("maker1"));
    m_approver = m_team->login(QStringLiteral("approver1"));
    m_admin = m_team->login(QStringLiteral("admin"));
    QVERIFY(m_maker && m_approver && m_admin && m_team->login(QStringLiteral("approver2")) &&
            m_team->login(QStringLiteral("admin2")));
    // The maker's desktop has seen every colleague's key: it pinned them.
    QVERIFY(m_maker->reviewKeys());
    QCOMPARE(m_maker->pinnedKeys().size(), 5);
}

void TestTeamSignatures::cleanup()
{
    m_maker.reset();
    m_approver.reset();
    m_admin.reset();
    m_team.reset();
}

bool TestTeamSignatures::asOperator(const QString &sql, const QVariantList &values,
                                    const QString &as)
{
    QSqlQuery q(m_team->plain(QStringLiteral("owner")));
    if (!as.isEmpty() &&
        !q.exec(QStringLiteral("SET SESSION AUTHORIZATION \"%1\"").arg(m_team->user(as))))
        return false;
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    const bool ok = q.exec();
    if (!ok)
        qWarning() << sql << q.lastError().text();
    QSqlQuery(m_team->plain(QStringLiteral("owner")))
        .exec(QStringLiteral("RESET SESSION AUTHORIZATION"));
    return ok;
}

QString TestTeamSignatures::requested(const QString &key, const QString &account)
{
    const PayoutRequest r = TestSupport::achRequest("30000.00", key, account);
    const auto asked = m_maker->request(r, QStringLiteral("dinari"), QStringLiteral("ops"));
    if (!asked || asked->first != TeamPayout::State::AwaitingApproval ||
        !m_admin->releaseCounterparty(QStringLiteral("bank_account"),
                                      QStringLiteral("021000021/") + account))
        return QString();
    return TestSupport::requestHash(*m_maker, key);
}

QString TestTeamSignatures::column(const QString &key, const char *expression)
{
    QSqlQuery q(m_team->plain(QStringLiteral("owner")));
    q.prepare(
        QStringLiteral("SELECT %1 FROM td.payouts WHERE key = ?").arg(QLatin1String(expression)));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

qint64 TestTeamSignatures::auditSeq(const char *action, const QString &object)
{
    QSqlQuery q(m_team->plain(QStringLiteral("owner")));
    q.prepare(QStringLiteral("SELECT max(seq) FROM td.audit WHERE action = ? AND object = ?"));
    q.addBindValue(QLatin1String(action));
    q.addBindValue(object);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

void TestTeamSignatures::anApprovalTheOperatorWroteIsRefusedBeforeSending()
{
    const QString key = QStringLiteral("forged-approval-1");
    const QString hash = requested(key, QStringLiteral("700111"));
    QVERIFY(!hash.isEmpty());
    // The operator approves as approver1 through the team's own function: the approval row,
    // the state and a correctly chained audit row are all as a real approval leaves them;
    // only the signature is not approver1's (a well-formed one of nobody's key).
    const SigningKey nobody = *SigningKey::generate();
    QVERIFY(asOperator(QStringLiteral("SELECT td.approve(?, ?, '', ?)"),
                       {key, hash, nobody.sign(TeamSignatures::decisionStatement(hash, true, {}))},
                       QStringLiteral("approver1")));
    QCOMPARE(column(key, "state"), QStringLiteral("approved"));
    const qint64 forged = auditSeq("approve", key);

    // Released from treasuryctl on the maker's desktop: refused before anything is sent.
    const int sent = m_sandbox->dinari().sentCount(QStringLiteral("ACH"));
    const CtlRun run =
        ctl(QStringLiteral("maker1"), {QStringLiteral("payouts"), QStringLiteral("release"), key});
    QVERIFY2(run.exit != 0 && run.err.contains("0 of 1 approvals carry a valid signature"),
             run.err.constData());
    QCOMPARE(m_sandbox->dinari().sentCount(QStringLiteral("ACH")), sent);
    // The team journal says it failed, and why; no desktop sends it later.
    QCOMPARE(column(key, "state"), QStringLiteral("failed"));
    QVERIFY(column(key, "message").contains(QLatin1String("not sent")));

    // audit verify names the forged row, on the approver's own desktop and on another.
    for (const QString &who : {QStringLiteral("approver1"), QStringLiteral("approver2")}) {
        const CtlRun audit =
            ctl(who, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QVERIFY2(audit.exit != 0, audit.out.constData());
        const QJsonObject verdict = QJsonDocument::fromJson(audit.out).object();
        QCOMPARE(verdict.value(QStringLiteral("first_bad_seq")).toInteger(), forged);
        QVERIFY2(audit.err.contains("not signed with a key of"), audit.err.constData());
    }
}

void TestTeamSignatures::aKeyTheOperatorSwappedSignsNothing()
{
    const QString key = QStringLiteral("swapped-key-1");
    const QString hash = requested(key, QStringLiteral("700222"));
    QVERIFY(!hash.isEmpty());
    // The operator puts a key of their own in approver1's place, in the table and in the
    // log, and approves with it: every signature is valid, for the operator's key.
    const SigningKey swapped = *SigningKey::generate();
    QVERIFY(asOperator(QStringLiteral("UPDATE td.keys SET public_key = ? WHERE member = ?"),
                       {swapped.publicKey(), m_team->user(QStringLiteral("approver1"))}));
    QVERIFY(asOperator(QStringLiteral("SELECT td.register_key(?)"), {swapped.publicKey()},
                       QStringLiteral("approver1")));
    QVERIFY(asOperator(QStringLiteral("SELECT td.approve(?, ?, '', ?)"),
                       {key, hash, swapped.sign(TeamSignatures::decisionStatement(hash, true, {}))},
                       QStringLiteral("approver1")));
    const qint64 forged = auditSeq("approve", key);

    // The maker's desktop pinned the real key: the swap is named, the approval refused.
    const std::optional<TeamKeyRing> ring = m_maker->reviewKeys();
    QVERIFY(ring);
    QVERIFY(std::any_of(
        ring->notices().cbegin(), ring->notices().cend(),
        [](const TeamKeyRing::Notice &n) { return n.kind == TeamKeyRing::Notice::Kind::Refused; }));
    QCOMPARE(m_maker->pinnedKeys().value(m_team->user(QStringLiteral("approver1"))),
             TestSupport::keyOf(m_team->user(QStringLiteral("approver1"))).publicKey());
    QVERIFY(!m_maker->claim(key, QStringLiteral("desk/1/maker"), 60));
    QVERIFY2(m_maker->lastError().contains(QLatin1String("0 of 1 approvals")),
             qPrintable(m_maker->lastError()));
    QCOMPARE(column(key, "state"), QStringLiteral("failed"));
    // Its audit log names the approval signed with the swapped key.
    const std::optional<AuditChain::Verdict> v = m_maker->verifyAudit(std::nullopt);
    QVERIFY(v && !v->ok);
    QCOMPARE(v->firstBadSeq, forged);
}

void TestTeamSignatures::aLowerApprovalCountThanTheMakerSignedIsRefused()
{
    const QString key = QStringLiteral("lowered-1");
    QVERIFY(!requested(key, QStringLiteral("700333")).isEmpty());
    // The operator says the policy asked for nothing.
    QVERIFY(asOperator(
        QStringLiteral("UPDATE td.payouts SET required = 0, state = 'approved' WHERE key = ?"),
        {key}));
    const int sent = m_sandbox->dinari().sentCount(QStringLiteral("ACH"));
    const CtlRun run =
        ctl(QStringLiteral("maker1"), {QStringLiteral("payouts"), QStringLiteral("release"), key});
    QVERIFY2(run.exit != 0 && run.err.contains("signature does not cover this request"),
             run.err.constData());
    QCOMPARE(m_sandbox->dinari().sentCount(QStringLiteral("ACH")), sent);
    QCOMPARE(column(key, "state"), QStringLiteral("failed"));
}

void TestTeamSignatures::aNewKeyCountsOnceAnotherAdminSignedIt()
{
    // approver2 on a second desktop, with a key of its own.
    const auto second = m_team->login(QStringLiteral("approver2"));
    QVERIFY(second);
    const SigningKey newKey = *SigningKey::generate();
    second->setSigningKey(newKey);
    QCOMPARE(second->registerKey(), std::optional<QString>(QStringLiteral("awaiting approval")));

    // Its approval is taken by the database and refused by the sending desktop.
    const QString key = QStringLiteral("new-key-1");
    const QString hash = requested(key, QStringLiteral("700444"));
    QCOMPARE(second->approve(key, hash, QString()), std::optional(TeamPayout::State::Approved));
    QVERIFY(!m_maker->claim(key, QStringLiteral("desk/1/maker"), 60));
    QCOMPARE(column(key, "state"), QStringLiteral("failed"));

    // Only another admin vouches for it: not a maker, not the member, not for oneself.
    QVERIFY(!m_maker->approveKey(m_team->user(QStringLiteral("approver2")), newKey.publicKey()));
    QVERIFY(m_maker->lastErrorDenied());
    QVERIFY(!second->approveKey(m_team->user(QStringLiteral("approver2")), newKey.publicKey()));
    const auto adminElsewhere = m_team->login(QStringLiteral("admin"));
    const SigningKey adminNew = *SigningKey::generate();
    adminElsewhere->setSigningKey(adminNew);
    QCOMPARE(adminElsewhere->registerKey(),
             std::optional<QString>(QStringLiteral("awaiting approval")));
    QVERIFY(
        !adminElsewhere->approveKey(m_team->user(QStringLiteral("admin")), adminNew.publicKey()));
    QVERIFY(adminElsewhere->lastErrorDenied());
    QVERIFY2(m_admin->approveKey(m_team->user(QStringLiteral("approver2")), newKey.publicKey()),
             qPrintable(m_admin->lastError()));

    // Now it counts, and every desktop that pinned the old one hears of the change.
    const QString again = QStringLiteral("new-key-2");
    const QString hash2 = requested(again, QStringLiteral("700555"));
    QCOMPARE(second->approve(again, hash2, QString()), std::optional(TeamPayout::State::Approved));
    QVERIFY2(m_maker->claim(again, QStringLiteral("desk/1/maker"), 60) == std::optional<bool>(true),
             qPrintable(m_maker->lastError()));
    QCOMPARE(m_maker->pinnedKeys().value(m_team->user(QStringLiteral("approver2"))),
             newKey.publicKey());
    // And the log, with the key, its approval and every decision, verifies on that desktop.
    const std::optional<AuditChain::Verdict> v = m_maker->verifyAudit(std::nullopt);
    QVERIFY(v);
    QVERIFY2(v->ok, qPrintable(v->problem));
    QVERIFY(v->signatures >= 5);
}

void TestTeamSignatures::anUnsignedRequestIsNeitherDecidedNorSent()
{
    // A modified client files requests and never signs them.
    const auto fileUnsigned = [this](const char *amount, const QString &key,
                                     const QString &account) {
        const PayoutRequest r = TestSupport::achRequest(amount, key, account);
        QSqlQuery q(m_team->plain(QStringLiteral("maker1")));
        q.prepare(QStringLiteral("SELECT state FROM td.file_request(?)"));
        q.addBindValue(QString::fromUtf8(
            TeamRequest::forPayout(r, QStringLiteral("dinari"), QStringLiteral("ops"))));
        const bool filed = q.exec() && q.next();
        m_admin->releaseCounterparty(QStringLiteral("bank_account"),
                                     QStringLiteral("021000021/") + account);
        return filed ? q.value(0).toString() : q.lastError().databaseText();
    };
    // Small enough for no approval: approved, and still never claimed.
    const QString small = QStringLiteral("unsigned-small");
    QCOMPARE(fileUnsigned("5.00", small, QStringLiteral("700666")), QStringLiteral("approved"));
    QSqlQuery q(m_team->plain(QStringLiteral("maker1")));
    QVERIFY(!q.exec(QStringLiteral("SELECT td.claim('%1', 'me', 60)").arg(small)));
    QVERIFY2(q.lastError().databaseText().contains(QLatin1String("not signed by its maker")),
             qPrintable(q.lastError().databaseText()));
    QCOMPARE(column(small, "state"), QStringLiteral("approved"));
    QVERIFY(!m_maker->claim(small, QStringLiteral("desk/1/maker"), 60));
    // Over the daily total: no approver can decide on it.
    const QString large = QStringLiteral("unsigned-large");
    QCOMPARE(fileUnsigned("30000.00", large, QStringLiteral("700777")),
             QStringLiteral("awaiting_approval"));
    QVERIFY(!m_approver->approve(large, TestSupport::requestHash(*m_approver, large), QString()));
    QVERIFY2(m_approver->lastError().contains(QLatin1String("not signed by its maker")),
             qPrintable(m_approver->lastError()));
    QCOMPARE(column(large, "state"), QStringLiteral("awaiting_approval"));
}

void TestTeamSignatures::membersShowTheFingerprintsOfTheirPinnedKeys()
{
    const CtlRun members =
        ctl(QStringLiteral("approver1"), {QStringLiteral("team"), QStringLiteral("members")});
    QVERIFY2(members.exit == 0, members.err.constData());
    for (const char *who : {"maker1", "approver1", "admin"}) {
        const QString fingerprint = SigningKey::fingerprint(
            TestSupport::keyOf(m_team->user(QLatin1String(who))).publicKey());
        QCOMPARE(fingerprint.size(), 39);
        QVERIFY2(members.out.contains(fingerprint.toUtf8()), members.out.constData());
    }
}

QTEST_GUILESS_MAIN(TestTeamSignatures)
#include "tst_team_signatures.moc"
