#include "PayoutsFixture.h"

#include "ActionJournal.h"
#include "CryptoEmulator.h"
#include "CryptoProvider.h"
#include "DartEmulator.h"
#include "DartProvider.h"
#include "DinariEmulator.h"
#include "DinariProvider.h"
#include "DotsEmulator.h"
#include "DotsProvider.h"
#include "FixedClock.h"
#include "PayoutController.h"
#include "ProviderRegistry.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

/**
 * Exactly once, for every payout method, through the real network code: lost answers
 * after the sandbox processed the payout, requests it never processed, double submits,
 * and a crash between sending and the answer. The sandbox's own count of sends is the
 * truth each case is checked against.
 */
class TestPayoutsExactlyOnce : public QObject, protected PayoutsFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void lostAnswerIsReconciledNotResent_data();
    void lostAnswerIsReconciledNotResent();
    void sameKeyNeverSendsTwice();
    void refusedPayoutIsFailedNotUnknown();
    void crashBeforeTheAnswerIsReconciledAtStart();
    void secondCopyLeavesAPayoutInFlightAlone();
    void renamedConnectionStillSettlesItsOpenPayout();
    void batchIsFollowedAgainAfterARestart();
    void batchIsPaidOnceAndFollowedToTheEnd_data();
    void batchIsPaidOnceAndFollowedToTheEnd();
};

void TestPayoutsExactlyOnce::initTestCase()
{
    QVERIFY(start());
}

void TestPayoutsExactlyOnce::init()
{
    setUp();
}

void TestPayoutsExactlyOnce::cleanup()
{
    tearDown();
}

void TestPayoutsExactlyOnce::lostAnswerIsReconciledNotResent_data()
{
    QTest::addColumn<PayoutMethod>("method");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("processed");
    const QList<std::pair<const char *, bool>> faults = {
        {"", true},                       // answered normally
        {"timeout-after", true},          // processed, answer never comes
        {"drop-after", true},             // processed, connection closed without a byte
        {"cut", true},                    // processed, half an answer
        {"malformed", true},              // processed, 200 with broken JSON
        {"slow-commit:ms=2500", true},    // committed 2.5 s later, after the client gave up
        {"303-after", true},              // processed, then a redirect we do not follow
        {"trickle:ms=400", true},         // processed, the answer a byte at a time
        {"skew:minutes=6,lost", true},    // processed by a clock 6 minutes fast, answer lost
        {"skew:minutes=-300,lost", true}, // zone-less time in UTC-5, answer lost
        {"html", false},                  // a proxy's error page: not processed
        {"timeout", false},               // never processed, never answered
        {"status:status=503", false}      // not processed, server error
    };
    for (const PayoutMethod m : PayoutMethods::all()) {
        for (const auto &[fault, processed] : faults) {
            QTest::addRow("%s %s", qPrintable(PayoutMethods::key(m)), *fault ? fault : "none")
                << m << QString::fromLatin1(fault) << processed;
        }
    }
}

