#include "CtlSandboxFixture.h"

#include "ActionJournal.h"
#include "DinariEmulator.h"
#include "DotsEmulator.h"

#include <QDate>
#include <QFile>

/**
 * treasuryctl's payouts against the sandbox: the methods and fields a connection takes,
 * a payout sent once, what the form refuses, a cancel, and the fee the provider stated.
 */
class TestTreasuryctlPayouts : public QObject, protected CtlSandboxFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void methodsNameTheProvidersFields();
    void sendPaysOnceByTheDocumentedFields();
    void sendRefusesWhatTheFormRefuses();
    void aSentPayoutIsCancelledOnceAndJournaled();
    void aSentPayoutsFeeGoesWithItsListedRow();
    void aBatchFileIsCheckedThenSentOnce();
};

void TestTreasuryctlPayouts::initTestCase()
{
    m_sandbox = TestSupport::startedSandbox(600);
    QVERIFY(m_sandbox);
    QVERIFY(QFile::exists(QStringLiteral(TREASURYCTL)));
}

void TestTreasuryctlPayouts::init()
{
    m_sandbox->faults().clear();
    m_home = std::make_unique<QTemporaryDir>();
}

void TestTreasuryctlPayouts::methodsNameTheProvidersFields()
{
    const Run r =
        ctl(QStringLiteral("dinari"),
            {QStringLiteral("payouts"), QStringLiteral("methods"), QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QStringList ids;
    QJsonObject ach;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
        ids << v[QStringLiteral("id")].toString();
        if (ids.last() == QLatin1String("dinari.ach"))
            ach = v.toObject();
    }
    QCOMPARE(ids,
             (QStringList{QStringLiteral("dinari.ach"), QStringLiteral("dinari.swift"),
                          QStringLiteral("dinari.zelle"), QStringLiteral("dinari.virtual_card")}));
    QStringList required;
    for (const QJsonValue &f : ach[QStringLiteral("fields")].toArray()) {
        if (f[QStringLiteral("required")].toBool())
            required << f[QStringLiteral("name")].toString();
    }
    QVERIFY2(required.contains(QStringLiteral("RECIPIENT_FULL_NAME")) &&
                 required.contains(QStringLiteral("RECIPIENT_BANK_ACCOUNT")) &&
                 required.contains(QStringLiteral("RECIPIENT_BANK_ROUTING")),
             qPrintable(required.join(u' ')));
}

void TestTreasuryctlPayouts::sendPaysOnceByTheDocumentedFields()
{
    const int before = m_sandbox->dinari().sentCount(QStringLiteral("ACH"));
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Run r = ctl(QStringLiteral("dinari"),
                send("12.34") + AchFields + QStringList{QStringLiteral("--key"), key});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonObject entry = QJsonDocument::fromJson(r.out).array().first().toObject();
    QCOMPARE(entry[QStringLiteral("state")].toString(), QStringLiteral("succeeded"));
    QCOMPARE(entry[QStringLiteral("key")].toString(), key);
    QCOMPARE(entry[QStringLiteral("amount")].toString(), QStringLiteral("12.34"));
    QVERIFY(!entry[QStringLiteral("reference")].toString().isEmpty());
    QCOMPARE(m_sandbox->dinari().sentCount(QStringLiteral("ACH")), before + 1);
    // The script runs again with the same key: refused, not paid.
    r = ctl(QStringLiteral("dinari"),
            send("12.34") + AchFields + QStringList{QStringLiteral("--key"), key});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.contains("already"), r.err.constData());
    QCOMPARE(m_sandbox->dinari().sentCount(QStringLiteral("ACH")), before + 1);
    ActionJournal journal(storePath());
    QVERIFY(journal.open());
    QCOMPARE(journal.byKey(key)->state, JournalEntry::State::Succeeded);
}

void TestTreasuryctlPayouts::sendRefusesWhatTheFormRefuses()
{
    const int before = m_sandbox->dinari().sentCount(QStringLiteral("ACH"));
    QStringList bad = AchFields;
    bad[5] = QStringLiteral("RECIPIENT_BANK_ROUTING=021000022"); // fails the ABA checksum
    Run r = ctl(QStringLiteral("dinari"), send("12.35") + bad);
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.contains("RECIPIENT_BANK_ROUTING:"), r.err.constData());
    r = ctl(QStringLiteral("dinari"),
            send("12.35") + AchFields +
                QStringList{QStringLiteral("--field"), QStringLiteral("IBAN=DE89")});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.contains("RECIPIENT_FULL_NAME"), r.err.constData());
    r = ctl(QStringLiteral("dinari"), send("-3") + AchFields);
    QCOMPARE(r.exit, 2);
    QCOMPARE(m_sandbox->dinari().sentCount(QStringLiteral("ACH")), before);
    // Nothing sent, nothing journaled.
    QVERIFY(!QFile::exists(storePath()) || [this] {
        ActionJournal journal(storePath());
        return journal.open() && journal.entries().isEmpty();
    }());
}

