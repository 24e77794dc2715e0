#include "ActionJournal.h"
#include "CountryCodes.h"
#include "Currency.h"
#include "FixedClock.h"
#include "GettextCatalog.h"
#include "JournalFees.h"
#include "JournalModel.h"
#include "Payout.h"
#include "PayoutBatch.h"
#include "PayoutMatcher.h"
#include "PayoutValidator.h"
#include "StoreDatabase.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/// Payout rules without the network: field validation, fee rules, the journal's record
/// and how a lost payout is found in a provider's list.
class TestPayouts : public QObject
{
    Q_OBJECT

private slots:
    void abaRoutingChecksum_data();
    void abaRoutingChecksum();
    void bicAndContacts();
    void countriesInTheAppsLanguage();
    void countriesComeFromIsoCodes();
    void formsFlagEachField();
    void amountMustFitTheCurrency();
    void dotsFormsNeedAUserAndAContact();
    void feeRuleRoundsHalfEven();
    void journalJsonMasksAccountNumbers();
    void journalAppendsThenUpdates();
    void journalActionsKeepTheirStoredWords();
    void journalRowsOfAnOlderStoreTakeTheirConnectionsId();
    void oneOwnerAtATimeUntilTheLeaseRunsOut();
    void onlyAPersonClosesWhatWasNotFound();
    void journalMigratesAnOlderStore();
    void matcherFindsExactlyOne();
    void journalExportsSafeCsv();
    void aListedPayoutTakesTheFeeItsProviderStated();
    void journalSaysWhereAPayoutIs_data();
    void journalSaysWhereAPayoutIs();
    void swiftFormAsksForABic();
    void batchFileIsCheckedLineByLine();

private:
    static PayoutRequest ach();
    static JournalEntry payout(const char *action, const char *target, QStringView amount)
    {
        JournalEntry e;
        e.connection = QStringLiteral("Main");
        e.action = JournalAction::fromText(QLatin1String(action));
        e.target = QString::fromUtf8(target);
        e.amount = *Money::parse(amount);
        e.currency = QStringLiteral("USD");
        return e;
    }
};

void TestPayouts::abaRoutingChecksum_data()
{
    QTest::addColumn<QString>("routing");
    QTest::addColumn<bool>("valid");
    QTest::newRow("JPMorgan") << "021000021" << true;
    QTest::newRow("Bank of America") << "026009593" << true;
    QTest::newRow("Wells Fargo") << "121000248" << true;
    QTest::newRow("one digit off") << "021000022" << false;
    QTest::newRow("eight digits") << "02100002" << false;
    QTest::newRow("ten digits") << "0210000210" << false;
    QTest::newRow("letters") << "02100002A" << false;
    QTest::newRow("documented example") << "123456789" << false;
    QTest::newRow("empty") << "" << false;
}

void TestPayouts::abaRoutingChecksum()
{
    QFETCH(QString, routing);
    QFETCH(bool, valid);
    QCOMPARE(PayoutValidator::isAbaRoutingNumber(routing), valid);
}

void TestPayouts::bicAndContacts()
{
    QVERIFY(PayoutValidator::isBic(QStringLiteral("CITIUS33")));
    QVERIFY(PayoutValidator::isBic(QStringLiteral("DEUTDEFF500")));
    QVERIFY(!PayoutValidator::isBic(QStringLiteral("CITIUS3")));
    QVERIFY(!PayoutValidator::isBic(QStringLiteral("CITIUS331")));
    QVERIFY(!PayoutValidator::isBic(QStringLiteral("citius33")));
    QVERIFY(!PayoutValidator::isBic(QStringLiteral("1ITIUS33")));
    QVERIFY(PayoutValidator::isEmail(QStringLiteral("ssmith@example.com")));
    QVERIFY(!PayoutValidator::isEmail(QStringLiteral("ssmith@example")));
    QVERIFY(!PayoutValidator::isEmail(QStringLiteral("s smith@example.com")));
    QVERIFY(PayoutValidator::isUsPhone(QStringLiteral("9175551212")));
    QVERIFY(!PayoutValidator::isUsPhone(QStringLiteral("917555121")));
    QVERIFY(!PayoutValidator::isUsPhone(QStringLiteral("(917)5551212")));
}

void TestPayouts::countriesComeFromIsoCodes()
{
    const CountryCodes &codes = CountryCodes::instance();
    QVERIFY2(codes.error().isEmpty(), qPrintable(codes.error()));
    QVERIFY(codes.all().size() > 200);
    QVERIFY(codes.isAlpha3(QStringLiteral("USA")));
    QVERIFY(codes.isAlpha3(QStringLiteral("DEU")));
    QVERIFY(!codes.isAlpha3(QStringLiteral("US")));
    QVERIFY(!codes.isAlpha3(QStringLiteral("XXX")));
    QCOMPARE(codes.nameOf(QStringLiteral("DEU")), QStringLiteral("Germany"));
    const CountryCodes missing(QStringLiteral("/nonexistent/iso_3166-1.json"));
    QVERIFY(missing.all().isEmpty());
    QVERIFY(missing.error().contains(QStringLiteral("iso-codes")));
}

