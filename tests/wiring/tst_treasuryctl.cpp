#include "ActionJournal.h"
#include "CryptoEmulator.h"
#include "DashfiEmulator.h"
#include "DashfiProvider.h"
#include "DinariEmulator.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"
#include "SpreadsheetReadback.h"
#include "TestSupport.h"
#include "TransactionExporter.h"
#include "TransactionStore.h"
#include "TransactionTable.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <QUuid>
#include <sys/stat.h>

namespace {

struct Run
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
};

const QStringList Providers = {QStringLiteral("dashfi"), QStringLiteral("dinari"),
                               QStringLiteral("dots"), QStringLiteral("crypto"),
                               QStringLiteral("dart")};

} // namespace

/// treasuryctl as a script runs it: the real binary against the sandbox over loopback.
class TestTreasuryctl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void statusOfEveryProvider();
    void failuresHaveDistinctCodesAndOneLine();
    void balancesJsonShape();
    void balancesTotalSaysWhatItLeavesOut();
    void cardsListSearchFreezeUnfreeze();
    void transactionsDateRangeToCsvFromEveryProvider();
    void transactionsJsonAndStdout();
    void totalsCountWhatMovedAndAgreeWithTheManifest();
    void failedFetchOrWriteLeavesNoFile();
    void savedConnectionThroughTheKeychain();
    void oneTransactionById();
    void payoutsStatusCurrenciesAndBatches();
    void walletsCreateListShow();
    void renamedConnectionKeepsItsHistoryAndJournal();
    void outputThatCannotBeWrittenFails();
    void controlCharactersCannotForgeLines();
    void exportRefusesDevicesPipesAndLinks();
    void helpForEveryCommand();
    void progressOnlyOnATerminal();

private:
    /// Runs treasuryctl with the ad hoc options for a sandbox emulator.
    Run ctl(const QString &emulator, const QStringList &arguments,
            const QByteArray &stdinText = {});
    Run raw(const QStringList &arguments, const QByteArray &stdinText = {},
            const QProcessEnvironment &extra = {});

    std::unique_ptr<SandboxServer> m_sandbox;
    QTemporaryDir m_home;
    QString m_stdoutFile; ///< where the next run's stdout goes, once (a device, for tests)
};

void TestTreasuryctl::initTestCase()
{
    m_sandbox = TestSupport::startedSandbox(600);
    QVERIFY(m_sandbox);
    QVERIFY(QFile::exists(QStringLiteral(TREASURYCTL)));
}

void TestTreasuryctl::init()
{
    m_sandbox->faults().clear();
}

Run TestTreasuryctl::raw(const QStringList &arguments, const QByteArray &stdinText,
                         const QProcessEnvironment &extra)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Its own settings file; the keychain is the session's (the README's test command).
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(extra);
    p.setProcessEnvironment(env);
    if (!m_stdoutFile.isEmpty())
        p.setStandardOutputFile(std::exchange(m_stdoutFile, QString()));
    p.start(QStringLiteral(TREASURYCTL), arguments);
    if (!stdinText.isNull())
        p.write(stdinText);
    p.closeWriteChannel();
    // The sandbox lives in this process: keep its event loop turning while the child runs.
    Run r;
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000))
        return r;
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

Run TestTreasuryctl::ctl(const QString &emulator, const QStringList &arguments,
                         const QByteArray &stdinText)
{
    QStringList args = {QStringLiteral("--provider"),       emulator.section(u'-', 0, 0),
                        QStringLiteral("--base-url"),       m_sandbox->baseUrl(emulator).toString(),
                        QStringLiteral("--credential-env"), QStringLiteral("TD_TEST_SECRET")};
    const QJsonObject settings = m_sandbox->settings(emulator);
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        QStringList values;
        for (const QJsonValue &v : it.value().toArray())
            values.append(v.toString());
        args << QStringLiteral("--setting")
             << it.key() + u'=' +
                    (it.value().isArray() ? values.join(u',') : it.value().toString());
    }
    QProcessEnvironment env;
    env.insert(QStringLiteral("TD_TEST_SECRET"), m_sandbox->credential(emulator));
    return raw(args + arguments, stdinText, env);
}

void TestTreasuryctl::statusOfEveryProvider()
{
    for (const QString &p : Providers) {
        const Run r = ctl(p, {QStringLiteral("status")});
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("OK"));
        // Quiet on stderr when it is not a terminal.
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }
}

