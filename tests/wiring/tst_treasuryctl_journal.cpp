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

namespace {
struct Run
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

/**
 * treasuryctl and the journal the GUI keeps: its card and wallet actions are journaled as
 * the GUI's are, `payouts journal` lists what is there, and `payouts reconcile` checks open
 * payouts while the GUI's controller, in this process, may be sending one.
 */
class TestTreasuryctlJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cardActionsAreJournaledAndListed();
    void nothingIsSentWithoutAJournal();
    void cardLimitCreateAndCancelAreJournaled();
    void reconcileLeavesAPayoutInFlightToItsOwner();
    void reconcileSettlesWhatAStoppedCopyLeftOpen();
    void methodsNameTheProvidersFields();
    void sendPaysOnceByTheDocumentedFields();
    void sendRefusesWhatTheFormRefuses();
    void lostAnswerExitsUnknownAndIsJournaledSo();
    void reconcileKeepsLookingForTheChosenWindow();
    void anAdHocPayoutIsReconciledWithTheSameFlags();
    void aSentPayoutIsCancelledOnceAndJournaled();
    void aSentPayoutsFeeGoesWithItsListedRow();

private:
    Run raw(const QStringList &arguments, const QByteArray &stdinText = {});
    Run ctl(const QString &emulator, const QStringList &arguments);
    QString storePath() const;
    /// A saved Dinari connection (its secret in the keychain); its id.
    QString saveDinari();
    QString firstOpenCard();
    /// The GUI's side: a provider for the saved connection, and an ACH payout through it.
    std::unique_ptr<DinariProvider> guiDinari(const QString &connectionId);
    static PayoutRequest achFromTheGui(const char *amount);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;
    QNetworkAccessManager m_nam;
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

QString TestTreasuryctlJournal::storePath() const
{
    return m_home->filePath(QStringLiteral("data/TreasuryDesk/treasury-desk/treasury.sqlite"));
}

Run TestTreasuryctlJournal::raw(const QStringList &arguments, const QByteArray &stdinText)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    for (const QString &emulator :
         {QStringLiteral("dashfi"), QStringLiteral("crypto"), QStringLiteral("dinari")})
        env.insert(QStringLiteral("TD_SECRET_") + emulator.toUpper(),
                   m_sandbox->credential(emulator));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TREASURYCTL), arguments);
    if (!stdinText.isNull())
        p.write(stdinText);
    p.closeWriteChannel();
    Run r;
    // The sandbox lives in this process: keep its event loop turning while the child runs.
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 120000))
        return r;
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

Run TestTreasuryctlJournal::ctl(const QString &emulator, const QStringList &arguments)
{
    return raw(QStringList{QStringLiteral("--provider"), emulator, QStringLiteral("--base-url"),
                           m_sandbox->baseUrl(emulator).toString(),
                           QStringLiteral("--credential-env"),
                           QStringLiteral("TD_SECRET_") + emulator.toUpper()} +
               arguments);
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

QString TestTreasuryctlJournal::saveDinari()
{
    const QString name = QStringLiteral("Dinari ") + QUuid::createUuid().toString(QUuid::Id128);
    Run r =
        raw({QStringLiteral("connections"), QStringLiteral("add"), QStringLiteral("--name"), name,
             QStringLiteral("--provider"), QStringLiteral("dinari"), QStringLiteral("--base-url"),
             m_sandbox->baseUrl(QStringLiteral("dinari")).toString()},
            m_sandbox->credential(QStringLiteral("dinari")).toUtf8() + '\n');
    if (r.exit != 0)
        return QString();
    r = raw({QStringLiteral("connections"), QStringLiteral("list"), QStringLiteral("--json")});
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
        if (v[QStringLiteral("name")].toString() == name)
            return v[QStringLiteral("id")].toString();
    }
    return QString();
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

namespace {
const QStringList AchFields = {
    QStringLiteral("--field"), QStringLiteral("RECIPIENT_FULL_NAME=Sage Smith"),
    QStringLiteral("--field"), QStringLiteral("RECIPIENT_BANK_ACCOUNT=1234567890"),
    QStringLiteral("--field"), QStringLiteral("RECIPIENT_BANK_ROUTING=021000021")};
QStringList send(const char *amount)
{
    return {QStringLiteral("payouts"),    QStringLiteral("send"),     QStringLiteral("--method"),
            QStringLiteral("dinari.ach"), QStringLiteral("--amount"), QLatin1String(amount),
            QStringLiteral("--currency"), QStringLiteral("USD"),      QStringLiteral("--json")};
}
} // namespace

void TestTreasuryctlJournal::methodsNameTheProvidersFields()
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

void TestTreasuryctlJournal::sendPaysOnceByTheDocumentedFields()
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

void TestTreasuryctlJournal::sendRefusesWhatTheFormRefuses()
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

void TestTreasuryctlJournal::aSentPayoutIsCancelledOnceAndJournaled()
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

void TestTreasuryctlJournal::aSentPayoutsFeeGoesWithItsListedRow()
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

QTEST_GUILESS_MAIN(TestTreasuryctlJournal)
#include "tst_treasuryctl_journal.moc"