void TestPayouts::countriesInTheAppsLanguage()
{
    const QString json = QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json");
    const CountryCodes german(json, QStringLiteral("de"));
    QCOMPARE(german.nameOf(QStringLiteral("DEU")), QStringLiteral("Deutschland"));
    QCOMPARE(german.nameOf(QStringLiteral("AUT")), QStringLiteral("Österreich"));
    const CountryCodes spanish(json, QStringLiteral("es"));
    QCOMPARE(spanish.nameOf(QStringLiteral("DEU")), QStringLiteral("Alemania"));
    QCOMPARE(CountryCodes(json, QStringLiteral("en")).nameOf(QStringLiteral("DEU")),
             QStringLiteral("Germany"));
    // In the language's own order: Österreich among the O, not after Z.
    QStringList names;
    for (const Country &c : german.all())
        names << c.name;
    QVERIFY(names.indexOf(QStringLiteral("Österreich")) < names.indexOf(QStringLiteral("Polen")));
    QVERIFY(names.indexOf(QStringLiteral("Österreich")) >
            names.indexOf(QStringLiteral("Norwegen")));

    // A catalog that is missing or broken translates nothing and breaks nothing.
    QVERIFY(GettextCatalog(QStringLiteral("/nonexistent.mo")).isEmpty());
    const QString broken = TestSupport::makeTempDir() + QStringLiteral("/broken.mo");
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromHex("de120495") + QByteArray(4, '\0') +
            QByteArray::fromHex("ffffff7f") + QByteArray(8, '\x7f'));
    f.close();
    QVERIFY(GettextCatalog(broken).isEmpty());
    QCOMPARE(GettextCatalog(broken).translate(QStringLiteral("Germany")),
             QStringLiteral("Germany"));
}

PayoutRequest TestPayouts::ach()
{
    PayoutRequest r;
    r.method = PayoutMethod::DinariAch;
    r.amount = *Money::parse(u"250.75");
    r.currency = QStringLiteral("USD");
    r.fields = {{PayoutField::RecipientName, QStringLiteral("Sage Smith")},
                {PayoutField::BankAccount, QStringLiteral("1234567890")},
                {PayoutField::BankRouting, QStringLiteral("021000021")}};
    return r;
}

void TestPayouts::formsFlagEachField()
{
    PayoutRequest r = ach();
    QVERIFY(PayoutValidator::isValid(r));
    r.fields[PayoutField::BankRouting] = QStringLiteral("123456789");
    r.fields[PayoutField::RecipientName] = QStringLiteral("   ");
    r.fields[PayoutField::Description] = QString(201, u'x');
    auto problems = PayoutValidator::fieldProblems(r);
    QCOMPARE(problems.size(), 3);
    QVERIFY(problems.value(PayoutField::BankRouting).contains(QStringLiteral("ABA")));
    QCOMPARE(problems.value(PayoutField::RecipientName), QStringLiteral("Required."));
    QVERIFY(problems.value(PayoutField::Description).contains(QStringLiteral("200")));

    PayoutRequest swift;
    swift.method = PayoutMethod::DinariSwift;
    swift.fields = {{PayoutField::BankRouting, QStringLiteral("021000021")},
                    {PayoutField::Country, QStringLiteral("US")}};
    problems = PayoutValidator::fieldProblems(swift);
    QVERIFY(problems.value(PayoutField::BankRouting).contains(QStringLiteral("BIC")));
    QVERIFY(problems.value(PayoutField::Country).contains(QStringLiteral("country")));
    QCOMPARE(problems.value(PayoutField::BankCountry), QStringLiteral("Required."));
    QVERIFY(!problems.contains(PayoutField::Street2)); // optional

    PayoutRequest zelle;
    zelle.method = PayoutMethod::DinariZelle;
    zelle.fields = {{PayoutField::ZelleAddress, QStringLiteral("917-555-1212")}};
    QVERIFY(PayoutValidator::fieldProblems(zelle).contains(PayoutField::ZelleAddress));
    zelle.fields[PayoutField::ZelleAddress] = QStringLiteral("9175551212");
    QVERIFY(PayoutValidator::fieldProblems(zelle).isEmpty());
    QCOMPARE(zelle.recipient(), QStringLiteral("9175551212"));
}