void TestPayoutsExactlyOnce::lostAnswerIsReconciledNotResent()
{
    QFETCH(PayoutMethod, method);
    QFETCH(QString, fault);
    QFETCH(bool, processed);
    static int cents = 1;
    const QByteArray amount = "11." + QByteArray::number(10 + cents++ % 89);
    const int before = made(method);
    // Dots takes idempotency keys for payouts and links: every lost answer is retried
    // with the same key, and the payout is made exactly once whatever the fault. Its
    // fund transfers take none: they are settled like the others.
    const bool keyed = method == PayoutMethod::DotsPayout || method == PayoutMethod::DotsPayoutLink;
    if (keyed)
        processed = true;
    if (!fault.isEmpty()) {
        const QStringList parts = fault.split(u':');
        QString spec = QStringLiteral("%1:%2:%3:count=1")
                           .arg(PayoutMethods::provider(method), sandboxPath(method), parts[0]);
        if (parts.size() > 1)
            spec += u',' + parts[1];
        QString error;
        QVERIFY2(m_sandbox->faults().addSpec(spec, &error), qPrintable(error));
    }
    auto payouts = controller();
    const PayoutRequest r = request(method, amount.constData());
    QVERIFY(payouts->submit(r));
    // Journaled before it left.
    QVERIFY(m_journal->byKey(r.idempotencyKey));
    const JournalEntry entry = processed ? settled(r.idempotencyKey) : lookedFor(r.idempotencyKey);
    QCOMPARE(made(method), before + (processed ? 1 : 0));
    if (processed) {
        QVERIFY2(entry.state == JournalEntry::State::Succeeded, qPrintable(entry.message));
        // DART answers a bare message: no reference to keep.
        QVERIFY(method == PayoutMethod::DartTransfer || !entry.reference.isEmpty());
    } else {
        // Absence is not proof: not found, it stays unknown and is looked for again...
        QCOMPARE(entry.state, JournalEntry::State::Unknown);
        QVERIFY(!entry.needsDecision);
        QVERIFY2(entry.message.contains(QStringLiteral("Nothing is sent again")),
                 qPrintable(entry.message));
        QTRY_VERIFY_WITH_TIMEOUT(checksOf(r.idempotencyKey) >= 3, 10000);
        QCOMPARE(m_journal->byKey(r.idempotencyKey)->state, JournalEntry::State::Unknown);
        // ...and no one may call it not sent while the window runs.
        QVERIFY(!payouts->markNotSent(r.idempotencyKey, QStringLiteral("tester")));
        // After the settling window a check leaves it to a person, who decides.
        m_clock.set(m_clock.nowUtc().addSecs(2 * 3600));
        QVERIFY(payouts->checkAgain(r.idempotencyKey));
        QTRY_VERIFY_WITH_TIMEOUT(m_journal->byKey(r.idempotencyKey)->needsDecision, 5000);
        QCOMPARE(m_journal->byKey(r.idempotencyKey)->state, JournalEntry::State::Unknown);
        QVERIFY(payouts->markNotSent(r.idempotencyKey, QStringLiteral("tester")));
        const JournalEntry decided = *m_journal->byKey(r.idempotencyKey);
        QCOMPARE(decided.state, JournalEntry::State::Failed);
        QCOMPARE(decided.decidedBy, QStringLiteral("tester"));
        QVERIFY2(decided.message.contains(QStringLiteral("Marked as not sent by tester")),
                 qPrintable(decided.message));
        QCOMPARE(made(method), before);
        // Now it may be sent again, under a new key: once.
        PayoutRequest again = r;
        again.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(payouts->submit(again));
        QCOMPARE(settled(again.idempotencyKey).state, JournalEntry::State::Succeeded);
        QCOMPARE(made(method), before + 1);
    }
}

void TestPayoutsExactlyOnce::sameKeyNeverSendsTwice()
{
    DinariEmulator &dinari = m_sandbox->dinari();
    const int before = dinari.sentCount(QStringLiteral("ACH"));
    auto payouts = controller();
    QSignalSpy rejected(payouts.get(), &PayoutController::rejected);
    const PayoutRequest r = request(PayoutMethod::DinariAch, "12.34");
    // A double click: the second arrives while the first is in flight.
    QVERIFY(payouts->submit(r));
    QVERIFY(!payouts->submit(r));
    QCOMPARE(settled(r.idempotencyKey).state, JournalEntry::State::Succeeded);
    // The form re-opened with the same key after the answer.
    QVERIFY(!payouts->submit(r));
    QCOMPARE(rejected.size(), 2);
    QCOMPARE(dinari.sentCount(QStringLiteral("ACH")), before + 1);
    QCOMPARE(m_journal->entries().size(), 1);
}

void TestPayoutsExactlyOnce::refusedPayoutIsFailedNotUnknown()
{
    // More than the payout balance: the gateway refuses, nothing moves, no reconciling.
    auto payouts = controller();
    PayoutRequest r = request(PayoutMethod::DinariZelle, "99999999.00");
    const int before = m_sandbox->dinari().sentCount(QStringLiteral("ZELLE"));
    QVERIFY(payouts->submit(r));
    const JournalEntry entry = settled(r.idempotencyKey);
    QCOMPARE(entry.state, JournalEntry::State::Failed);
    QVERIFY2(entry.message.contains(QStringLiteral("insufficient"), Qt::CaseInsensitive),
             qPrintable(entry.message));
    QCOMPARE(m_sandbox->dinari().sentCount(QStringLiteral("ZELLE")), before);
}