void TestTreasuryctl::failuresHaveDistinctCodesAndOneLine()
{
    auto oneLine = [](const Run &r) {
        return r.err.endsWith('\n') && r.err.count('\n') == 1 && r.err.startsWith("treasuryctl: ");
    };
    // Usage: 2.
    for (const QStringList &args :
         {QStringList(), QStringList{QStringLiteral("frobnicate")},
          QStringList{QStringLiteral("--provider"), QStringLiteral("dashfi"),
                      QStringLiteral("status")},
          QStringList{QStringLiteral("--provider"), QStringLiteral("dashfi"),
                      QStringLiteral("--base-url"), QStringLiteral("http://example.com/api-v1"),
                      QStringLiteral("--credential-env"), QStringLiteral("HOME"),
                      QStringLiteral("status")}}) {
        const Run r = raw(args);
        QVERIFY2(r.exit == 2, qPrintable(args.join(u' ') + u' ' + QString::fromUtf8(r.err)));
        QVERIFY2(oneLine(r), r.err.constData());
    }
    Run r =
        ctl(QStringLiteral("dashfi"), {QStringLiteral("transactions"), QStringLiteral("--since"),
                                       QStringLiteral("2026-13-01")});
    QCOMPARE(r.exit, 2);
    r = ctl(QStringLiteral("dashfi"),
            {QStringLiteral("transactions"), QStringLiteral("--delimiter"), QStringLiteral("|")});
    QCOMPARE(r.exit, 2);
    // The secret is not taken from the command line, ever.
    r = raw({QStringLiteral("--provider"), QStringLiteral("dashfi"), QStringLiteral("--base-url"),
             m_sandbox->baseUrl(QStringLiteral("dashfi")).toString(),
             QStringLiteral("--credential-env"), QStringLiteral("TD_UNSET_VARIABLE"),
             QStringLiteral("status")});
    QCOMPARE(r.exit, 2);
    QVERIFY(r.err.contains("TD_UNSET_VARIABLE"));

    // Authentication: 3.
    QProcessEnvironment wrong;
    wrong.insert(QStringLiteral("TD_TEST_SECRET"), QStringLiteral("dfk_live_wrong"));
    r = raw({QStringLiteral("--provider"), QStringLiteral("dashfi"), QStringLiteral("--base-url"),
             m_sandbox->baseUrl(QStringLiteral("dashfi")).toString(),
             QStringLiteral("--credential-env"), QStringLiteral("TD_TEST_SECRET"),
             QStringLiteral("status")},
            {}, wrong);
    QVERIFY2(r.exit == 3, r.err.constData());
    QVERIFY(oneLine(r));

    // Provider or network: 4.
    FaultRule down;
    down.provider = QStringLiteral("dinari");
    down.kind = FaultRule::Kind::HtmlPage;
    down.status = 502;
    m_sandbox->faults().add(down);
    r = ctl(QStringLiteral("dinari"), {QStringLiteral("balances")});
    QVERIFY2(r.exit == 4, r.err.constData());
    QVERIFY(oneLine(r));
    QVERIFY(r.out.isEmpty());
}

void TestTreasuryctl::balancesJsonShape()
{
    const Run r =
        ctl(QStringLiteral("dinari"), {QStringLiteral("balances"), QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), 3);
    QStringList accounts;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.keys(), (QStringList{"account", "available", "connection", "currency", "pending",
                                        "provider"}));
        QCOMPARE(o.value(QStringLiteral("provider")).toString(), QStringLiteral("dinari"));
        QVERIFY(o.value(QStringLiteral("available")).isString());
        QVERIFY(o.value(QStringLiteral("pending")).isNull());
        accounts.append(o.value(QStringLiteral("account")).toString());
    }
    QCOMPARE(accounts, (QStringList{"payout", "float", "reserve"}));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("available")).toString(),
             QStringLiteral("50111.10"));
}

void TestTreasuryctl::balancesTotalSaysWhatItLeavesOut()
{
    const QStringList total = {QStringLiteral("balances"), QStringLiteral("--total"),
                               QStringLiteral("--json")};
    // DART holds USDC and gives no rate: left out, with the reason, never counted as 0.
    Run r = ctl(QStringLiteral("dart"), total);
    QVERIFY2(r.exit == 0, r.err.constData());
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o[QStringLiteral("usd_total")].toString(), QStringLiteral("0.00"));
    QVERIFY(QDateTime::fromString(o[QStringLiteral("as_of")].toString(), Qt::ISODate).isValid());
    const QJsonArray left = o[QStringLiteral("not_included")].toArray();
    QVERIFY(!left.isEmpty());
    for (const QJsonValue &v : left) {
        QCOMPARE(v[QStringLiteral("currency")].toString(), QStringLiteral("USDC"));
        QCOMPARE(v[QStringLiteral("reason")].toString(), QStringLiteral("no rate to USD"));
        QVERIFY(!v[QStringLiteral("connection")].toString().isEmpty());
    }
    // At par, as chosen in Preferences: the USDC counts, and the answer says how.
    Money usdc;
    r = ctl(QStringLiteral("dart"), {QStringLiteral("balances"), QStringLiteral("--json")});
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        usdc = *usdc.checkedAdd(*Money::parse(v[QStringLiteral("available")].toString()));
    {
        QSettings settings(
            m_home.filePath(QStringLiteral("config/TreasuryDesk/treasury-desk.conf")),
            QSettings::IniFormat);
        settings.setValue(QStringLiteral("valuation/stablecoinsAtPar"), true);
    }
    r = ctl(QStringLiteral("dart"), total);
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(*Money::parse(o[QStringLiteral("usd_total")].toString()), usdc);
    QCOMPARE(o[QStringLiteral("not_included")].toArray().size(), 0);
    QCOMPARE(o[QStringLiteral("at_par")].toArray(), QJsonArray{QStringLiteral("USDC")});
    QFile::remove(m_home.filePath(QStringLiteral("config/TreasuryDesk/treasury-desk.conf")));
    // The gateway values its coins with its own rates.
    r = ctl(QStringLiteral("crypto"), total);
    QVERIFY2(r.exit == 0, r.err.constData());
    o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(*Money::parse(o[QStringLiteral("usd_total")].toString()) > Money());
    // Dinari's prepaid cards are listed apart from the total, with what the sandbox holds.
    Money held = Money::fromMinorUnits(0, 2);
    for (const DinariEmulator::Card &c : m_sandbox->dinari().cards())
        if (c.status != QLatin1String("CANCELED"))
            held = *held.checkedAdd(c.balance);
    r = ctl(QStringLiteral("dinari"), total);
    QVERIFY2(r.exit == 0, r.err.constData());
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o[QStringLiteral("on_prepaid_cards")].toObject(),
             (QJsonObject{{QStringLiteral("USD"), held.toString(2)}}));
    // Apart: the total is the accounts' alone.
    Money accounts = Money::fromMinorUnits(0, 2);
    r = ctl(QStringLiteral("dinari"), {QStringLiteral("balances"), QStringLiteral("--json")});
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        accounts = *accounts.checkedAdd(*Money::parse(v[QStringLiteral("available")].toString()));
    QCOMPARE(*Money::parse(o[QStringLiteral("usd_total")].toString()), accounts);
}