void TestPayouts::dotsFormsNeedAUserAndAContact()
{
    PayoutRequest payout;
    payout.method = PayoutMethod::DotsPayout;
    payout.fields = {{PayoutField::DotsUser, QStringLiteral("not-a-user")},
                     {PayoutField::Platform, QStringLiteral("cash")}};
    auto problems = PayoutValidator::fieldProblems(payout);
    QVERIFY(problems.contains(PayoutField::DotsUser));
    QVERIFY(problems.contains(PayoutField::Platform));
    payout.fields = {
        {PayoutField::DotsUser, QStringLiteral("fc54b468-bbb2-403f-be36-5627a8e3c7a4")},
        {PayoutField::Platform, QStringLiteral("venmo")}};
    QVERIFY(PayoutValidator::fieldProblems(payout).isEmpty());
    QCOMPARE(PayoutMethods::provider(PayoutMethod::DotsPayout), QStringLiteral("dots"));

    PayoutRequest link;
    link.method = PayoutMethod::DotsPayoutLink;
    link.fields = {{PayoutField::Delivery, QStringLiteral("sms")}};
    QVERIFY(PayoutValidator::fieldProblems(link)
                .value(PayoutField::Payee)
                .contains(QStringLiteral("sms")));
    link.fields[PayoutField::Payee] = QStringLiteral("ana@example.com");
    QVERIFY(PayoutValidator::fieldProblems(link)
                .value(PayoutField::Payee)
                .contains(QStringLiteral("phone")));
    link.fields[PayoutField::Payee] = QStringLiteral("4155550123");
    QVERIFY(PayoutValidator::fieldProblems(link).isEmpty());
    link.fields = {{PayoutField::Delivery, QStringLiteral("link")}};
    QVERIFY(PayoutValidator::fieldProblems(link).isEmpty());
    QCOMPARE(link.recipient(), QStringLiteral("whoever opens the link"));
}

void TestPayouts::amountMustFitTheCurrency()
{
    PayoutRequest r = ach();
    r.amount = *Money::parse(u"0");
    QVERIFY(!PayoutValidator::amountProblem(r).isEmpty());
    r.amount = *Money::parse(u"-5");
    QVERIFY(!PayoutValidator::amountProblem(r).isEmpty());
    r.amount = *Money::parse(u"10.005");
    QVERIFY(PayoutValidator::amountProblem(r).contains(QStringLiteral("2 decimal")));
    r.amount = *Money::parse(u"10.500");
    QVERIFY(PayoutValidator::amountProblem(r).isEmpty());
    r.currency = QStringLiteral("EUR");
    QVERIFY(PayoutValidator::amountProblem(r).contains(QStringLiteral("EUR")));
}

void TestPayouts::feeRuleRoundsHalfEven()
{
    // The documented ACH example: 5.00 + 2.5 % of 250.75 = 5.00 + 6.26875 -> 11.27.
    const FeeRule rule{*Money::parse(u"5.00"), *Money::parse(u"2.5")};
    QCOMPARE(rule.feeFor(*Money::parse(u"250.75"), 2)->toString(), QStringLiteral("11.27"));
    // 1 % of 0.50 is 0.005: half-even keeps 5.00, not 5.01.
    const FeeRule one{*Money::parse(u"5.00"), *Money::parse(u"1")};
    QCOMPARE(one.feeFor(*Money::parse(u"0.50"), 2)->toString(), QStringLiteral("5.00"));
    QCOMPARE(one.feeFor(*Money::parse(u"1.50"), 2)->toString(), QStringLiteral("5.02"));
    const auto back = FeeRule::fromText(rule.toText());
    QVERIFY(back);
    QCOMPARE(back->fixed, rule.fixed);
    QCOMPARE(back->percent, rule.percent);
    QVERIFY(!FeeRule::fromText(QStringLiteral("five")));
}

void TestPayouts::journalJsonMasksAccountNumbers()
{
    PayoutRequest r = ach();
    r.connection = QStringLiteral("Dinari main");
    const QByteArray json = r.toJournalJson();
    QVERIFY(!json.contains("1234567890"));
    QVERIFY(json.contains("7890"));
    const auto back = PayoutRequest::fromJournalJson(json);
    QVERIFY(back);
    QCOMPARE(back->method, PayoutMethod::DinariAch);
    QCOMPARE(back->connection, r.connection);
    QCOMPARE(back->amount, r.amount);
    QCOMPARE(back->currency, QStringLiteral("USD"));
    QCOMPARE(back->value(PayoutField::BankRouting), QStringLiteral("021000021"));
    QVERIFY(!PayoutRequest::fromJournalJson("{\"method\":\"nope\"}"));
}