void TestTreasuryctlPayouts::aSentPayoutIsCancelledOnceAndJournaled()
{
    const Run sent = ctl(QStringLiteral("dinari"), send("12.61") + AchFields);
    QCOMPARE(sent.exit, 0);
    const QJsonObject payout = QJsonDocument::fromJson(sent.out).array().first().toObject();
    const QString reference = payout[QStringLiteral("reference")].toString();
    const auto atDinari = [&] {
        for (const auto &t : m_sandbox->dinari().transactions()) {
            if (t.id == reference)
                return t;
        }
        return DinariEmulator::Transaction();
    };
    const auto stateAtDinari = [&] { return atDinari().status; };
    QCOMPARE(stateAtDinari(), QStringLiteral("INITIATED"));
    // The fee Dinari charged on top of the amount is kept with the payout.
    const Money sendFee = atDinari().fee;
    QVERIFY(!sendFee.isZero());
    QCOMPARE(*Money::parse(payout[QStringLiteral("fee")].toString()), sendFee);
    QCOMPARE(payout[QStringLiteral("fee_currency")].toString(), QStringLiteral("USD"));
    const Money balanceBefore = m_sandbox->dinari().payoutBalance();
    const QStringList cancel = {QStringLiteral("payouts"), QStringLiteral("cancel"),
                                QStringLiteral("--json")};
    // By the payout's key, through the connection it was sent with.
    Run r = ctl(QStringLiteral("dinari"),
                cancel + QStringList{payout[QStringLiteral("key")].toString()});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonObject done = QJsonDocument::fromJson(r.out).array().first().toObject();
    QCOMPARE(done[QStringLiteral("state")].toString(), QStringLiteral("succeeded"));
    QCOMPARE(done[QStringLiteral("reference")].toString(), reference);
    QCOMPARE(stateAtDinari(), QStringLiteral("Canceled"));
    // The cancel fee is what Dinari kept of the refund: on the cancellation's row.
    const Money refunded = *m_sandbox->dinari().payoutBalance().checkedSub(balanceBefore);
    const Money cancelFee = *Money::parse(u"12.61")->checkedAdd(sendFee)->checkedSub(refunded);
    QVERIFY(!cancelFee.isZero());
    QCOMPARE(*Money::parse(done[QStringLiteral("fee")].toString()), cancelFee);
    QCOMPARE(done[QStringLiteral("fee_currency")].toString(), QStringLiteral("USD"));
    // Again, by Dinari's reference: Dinari refuses, and the journal says so.
    r = ctl(QStringLiteral("dinari"), cancel + QStringList{reference});
    QCOMPARE(r.exit, 4);
    const Run journal =
        raw({QStringLiteral("payouts"), QStringLiteral("journal"), QStringLiteral("--json")});
    QStringList states;
    QStringList fees;
    for (const QJsonValue &e : QJsonDocument::fromJson(journal.out).array()) {
        states << e[QStringLiteral("state")].toString();
        fees << e[QStringLiteral("fee")].toString();
    }
    QCOMPARE(states, (QStringList{QStringLiteral("failed"), QStringLiteral("succeeded"),
                                  QStringLiteral("succeeded")})); // newest first
    // A refused cancellation charged nothing; the journal says no fee, not a zero.
    QCOMPARE(fees.first(), QString());
    QCOMPARE(*Money::parse(fees.at(1)), cancelFee);
    QCOMPARE(*Money::parse(fees.at(2)), sendFee);
    // Nothing in the journal under that name: a usage error, nothing asked.
    QCOMPARE(ctl(QStringLiteral("dinari"), cancel + QStringList{QStringLiteral("nope")}).exit, 2);
}