void TestPayoutsExactlyOnce::crashBeforeTheAnswerIsReconciledAtStart()
{
    DinariEmulator &dinari = m_sandbox->dinari();
    const int before = dinari.sentCount(QStringLiteral("SWIFT"));
    QString error;
    QVERIFY(m_sandbox->faults().addSpec(
        QStringLiteral("dinari:/swift-transfer:timeout-after:count=1"), &error));
    const PayoutRequest r = request(PayoutMethod::DinariSwift, "13.57");
    {
        auto payouts = controller();
        QVERIFY(payouts->submit(r));
        // The sandbox has it; the app "crashes" before any answer.
        QTRY_COMPARE_WITH_TIMEOUT(dinari.sentCount(QStringLiteral("SWIFT")), before + 1, 5000);
    }
    m_provider->abandonAll();
    QCOMPARE(m_journal->byKey(r.idempotencyKey)->state, JournalEntry::State::Pending);
    // The next start.
    auto restarted = controller();
    QCOMPARE(m_journal->openEntries().size(), 1);
    restarted->reconcileOpen();
    const JournalEntry entry = settled(r.idempotencyKey);
    QCOMPARE(entry.state, JournalEntry::State::Succeeded);
    QVERIFY(!entry.reference.isEmpty());
    QVERIFY(!restarted->submit(r));
    QCOMPARE(dinari.sentCount(QStringLiteral("SWIFT")), before + 1);
}

void TestPayoutsExactlyOnce::secondCopyLeavesAPayoutInFlightAlone()
{
    // Two copies of the app on one data folder: each its own journal connection.
    ActionJournal otherJournal(m_dir->filePath(QStringLiteral("store.sqlite")), m_clock);
    QVERIFY(otherJournal.open());
    PayoutController other(&otherJournal, m_registry.get(), m_clock);
    QSignalSpy otherTouched(&other, &PayoutController::journalChanged);
    DinariEmulator &dinari = m_sandbox->dinari();
    const int before = dinari.sentCount(QStringLiteral("ACH"));
    // The gateway takes 2.5 s to commit; the sending copy gives up waiting at 1.5 s.
    QString error;
    QVERIFY(m_sandbox->faults().addSpec(QStringLiteral("dinari:/:slow-commit:ms=2500,count=1"),
                                        &error));
    auto payouts = controller();
    const PayoutRequest r = request(PayoutMethod::DinariAch, "14.21");
    QVERIFY(payouts->submit(r));
    QCOMPARE(otherJournal.byKey(r.idempotencyKey)->owner, payouts->owner());
    // Meanwhile the other copy starts, and starts again: it checks what is open.
    for (int i = 0; i < 8; ++i) {
        other.reconcileOpen();
        QTest::qWait(300);
    }
    const JournalEntry entry = settled(r.idempotencyKey);
    QCOMPARE(entry.state, JournalEntry::State::Succeeded);
    QCOMPARE(dinari.sentCount(QStringLiteral("ACH")), before + 1);
    QCOMPARE(otherTouched.count(), 0);
    QVERIFY(entry.owner.isEmpty());
}

void TestPayoutsExactlyOnce::renamedConnectionStillSettlesItsOpenPayout()
{
    // The journal keeps a payout under its connection's id: renamed while the payout was
    // open, the connection still settles it.
    const QString id = QStringLiteral("4f1c6a2e-dinari");
    m_provider->setConnectionId(id);
    DinariEmulator &dinari = m_sandbox->dinari();
    const int before = dinari.sentCount(QStringLiteral("SWIFT"));
    QString error;
    QVERIFY(m_sandbox->faults().addSpec(
        QStringLiteral("dinari:/swift-transfer:timeout-after:count=1"), &error));
    const PayoutRequest r = request(PayoutMethod::DinariSwift, "14.68");
    {
        auto payouts = controller();
        QVERIFY(payouts->submit(r));
        QTRY_COMPARE_WITH_TIMEOUT(dinari.sentCount(QStringLiteral("SWIFT")), before + 1, 5000);
    }
    m_provider->abandonAll();
    QVERIFY(m_journal->byKey(r.idempotencyKey)->isOpen());
    // Renamed: the old provider closes, the connection opens again under its new name.
    const QString renamed = QStringLiteral("Dinari operating");
    delete m_registry->take(Connection);
    const QStringList cred = m_sandbox->credential(QStringLiteral("dinari")).split(u':');
    m_provider = new DinariProvider(renamed, &m_nam, m_sandbox->baseUrl(QStringLiteral("dinari")),
                                    cred[0], cred[1], this);
    m_provider->setConnectionId(id);
    m_provider->setOptions(LostAnswerFast);
    m_registry->add(m_provider);
    // Renamed elsewhere (treasuryctl, another start): the journal still has the old name,
    // and the id finds the connection all the same.
    auto restarted = controller();
    restarted->reconcileOpen();
    JournalEntry entry = settled(r.idempotencyKey);
    QCOMPARE(entry.state, JournalEntry::State::Succeeded);
    QCOMPARE(entry.connectionId, id);
    // Told of the rename, the journal shows the new name.
    QVERIFY(m_journal->adoptConnection(id, QStringLiteral("dinari"), renamed, Connection));
    entry = *m_journal->byKey(r.idempotencyKey);
    QCOMPARE(entry.connection, renamed);
    QCOMPARE(dinari.sentCount(QStringLiteral("SWIFT")), before + 1);
}

