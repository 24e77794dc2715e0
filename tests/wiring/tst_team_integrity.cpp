// What a hostile member of the team tries with plain SQL against a real PostgreSQL, and
// what it comes to: what the team journal says, and what the provider paid. Each test has
// a team database of its own (TeamFixture).
#include "CtlProcess.h"
#include "DinariEmulator.h"
#include "SandboxFixture.h"
#include "TeamCtl.h"
#include "TeamFixture.h"
#include "TeamRequest.h"
#include "TeamSession.h"
#include "TeamSignatures.h"
#include "TeamTestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestTeamIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_team.reset(); }
    void theDatabaseKnowsEachMethodAsTheClientDoes();
    void aRequestIsOneDocumentAndTheDatabaseDerivesWhatPeopleSee();
    void amountsAreDecimalsWithinTheCurrency_data();
    void amountsAreDecimalsWithinTheCurrency();
    void aDecisionNamesTheRequestItWasMadeOn();
    void whatIsApprovedIsExactlyWhatIsSent();
    void oneMakersRequestsAtTheSameMomentCountOneAfterAnother();
    void onlyTheMemberWhoClaimedAPayoutFinishesIt();
    void aNotificationFloodCostsBoundedRereads();
    void aCheckpointKeptElsewhereCatchesARewrittenLog();

private:
    /// treasuryctl as `who` in the home `home` (a desktop), with Dinari's sandbox at hand.
    CtlRun ctl(const QString &who, const QString &home, const QStringList &arguments);
    /// Files `document` as `who` with plain SQL: the state, or empty with *error.
    QString file(const QString &who, const QString &document, QString *error = nullptr);
    /// One row's column as the owner reads it.
    QVariant column(const QString &key, const QString &expression);
    int rows(const QString &where);
    PayoutRequest ach(const char *amount, const QString &key, const QString &account) const;
    QString achDocument(const char *amount, const QString &key, const QString &account) const
    {
        return QString::fromUtf8(TeamRequest::forPayout(
            ach(amount, key, account), QStringLiteral("dinari"), QStringLiteral("ops")));
    }

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<TeamFixture> m_team;
    QTemporaryDir m_homes;
};

void TestTeamIntegrity::initTestCase()
{
    m_sandbox = TestSupport::startedSandbox(50);
    QVERIFY(m_sandbox);
}

void TestTeamIntegrity::init()
{
    m_team = std::make_unique<TeamFixture>();
    QVERIFY2(m_team->setUp(QStringList{"maker1", "maker2", "viewer", "approver1", "admin"}),
             qPrintable(m_team->error()));
}

CtlRun TestTeamIntegrity::ctl(const QString &who, const QString &home, const QStringList &arguments)
{
    return TestSupport::teamCtl(*m_team, *m_sandbox, who, m_homes.filePath(home), arguments);
}