void TestTreasuryctl::cardsListSearchFreezeUnfreeze()
{
    Run r = ctl(QStringLiteral("dashfi"), {QStringLiteral("cards"), QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonArray all = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(all.size(), m_sandbox->dashfi().cards().size());
    QJsonObject open;
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.keys(), (QStringList{"balance", "connection", "id", "last_four", "name",
                                        "provider", "spend_limit", "spend_limit_period", "state"}));
        // dash.fi's cards hold no money of their own: said as null, not zero.
        QVERIFY(o.value(QStringLiteral("balance")).isNull());
        if (open.isEmpty() && o.value(QStringLiteral("state")).toString() == QLatin1String("open"))
            open = o;
    }
    QVERIFY(!open.isEmpty());
    const QString id = open.value(QStringLiteral("id")).toString();
    const QString lastFour = open.value(QStringLiteral("last_four")).toString();

    r = ctl(QStringLiteral("dashfi"), {QStringLiteral("cards"), QStringLiteral("--json"),
                                       QStringLiteral("--search"), lastFour});
    const QJsonArray found = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!found.isEmpty() && found.size() < all.size());
    for (const QJsonValue &v : found)
        QVERIFY(v.toObject().value(QStringLiteral("last_four")).toString().contains(lastFour) ||
                v.toObject().value(QStringLiteral("name")).toString().contains(lastFour));

    auto stateOf = [this, &id] {
        for (const DashfiEmulator::Card &c : m_sandbox->dashfi().cards()) {
            if (QString::number(c.id) == id)
                return c.state;
        }
        return QString();
    };
    r = ctl(QStringLiteral("dashfi"), {QStringLiteral("cards"), QStringLiteral("freeze"), id});
    QVERIFY2(r.exit == 0, r.err.constData());
    QCOMPARE(stateOf(), QStringLiteral("PAUSED"));
    r = ctl(QStringLiteral("dashfi"), {QStringLiteral("cards"), QStringLiteral("unfreeze"), id});
    QVERIFY2(r.exit == 0, r.err.constData());
    QCOMPARE(stateOf(), QStringLiteral("OPEN"));
    r = ctl(QStringLiteral("dashfi"), {QStringLiteral("cards"), QStringLiteral("freeze")});
    QCOMPARE(r.exit, 2);
    r = ctl(QStringLiteral("dashfi"), {QStringLiteral("cards"), QStringLiteral("--json"),
                                       QStringLiteral("--last-four"), lastFour});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonArray ending = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!ending.isEmpty());
    for (const QJsonValue &v : ending)
        QCOMPARE(v.toObject().value(QStringLiteral("last_four")).toString(), lastFour);
    r = ctl(QStringLiteral("dashfi"),
            {QStringLiteral("cards"), QStringLiteral("show"), id, QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonArray shown = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().toObject(), open);
    r = ctl(QStringLiteral("dashfi"),
            {QStringLiteral("cards"), QStringLiteral("show"), QStringLiteral("987654")});
    QCOMPARE(r.exit, 4);

    // Dinari's prepaid cards say what they hold, to the cent the provider wrote.
    r = ctl(QStringLiteral("dinari"), {QStringLiteral("cards"), QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QHash<QString, QJsonValue> held;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        held.insert(v[QStringLiteral("id")].toString(), v[QStringLiteral("balance")]);
    QVERIFY(!m_sandbox->dinari().cards().isEmpty());
    for (const DinariEmulator::Card &c : m_sandbox->dinari().cards())
        QCOMPARE(held.value(c.id).toString(), c.balance.toString(2));
}

void TestTreasuryctl::oneTransactionById()
{
    Run r =
        ctl(QStringLiteral("dashfi"), {QStringLiteral("transactions"), QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonObject want = QJsonDocument::fromJson(r.out).array().at(3).toObject();
    const QString id = want.value(QStringLiteral("transaction_id")).toString();
    QVERIFY(!id.isEmpty());
    r = ctl(QStringLiteral("dashfi"),
            {QStringLiteral("transactions"), QStringLiteral("--id"), id, QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonArray one = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().toObject(), want);
    // The crypto gateway's withdrawals are looked up the same way.
    r = ctl(QStringLiteral("crypto"),
            {QStringLiteral("transactions"), QStringLiteral("--id"), QStringLiteral("missing")});
    QCOMPARE(r.exit, 4);
}

void TestTreasuryctl::payoutsStatusCurrenciesAndBatches()
{
    Run r = ctl(QStringLiteral("crypto"), {QStringLiteral("payouts"), QStringLiteral("currencies"),
                                           QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonArray currencies = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!currencies.isEmpty());
    for (const QJsonValue &v : currencies) {
        const QJsonObject c = v.toObject();
        QCOMPARE(c.keys(), (QStringList{"currency", "maximum", "minimum", "name", "network"}));
        QVERIFY(Money::parse(c.value(QStringLiteral("minimum")).toString()).has_value());
    }
    r = ctl(QStringLiteral("crypto"), {QStringLiteral("transactions"), QStringLiteral("--json")});
    QString withdrawal;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
        if (v.toObject().value(QStringLiteral("direction")).toString() == QLatin1String("out"))
            withdrawal = v.toObject().value(QStringLiteral("transaction_id")).toString();
    }
    QVERIFY(!withdrawal.isEmpty());
    r = ctl(QStringLiteral("crypto"),
            {QStringLiteral("payouts"), QStringLiteral("status"), withdrawal});
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY2(r.out.startsWith(withdrawal.toUtf8() + '\t'), r.out.constData());
    r = ctl(QStringLiteral("dots"),
            {QStringLiteral("payouts"), QStringLiteral("batches"), QStringLiteral("--since"),
             QStringLiteral("2020-01-01"), QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY(QJsonDocument::fromJson(r.out).isArray());
    // What a provider does not offer says so, with the provider's exit code.
    r = ctl(QStringLiteral("dart"), {QStringLiteral("payouts"), QStringLiteral("currencies")});
    QCOMPARE(r.exit, 4);
    r = ctl(QStringLiteral("crypto"), {QStringLiteral("payouts"), QStringLiteral("refund")});
    QCOMPARE(r.exit, 2);
}

void TestTreasuryctl::walletsCreateListShow()
{
    Run r =
        ctl(QStringLiteral("crypto"),
            {QStringLiteral("wallets"), QStringLiteral("create"), QStringLiteral("Ops reserve"),
             QStringLiteral("--external-id"), QStringLiteral("ops-1"), QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonObject made = QJsonDocument::fromJson(r.out).array().first().toObject();
    QCOMPARE(made.value(QStringLiteral("name")).toString(), QStringLiteral("Ops reserve"));
    QCOMPARE(made.value(QStringLiteral("external_id")).toString(), QStringLiteral("ops-1"));
    r = ctl(QStringLiteral("crypto"), {QStringLiteral("wallets"), QStringLiteral("list")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY(r.out.contains(made.value(QStringLiteral("id")).toString().toUtf8()));
    const QString seeded = m_sandbox->crypto().walletIds().value(0);
    r = ctl(QStringLiteral("crypto"),
            {QStringLiteral("wallets"), QStringLiteral("show"), seeded, QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY(!QJsonDocument::fromJson(r.out).array().isEmpty());
    r = ctl(QStringLiteral("crypto"), {QStringLiteral("wallets"), QStringLiteral("create")});
    QCOMPARE(r.exit, 2);
}

void TestTreasuryctl::transactionsDateRangeToCsvFromEveryProvider()
{
    const QDate until = QDate::currentDate().addDays(-1);
    const QDate since = until.addDays(-60);
    const QDateTime from = since.startOfDay(QTimeZone::utc());
    const QDateTime to = until.addDays(1).startOfDay(QTimeZone::utc());
    // DART's API documents no transaction history: it says so, with the provider's code.
    const Run dart = ctl(QStringLiteral("dart"), {QStringLiteral("transactions")});
    QCOMPARE(dart.exit, 4);
    QVERIFY(dart.err.contains("does not offer"));
    QVERIFY(dart.out.isEmpty());
    for (const QString &p : Providers.mid(0, 4)) {
        const QString file = m_home.filePath(p + QStringLiteral(".csv"));
        const Run r = ctl(p, {QStringLiteral("transactions"), QStringLiteral("--since"),
                              since.toString(Qt::ISODate), QStringLiteral("--until"),
                              until.toString(Qt::ISODate), QStringLiteral("--csv"), file});
        QVERIFY2(r.exit == 0, r.err.constData());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = TestSupport::parseCsv(f.readAll());
        QCOMPARE(rows.first(), TransactionExporter::defaultColumns());
        QVERIFY2(rows.size() > 1, qPrintable(p));
        QDateTime previous;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QDateTime at = QDateTime::fromString(rows.at(i).at(0), Qt::ISODate);
            QVERIFY2(at.isValid() && at >= from && at < to, qPrintable(rows.at(i).at(0)));
            QVERIFY(!previous.isValid() || previous <= at);
            previous = at;
            QCOMPARE(rows.at(i).at(1), p);
        }
    }
    // Exact against the emulator's own book, for one provider.
    const QString file = m_home.filePath(QStringLiteral("dinari-all.csv"));
    const Run r = ctl(QStringLiteral("dinari"),
                      {QStringLiteral("transactions"), QStringLiteral("--csv"), file});
    QVERIFY2(r.exit == 0, r.err.constData());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(TestSupport::parseCsv(f.readAll()).size() - 1,
             m_sandbox->dinari().transactions().size());
}

void TestTreasuryctl::transactionsJsonAndStdout()
{
    Run r = ctl(QStringLiteral("dots"), {QStringLiteral("transactions"), QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!rows.isEmpty());
    QStringList keys = TransactionExporter::defaultColumns();
    keys.sort();
    QCOMPARE(rows.first().toObject().keys(), keys);

    r = ctl(QStringLiteral("dots"),
            {QStringLiteral("transactions"), QStringLiteral("--csv"), QStringLiteral("-"),
             QStringLiteral("--delimiter"), QStringLiteral(";"), QStringLiteral("--bom")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY(r.out.startsWith("\xEF\xBB\xBF"
                             "date;provider;"));
    QCOMPARE(TestSupport::parseCsv(r.out.mid(3), u';').size() - 1, rows.size());
}

void TestTreasuryctl::totalsCountWhatMovedAndAgreeWithTheManifest()
{
    // Fees on listed rows are counted as below; a sent payout's fee joins its row in
    // tst_treasuryctl_journal.
    const QString provider = QStringLiteral("dashfi");
    const QStringList range = {QStringLiteral("transactions"), QStringLiteral("--since"),
                               QDate::currentDate().addDays(-90).toString(Qt::ISODate),
                               QStringLiteral("--until"),
                               QDate::currentDate().toString(Qt::ISODate)};
    Run r = ctl(provider, range + QStringList{QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    // By hand from the rows: settled and pending each way, the rest did not move.
    QMap<QString, Money> want;
    int notMovedRows = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
        const QString status = v[QStringLiteral("status")].toString();
        const QString way = v[QStringLiteral("direction")].toString();
        const QString key = status == QLatin1String("settled") || status == QLatin1String("pending")
                                ? status + u'_' + way
                                : QStringLiteral("not_moved");
        notMovedRows += key == QLatin1String("not_moved");
        // A fee counts where its row moved; the row that did not move charged nothing.
        if (const QString fee = v[QStringLiteral("fee")].toString();
            !fee.isEmpty() && key != QLatin1String("not_moved")) {
            const QString fees = status + QStringLiteral("_fees");
            want[fees] = *want.value(fees).checkedAdd(*Money::parse(fee));
        }
        // Signed in the rows (out is negative); the totals are magnitudes.
        Money amount = *Money::parse(v[QStringLiteral("amount")].toString());
        if (amount.isNegative())
            amount = *amount.checkedNegate();
        want[key] = *want.value(key).checkedAdd(amount);
    }
    QVERIFY(notMovedRows > 0); // declined rows in the sample: the rule is exercised
    r = ctl(provider, range + QStringList{QStringLiteral("--totals"), QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonArray totals = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(totals.size(), 1);
    const QJsonObject usd = totals.first().toObject();
    QCOMPARE(usd[QStringLiteral("currency")].toString(), QStringLiteral("USD"));
    const char *keys[] = {"settled_in",   "settled_out",  "pending_in", "pending_out",
                          "settled_fees", "pending_fees", "not_moved"};
    for (const char *key : keys)
        QVERIFY2(*Money::parse(usd[QLatin1String(key)].toString()) ==
                     want.value(QLatin1String(key)),
                 qPrintable(QStringLiteral("%1: %2, by hand %3")
                                .arg(QLatin1String(key), usd[QLatin1String(key)].toString(),
                                     want.value(QLatin1String(key)).toString())));
    QCOMPARE(usd[QStringLiteral("not_moved_count")].toInt(), notMovedRows);
    // Net is what came in less what went out, fees included.
    const Money out = *want.value(QStringLiteral("settled_out"))
                           .checkedAdd(want.value(QStringLiteral("pending_out")))
                           ->checkedAdd(want.value(QStringLiteral("settled_fees")))
                           ->checkedAdd(want.value(QStringLiteral("pending_fees")));
    const Money in = *want.value(QStringLiteral("settled_in"))
                          .checkedAdd(want.value(QStringLiteral("pending_in")));
    QCOMPARE(*Money::parse(usd[QStringLiteral("net")].toString()), *in.checkedSub(out));
    // The CSV's manifest, for the same filter, says the same.
    const QString file = m_home.filePath(provider + QStringLiteral("-totals.csv"));
    QVERIFY(ctl(provider,
                range + QStringList{QStringLiteral("--csv"), file, QStringLiteral("--manifest")})
                .exit == 0);
    QFile manifest(TransactionExporter::manifestPath(file));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(manifest.readAll())[QStringLiteral("totals")].toArray(),
             totals);
    manifest.close();
    // Written again without one: the old manifest goes with the old file.
    QCOMPARE(ctl(provider, range + QStringList{QStringLiteral("--csv"), file}).exit, 0);
    QVERIFY(!QFile::exists(TransactionExporter::manifestPath(file)));

    // The workbook's totals sheet, read back by LibreOffice, says the same again.
    const QString book = m_home.filePath(provider + QStringLiteral("-totals.xlsx"));
    r = ctl(provider, range + QStringList{QStringLiteral("--xlsx"), book});
    QVERIFY2(r.exit == 0, r.err.constData());
    QString error;
    const QList<SpreadsheetReadback::Sheet> sheets =
        SpreadsheetReadback::open(book, QString(), &error);
    QVERIFY2(sheets.size() == 2, qPrintable(error));
    QCOMPARE(sheets.at(0).rows.size() - 1, usd[QStringLiteral("count")].toInt());
    const QList<SpreadsheetReadback::Cell> sheetUsd = sheets.at(1).rows.value(1);
    QCOMPARE(sheetUsd.value(0).value, QStringLiteral("USD"));
    for (int i = 0; i < int(std::size(keys)); ++i)
        QCOMPARE(*Money::parse(sheetUsd.value(1 + i).value),
                 *Money::parse(usd[QLatin1String(keys[i])].toString()));
    // One output at a time.
    r = ctl(provider,
            range + QStringList{QStringLiteral("--xlsx"), book, QStringLiteral("--csv"), file});
    QCOMPARE(r.exit, 2);
}

void TestTreasuryctl::failedFetchOrWriteLeavesNoFile()
{
    const QString file = m_home.filePath(QStringLiteral("never.csv"));
    FaultRule broken;
    broken.provider = QStringLiteral("dashfi");
    broken.path = QStringLiteral("/transactions");
    broken.kind = FaultRule::Kind::MalformedJson;
    m_sandbox->faults().add(broken);
    Run r = ctl(QStringLiteral("dashfi"),
                {QStringLiteral("transactions"), QStringLiteral("--csv"), file});
    QVERIFY2(r.exit == 4, r.err.constData());
    QVERIFY(!QFile::exists(file));
    m_sandbox->faults().clear();

    // A directory that does not exist: local failure, 5.
    r = ctl(QStringLiteral("dinari"), {QStringLiteral("transactions"), QStringLiteral("--csv"),
                                       m_home.filePath(QStringLiteral("missing/dir/out.csv"))});
    QVERIFY2(r.exit == 5, r.err.constData());
}

void TestTreasuryctl::savedConnectionThroughTheKeychain()
{
    const QString name = QStringLiteral("Ops Dinari ") + QUuid::createUuid().toString(QUuid::Id128);
    const QString credential = m_sandbox->credential(QStringLiteral("dinari"));
    Run r =
        raw({QStringLiteral("connections"), QStringLiteral("add"), QStringLiteral("--name"), name,
             QStringLiteral("--provider"), QStringLiteral("dinari"), QStringLiteral("--base-url"),
             m_sandbox->baseUrl(QStringLiteral("dinari")).toString()},
            credential.toUtf8() + '\n');
    QVERIFY2(r.exit == 0, r.err.constData());

    r = raw({QStringLiteral("connections"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    bool listed = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        listed = listed || v.toObject().value(QStringLiteral("name")).toString() == name;
    QVERIFY(listed);
    // Only the non-secret part reached the settings file.
    const QString settingsFile =
        m_home.filePath(QStringLiteral("config/TreasuryDesk/treasury-desk.conf"));
    QFile settings(settingsFile);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray text = settings.readAll();
    QVERIFY(text.contains(name.toUtf8()));
    QVERIFY(!text.contains(credential.section(u':', 1).toUtf8()));

    r = raw({QStringLiteral("--connection"), name, QStringLiteral("balances"),
             QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().first().toObject().value(
                 QStringLiteral("connection")),
             QJsonValue(name));
    r = raw({QStringLiteral("transactions"), QStringLiteral("--connection"), name,
             QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());

    r = raw({QStringLiteral("connections"), QStringLiteral("remove"), name});
    QVERIFY2(r.exit == 0, r.err.constData());
    r = raw({QStringLiteral("--connection"), name, QStringLiteral("status")});
    QCOMPARE(r.exit, 2);
}

void TestTreasuryctl::renamedConnectionKeepsItsHistoryAndJournal()
{
    const QString name = QStringLiteral("Old Dinari ") + QUuid::createUuid().toString(QUuid::Id128);
    const QString renamed =
        QStringLiteral("New Dinari ") + QUuid::createUuid().toString(QUuid::Id128);
    QProcessEnvironment data;
    data.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    Run r =
        raw({QStringLiteral("connections"), QStringLiteral("add"), QStringLiteral("--name"), name,
             QStringLiteral("--provider"), QStringLiteral("dinari"), QStringLiteral("--base-url"),
             m_sandbox->baseUrl(QStringLiteral("dinari")).toString()},
            m_sandbox->credential(QStringLiteral("dinari")).toUtf8() + '\n', data);
    QVERIFY2(r.exit == 0, r.err.constData());
    // What the desktop kept of it: a transaction, and a payout still unknown.
    const QString store =
        m_home.filePath(QStringLiteral("data/TreasuryDesk/treasury-desk/treasury.sqlite"));
    {
        TransactionStore transactions(store);
        QVERIFY2(transactions.open(), qPrintable(transactions.lastError()));
        Transaction t;
        t.id = QStringLiteral("T-1");
        t.provider = QStringLiteral("dinari");
        t.connection = name;
        t.date = QDateTime::currentDateTimeUtc();
        t.amount = *Money::parse(u"12.34");
        t.currency = QStringLiteral("USD");
        // As a version before connection ids kept it: under provider and name.
        const ConnectionRef legacy{ConnectionRef::legacyId(QStringLiteral("dinari"), name),
                                   QStringLiteral("dinari"), name};
        QVERIFY(transactions.upsert(legacy, {t}, QDateTime::currentDateTimeUtc()));
        ActionJournal journal(store);
        QVERIFY(journal.open());
        JournalEntry e;
        e.key = QStringLiteral("open-payout");
        e.provider = QStringLiteral("dinari");
        e.connection = name;
        e.action = JournalAction::payout(PayoutMethod::DinariAch);
        e.state = JournalEntry::State::Unknown;
        QVERIFY(journal.append(e));
    }
    r = raw({QStringLiteral("connections"), QStringLiteral("rename"), name, renamed}, {}, data);
    QVERIFY2(r.exit == 0, r.err.constData());
    // The old name is gone.
    r = raw({QStringLiteral("connections"), QStringLiteral("rename"), name, renamed}, {}, data);
    QCOMPARE(r.exit, 2);
    r = raw({QStringLiteral("--connection"), renamed, QStringLiteral("status")}, {}, data);
    QVERIFY2(r.exit == 0, r.err.constData());
    TransactionStore transactions(store);
    QVERIFY(transactions.open());
    const auto table = transactions.loadAll();
    QVERIFY(table);
    QCOMPARE(table->size(), 1);
    QCOMPARE(table->connection(0), renamed);
    ActionJournal journal(store);
    QVERIFY(journal.open());
    const auto entry = journal.byKey(QStringLiteral("open-payout"));
    QCOMPARE(entry->connection, renamed);
    QVERIFY(!entry->connectionId.isEmpty());
    QCOMPARE(entry->state, JournalEntry::State::Unknown);
    // History and journal now belong to the same connection, by its id.
    QCOMPARE(table->connectionId(0), entry->connectionId);
    QVERIFY(transactions.syncState(entry->connectionId));
    r = raw({QStringLiteral("connections"), QStringLiteral("remove"), renamed}, {}, data);
    QVERIFY2(r.exit == 0, r.err.constData());
    // Removed: its history goes, as in the app; the journal keeps the payout for the audit.
    QCOMPARE(transactions.count(), qint64(0));
    QVERIFY(journal.byKey(QStringLiteral("open-payout")));
}

void TestTreasuryctl::controlCharactersCannotForgeLines()
{
    // A card named by someone hostile: an escape sequence that clears the screen, a carriage
    // return and a newline that would forge a row, a tab that would forge a column.
    const QString hostile = QStringLiteral("Ops\x1b[2J\rFAKE\tCOLUMN\nFORGED ROW");
    QNetworkAccessManager nam;
    DashfiProvider dashfi(QStringLiteral("Acme"), &nam,
                          m_sandbox->baseUrl(QStringLiteral("dashfi")),
                          m_sandbox->credential(QStringLiteral("dashfi")));
    NewCard card;
    card.name = hostile;
    QFuture<Result<Card>> created = dashfi.createCard(card);
    QVERIFY(QTest::qWaitFor([&] { return created.isFinished(); }, 10000));
    QVERIFY2(created.result().ok(), qPrintable(created.result().error().details()));
    const Run r = ctl(QStringLiteral("dashfi"),
                      {QStringLiteral("cards"), QStringLiteral("--name"), QStringLiteral("FAKE")});
    QVERIFY2(r.exit == 0, r.err.constData());
    // One row, its columns as many as any other row's, nothing a terminal would obey.
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY(!r.out.contains('\x1b') && !r.out.contains('\r'));
    QVERIFY2(lines.first().contains("Ops\\e[2J\\rFAKE\\tCOLUMN\\nFORGED ROW"),
             lines.first().constData());
    const Run all = ctl(QStringLiteral("dashfi"), {QStringLiteral("cards")});
    const int columns = int(all.out.split('\n').first().count('\t'));
    QCOMPARE(int(lines.first().count('\t')), columns);
}

void TestTreasuryctl::outputThatCannotBeWrittenFails()
{
    // A full disk under stdout: not a success with a cut-off answer, but exit 5, one line.
    m_stdoutFile = QStringLiteral("/dev/full");
    Run r = ctl(QStringLiteral("dinari"), {QStringLiteral("balances")});
    QCOMPARE(r.exit, 5);
    QVERIFY2(r.err.contains("disk is full"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    m_stdoutFile = QStringLiteral("/dev/full");
    r = ctl(QStringLiteral("dashfi"), {QStringLiteral("transactions"), QStringLiteral("--json")});
    QCOMPARE(r.exit, 5);
    m_stdoutFile = QStringLiteral("/dev/full");
    r = ctl(QStringLiteral("dashfi"),
            {QStringLiteral("transactions"), QStringLiteral("--csv"), QStringLiteral("-")});
    QCOMPARE(r.exit, 5);
}

void TestTreasuryctl::exportRefusesDevicesPipesAndLinks()
{
    const int before = m_sandbox->processedCount(QStringLiteral("dashfi"));
    const QString fifo = m_home.filePath(QStringLiteral("pipe"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString target = m_home.filePath(QStringLiteral("kept.csv"));
    {
        QFile kept(target);
        QVERIFY(kept.open(QIODevice::WriteOnly));
        kept.write("not to be replaced\n");
    }
    const QString link = m_home.filePath(QStringLiteral("link.csv"));
    QVERIFY(QFile::link(target, link));
    for (const QString &path : {QStringLiteral("/dev/null"), fifo, link, m_home.path()}) {
        const Run r = ctl(QStringLiteral("dashfi"),
                          {QStringLiteral("transactions"), QStringLiteral("--csv"), path});
        QCOMPARE(r.exit, 5);
        QCOMPARE(r.err.count('\n'), 1);
    }
    // Refused before anything was fetched, and nothing was replaced.
    QCOMPARE(m_sandbox->processedCount(QStringLiteral("dashfi")), before);
    QVERIFY(QFileInfo(QStringLiteral("/dev/null")).exists() &&
            !QFileInfo(QStringLiteral("/dev/null")).isFile());
    QVERIFY(QFileInfo(link).isSymLink());
    QFile kept(target);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("not to be replaced\n"));
    // A new file is written for its owner alone, whatever the umask.
    const QString fresh = m_home.filePath(QStringLiteral("fresh.csv"));
    const Run r = ctl(QStringLiteral("dashfi"),
                      {QStringLiteral("transactions"), QStringLiteral("--csv"), fresh});
    QVERIFY2(r.exit == 0, r.err.constData());
    struct stat st;
    QVERIFY(::stat(QFile::encodeName(fresh).constData(), &st) == 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
}

void TestTreasuryctl::helpForEveryCommand()
{
    for (const QString &command :
         {QStringLiteral("status"), QStringLiteral("balances"), QStringLiteral("cards"),
          QStringLiteral("transactions"), QStringLiteral("connections"), QStringLiteral("payouts"),
          QStringLiteral("wallets")}) {
        const Run r = raw({command, QStringLiteral("--help")});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains("Usage:"));
    }
    Run r = raw({QStringLiteral("--help")});
    QCOMPARE(r.exit, 0);
    QVERIFY(r.out.contains("transactions"));
    // One table of commands: every one is listed with its line, in the user's language.
    QProcessEnvironment german;
    german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    german.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    r = raw({QStringLiteral("--help")}, {}, german);
    QCOMPARE(r.exit, 0);
    const QString help = QString::fromUtf8(r.out);
    QVERIFY2(help.contains(QStringLiteral("Befehle:")), r.out.constData());
    for (const char *line :
         {"den Anbieter erreichen", "jeder Saldo der Verbindung", "die Karten der Verbindung",
          "jede Transaktion eines Zeitraums", "Auszahlungen senden", "Krypto-Unterkonten",
          "gespeicherte Verbindungen", "Rückgabewerte:"})
        QVERIFY2(help.contains(QString::fromUtf8(line)), line);
    r = raw({QStringLiteral("--version")});
    QCOMPARE(r.exit, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("treasuryctl " TD_VERSION));
}

void TestTreasuryctl::progressOnlyOnATerminal()
{
    const QString file = m_home.filePath(QStringLiteral("quiet.csv"));
    // Not a terminal: a quiet stderr.
    Run r = ctl(QStringLiteral("dinari"),
                {QStringLiteral("transactions"), QStringLiteral("--csv"), file});
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY(r.err.isEmpty());
    // A terminal (script(1) gives it one): progress on stderr.
    QStringList args = {QStringLiteral("--provider"),
                        QStringLiteral("dinari"),
                        QStringLiteral("--base-url"),
                        m_sandbox->baseUrl(QStringLiteral("dinari")).toString(),
                        QStringLiteral("--credential-env"),
                        QStringLiteral("TD_TEST_SECRET"),
                        QStringLiteral("transactions"),
                        QStringLiteral("--csv"),
                        file};
    QString command = QStringLiteral(TREASURYCTL);
    for (const QString &a : args)
        command += QStringLiteral(" '") + a + u'\'';
    QProcessEnvironment env;
    env.insert(QStringLiteral("TD_TEST_SECRET"), m_sandbox->credential(QStringLiteral("dinari")));
    QProcess p;
    QProcessEnvironment all = QProcessEnvironment::systemEnvironment();
    all.insert(env);
    all.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    p.setProcessEnvironment(all);
    p.start(QStringLiteral("script"),
            {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    QVERIFY(QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray shown = p.readAllStandardOutput();
    QVERIFY2(shown.contains("Fetching transactions from Dinari"), shown.constData());
    QVERIFY(QRegularExpression(QStringLiteral("\\d+ transaction"))
                .match(QString::fromUtf8(shown))
                .hasMatch());
}

QTEST_GUILESS_MAIN(TestTreasuryctl)
#include "tst_treasuryctl.moc"
