#include "CtlSandboxFixture.h"

#include "ActionJournal.h"
#include "DashfiEmulator.h"
#include "DinariEmulator.h"
#include "DinariProvider.h"
#include "PayoutController.h"
#include "ProviderRegistry.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

/**
 * treasuryctl and the journal the GUI keeps: its card and wallet actions are journaled as
 * the GUI's are, `payouts journal` lists what is there, and `payouts reconcile` checks open
 * payouts while the GUI's controller, in this process, may be sending one.
 */
class TestTreasuryctlJournal : public QObject, protected CtlSandboxFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cardActionsAreJournaledAndListed();
    void nothingIsSentWithoutAJournal();
    void cardLimitCreateAndCancelAreJournaled();
    void aCardCreatedWithoutAnAnswerIsFoundByItsId();
    void reconcileLeavesAPayoutInFlightToItsOwner();
    void reconcileSettlesWhatAStoppedCopyLeftOpen();
    void lostAnswerExitsUnknownAndIsJournaledSo();
    void reconcileKeepsLookingForTheChosenWindow();
    void anAdHocPayoutIsReconciledWithTheSameFlags();

private:
    QString firstOpenCard();
    /// The GUI's side: a provider for the saved connection, and an ACH payout through it.
    std::unique_ptr<DinariProvider> guiDinari(const QString &connectionId);
    static PayoutRequest achFromTheGui(const char *amount);
};

void TestTreasuryctlJournal::initTestCase()
{
    m_sandbox = TestSupport::startedSandbox(600);
    QVERIFY(m_sandbox);
    QVERIFY(QFile::exists(QStringLiteral(TREASURYCTL)));
}

void TestTreasuryctlJournal::init()
{
    m_sandbox->faults().clear();
    m_home = std::make_unique<QTemporaryDir>();
}

QString TestTreasuryctlJournal::firstOpenCard()
{
    for (const auto &c : m_sandbox->dashfi().cards()) {
        if (c.state == QLatin1String("OPEN"))
            return QString::number(c.id);
    }
    return QString();
}

std::unique_ptr<DinariProvider> TestTreasuryctlJournal::guiDinari(const QString &connectionId)
{
    const QStringList cred = m_sandbox->credential(QStringLiteral("dinari")).split(u':');
    auto dinari = std::make_unique<DinariProvider>(QStringLiteral("GUI Dinari"), &m_nam,
                                                   m_sandbox->baseUrl(QStringLiteral("dinari")),
                                                   cred[0], cred[1]);
    dinari->setConnectionId(connectionId);
    return dinari;
}

PayoutRequest TestTreasuryctlJournal::achFromTheGui(const char *amount)
{
    PayoutRequest r;
    r.method = PayoutMethod::DinariAch;
    r.connection = QStringLiteral("GUI Dinari");
    r.amount = *Money::parse(QString::fromLatin1(amount));
    r.currency = QStringLiteral("USD");
    r.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.fields = {{PayoutField::RecipientName, QStringLiteral("Sage Smith")},
                {PayoutField::BankAccount, QStringLiteral("1234567890")},
                {PayoutField::BankRouting, QStringLiteral("021000021")}};
    return r;
}

