#include "PayoutsFixture.h"

#include "CryptoEmulator.h"
#include "DinariEmulator.h"
#include "DotsEmulator.h"
#include "DotsProvider.h"

#include <QTest>

/**
 * After a provider accepted a payout, the journal follows it to its end: a withdrawal to
 * the chain, a Dinari transfer to completed, a payout link until the payee completed it;
 * and stops asking once it has arrived or its window has passed.
 */
class TestPayoutFollowUp : public QObject, protected PayoutsFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(start()); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void sentWithdrawalIsFollowedToTheChain();
    void followUpEndsAfterItsWindow();
    void sentDinariPayoutIsFollowedUntilItCompletes();
    void payoutLinkIsFollowedUntilThePayeeCompletesIt();
};

void TestPayoutFollowUp::sentWithdrawalIsFollowedToTheChain()
{
    auto payouts = controller();
    const PayoutRequest r = request(PayoutMethod::CryptoWithdrawal, "42.00");
    QVERIFY(payouts->submit(r));
    JournalEntry sent = settled(r.idempotencyKey);
    QCOMPARE(sent.state, JournalEntry::State::Succeeded);
    QCOMPARE(sent.message, QStringLiteral("pending"));
    auto statusCalls = [this] {
        return m_sandbox->processedCount(QStringLiteral("crypto"),
                                         QStringLiteral("/withdrawal/status/"));
    };
    // Later, Check open payouts asks the gateway how it is doing.
    m_sandbox->advance(11 * 60);
    const int before = statusCalls();
    payouts->reconcileOpen();
    QTRY_VERIFY(
        m_journal->byKey(r.idempotencyKey)->message.startsWith(QStringLiteral("completed")));
    const JournalEntry done = *m_journal->byKey(r.idempotencyKey);
    QVERIFY2(done.message.contains(QStringLiteral("on chain as ")), qPrintable(done.message));
    QCOMPARE(done.state, JournalEntry::State::Succeeded);
    QCOMPARE(done.reference, sent.reference);
    QVERIFY(statusCalls() > before);
    // A payout that has arrived is not asked about again.
    const int after = statusCalls();
    payouts->reconcileOpen();
    QTest::qWait(300);
    QCOMPARE(statusCalls(), after);
}

void TestPayoutFollowUp::followUpEndsAfterItsWindow()
{
    auto payouts = controller();
    const PayoutRequest r = request(PayoutMethod::CryptoWithdrawal, "43.00");
    QVERIFY(payouts->submit(r));
    QCOMPARE(settled(r.idempotencyKey).message, QStringLiteral("pending"));
    auto statusCalls = [this] {
        return m_sandbox->processedCount(QStringLiteral("crypto"),
                                         QStringLiteral("/withdrawal/status/"));
    };
    // A month and a day later by the app's clock, a payout still "pending" is no longer
    // asked about: the gateway's answer would be history, not news.
    m_clock.advanceDays(PayoutController::FollowUpDays + 1);
    int before = statusCalls();
    payouts->reconcileOpen();
    QTest::qWait(300);
    QCOMPARE(statusCalls(), before);
    // Inside the window it is.
    m_clock.advanceDays(-2);
    before = statusCalls();
    payouts->reconcileOpen();
    QTRY_VERIFY(statusCalls() > before);
}

void TestPayoutFollowUp::sentDinariPayoutIsFollowedUntilItCompletes()
{
    auto payouts = controller();
    const PayoutRequest r = request(PayoutMethod::DinariAch, "61.00");
    QVERIFY(payouts->submit(r));
    const JournalEntry sent = settled(r.idempotencyKey);
    QCOMPARE(sent.state, JournalEntry::State::Succeeded);
    QCOMPARE(sent.message, QStringLiteral("INITIATED"));
    auto lookups = [this] {
        return m_sandbox->processedCount(QStringLiteral("dinari"),
                                         QStringLiteral("/list-transactions"));
    };
    // Still initiated: asking changes nothing.
    int before = lookups();
    payouts->reconcileOpen();
    QTRY_VERIFY(lookups() > before);
    QTest::qWait(200);
    QCOMPARE(m_journal->byKey(r.idempotencyKey)->message, QStringLiteral("INITIATED"));
    // Two hours on, the gateway has completed it; the row says so.
    m_sandbox->advance(3 * 3600);
    payouts->reconcileOpen();
    QTRY_COMPARE(m_journal->byKey(r.idempotencyKey)->message, QStringLiteral("COMPLETED"));
    const JournalEntry done = *m_journal->byKey(r.idempotencyKey);
    QCOMPARE(done.state, JournalEntry::State::Succeeded);
    QCOMPARE(done.reference, sent.reference);
    QCOMPARE(PayoutState::progressOf(done.statusWord()), PayoutState::Progress::Completed);
    // Completed is the end: not asked about again.
    before = lookups();
    payouts->reconcileOpen();
    QTest::qWait(300);
    QCOMPARE(lookups(), before);
}

void TestPayoutFollowUp::payoutLinkIsFollowedUntilThePayeeCompletesIt()
{
    auto payouts = controller();
    const PayoutRequest r = request(PayoutMethod::DotsPayoutLink, "17.00");
    QVERIFY(payouts->submit(r));
    const JournalEntry sent = settled(r.idempotencyKey);
    QCOMPARE(sent.state, JournalEntry::State::Succeeded);
    QVERIFY2(sent.message.startsWith(QStringLiteral("delivered")), qPrintable(sent.message));
    // The journal keeps the flow the payee completes the link in.
    QVERIFY(!sent.tracking.isEmpty());
    QVERIFY(sent.link.endsWith(sent.tracking));
    auto flowReads = [this, &sent] {
        return m_sandbox->processedCount(QStringLiteral("dots"),
                                         QStringLiteral("/flows/") + sent.tracking);
    };
    // Not completed yet: asked, and the row says what it said.
    int before = flowReads();
    payouts->reconcileOpen();
    QTRY_VERIFY(flowReads() > before);
    QTest::qWait(200);
    QCOMPARE(m_journal->byKey(r.idempotencyKey)->message, sent.message);
    // The payee takes the link's step: the row says the link was completed.
    QVERIFY(m_sandbox->dots().completeFlow(sent.tracking, m_sandbox->dots().userIds().value(0)));
    payouts->reconcileOpen();
    QTRY_VERIFY(m_journal->byKey(r.idempotencyKey)->message.startsWith(u"completed"));
    const JournalEntry done = *m_journal->byKey(r.idempotencyKey);
    QVERIFY2(done.message.contains(QStringLiteral("payee completed the link (payout)")),
             qPrintable(done.message));
    QCOMPARE(PayoutState::progressOf(done.statusWord()), PayoutState::Progress::Completed);
    QCOMPARE(done.reference, sent.reference);
    QCOMPARE(done.link, sent.link);
    // Completed is the end: not asked about again.
    before = flowReads();
    payouts->reconcileOpen();
    QTest::qWait(300);
    QCOMPARE(flowReads(), before);
}

QTEST_GUILESS_MAIN(TestPayoutFollowUp)
#include "tst_payout_follow_up.moc"