void TestPayoutsExactlyOnce::batchIsFollowedAgainAfterARestart()
{
    const QStringList users = m_sandbox->dots().userIds();
    QList<PayoutRequest> items;
    for (int i = 0; i < 6; ++i) {
        PayoutRequest p = request(PayoutMethod::DotsPayout, "2.50");
        p.fields[PayoutField::DotsUser] = users.value(i % users.size());
        items.append(p);
    }
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto reads = [this] {
        return m_sandbox->processedCount(QStringLiteral("dots"), QStringLiteral("/payout-batches"));
    };
    {
        // Accepted, then the app quits before its first look at the batch.
        auto payouts = controller();
        payouts->setPollInterval(600000);
        QVERIFY(payouts->submitBatch(DotsConnection, key, items));
        QTRY_COMPARE(m_journal->byKey(key)->state, JournalEntry::State::Succeeded);
    }
    const JournalEntry accepted = *m_journal->byKey(key);
    QVERIFY2(accepted.message.startsWith(QStringLiteral("created; ")),
             qPrintable(accepted.message));
    QVERIFY(PayoutState::isUnderWay(accepted.statusWord()));
    // The next start reads the batch on until Dots says it is complete, once per copy.
    auto restarted = controller();
    restarted->setPollInterval(50);
    const int before = reads();
    restarted->reconcileOpen();
    restarted->reconcileOpen();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_journal->byKey(key)->message.startsWith(QStringLiteral("Done: 6 paid")), 15000);
    QCOMPARE(m_journal->byKey(key)->reference, accepted.reference);
    // Six items at five a read: two reads finish it; a second follower would have made more.
    QCOMPARE(reads() - before, 2);
    QCOMPARE(m_journal->byKey(key)->state, JournalEntry::State::Succeeded);
}

void TestPayoutsExactlyOnce::batchIsPaidOnceAndFollowedToTheEnd_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("answered") << QString();
    QTest::newRow("dropped after processing") << QStringLiteral("drop-after");
    QTest::newRow("timed out after processing") << QStringLiteral("timeout-after");
    QTest::newRow("server error") << QStringLiteral("status:status=503");
}

void TestPayoutsExactlyOnce::batchIsPaidOnceAndFollowedToTheEnd()
{
    QFETCH(QString, fault);
    if (!fault.isEmpty()) {
        const QStringList parts = fault.split(u':');
        QString spec = QStringLiteral("dots:/payout-batches:%1:count=1,method=POST").arg(parts[0]);
        if (parts.size() > 1)
            spec += u',' + parts[1];
        QString error;
        QVERIFY2(m_sandbox->faults().addSpec(spec, &error), qPrintable(error));
    }
    const QStringList users = m_sandbox->dots().userIds();
    QList<PayoutRequest> items;
    for (int i = 0; i < 7; ++i) {
        PayoutRequest p = request(PayoutMethod::DotsPayout, "3.25");
        p.fields[PayoutField::DotsUser] = users.value(i % users.size());
        items.append(p);
    }
    const int before = m_sandbox->dots().payoutCount();
    auto payouts = controller();
    payouts->setPollInterval(50);
    QSignalSpy progress(payouts.get(), &PayoutController::batchProgress);
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(payouts->submitBatch(DotsConnection, key, items));
    QVERIFY(!payouts->submitBatch(DotsConnection, key, items)); // a second click
    QTRY_VERIFY_WITH_TIMEOUT(
        !progress.isEmpty() && progress.last().at(1).value<PayoutBatchStatus>().isDone(), 15000);
    QCOMPARE(m_sandbox->dots().payoutCount(), before + 7);
    QTRY_VERIFY(m_journal->byKey(key)->message.startsWith(QStringLiteral("Done: 7 paid")));
    QCOMPARE(m_journal->byKey(key)->state, JournalEntry::State::Succeeded);
    QCOMPARE(m_journal->byKey(key)->amount->toString(), QStringLiteral("22.75"));
}

QTEST_GUILESS_MAIN(TestPayoutsExactlyOnce)
#include "tst_payouts_exactly_once.moc"