void TestTreasuryctlJournal::cardActionsAreJournaledAndListed()
{
    const QString id = firstOpenCard();
    QVERIFY(!id.isEmpty());
    Run r = ctl(QStringLiteral("dashfi"), {QStringLiteral("cards"), QStringLiteral("freeze"), id});
    QVERIFY2(r.exit == 0, r.err.constData());
    r = ctl(QStringLiteral("dashfi"), {QStringLiteral("cards"), QStringLiteral("unfreeze"), id});
    QVERIFY2(r.exit == 0, r.err.constData());
    ActionJournal journal(storePath());
    QVERIFY(journal.open());
    const QList<JournalEntry> entries = journal.entries(); // newest first
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).action, JournalAction(JournalAction::Kind::Freeze));
    QCOMPARE(entries.at(0).action, JournalAction(JournalAction::Kind::Unfreeze));
    for (const JournalEntry &e : entries) {
        QCOMPARE(e.state, JournalEntry::State::Succeeded);
        QCOMPARE(e.target, id);
        QCOMPARE(e.provider, QStringLiteral("dashfi"));
        QCOMPARE(e.user, ActionJournal::currentUser());
    }
    // A wallet opened from the command line is journaled too.
    r = ctl(QStringLiteral("crypto"),
            {QStringLiteral("wallets"), QStringLiteral("create"), QStringLiteral("Payroll")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QCOMPARE(journal.entries().first().action, JournalAction(JournalAction::Kind::CreateWallet));
    // What scripts read back.
    r = raw({QStringLiteral("payouts"), QStringLiteral("journal"), QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), 3);
    const QJsonObject freeze = rows.at(2).toObject();
    for (const char *key : {"key", "method", "connection", "amount", "currency", "state",
                            "reference", "message", "created", "updated"})
        QVERIFY2(freeze.contains(QLatin1String(key)), key);
    QCOMPARE(freeze[QStringLiteral("method")].toString(), QStringLiteral("freeze"));
    QCOMPARE(freeze[QStringLiteral("state")].toString(), QStringLiteral("succeeded"));
    QVERIFY(freeze[QStringLiteral("amount")].isNull());
    r = raw({QStringLiteral("payouts"), QStringLiteral("journal"), QStringLiteral("--open"),
             QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
}

void TestTreasuryctlJournal::cardLimitCreateAndCancelAreJournaled()
{
    using Kind = JournalAction::Kind;
    const QString id = firstOpenCard();
    Run r = ctl(QStringLiteral("dashfi"),
                {QStringLiteral("cards"), QStringLiteral("limit"), id, QStringLiteral("250.00")});
    QVERIFY2(r.exit == 0, r.err.constData());
    r = ctl(QStringLiteral("dashfi"), {QStringLiteral("cards"), QStringLiteral("create"),
                                       QStringLiteral("Ops travel"), QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QString made =
        QJsonDocument::fromJson(r.out).array().first()[QStringLiteral("id")].toVariant().toString();
    QVERIFY(!made.isEmpty());
    // Cancelling is for good: not without --yes, and nothing is journaled then.
    r = ctl(QStringLiteral("dashfi"), {QStringLiteral("cards"), QStringLiteral("cancel"), made});
    QCOMPARE(r.exit, 2);
    r = ctl(QStringLiteral("dashfi"),
            {QStringLiteral("cards"), QStringLiteral("cancel"), made, QStringLiteral("--yes")});
    QVERIFY2(r.exit == 0, r.err.constData());
    ActionJournal journal(storePath());
    QVERIFY(journal.open());
    const QList<JournalEntry> entries = journal.entries(); // newest first
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(2).action, JournalAction(Kind::Limit));
    QCOMPARE(entries.at(2).amount->toString(), QStringLiteral("250.00"));
    QCOMPARE(entries.at(2).target, id);
    QCOMPARE(entries.at(1).action, JournalAction(Kind::CreateCard));
    QCOMPARE(entries.at(1).target, QStringLiteral("Ops travel"));
    QCOMPARE(entries.at(0).action, JournalAction(Kind::CancelCard));
    QCOMPARE(entries.at(0).target, made);
    for (const JournalEntry &e : entries)
        QCOMPARE(e.state, JournalEntry::State::Succeeded);
}

void TestTreasuryctlJournal::aCardCreatedWithoutAnAnswerIsFoundByItsId()
{
    const int before = int(m_sandbox->dashfi().cards().size());
    m_sandbox->faults().add(
        TestSupport::faultOnce("dashfi", "/cards", "POST", FaultRule::Kind::DropAfterProcess));
    const Run r =
        ctl(QStringLiteral("dashfi"), {QStringLiteral("cards"), QStringLiteral("create"),
                                       QStringLiteral("Lost reply"), QStringLiteral("--json")});
    // Made once; the list shows it under the id we sent, so the outcome is known.
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY2(r.err.contains("found in the list"), r.err.constData());
    QCOMPARE(int(m_sandbox->dashfi().cards().size()), before + 1);
    const auto made = m_sandbox->dashfi().cards().constLast();
    QCOMPARE(
        QJsonDocument::fromJson(r.out).array().first()[QStringLiteral("id")].toVariant().toString(),
        QString::number(made.id));
    ActionJournal journal(storePath());
    QVERIFY(journal.open());
    const JournalEntry e = journal.entries().first();
    QCOMPARE(e.action, JournalAction(JournalAction::Kind::CreateCard));
    QCOMPARE(e.state, JournalEntry::State::Succeeded);
    QCOMPARE(e.reference, QString::number(made.id));
    QVERIFY(e.request.contains(made.externalId.toUtf8()));
}

void TestTreasuryctlJournal::nothingIsSentWithoutAJournal()
{
    // Where the data folder should be, a file: the journal cannot be opened.
    QDir().mkpath(m_home->filePath(QStringLiteral("data")));
    QFile blocker(m_home->filePath(QStringLiteral("data/TreasuryDesk")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString id = firstOpenCard();
    const Run r =
        ctl(QStringLiteral("dashfi"), {QStringLiteral("cards"), QStringLiteral("freeze"), id});
    QCOMPARE(r.exit, 5);
    QVERIFY2(r.err.contains("nothing is sent"), r.err.constData());
    for (const auto &c : m_sandbox->dashfi().cards()) {
        if (QString::number(c.id) == id)
            QCOMPARE(c.state, QStringLiteral("OPEN"));
    }
}

void TestTreasuryctlJournal::reconcileLeavesAPayoutInFlightToItsOwner()
{
    const QString connectionId = saveDinari();
    QVERIFY(!connectionId.isEmpty());
    // "The GUI": its controller on the same journal, sending through the same connection.
    ActionJournal journal(storePath());
    QVERIFY2(journal.open(), qPrintable(journal.lastError()));
    const std::unique_ptr<DinariProvider> dinari = guiDinari(connectionId);
    ProviderRegistry registry;
    registry.add(dinari.get());
    PayoutController gui(&journal, &registry, Clock::system());
    // The gateway takes 8 s to commit and answer: treasuryctl runs meanwhile.
    QString error;
    QVERIFY(m_sandbox->faults().addSpec(QStringLiteral("dinari:/:slow-commit:ms=8000,count=1"),
                                        &error));
    const int before = m_sandbox->dinari().sentCount(QStringLiteral("ACH"));
    const PayoutRequest r = achFromTheGui("15.37");
    QVERIFY(gui.submit(r));
    const Run run =
        raw({QStringLiteral("payouts"), QStringLiteral("reconcile"), QStringLiteral("--json")});
    QVERIFY2(run.exit == 0, run.err.constData());
    QVERIFY2(run.err.contains("Another copy"), run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(journal.byKey(r.idempotencyKey)->state,
                              JournalEntry::State::Succeeded, 20000);
    QCOMPARE(m_sandbox->dinari().sentCount(QStringLiteral("ACH")), before + 1);
}

void TestTreasuryctlJournal::reconcileSettlesWhatAStoppedCopyLeftOpen()
{
    const QString connectionId = saveDinari();
    QVERIFY(!connectionId.isEmpty());
    ActionJournal journal(storePath());
    QVERIFY(journal.open());
    const std::unique_ptr<DinariProvider> dinari = guiDinari(connectionId);
    ProviderRegistry registry;
    registry.add(dinari.get());
    QString error;
    QVERIFY(m_sandbox->faults().addSpec(QStringLiteral("dinari:/:timeout-after:count=1"), &error));
    const int before = m_sandbox->dinari().sentCount(QStringLiteral("ACH"));
    const PayoutRequest r = achFromTheGui("15.91");
    {
        PayoutController gui(&journal, &registry, Clock::system());
        QVERIFY(gui.submit(r));
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->dinari().sentCount(QStringLiteral("ACH")), before + 1,
                                  5000);
        // The GUI quits before the answer.
    }
    dinari->abandonAll();
    QCOMPARE(journal.byKey(r.idempotencyKey)->state, JournalEntry::State::Pending);
    const Run run =
        raw({QStringLiteral("payouts"), QStringLiteral("reconcile"), QStringLiteral("--json")});
    QVERIFY2(run.exit == 0, run.err.constData());
    const QJsonArray changed = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first()[QStringLiteral("key")].toString(), r.idempotencyKey);
    QCOMPARE(changed.first()[QStringLiteral("state")].toString(), QStringLiteral("succeeded"));
    QCOMPARE(changed.first()[QStringLiteral("amount")].toString(), QStringLiteral("15.91"));
    QCOMPARE(journal.byKey(r.idempotencyKey)->state, JournalEntry::State::Succeeded);
    QCOMPARE(m_sandbox->dinari().sentCount(QStringLiteral("ACH")), before + 1);
}

void TestTreasuryctlJournal::lostAnswerExitsUnknownAndIsJournaledSo()
{
    // The gateway fails after the request arrived: whether it paid is unknown.
    QString error;
    QVERIFY(m_sandbox->faults().addSpec(QStringLiteral("dinari:/:503:count=1"), &error));
    const Run r = ctl(QStringLiteral("dinari"), send("12.36") + AchFields);
    QCOMPARE(r.exit, 6);
    const QJsonObject entry = QJsonDocument::fromJson(r.out).array().first().toObject();
    QCOMPARE(entry[QStringLiteral("state")].toString(), QStringLiteral("unknown"));
    QVERIFY2(entry[QStringLiteral("message")].toString().contains(
                 QStringLiteral("Nothing is sent again")),
             r.out.constData());
    const Run open = raw({QStringLiteral("payouts"), QStringLiteral("journal"),
                          QStringLiteral("--open"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(open.out).array().size(), 1);
}

void TestTreasuryctlJournal::reconcileKeepsLookingForTheChosenWindow()
{
    const QString connectionId = saveDinari();
    QVERIFY(!connectionId.isEmpty());
    const Run list =
        raw({QStringLiteral("connections"), QStringLiteral("list"), QStringLiteral("--json")});
    const QString name =
        QJsonDocument::fromJson(list.out).array().first()[QStringLiteral("name")].toString();
    // Refused before it was booked, but the answer says nothing clear: unknown.
    QString error;
    QVERIFY(m_sandbox->faults().addSpec(QStringLiteral("dinari:/:503:count=1"), &error));
    QCOMPARE(
        raw(QStringList{QStringLiteral("--connection"), name} + send("12.47") + AchFields).exit, 6);
    const auto entry = [this] {
        const Run r =
            raw({QStringLiteral("payouts"), QStringLiteral("journal"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out).array().first().toObject();
    };
    const QStringList reconcile = {QStringLiteral("payouts"), QStringLiteral("reconcile"),
                                   QStringLiteral("--json")};
    // Within the hour by default: not found is not proof, so no one is asked yet; the
    // exit code says a payout is still unknown.
    Run r = raw(reconcile);
    QVERIFY2(r.exit == 6, r.err.constData());
    QCOMPARE(entry()[QStringLiteral("state")].toString(), QStringLiteral("unknown"));
    QCOMPARE(entry()[QStringLiteral("needs_decision")].toBool(), false);
    // The window chosen in Preferences (here: over already) holds for treasuryctl too.
    {
        QSettings settings(
            m_home->filePath(QStringLiteral("config/TreasuryDesk/treasury-desk.conf")),
            QSettings::IniFormat);
        QVERIFY(!settings.allKeys().isEmpty()); // the file the saved connection is in
        settings.setValue(QStringLiteral("payouts/dinari/settlingMinutes"), 0);
    }
    r = raw(reconcile);
    QVERIFY2(r.exit == 6, r.err.constData());
    const QJsonArray changed = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first()[QStringLiteral("needs_decision")].toBool(), true);
    QCOMPARE(entry()[QStringLiteral("state")].toString(), QStringLiteral("unknown"));
    QCOMPARE(entry()[QStringLiteral("needs_decision")].toBool(), true);
}

void TestTreasuryctlJournal::anAdHocPayoutIsReconciledWithTheSameFlags()
{
    // Paid, then the connection dropped before the answer, and the list that would show it
    // cannot be read yet: unknown, through a connection given on the command line only.
    QString error;
    QVERIFY(m_sandbox->faults().addSpec(QStringLiteral("dinari:/list-transactions:500;"
                                                       "dinari:/:drop-after:count=1"),
                                        &error));
    const int before = m_sandbox->dinari().sentCount(QStringLiteral("ACH"));
    const Run sent = ctl(QStringLiteral("dinari"), send("12.58") + AchFields);
    QVERIFY2(sent.exit == 6, sent.out.constData());
    QCOMPARE(m_sandbox->dinari().sentCount(QStringLiteral("ACH")), before + 1);
    m_sandbox->faults().clear();
    const QStringList reconcile = {QStringLiteral("payouts"), QStringLiteral("reconcile"),
                                   QStringLiteral("--json")};
    // Without the flags it cannot be looked at: said, and not exit 0.
    Run r = raw(reconcile);
    QCOMPARE(r.exit, 6);
    QVERIFY2(r.err.contains("cannot be opened; left open"), r.err.constData());
    // Another secret is another connection: still not looked at.
    QByteArray other = m_sandbox->credential(QStringLiteral("dinari")).toUtf8() + "x";
    qputenv("TD_OTHER_SECRET", other);
    r = raw(QStringList{QStringLiteral("--provider"), QStringLiteral("dinari"),
                        QStringLiteral("--base-url"),
                        m_sandbox->baseUrl(QStringLiteral("dinari")).toString(),
                        QStringLiteral("--credential-env"), QStringLiteral("TD_OTHER_SECRET")} +
            reconcile);
    QCOMPARE(r.exit, 6);
    // The same flags reopen it: found in Dinari's list, settled, paid once.
    r = ctl(QStringLiteral("dinari"), reconcile);
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonArray changed = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first()[QStringLiteral("state")].toString(), QStringLiteral("succeeded"));
    QCOMPARE(m_sandbox->dinari().sentCount(QStringLiteral("ACH")), before + 1);
}

QTEST_GUILESS_MAIN(TestTreasuryctlJournal)
#include "tst_treasuryctl_journal.moc"