void TestPayouts::journalAppendsThenUpdates()
{
    QTemporaryDir dir;
    ActionJournal journal(dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(journal.open(), qPrintable(journal.lastError()));
    JournalEntry e = payout("payout:dinari.ach", "Sage Smith", u"12345678901234.56");
    e.key = QStringLiteral("k1");
    e.provider = QStringLiteral("dinari");
    const auto id = journal.append(e);
    QVERIFY2(id, qPrintable(journal.lastError()));
    // The same key cannot be journaled twice: the database says no.
    QVERIFY(!journal.append(e));
    auto stored = journal.byKey(QStringLiteral("k1"));
    QVERIFY(stored);
    QCOMPARE(stored->state, JournalEntry::State::Pending);
    QCOMPARE(stored->user, ActionJournal::currentUser());
    QCOMPARE(stored->amount->toString(), QStringLiteral("12345678901234.56"));
    QCOMPARE(journal.openEntries().size(), 1);
    QVERIFY(journal.update(*id, JournalEntry::State::Succeeded, QStringLiteral("TX1"),
                           QStringLiteral("INITIATED"), QStringLiteral("5.00+1.0%")));
    stored = journal.byKey(QStringLiteral("k1"));
    QCOMPARE(stored->state, JournalEntry::State::Succeeded);
    QCOMPARE(stored->reference, QStringLiteral("TX1"));
    QCOMPARE(stored->feeRule, QStringLiteral("5.00+1.0%"));
    QVERIFY(!stored->fee); // none stated yet: no fee, not a zero
    // The fee the provider charged, exactly as it said it, in its own currency.
    PayoutReceipt receipt;
    receipt.fee = *Money::parse(u"123456789012.3456");
    receipt.tracking = QStringLiteral("flow-1");
    QVERIFY(journal.keepReceipt(*id, receipt, QStringLiteral("USD")));
    stored = journal.byKey(QStringLiteral("k1"));
    QVERIFY(stored->fee);
    QCOMPARE(stored->fee->toString(), QStringLiteral("123456789012.3456"));
    QCOMPARE(stored->feeCurrency, QStringLiteral("USD"));
    QCOMPARE(stored->tracking, QStringLiteral("flow-1"));
    QVERIFY(!journal.keepReceipt(*id + 100, receipt, QStringLiteral("USD")));
    QVERIFY(journal.openEntries().isEmpty());
    QVERIFY(!journal.update(*id + 100, JournalEntry::State::Failed, QString(), QString()));
    // Money is text in the file, never REAL.
    StoreDatabase raw(dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY(raw.open());
    QSqlQuery q(raw.db());
    QVERIFY(q.exec(QStringLiteral("SELECT typeof(amount), typeof(fee) FROM journal")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("text"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("text"));
}

void TestPayouts::journalMigratesAnOlderStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        StoreDatabase db(path);
        QVERIFY(db.open());
        QSqlQuery q(db.db());
        // Back to a version-2 file, as an earlier release left it.
        QVERIFY(q.exec(QStringLiteral("DROP TABLE journal")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=2")));
    }
    ActionJournal journal(path);
    QVERIFY2(journal.open(), qPrintable(journal.lastError()));
    JournalEntry e;
    e.key = QStringLiteral("after-migration");
    e.action = JournalAction(JournalAction::Kind::Freeze);
    QVERIFY(journal.append(e));
    QCOMPARE(journal.entries().size(), 1);
}

void TestPayouts::journalActionsKeepTheirStoredWords()
{
    using Kind = JournalAction::Kind;
    // What journals on disk already hold: each word reads back as its action and back.
    const std::pair<const char *, Kind> stored[] = {
        {"payout:dinari.ach", Kind::Payout},
        {"payout:dots.batch", Kind::Batch},
        {"cancel_payout", Kind::CancelPayout},
        {"restrict", Kind::Restrict},
        {"freeze", Kind::Freeze},
        {"unfreeze", Kind::Unfreeze},
        {"limit", Kind::Limit},
        {"create", Kind::CreateCard},
        {"cancel", Kind::CancelCard},
    };
    for (const auto &[word, kind] : stored) {
        const JournalAction a = JournalAction::fromText(QLatin1String(word));
        QCOMPARE(a.kind(), kind);
        QCOMPARE(a.text(), QLatin1String(word));
    }
    for (const PayoutMethod m : PayoutMethods::all()) {
        const JournalAction a = JournalAction::payout(m);
        QVERIFY(a.movesMoney());
        QCOMPARE(JournalAction::fromText(a.text()), a);
        QCOMPARE(*JournalAction::fromText(a.text()).method(), m);
    }
    QVERIFY(JournalAction(Kind::Batch).movesMoney());
    QVERIFY(!JournalAction(Kind::Freeze).movesMoney());
    // A word from a newer version is kept as it was, and moves nothing here.
    const JournalAction later = JournalAction::fromText(QStringLiteral("payout:acme.wire"));
    QCOMPARE(later.kind(), Kind::Unknown);
    QCOMPARE(later.text(), QStringLiteral("payout:acme.wire"));
    QVERIFY(!later.movesMoney());
    // Scripts may name the virtual card by the gateway's word; the journal keeps the key.
    QCOMPARE(PayoutMethods::fromKey(QStringLiteral("dinari.card_virtual")),
             std::optional<PayoutMethod>(PayoutMethod::DinariVirtualCard));
    QCOMPARE(PayoutMethods::key(PayoutMethod::DinariVirtualCard),
             QStringLiteral("dinari.virtual_card"));
}

void TestPayouts::journalRowsOfAnOlderStoreTakeTheirConnectionsId()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        // A version-3 file: journal rows keyed by the connection's name alone.
        StoreDatabase db(path);
        QVERIFY(db.open());
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("DROP INDEX journal_by_connection")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE journal DROP COLUMN connection_id")));
        for (const char *column :
             {"owner", "lease_until_ms", "checks", "needs_decision", "decided_by", "target_text",
              "message_text", "link", "fee", "fee_currency", "tracking"})
            QVERIFY(q.exec(
                QStringLiteral("ALTER TABLE journal DROP COLUMN %1").arg(QLatin1String(column))));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=3")));
        for (const char *row : {"('open', 'dinari', 'Ops')", "('other', 'dinari', 'Payroll')",
                                "('namesake', 'dots', 'Ops')"})
            QVERIFY(q.exec(QStringLiteral("INSERT INTO journal (key, created_ms, updated_ms, "
                                          "os_user, provider, connection, action, state) "
                                          "SELECT k, 1, 1, 'u', p, c, 'payout:dinari.ach', "
                                          "'unknown' FROM (SELECT column1 AS k, column2 AS p, "
                                          "column3 AS c FROM (VALUES %1))")
                               .arg(QLatin1String(row))));
    }
    ActionJournal journal(path);
    QVERIFY2(journal.open(), qPrintable(journal.lastError()));
    QCOMPARE(journal.entries().size(), 3);
    QVERIFY(journal.byKey(QStringLiteral("open"))->connectionId.isEmpty());
    // The app opens the saved connection "Ops" (dinari): its rows take its id...
    QVERIFY(journal.adoptConnection(QStringLiteral("id-1"), QStringLiteral("dinari"),
                                    QStringLiteral("Ops")));
    QCOMPARE(journal.byKey(QStringLiteral("open"))->connectionId, QStringLiteral("id-1"));
    // Opening it again changes nothing (and the app then reads nothing again).
    QCOMPARE(journal.adoptConnection(QStringLiteral("id-1"), QStringLiteral("dinari"),
                                     QStringLiteral("Ops")),
             std::optional<int>(0));
    // ...and only its rows: another connection's, and another provider's namesake, stay.
    QVERIFY(journal.byKey(QStringLiteral("other"))->connectionId.isEmpty());
    QVERIFY(journal.byKey(QStringLiteral("namesake"))->connectionId.isEmpty());
    // A rename relabels the rows by id.
    QVERIFY(journal.adoptConnection(QStringLiteral("id-1"), QStringLiteral("dinari"),
                                    QStringLiteral("Operations"), QStringLiteral("Ops")));
    QCOMPARE(journal.byKey(QStringLiteral("open"))->connection, QStringLiteral("Operations"));
    QCOMPARE(journal.byKey(QStringLiteral("open"))->connectionId, QStringLiteral("id-1"));
    QCOMPARE(journal.byKey(QStringLiteral("namesake"))->connection, QStringLiteral("Ops"));
}

void TestPayouts::oneOwnerAtATimeUntilTheLeaseRunsOut()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    // Two copies of the app, each with its own connection to the file.
    ActionJournal mine(path, clock);
    ActionJournal theirs(path, clock);
    QVERIFY(mine.open() && theirs.open());
    JournalEntry e = payout("payout:dinari.ach", "Sage", u"10.00");
    e.key = QStringLiteral("leased");
    e.owner = QStringLiteral("host/1/a");
    e.leaseUntil = clock.nowUtc().addSecs(120);
    const auto id = mine.append(e);
    QVERIFY(id);
    QCOMPARE(theirs.byKey(e.key)->owner, QStringLiteral("host/1/a"));
    // The other copy leaves it alone while the lease runs; the owner renews it.
    QVERIFY(!theirs.claim(*id, QStringLiteral("host/2/b"), clock.nowUtc().addSecs(120)));
    QVERIFY(mine.claim(*id, QStringLiteral("host/1/a"), clock.nowUtc().addSecs(120)));
    clock.set(clock.nowUtc().addSecs(119));
    QVERIFY(!theirs.claim(*id, QStringLiteral("host/2/b"), clock.nowUtc().addSecs(120)));
    // The owner died: once its lease is over, the other copy takes it.
    clock.set(clock.nowUtc().addSecs(2));
    QVERIFY(theirs.claim(*id, QStringLiteral("host/2/b"), clock.nowUtc().addSecs(120)));
    QVERIFY(!mine.claim(*id, QStringLiteral("host/1/a"), clock.nowUtc().addSecs(120)));
    // Released, anyone may; settled, no one needs to.
    QVERIFY(theirs.release(*id, QStringLiteral("host/2/b")));
    QVERIFY(mine.claim(*id, QStringLiteral("host/1/a"), clock.nowUtc().addSecs(120)));
    QVERIFY(mine.update(*id, JournalEntry::State::Succeeded, QStringLiteral("T-1"), QString()));
    QVERIFY(mine.byKey(e.key)->owner.isEmpty());
    QVERIFY(!theirs.claim(*id, QStringLiteral("host/2/b"), clock.nowUtc().addSecs(120)));
}

void TestPayouts::onlyAPersonClosesWhatWasNotFound()
{
    QTemporaryDir dir;
    FixedClock clock;
    ActionJournal journal(dir.filePath(QStringLiteral("store.sqlite")), clock);
    QVERIFY(journal.open());
    JournalEntry e = payout("payout:dinari.ach", "Sage", u"10.00");
    e.key = QStringLiteral("not-found");
    e.state = JournalEntry::State::Unknown;
    const auto id = journal.append(e);
    QVERIFY(id);
    const QJsonObject check{{QStringLiteral("at"), QStringLiteral("2026-12-01T09:00:00Z")},
                            {QStringLiteral("result"), QStringLiteral("not found")}};
    QVERIFY(journal.recordCheck(*id, check, false,
                                JournalText::verbatim(QStringLiteral("Not found yet"))));
    // Still within its settling window: no one may close it.
    QVERIFY(!journal.markNotSent(*id, QStringLiteral("ana"),
                                 JournalText::verbatim(QStringLiteral("no"))));
    QCOMPARE(journal.byKey(e.key)->state, JournalEntry::State::Unknown);
    QVERIFY(journal.recordCheck(*id, check, true,
                                JournalText::verbatim(QStringLiteral("Not found after 2 checks"))));
    const JournalEntry waiting = *journal.byKey(e.key);
    QVERIFY(waiting.needsDecision);
    QCOMPARE(QJsonDocument::fromJson(waiting.checks).array().size(), 2);
    QCOMPARE(QJsonDocument::fromJson(waiting.checks).array().first().toObject(), check);
    QVERIFY(journal.markNotSent(*id, QStringLiteral("ana"),
                                JournalText::verbatim(QStringLiteral("Marked by ana"))));
    const JournalEntry decided = *journal.byKey(e.key);
    QCOMPARE(decided.state, JournalEntry::State::Failed);
    QCOMPARE(decided.decidedBy, QStringLiteral("ana"));
    QVERIFY(!decided.needsDecision);
    // Decided once: a second decision, or a late check, changes nothing.
    QVERIFY(!journal.markNotSent(*id, QStringLiteral("bo"),
                                 JournalText::verbatim(QStringLiteral("again"))));
    QVERIFY(!journal.recordCheck(*id, check, false, JournalText::verbatim(QStringLiteral("late"))));
    QCOMPARE(journal.byKey(e.key)->decidedBy, QStringLiteral("ana"));
}

void TestPayouts::matcherFindsExactlyOne()
{
    const QDateTime sent = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    auto tx = [&](const QString &id, const char *amount, int secondsAfter,
                  Transaction::Direction d = Transaction::Direction::Out) {
        Transaction t;
        t.id = id;
        t.amount = *Money::parse(QString::fromLatin1(amount));
        t.currency = QStringLiteral("USD");
        t.direction = d;
        t.date = sent.addSecs(secondsAfter);
        return t;
    };
    const Money amount = *Money::parse(u"300.00");
    const QList<Transaction> list = {
        tx(QStringLiteral("a"), "300", 2),
        tx(QStringLiteral("b"), "300.01", 2),
        // A day and a bit before: outside even a skewed clock's reach.
        tx(QStringLiteral("c"), "300", -25 * 3600),
        tx(QStringLiteral("d"), "300", 5, Transaction::Direction::In),
    };
    PayoutMatch m = PayoutMatcher::match(amount, QStringLiteral("USD"), sent, list, {});
    QCOMPARE(m.kind, PayoutMatch::Kind::Found);
    QCOMPARE(m.reference, QStringLiteral("a"));
    // Already another entry's payout: not this one.
    m = PayoutMatcher::match(amount, QStringLiteral("USD"), sent, list, {QStringLiteral("a")});
    QCOMPARE(m.kind, PayoutMatch::Kind::NotFound);
    QVERIFY(m.reference.isEmpty());
    m = PayoutMatcher::match(amount, QStringLiteral("USD"), sent,
                             list + QList<Transaction>{tx(QStringLiteral("e"), "300.000", 60)}, {});
    QCOMPARE(m.kind, PayoutMatch::Kind::Ambiguous);
    QCOMPARE(m.candidates, 2);
    QVERIFY(m.reference.isEmpty());
    m = PayoutMatcher::match(amount, QStringLiteral("EUR"), sent, list, {});
    QCOMPARE(m.kind, PayoutMatch::Kind::NotFound);
    // A gateway whose clock or zone is hours off still shows it: found, and what was
    // searched is said.
    m = PayoutMatcher::match(amount, QStringLiteral("USD"), sent,
                             {tx(QStringLiteral("skewed"), "300", -5 * 3600 - 360)}, {});
    QCOMPARE(m.kind, PayoutMatch::Kind::Found);
    QCOMPARE(m.searchedFrom, sent.addSecs(-24 * 3600));
    QCOMPARE(m.searchedTo, sent.addSecs(24 * 3600));
    QCOMPARE(m.recordsRead, 1);
}

void TestPayouts::journalExportsSafeCsv()
{
    JournalEntry e = payout("payout:dinari.zelle", "=HYPERLINK(\"http://x\")", u"1234.5");
    e.created = QDateTime(QDate(2026, 11, 28), QTime(16, 28, 28), Qt::UTC);
    e.user = QStringLiteral("ana");
    e.state = JournalEntry::State::Succeeded;
    e.reference = QStringLiteral("TX1");
    e.message = QStringLiteral("ok, sent");
    JournalModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({e});
    QCOMPARE(model.index(0, JournalModel::Action).data().toString(),
             QStringLiteral("Payout: Zelle"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(model.writeCsv(&buffer, {}, &error));
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines[0].trimmed(), QByteArray("time,user,connection,action,target,amount,currency,"
                                            "fee,fee_currency,result,reference,message"));
    // No fee stated: empty cells, never a zero.
    QCOMPARE(
        lines[1].trimmed(),
        QByteArray("2026-11-28T16:28:28Z,ana,Main,payout:dinari.zelle,"
                   "\"'=HYPERLINK(\"\"http://x\"\")\",1234.5,USD,,,succeeded,TX1,\"ok, sent\""));
    // The fee the provider charged, exactly, in its own currency.
    e.fee = *Money::parse(u"3.00");
    e.feeCurrency = QStringLiteral("USD");
    model.setEntries({e});
    QCOMPARE(model.index(0, JournalModel::Fee).data().toString(),
             Currency::formatLocale(*e.fee, e.currency, QLocale()));
    buffer.buffer().clear();
    buffer.seek(0);
    QVERIFY(model.writeCsv(&buffer, {}, &error));
    QVERIFY2(buffer.data().contains(",1234.5,USD,3.00,USD,succeeded,"), buffer.data().constData());
}

void TestPayouts::aListedPayoutTakesTheFeeItsProviderStated()
{
    auto sent = [](const char *reference, const char *fee, JournalEntry::State state) {
        JournalEntry e = payout("payout:dinari.ach", "Sage Smith", u"100.00");
        e.provider = QStringLiteral("dinari");
        e.connectionId = QStringLiteral("c1");
        e.reference = QLatin1String(reference);
        e.state = state;
        e.fee = Money::parse(QString::fromLatin1(fee));
        e.feeCurrency = QStringLiteral("USD");
        return e;
    };
    using S = JournalEntry::State;
    JournalEntry card = sent("T5", "9.00", S::Succeeded);
    card.action = JournalAction(JournalAction::Kind::Freeze);
    const QList<JournalEntry> journal = {
        sent("T1", "5.00", S::Succeeded), sent("T2", "6.00", S::Failed),
        sent("T3", "7.00", S::Succeeded), sent("T4", "8.00", S::Succeeded), card};
    auto row = [](const char *id, const char *currency) {
        Transaction t;
        t.provider = QStringLiteral("dinari");
        t.id = QLatin1String(id);
        t.currency = QLatin1String(currency);
        return t;
    };
    QList<Transaction> rows = {row("T1", "USD"), row("T2", "USD"), row("T3", "USD"),
                               row("T4", "EUR"), row("T5", "USD"), row("T6", "USD")};
    rows[2].fee = *Money::parse(u"7.25"); // the provider's own word wins
    QCOMPARE(JournalFees::fill(&rows, QStringLiteral("c1"), journal), 1);
    QCOMPARE(rows[0].fee, Money::parse(u"5.00"));
    QVERIFY(!rows[1].fee); // refused: it charged nothing we know of
    QCOMPARE(rows[2].fee, Money::parse(u"7.25"));
    QVERIFY(!rows[3].fee); // another currency than the fee's
    QVERIFY(!rows[4].fee); // a card action is no payout
    QVERIFY(!rows[5].fee); // not ours
    // Another connection's list takes nothing from this one's journal.
    QList<Transaction> other = {row("T1", "USD")};
    QCOMPARE(JournalFees::fill(&other, QStringLiteral("c2"), journal), 0);
    QVERIFY(!other[0].fee);
}

void TestPayouts::journalSaysWhereAPayoutIs_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("shown");
    using S = JournalEntry::State;
    QTest::newRow("Dinari just sent") << "payout:dinari.zelle" << int(S::Succeeded) << "INITIATED"
                                      << "Accepted, under way";
    QTest::newRow("a link, pending")
        << "payout:dots.payout_link" << int(S::Succeeded) << "pending; the link: https://x"
        << "Accepted, under way";
    QTest::newRow("paid") << "payout:crypto.withdrawal" << int(S::Succeeded)
                          << "completed; on chain as 0xabc"
                          << "Paid out";
    QTest::newRow("cancelled") << "payout:dinari.zelle" << int(S::Succeeded)
                               << "cancelled; cancelled from here"
                               << "Cancelled";
    QTest::newRow("returned") << "payout:dinari.ach" << int(S::Succeeded) << "RETURNED"
                              << "Failed after it was accepted";
    QTest::newRow("no word (DART)")
        << "payout:dart.transfer" << int(S::Succeeded) << "Amount Transferred Successfully."
        << "Accepted";
    QTest::newRow("a card action") << "freeze" << int(S::Succeeded) << ""
                                   << "Done";
    QTest::newRow("unknown") << "payout:dinari.ach" << int(S::Unknown) << "timed out"
                             << "Unknown";
}

void TestPayouts::journalSaysWhereAPayoutIs()
{
    QFETCH(QString, action);
    QFETCH(int, state);
    QFETCH(QString, message);
    QFETCH(QString, shown);
    JournalEntry e = payout(qPrintable(action), "Sage", u"10");
    e.state = JournalEntry::State(state);
    e.message = message;
    QCOMPARE(JournalModel::stateText(e), shown);
}

void TestPayouts::swiftFormAsksForABic()
{
    QCOMPARE(PayoutMethods::label(PayoutField::BankRouting, PayoutMethod::DinariSwift),
             QStringLiteral("BIC (SWIFT code)"));
    QCOMPARE(PayoutMethods::label(PayoutField::BankRouting, PayoutMethod::DinariAch),
             QStringLiteral("Routing number"));
}

void TestPayouts::batchFileIsCheckedLineByLine()
{
    const QString ana = QStringLiteral("fc54b468-bbb2-403f-be36-5627a8e3c7a4");
    const QString bo = QStringLiteral("a169451c-8525-4352-b8ca-070dd449a1a5");
    // Excel's ';' with a BOM, quoted cells, CRLF and a blank line.
    const QByteArray csv = "\xEF\xBB\xBFUser_ID;amount;platform;note\r\n" + ana.toLatin1() +
                           ";10.50;paypal;\"weekly; bonus\"\r\n" + bo.toLatin1() + ";25;;\r\n" +
                           "\r\n" + "nobody;1,5;cash;x\r\n" + bo.toLatin1() +
                           ";25;venmo;again\r\n" + ana.toLatin1() + ";3.001;ach;\r\n";
    const PayoutBatch batch =
        PayoutBatch::fromCsv(csv, {RecentPayout{ana, *Money::parse(u"10.5")}});
    QVERIFY2(batch.error().isEmpty(), qPrintable(batch.error()));
    QCOMPARE(batch.rows().size(), 5);
    const BatchRow &first = batch.rows()[0];
    QCOMPARE(first.line, 2);
    QVERIFY(first.isValid());
    QCOMPARE(first.platform, QStringLiteral("paypal"));
    QVERIFY(first.warning.contains(QStringLiteral("recently")));
    QCOMPARE(batch.rows()[1].platform, QStringLiteral("default"));
    const BatchRow &bad = batch.rows()[2];
    QCOMPARE(bad.line, 5);
    QCOMPARE(bad.problems.size(), 3);
    QVERIFY(bad.problems[0].startsWith(QStringLiteral("user_id")));
    QVERIFY(bad.problems[1].startsWith(QStringLiteral("amount")));
    QVERIFY(bad.problems[2].startsWith(QStringLiteral("platform")));
    QVERIFY(batch.rows()[3].warning.contains(QStringLiteral("earlier line")));
    QVERIFY(batch.rows()[4].problems.value(0).contains(QStringLiteral("two decimals")));
    QCOMPARE(batch.validCount(), 3);
    QCOMPARE(batch.invalidCount(), 2);
    QCOMPARE(batch.warningCount(), 2);
    QCOMPARE(batch.validTotal().toString(), QStringLiteral("60.50"));
    const QList<PayoutRequest> items = batch.requests(QStringLiteral("Dots"));
    QCOMPARE(items.size(), 3);
    QVERIFY(items[0].idempotencyKey != items[1].idempotencyKey);
    QVERIFY(PayoutValidator::isValid(items[2]));
    QVERIFY(!PayoutBatch::fromCsv("amount\r\n5\r\n", {}).error().isEmpty());
    QVERIFY(!PayoutBatch::fromCsv("", {}).error().isEmpty());
}

QTEST_GUILESS_MAIN(TestPayouts)
#include "tst_payouts.moc"