void TestTreasuryctlPayouts::aSentPayoutsFeeGoesWithItsListedRow()
{
    const Run sent = ctl(QStringLiteral("dinari"), send("77.31") + AchFields);
    QCOMPARE(sent.exit, 0);
    const QJsonObject payout = QJsonDocument::fromJson(sent.out).array().first().toObject();
    const QString reference = payout[QStringLiteral("reference")].toString();
    Money charged;
    for (const auto &t : m_sandbox->dinari().transactions()) {
        if (t.id == reference)
            charged = t.fee;
    }
    QVERIFY(!charged.isZero());
    // Dinari's list names no fee: the row takes the one Dinari stated on sending.
    const QStringList today = {QStringLiteral("transactions"), QStringLiteral("--since"),
                               QDate::currentDate().addDays(-1).toString(Qt::ISODate),
                               QStringLiteral("--json")};
    Run r = ctl(QStringLiteral("dinari"), today);
    QVERIFY2(r.exit == 0, r.err.constData());
    Money pendingFees;
    bool found = false;
    for (const QJsonValue &row : QJsonDocument::fromJson(r.out).array()) {
        const QString fee = row[QStringLiteral("fee")].toString();
        if (row[QStringLiteral("transaction_id")].toString() == reference) {
            found = true;
            QCOMPARE(*Money::parse(fee), charged);
        } else {
            QVERIFY2(fee.isEmpty(), qPrintable(fee)); // nothing we did not send gets one
        }
        if (!fee.isEmpty() && row[QStringLiteral("status")].toString() == u"pending")
            pendingFees = *pendingFees.checkedAdd(*Money::parse(fee));
    }
    QVERIFY(found);
    // And the totals count it as money out, beside the amount.
    r = ctl(QStringLiteral("dinari"), today + QStringList{QStringLiteral("--totals")});
    QVERIFY2(r.exit == 0, r.err.constData());
    for (const QJsonValue &t : QJsonDocument::fromJson(r.out).array()) {
        if (t[QStringLiteral("currency")].toString() == u"USD")
            QCOMPARE(*Money::parse(t[QStringLiteral("pending_fees")].toString()), pendingFees);
    }
    QCOMPARE(pendingFees, charged);
}

void TestTreasuryctlPayouts::aBatchFileIsCheckedThenSentOnce()
{
    const QStringList users = m_sandbox->dots().userIds();
    QVERIFY(users.size() >= 2);
    const auto write = [this](const char *name, const QString &text) {
        const QString path = m_home->filePath(QLatin1String(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(text.toUtf8());
        return path;
    };
    auto posts = [this] {
        return m_sandbox->processedCount(QStringLiteral("dots"), QStringLiteral("/payout-batches"),
                                         "POST");
    };
    const int before = posts();
    const QString header = QStringLiteral("user_id,amount,platform\n");
    // One line with an error: nothing is sent, and the line is named.
    const QString broken =
        write("broken.csv", header + users[0] + QStringLiteral(",12.50,paypal\n") + users[1] +
                                QStringLiteral(",12.5.0,venmo\n"));
    Run r =
        ctl(QStringLiteral("dots"), {QStringLiteral("payouts"), QStringLiteral("batch"), broken});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.contains("line 3"), r.err.constData());
    QCOMPARE(posts(), before);
    // A good file: journaled and sent once, under the script's key.
    const QString good = write("good.csv", header + users[0] + QStringLiteral(",12.50,paypal\n") +
                                               users[1] + QStringLiteral(",7.25,venmo\n"));
    const QStringList send = {
        QStringLiteral("payouts"), QStringLiteral("batch"),     good,
        QStringLiteral("--key"),   QStringLiteral("weekly-49"), QStringLiteral("--json")};
    r = ctl(QStringLiteral("dots"), send);
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonObject sent = QJsonDocument::fromJson(r.out).array().first().toObject();
    QCOMPARE(sent[QStringLiteral("key")].toString(), QStringLiteral("weekly-49"));
    QCOMPARE(sent[QStringLiteral("amount")].toString(), QStringLiteral("19.75"));
    QCOMPARE(sent[QStringLiteral("state")].toString(), QStringLiteral("succeeded"));
    QVERIFY(!sent[QStringLiteral("reference")].toString().isEmpty());
    QCOMPARE(posts(), before + 1);
    // The same key again: refused before anything leaves.
    r = ctl(QStringLiteral("dots"), send);
    QCOMPARE(r.exit, 2);
    QCOMPARE(posts(), before + 1);
    // The same payees and amounts under a new key repeat a recent payout: not without a word.
    r = ctl(QStringLiteral("dots"), {QStringLiteral("payouts"), QStringLiteral("batch"), good});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.contains("--skip-repeats"), r.err.constData());
    QCOMPARE(posts(), before + 1);
    // Left out, nothing is left to send; a new line among them goes alone.
    const QString more = write("more.csv", header + users[0] + QStringLiteral(",12.50,paypal\n") +
                                               users[0] + QStringLiteral(",3.00,paypal\n"));
    r = ctl(QStringLiteral("dots"), {QStringLiteral("payouts"), QStringLiteral("batch"), more,
                                     QStringLiteral("--skip-repeats"), QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().first()[QStringLiteral("amount")].toString(),
             QStringLiteral("3.00"));
    QCOMPARE(posts(), before + 2);
}

QTEST_GUILESS_MAIN(TestTreasuryctlPayouts)
#include "tst_treasuryctl_payouts.moc"