QString TestTeamIntegrity::file(const QString &who, const QString &document, QString *error)
{
    // As a modified client does it: its member's key, the request, the maker's signature.
    QSqlQuery q(m_team->plain(who));
    const SigningKey signer = TestSupport::keyOf(m_team->user(who));
    const auto failed = [&] {
        if (error)
            *error = q.lastError().databaseText();
        return QString();
    };
    q.prepare(QStringLiteral("SELECT td.register_key(?)"));
    q.addBindValue(signer.publicKey());
    if (!q.exec())
        return failed();
    q.prepare(QStringLiteral("SELECT state, required, key, hash FROM td.file_request(?)"));
    q.addBindValue(document);
    if (!q.exec() || !q.next())
        return failed();
    const QString state = q.value(0).toString();
    const int required = q.value(1).toInt();
    const QString key = q.value(2).toString();
    const QString hash = q.value(3).toString();
    q.prepare(QStringLiteral("SELECT td.sign_request(?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(required);
    q.addBindValue(signer.sign(TeamSignatures::requestStatement(hash, required)));
    return q.exec() ? state : failed();
}

QVariant TestTeamIntegrity::column(const QString &key, const QString &expression)
{
    QSqlQuery q(m_team->plain(QStringLiteral("owner")));
    q.prepare(QStringLiteral("SELECT %1 FROM td.payouts WHERE key = ?").arg(expression));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

int TestTeamIntegrity::rows(const QString &where)
{
    QSqlQuery q(m_team->plain(QStringLiteral("owner")));
    return q.exec(QStringLiteral("SELECT count(*) FROM td.payouts WHERE ") + where) && q.next()
               ? q.value(0).toInt()
               : -1;
}

PayoutRequest TestTeamIntegrity::ach(const char *amount, const QString &key,
                                     const QString &account) const
{
    return TestSupport::achRequest(amount, key, account);
}

void TestTeamIntegrity::theDatabaseKnowsEachMethodAsTheClientDoes()
{
    QSqlQuery q(m_team->plain(QStringLiteral("viewer")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM td.methods")) && q.next());
    int methods = 0;
    for (int m = 0; m <= int(PayoutMethod::DotsTransfer); ++m, ++methods) {
        const auto method = PayoutMethod(m);
        QStringList required;
        QStringList allowed;
        for (const PayoutFieldSpec &spec : PayoutMethods::fields(method)) {
            allowed << PayoutMethods::fieldKey(spec.field);
            if (spec.required)
                required << PayoutMethods::fieldKey(spec.field);
        }
        q.prepare(QStringLiteral("SELECT coalesce(currency, ''), array_to_string(required, ','), "
                                 "array_to_string(allowed, ',') FROM td.methods WHERE method = ?"));
        q.addBindValue(PayoutMethods::key(method));
        QVERIFY2(q.exec() && q.next(), qPrintable(PayoutMethods::key(method)));
        QCOMPARE(q.value(0).toString(), PayoutMethods::currencies(method).value(0));
        QCOMPARE(q.value(1).toString(), required.join(u','));
        QCOMPARE(q.value(2).toString(), allowed.join(u','));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM td.methods")) && q.next());
    QCOMPARE(q.value(0).toInt(), methods);
}

void TestTeamIntegrity::aRequestIsOneDocumentAndTheDatabaseDerivesWhatPeopleSee()
{
    QSqlQuery q(m_team->plain(QStringLiteral("maker1")));
    // Schema 5's way: display columns beside the JSON that is sent. Gone.
    QVERIFY(!q.exec(QStringLiteral(
        "SELECT td.request_payout('forged-0001', 'dinari', 'ops', 'Ops', 'dinari.ach', '1', "
        "'USD', 'recipient', 'Office supplies', '', '{\"amount\": \"45000\"}', '{}')")));
    QVERIFY2(q.lastError().databaseText().contains(QLatin1String("does not exist")),
             qPrintable(q.lastError().databaseText()));

    const QString good =
        achDocument("45000.00", QStringLiteral("forged-0002"), QStringLiteral("999888777"));
    QString error;
    // The same request written another way is not the document its hash names.
    QString spaced = good;
    spaced.replace(QStringLiteral("\":\""), QStringLiteral("\": \""));
    QVERIFY(file(QStringLiteral("maker1"), spaced, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("canonical")), qPrintable(error));
    // Two amounts: one for the approvers, one for the provider. jsonb keeps the last.
    QString twice = good;
    twice.replace(QStringLiteral("{\"action\""), QStringLiteral("{\"amount\":\"1\",\"action\""));
    QVERIFY(file(QStringLiteral("maker1"), twice, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("canonical")), qPrintable(error));
    // A number where texts are due, a field the method does not have, one missing, a
    // method another provider sends.
    QString number = good;
    QVERIFY(number.contains(QStringLiteral("\"amount\":\"45000.00\"")));
    number.replace(QStringLiteral("\"amount\":\"45000.00\""), QStringLiteral("\"amount\":45000"));
    QVERIFY(file(QStringLiteral("maker1"), number, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("texts and objects")), qPrintable(error));
    PayoutRequest extra = ach("10.00", QStringLiteral("forged-0003"), QStringLiteral("111"));
    extra.fields.insert(PayoutField::Address, QStringLiteral("TXYZ"));
    QVERIFY(file(QStringLiteral("maker1"),
                 QString::fromUtf8(TeamRequest::forPayout(extra, QStringLiteral("dinari"),
                                                          QStringLiteral("ops"))),
                 &error)
                .isEmpty());
    QVERIFY2(error.contains(QLatin1String("no field \"address\"")), qPrintable(error));
    PayoutRequest missing = ach("10.00", QStringLiteral("forged-0004"), QStringLiteral("111"));
    missing.fields.remove(PayoutField::BankRouting);
    QVERIFY(file(QStringLiteral("maker1"),
                 QString::fromUtf8(TeamRequest::forPayout(missing, QStringLiteral("dinari"),
                                                          QStringLiteral("ops"))),
                 &error)
                .isEmpty());
    QVERIFY2(error.contains(QLatin1String("bank_routing")), qPrintable(error));
    QVERIFY(file(QStringLiteral("maker1"),
                 QString::fromUtf8(TeamRequest::forPayout(
                     ach("10.00", QStringLiteral("forged-0005"), QStringLiteral("111")),
                     QStringLiteral("crypto"), QStringLiteral("ops"))),
                 &error)
                .isEmpty());
    QVERIFY2(error.contains(QLatin1String("not sent by crypto")), qPrintable(error));
    QCOMPARE(rows(QStringLiteral("key LIKE 'forged-%'")), 0);
    // A viewer files nothing.
    QVERIFY(file(QStringLiteral("viewer"), good, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));

    // The maker calls it "Office supplies"; what the team sees comes from the document.
    PayoutRequest labelled =
        ach("45000.00", QStringLiteral("forged-0006"), QStringLiteral("999888777"));
    labelled.recipientLabel = QStringLiteral("Office supplies");
    const QByteArray document =
        TeamRequest::forPayout(labelled, QStringLiteral("dinari"), QStringLiteral("ops"));
    QCOMPARE(file(QStringLiteral("maker1"), QString::fromUtf8(document), &error),
             QStringLiteral("awaiting_approval"));
    const QString key = QStringLiteral("forged-0006");
    QCOMPARE(column(key, QStringLiteral("amount::text")).toString(), QStringLiteral("45000.00"));
    QCOMPARE(column(key, QStringLiteral("counterparty")).toString(),
             QStringLiteral("021000021/999888777"));
    QCOMPARE(column(key, QStringLiteral("counterparty_kind")).toString(),
             QStringLiteral("bank_account"));
    QCOMPARE(column(key, QStringLiteral("summary ->> 'counterparty'")).toString(),
             QStringLiteral("021000021/999888777"));
    QCOMPARE(column(key, QStringLiteral("maker")).toString(),
             m_team->user(QStringLiteral("maker1")));
    // The client's RFC 8785 text and the database's are the same bytes: one hash.
    QCOMPARE(column(key, QStringLiteral("doc")).toString().toUtf8(), document);
    QCOMPARE(column(key, QStringLiteral("encode(doc_hash, 'hex')")).toString(),
             TeamRequest::hash(document));
    QVERIFY(column(key, QStringLiteral("required")).toInt() >= 1);
    // Filed is final: a second filing under the key is refused, the table is read-only.
    QVERIFY(file(QStringLiteral("maker1"), achDocument("1.00", key, QStringLiteral("999888777")),
                 &error)
                .isEmpty());
    QVERIFY2(error.contains(QLatin1String("already requested")), qPrintable(error));
    QVERIFY(
        !q.exec(QStringLiteral("UPDATE td.payouts SET doc = '{}' WHERE key = '") + key + u'\''));
    QCOMPARE(column(key, QStringLiteral("amount::text")).toString(), QStringLiteral("45000.00"));
}

void TestTeamIntegrity::amountsAreDecimalsWithinTheCurrency_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("taken");
    for (const char *bad : {"NaN", "Infinity", "-Infinity", "-5", "1e-22", "1e3", "0", "0.00",
                            "1.001", " 5", "5 ", "0x10", "1,5", "", "+5", ".5", "5."})
        QTest::addRow("ACH \"%s\"", bad) << QString::fromLatin1(bad) << "dinari.ach" << false;
    QTest::addRow("ACH cents") << "0.01"
                               << "dinari.ach" << true;
    QTest::addRow("ACH trailing zeros") << "12.5000"
                                        << "dinari.ach" << true;
    QTest::addRow("USDC six places") << "0.000001"
                                     << "dart.transfer" << true;
    QTest::addRow("USDC seven places") << "0.0000001"
                                       << "dart.transfer" << false;
}

void TestTeamIntegrity::amountsAreDecimalsWithinTheCurrency()
{
    QFETCH(QString, amount);
    QFETCH(QString, method);
    QFETCH(bool, taken);
    const QString key = QStringLiteral("amount-") +
                        QString::number(qHash(QString::fromLatin1(QTest::currentDataTag())));
    const bool dart = method == QLatin1String("dart.transfer");
    // Written by hand: the client would never make these.
    const QString fields = dart ? QStringLiteral("{\"dart_customer\":\"sage\"}")
                                : QStringLiteral("{\"bank_account\":\"1\",\"bank_routing\":"
                                                 "\"021000021\",\"recipient_name\":\"S\"}");
    QJsonObject probe; // the amount as a JSON text, escaped as the document must have it
    probe.insert(QStringLiteral("a"), amount);
    const QByteArray amountText = TeamRequest::canonical(probe)->mid(5).chopped(1);
    const QString document =
        QStringLiteral("{\"action\":\"payout\",\"amount\":%1,\"connection\":\"Ops\","
                       "\"connection_id\":\"ops\",\"currency\":\"%2\",\"fields\":%3,\"key\":\"%4\","
                       "\"method\":\"%5\",\"provider\":\"%6\"}")
            .arg(QString::fromUtf8(amountText),
                 dart ? QStringLiteral("USDC") : QStringLiteral("USD"), fields, key, method,
                 dart ? QStringLiteral("dart") : QStringLiteral("dinari"));
    QString error;
    const QString state = file(QStringLiteral("maker1"), document, &error);
    QVERIFY2(state.isEmpty() != taken, qPrintable(error));
    QCOMPARE(rows(QStringLiteral("key = '%1'").arg(key)), taken ? 1 : 0);
    if (!taken)
        QVERIFY2(error.contains(QLatin1String("amount")) ||
                     error.contains(QLatin1String("decimals")),
                 qPrintable(error));
    // Nothing refused poisons the daily total.
    QSqlQuery q(m_team->plain(QStringLiteral("owner")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM td.payouts WHERE usd = 'NaN' OR "
                                  "amount = 'NaN'")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestTeamIntegrity::aDecisionNamesTheRequestItWasMadeOn()
{
    const QString key = QStringLiteral("decide-0001");
    QCOMPARE(file(QStringLiteral("maker1"), achDocument("30000.00", key, QStringLiteral("555"))),
             QStringLiteral("awaiting_approval"));
    const auto approver = m_team->login(QStringLiteral("approver1"));
    QVERIFY(approver);
    // A hash of another request (what a forged display would show) is refused.
    const QString other = TeamRequest::hash(TeamRequest::forPayout(
        ach("3.00", key, QStringLiteral("555")), QStringLiteral("dinari"), QStringLiteral("ops")));
    QVERIFY(!approver->approve(key, other, QStringLiteral("looks fine")));
    QVERIFY2(approver->lastError().contains(QLatin1String("another request")),
             qPrintable(approver->lastError()));
    QVERIFY(!approver->approve(key, QString(), QString()));
    QSqlQuery q(m_team->plain(QStringLiteral("owner")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM td.approvals")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(column(key, QStringLiteral("state")).toString(), QStringLiteral("awaiting_approval"));
    // The hash of what it shows: taken, and kept with the decision.
    const QString shown = TestSupport::requestHash(*approver, key);
    QCOMPARE(approver->approve(key, shown, QStringLiteral("invoice 4711")),
             std::optional(TeamPayout::State::Approved));
    QVERIFY(q.exec(QStringLiteral("SELECT encode(doc_hash, 'hex') FROM td.approvals")) && q.next());
    QCOMPARE(q.value(0).toString(), shown);
}

void TestTeamIntegrity::whatIsApprovedIsExactlyWhatIsSent()
{
    // The maker names the payee "Office supplies" and files 45,000 to account 999888777.
    const QString key = QStringLiteral("sent-as-approved-1");
    PayoutRequest r = ach("45000.00", key, QStringLiteral("999888777"));
    r.recipientLabel = QStringLiteral("Office supplies");
    const QByteArray document =
        TeamRequest::forPayout(r, QStringLiteral("dinari"), QStringLiteral("ops"));
    QCOMPARE(file(QStringLiteral("maker1"), QString::fromUtf8(document)),
             QStringLiteral("awaiting_approval"));
    const auto approver = m_team->login(QStringLiteral("approver1"));
    const auto admin = m_team->login(QStringLiteral("admin"));
    QVERIFY(approver && admin);
    QCOMPARE(approver->approve(key, TestSupport::requestHash(*approver, key), QString()),
             std::optional(TeamPayout::State::Approved));
    QVERIFY2(admin->releaseCounterparty(QStringLiteral("bank_account"),
                                        QStringLiteral("021000021/999888777")),
             qPrintable(admin->lastError()));

    // Released from treasuryctl: it sends what the claim hands over, checked by its hash.
    const int sent = m_sandbox->dinari().sentCount(QStringLiteral("ACH"));
    QSet<QString> before;
    for (const DinariEmulator::Transaction &t : m_sandbox->dinari().transactions())
        before.insert(t.id);
    const CtlRun done = ctl(QStringLiteral("approver1"), QStringLiteral("approver1"),
                            {QStringLiteral("payouts"), QStringLiteral("release"), key});
    QVERIFY2(done.exit == 0, done.err.constData());
    // The provider paid the document: one ACH of 45,000.00 to 999888777, nothing else.
    QCOMPARE(m_sandbox->dinari().sentCount(QStringLiteral("ACH")), sent + 1);
    QList<DinariEmulator::Transaction> paid;
    for (const DinariEmulator::Transaction &t : m_sandbox->dinari().transactions()) {
        if (!before.contains(t.id))
            paid.append(t);
    }
    QCOMPARE(paid.size(), 1);
    QCOMPARE(paid.first().method, QStringLiteral("ACH"));
    QCOMPARE(paid.first().amount, *Money::parse(u"45000.00"));
    QCOMPARE(paid.first().recipient, QStringLiteral("Sage Smith"));
    // The team journal and its audit say the same amount, under the same hash.
    QCOMPARE(column(key, QStringLiteral("state")).toString(), QStringLiteral("sent"));
    QCOMPARE(column(key, QStringLiteral("amount::text")).toString(), QStringLiteral("45000.00"));
    QSqlQuery q(m_team->plain(QStringLiteral("owner")));
    q.prepare(QStringLiteral("SELECT detail ->> 'amount', detail ->> 'hash' FROM td.audit "
                             "WHERE action = 'request' AND object = ?"));
    q.addBindValue(key);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("45000.00"));
    QCOMPARE(q.value(1).toString(), TeamRequest::hash(document));
}

void TestTeamIntegrity::oneMakersRequestsAtTheSameMomentCountOneAfterAnother()
{
    // Five sessions of one maker, each asking for 6,000 USD under the policy's daily 10,000,
    // held at a gate (an advisory lock the owner holds) and let go at once.
    QSqlQuery gate(m_team->plain(QStringLiteral("owner")));
    QVERIFY(gate.exec(QStringLiteral("SELECT pg_advisory_lock(4711)")));
    std::vector<std::unique_ptr<QProcess>> sessions;
    for (int i = 0; i < 5; ++i) {
        auto psql = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), m_team->password(QStringLiteral("maker1")));
        env.insert(QStringLiteral("PGUSER"), m_team->user(QStringLiteral("maker1")));
        env.insert(QStringLiteral("PGDATABASE"), m_team->database());
        psql->setProcessEnvironment(env);
        psql->start(QStringLiteral("psql"), {QStringLiteral("-XAtq"), QStringLiteral("-v"),
                                             QStringLiteral("ON_ERROR_STOP=1")});
        const QString document = achDocument(
            "6000.00", QStringLiteral("race-000") + QString::number(i), QStringLiteral("4242"));
        psql->write(QStringLiteral("SELECT pg_advisory_lock_shared(4711) IS NULL;\n"
                                   "SELECT state FROM td.file_request($doc$%1$doc$);\n")
                        .arg(document)
                        .toUtf8());
        psql->closeWriteChannel();
        sessions.push_back(std::move(psql));
    }
    QSqlQuery waiting(m_team->plain(QStringLiteral("owner")));
    QTRY_VERIFY_WITH_TIMEOUT(
        waiting.exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                    "AND NOT granted AND objid = 4711")) &&
            waiting.next() && waiting.value(0).toInt() == 5,
        20000);
    QVERIFY(gate.exec(QStringLiteral("SELECT pg_advisory_unlock(4711)")));
    QStringList states;
    for (const auto &psql : sessions) {
        QVERIFY(psql->waitForFinished(30000));
        QVERIFY2(psql->exitCode() == 0, psql->readAllStandardError().constData());
        states << QString::fromUtf8(psql->readAllStandardOutput()).split(u'\n').value(1);
    }
    // 6,000 fits the day's 10,000 once; the other four wait for an approval.
    QCOMPARE(states.count(QStringLiteral("approved")), 1);
    QCOMPARE(states.count(QStringLiteral("awaiting_approval")), 4);
    QCOMPARE(rows(QStringLiteral("key LIKE 'race-%' AND state = 'approved'")), 1);
}

void TestTeamIntegrity::onlyTheMemberWhoClaimedAPayoutFinishesIt()
{
    const QString key = QStringLiteral("lease-0001");
    QCOMPARE(file(QStringLiteral("maker2"), achDocument("10.00", key, QStringLiteral("777"))),
             QStringLiteral("approved"));
    const auto admin = m_team->login(QStringLiteral("admin"));
    QVERIFY(admin->releaseCounterparty(QStringLiteral("bank_account"),
                                       QStringLiteral("021000021/777")));
    const auto maker2 = m_team->login(QStringLiteral("maker2"));
    QByteArray document;
    // No one holds a payout for years.
    QVERIFY(!maker2->claim(key, QStringLiteral("m2/run"), 2000000000, &document));
    QCOMPARE(maker2->claim(key, QStringLiteral("m2/run"), 60, &document), std::optional(true));
    QCOMPARE(TeamRequest::hash(document), TestSupport::requestHash(*maker2, key));

    const auto refusedAs = [this, &key](const QString &who, const QString &sql) {
        QSqlQuery q(m_team->plain(who));
        q.prepare(sql);
        q.addBindValue(key);
        const bool ran = q.exec() && q.next();
        return !ran ? q.lastError().databaseText() : q.value(0).toString();
    };
    // A viewer: none of it.
    for (const char *sql : {"SELECT td.renew(?, 'm2/run', 900)", "SELECT td.take_over(?, 'v', 900)",
                            "SELECT td.record_outcome(?, 'm2/run', 'failed', '', '')"})
        QVERIFY(refusedAs(QStringLiteral("viewer"), QLatin1String(sql))
                    .contains(QLatin1String("permission denied")));
    // A colleague with the owner's name: no renewal, no outcome, no take-over while it is
    // leased.
    QCOMPARE(
        refusedAs(QStringLiteral("maker1"), QStringLiteral("SELECT td.renew(?, 'm2/run', 900)")),
        QStringLiteral("false"));
    QVERIFY(refusedAs(QStringLiteral("maker1"),
                      QStringLiteral("SELECT td.record_outcome(?, 'm2/run', 'failed', '', '')"))
                .contains(QLatin1String("not in flight")));
    QCOMPARE(
        refusedAs(QStringLiteral("maker1"), QStringLiteral("SELECT td.take_over(?, 'm1', 900)")),
        QStringLiteral("false"));
    QCOMPARE(column(key, QStringLiteral("state")).toString(), QStringLiteral("sending"));
    QCOMPARE(column(key, QStringLiteral("claimed_by")).toString(),
             m_team->user(QStringLiteral("maker2")));
    QCOMPARE(column(key, QStringLiteral("owner")).toString(), QStringLiteral("m2/run"));
    QVERIFY(column(key, QStringLiteral("lease_until <= now() + interval '61 seconds'")).toBool());

    // Its desktop stops (a lease of a second runs out): a colleague takes it over as
    // unknown, audited, and nobody can send it again.
    QCOMPARE(maker2->renew(key, QStringLiteral("m2/run"), 1), std::optional(true));
    QTest::qWait(1200);
    QCOMPARE(
        refusedAs(QStringLiteral("maker1"), QStringLiteral("SELECT td.take_over(?, 'm1', 60)")),
        QStringLiteral("true"));
    QCOMPARE(column(key, QStringLiteral("state")).toString(), QStringLiteral("unknown"));
    QCOMPARE(maker2->claim(key, QStringLiteral("m2/again"), 60, &document), std::optional(false));
    QSqlQuery q(m_team->plain(QStringLiteral("owner")));
    q.prepare(QStringLiteral("SELECT detail ->> 'previous_member' FROM td.audit WHERE "
                             "action = 'take over' AND object = ?"));
    q.addBindValue(key);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), m_team->user(QStringLiteral("maker2")));
}

void TestTeamIntegrity::aNotificationFloodCostsBoundedRereads()
{
    QCOMPARE(file(QStringLiteral("maker1"),
                  achDocument("10.00", QStringLiteral("before-flood"), QStringLiteral("321"))),
             QStringLiteral("approved"));
    TeamSession session;
    QSignalSpy connected(&session, &TeamSession::connected);
    QSignalSpy checks(&session, &TeamSession::checked);
    QSignalSpy reads(&session, &TeamSession::payoutsRead);
    QSignalSpy members(&session, &TeamSession::membersRead);
    QString problem;
    session.connectTo(
        *TeamLogin::fromUrl(m_team->url(m_team->user(QStringLiteral("viewer"))), &problem),
        m_team->password(QStringLiteral("viewer")),
        TestSupport::keyOf(m_team->user(QStringLiteral("viewer"))), {});
    QVERIFY(connected.wait(10000));
    QTRY_COMPARE(reads.size(), 1); // the read at login
    QTRY_COMPARE(members.size(), 1);
    reads.clear();
    members.clear();
    // 2,000 distinct notifications from any member, delivered at once at commit.
    QSqlQuery q(m_team->plain(QStringLiteral("maker1")));
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(q.exec(QStringLiteral(
                 "SELECT count(pg_notify('td_changes', g::text)) FROM generate_series(1, 2000) g")),
             qPrintable(q.lastError().text()));
    QTRY_VERIFY(checks.size() >= 1); // they still wake the desktop
    QTest::qWait(1500);
    // At most one look per 250 ms while they arrive, and one after; and as no audit row
    // backs them, nothing is read again.
    const int allowed = int(clock.elapsed() / TeamSession::RereadMs) + 2;
    QVERIFY2(
        checks.size() <= allowed,
        qPrintable(QStringLiteral("%1 looks in %2 ms").arg(checks.size()).arg(clock.elapsed())));
    QCOMPARE(reads.size(), 0);
    QCOMPARE(members.size(), 0);

    // A colleague's request: that payout is read, the journal shows both, and the lists
    // that did not change are not read.
    QCOMPARE(file(QStringLiteral("maker1"),
                  achDocument("11.00", QStringLiteral("after-flood"), QStringLiteral("321"))),
             QStringLiteral("approved"));
    QTRY_COMPARE(reads.size(), 1);
    const auto journal = reads.at(0).at(0).value<QList<TeamPayout>>();
    QCOMPARE(journal.size(), 2);
    QCOMPARE(journal.at(0).key, QStringLiteral("after-flood"));
    QCOMPARE(journal.at(0).amount.toString(2), QStringLiteral("11.00"));
    QCOMPARE(journal.at(1).key, QStringLiteral("before-flood"));
    QTest::qWait(2 * TeamSession::RereadMs);
    QCOMPARE(reads.size(), 1);
    QCOMPARE(members.size(), 0);
}

void TestTeamIntegrity::aCheckpointKeptElsewhereCatchesARewrittenLog()
{
    QCOMPARE(file(QStringLiteral("maker1"),
                  achDocument("10.00", QStringLiteral("logged-0001"), QStringLiteral("321"))),
             QStringLiteral("approved"));
    const QString home = QStringLiteral("checkpoint-") + m_team->database();
    CtlRun r = ctl(QStringLiteral("maker1"), home,
                   {QStringLiteral("audit"), QStringLiteral("checkpoint")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QString kept = QString::fromUtf8(r.out).trimmed();
    QVERIFY2(AuditCheckpoint::fromText(kept), qPrintable(kept));

    // The database's owner rewrites the log from its first row, every hash recomputed: a
    // chain that holds together, saying the payout was 1.00.
    QSqlQuery q(m_team->plain(QStringLiteral("owner")));
    QVERIFY2(q.exec(QStringLiteral(R"(
        DO $$
        DECLARE r record; prev bytea := ''::bytea; h bytea;
        BEGIN
          ALTER TABLE td.audit DISABLE TRIGGER USER;
          FOR r IN SELECT * FROM td.audit ORDER BY seq LOOP
            IF r.action = 'request' THEN
              r.detail := jsonb_set(r.detail, '{amount}', '"1.00"');
            END IF;
            h := sha256(prev || convert_to(td.audit_text(r.seq, r.at, r.actor, r.action,
                                                         r.object, r.detail), 'UTF8'));
            UPDATE td.audit SET detail = r.detail, prev_hash = prev, hash = h
            WHERE seq = r.seq;
            prev := h;
          END LOOP;
          ALTER TABLE td.audit ENABLE TRIGGER USER;
        END $$)")),
             qPrintable(q.lastError().text()));
    // A desktop that never looked finds nothing wrong by itself...
    const QString fresh = QStringLiteral("fresh-") + m_team->database();
    r = ctl(QStringLiteral("approver1"), fresh,
            {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.exit == 0, r.err.constData());
    // ...but given the checkpoint kept elsewhere, it names the rewritten row.
    r = ctl(QStringLiteral("approver1"), fresh + u'2',
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--from"), kept});
    QCOMPARE(r.exit, 4);
    QVERIFY2(r.err.contains("rewritten"), r.err.constData());
    // And the desktop that kept it says so on its own.
    r = ctl(QStringLiteral("maker1"), home, {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exit, 4);
    r = ctl(QStringLiteral("approver1"), fresh + u'3',
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--from"),
             QStringLiteral("12:zz")});
    QCOMPARE(r.exit, 2);
}

QTEST_GUILESS_MAIN(TestTeamIntegrity)
#include "tst_team_integrity.moc"
