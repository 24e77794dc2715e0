#include "DinariEmulator.h"
#include "SandboxCalls.h"
#include "SandboxServer.h"

#include <QTest>
#include <QTimeZone>

using namespace SandboxCalls;

/// The Dinari emulation through HTTP on loopback: form fields in, status/data out.
class TestSandboxDinari : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void authFailure();
    void balance();
    void achFromBothPaths();
    void validation_data();
    void validation();
    void zelleSwiftAndCard();
    void insufficientBalance();
    void manageCards();
    void listTransactions();
    void cancelRefundsAndProgress();
    void dropAfterProcessingPaysOnce();

private:
    HttpResponse post(const QString &path, const QUrlQuery &fields);
    QJsonObject data(const HttpResponse &r) { return object(r)[QStringLiteral("data")].toObject(); }
    Money payout();

    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxServer> m_sandbox;
    HttpClient *m_client = nullptr;
};

void TestSandboxDinari::initTestCase()
{
    SandboxServer::Options options;
    options.dashfiTransactions = 100;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->start());
    const QStringList cred = m_sandbox->credential(QStringLiteral("dinari")).split(u':');
    QCOMPARE(cred.size(), 2);
    auto auth = std::make_shared<FormFieldAuth>(QStringLiteral("CORPORATE_ACCOUNT_ID"), cred[0],
                                                QStringLiteral("GATEWAY_API_KEY"), cred[1]);
    auth->setFieldsFor(QStringLiteral("/"), QStringLiteral("PUBLIC_KEY"),
                       QStringLiteral("API_SECRET"));
    m_client = client(&m_nam, m_sandbox->baseUrl(QStringLiteral("dinari")), auth, this);
}

HttpResponse TestSandboxDinari::post(const QString &path, const QUrlQuery &fields)
{
    return call(m_client, HttpRequest::postForm(path, fields));
}

Money TestSandboxDinari::payout()
{
    return *Money::fromJson(
        data(post(QStringLiteral("/account/balance"), {}))[QStringLiteral("PAYOUT_BALANCE")]);
}

void TestSandboxDinari::authFailure()
{
    HttpClient *wrong = client(
        &m_nam, m_sandbox->baseUrl(QStringLiteral("dinari")),
        std::make_shared<FormFieldAuth>(QStringLiteral("CORPORATE_ACCOUNT_ID"), QStringLiteral("x"),
                                        QStringLiteral("GATEWAY_API_KEY"), QStringLiteral("y")),
        this);
    const HttpResponse r =
        call(wrong, HttpRequest::postForm(QStringLiteral("/account/balance"), {}));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.error.kind, ProviderError::Kind::Auth);
    const QJsonObject o = object(r);
    QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("error"));
    QVERIFY(
        o[QStringLiteral("data")].toObject()[QStringLiteral("GATEWAY_ERROR")].toString().contains(
            QStringLiteral("Invalid Corporate Account ID")));
    // Each section's names for the same two values: the ACH section's PUBLIC_KEY and
    // API_SECRET at the gateway's root only, the others' names everywhere else.
    const QStringList cred = m_sandbox->credential(QStringLiteral("dinari")).split(u':');
    HttpClient *ach = client(&m_nam, m_sandbox->baseUrl(QStringLiteral("dinari")),
                             std::make_shared<FormFieldAuth>(QStringLiteral("PUBLIC_KEY"), cred[0],
                                                             QStringLiteral("API_SECRET"), cred[1]),
                             this);
    QCOMPARE(call(ach, HttpRequest::postForm(QStringLiteral("/account/balance"), {})).status, 401);
    const QUrlQuery achForm = form({{QStringLiteral("SEND_METHOD"), QStringLiteral("ACH")}});
    // Signed in (refused for the missing fields, not the credentials).
    QVERIFY(call(ach, HttpRequest::postForm(QStringLiteral("/"), achForm)).status != 401);
    HttpClient *corporate =
        client(&m_nam, m_sandbox->baseUrl(QStringLiteral("dinari")),
               std::make_shared<FormFieldAuth>(QStringLiteral("CORPORATE_ACCOUNT_ID"), cred[0],
                                               QStringLiteral("GATEWAY_API_KEY"), cred[1]),
               this);
    QCOMPARE(call(corporate, HttpRequest::postForm(QStringLiteral("/"), achForm)).status, 401);
    // GET is not how this gateway works.
    QCOMPARE(call(m_client, HttpRequest::get(QStringLiteral("/account/balance"))).status, 405);
}

void TestSandboxDinari::balance()
{
    const HttpResponse r = post(QStringLiteral("/account/balance"), {});
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r)[QStringLiteral("status")].toString(), QStringLiteral("success"));
    const QJsonObject d = data(r);
    QCOMPARE(d[QStringLiteral("ACCOUNT_CURRENCY_ISO3")].toString(), QStringLiteral("USD"));
    QVERIFY(d[QStringLiteral("PAYOUT_BALANCE")].isDouble());
    QCOMPARE(*Money::fromJson(d[QStringLiteral("FLOAT_BALANCE")]), *Money::parse(u"1022.25"));
    QCOMPARE(*Money::fromJson(d[QStringLiteral("RESERVE_BALANCE")]), *Money::parse(u"100000"));
}

void TestSandboxDinari::achFromBothPaths()
{
    for (const QString &path : {QStringLiteral("/"), QStringLiteral("/send-transaction")}) {
        const Money before = payout();
        const HttpResponse r = post(
            path, form({{QStringLiteral("SEND_METHOD"), QStringLiteral("ACH")},
                        {QStringLiteral("SEND_CURRENCY_ISO3"), QStringLiteral("USD")},
                        {QStringLiteral("SEND_AMOUNT"), QStringLiteral("250.75")},
                        {QStringLiteral("RECIPIENT_FULL_NAME"), QStringLiteral("Sage Smith")},
                        {QStringLiteral("RECIPIENT_BANK_ACCOUNT"), QStringLiteral("1234567890")},
                        {QStringLiteral("RECIPIENT_BANK_ROUTING"), QStringLiteral("011000015")},
                        {QStringLiteral("PUBLIC_TRANSACTION_DESCRIPTION"),
                         QStringLiteral("Invoice #1 & 2 = 100% paid")}}));
        QCOMPARE(r.status, 200);
        const QJsonObject d = data(r);
        QCOMPARE(d[QStringLiteral("TANSACTION_SEND_METHOD")].toString(),
                 QStringLiteral("Bank Transfer"));
        QCOMPARE(d[QStringLiteral("TRANSACTION_STATUS")].toString(), QStringLiteral("INITIATED"));
        const Money fee = *Money::fromJson(d[QStringLiteral("SEND_FEE_TOTAL_AMOUNT")]);
        QCOMPARE(fee, DinariEmulator::feeFor(QStringLiteral("ACH"), *Money::parse(u"250.75")));
        QCOMPARE(fee, *Money::parse(u"7.51")); // 5.00 + 1% of 250.75, half-even
        QCOMPARE(*Money::fromJson(d[QStringLiteral("PAYOUT_BALANCE_BEFORE_TRANSACTION")]), before);
        const Money after = *before.checkedSub(*Money::parse(u"258.26"));
        QCOMPARE(*Money::fromJson(d[QStringLiteral("PAYOUT_BALANCE_AFTER_TRANSACTION")]), after);
        QCOMPARE(payout(), after);
        // It shows in the list as the document's list item does: id, time, status,
        // currency, amount and the gateway's words; no fee, method or description.
        const HttpResponse list = post(QStringLiteral("/list-transactions"),
                                       form({{QStringLiteral("TRANSACTION_ID"),
                                              d[QStringLiteral("TRANSACTION_ID")].toString()}}));
        const QJsonArray items = data(list)[QStringLiteral("TRANSACTION_LIST_ARRAY")].toArray();
        QCOMPARE(items.size(), 1);
        QStringList keys = items[0].toObject().keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("GATEWAY_MESSAGE"),
                                    QStringLiteral("TRANSACTION_CURRENCY_ISO3"),
                                    QStringLiteral("TRANSACTION_DATETIME_CREATED"),
                                    QStringLiteral("TRANSACTION_ID"),
                                    QStringLiteral("TRANSACTION_SEND_AMOUNT"),
                                    QStringLiteral("TRANSACTION_STATUS")}));
    }
    QCOMPARE(m_sandbox->dinari().sentCount(QStringLiteral("ACH")), 2);
}

void TestSandboxDinari::validation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QUrlQuery>("fields");
    QTest::addColumn<QString>("complaint");
    const auto base = [](const QString &method) {
        return form({{QStringLiteral("SEND_METHOD"), method},
                     {QStringLiteral("SEND_CURRENCY_ISO3"), QStringLiteral("USD")},
                     {QStringLiteral("SEND_AMOUNT"), QStringLiteral("10.00")},
                     {QStringLiteral("RECIPIENT_FULL_NAME"), QStringLiteral("A B")},
                     {QStringLiteral("RECIPIENT_BANK_ACCOUNT"), QStringLiteral("1")}});
    };
    QUrlQuery badRouting = base(QStringLiteral("ACH"));
    badRouting.addQueryItem(QStringLiteral("RECIPIENT_BANK_ROUTING"), QStringLiteral("123456789"));
    QTest::addRow("ABA checksum") << "/send-transaction" << badRouting << "ABA";
    QUrlQuery euro = base(QStringLiteral("ACH"));
    euro.removeAllQueryItems(QStringLiteral("SEND_CURRENCY_ISO3"));
    euro.addQueryItem(QStringLiteral("SEND_CURRENCY_ISO3"), QStringLiteral("EUR"));
    QTest::addRow("currency") << "/send-transaction" << euro << "USD";
    QUrlQuery zelle = base(QStringLiteral("ZELLE"));
    zelle.addQueryItem(QStringLiteral("RECIPIENT_ZELLE_ADDRESS"), QStringLiteral("917555"));
    QTest::addRow("zelle address") << "/send-money" << zelle << "10-digit";
    QUrlQuery swift = base(QStringLiteral("SWIFT"));
    QTest::addRow("swift street") << "/swift-transfer" << swift << "RECIPIENT_STREET_1";
    QTest::addRow("wrong path") << "/send-money" << base(QStringLiteral("ACH")) << "endpoint";
    QUrlQuery cents = base(QStringLiteral("ACH"));
    cents.removeAllQueryItems(QStringLiteral("SEND_AMOUNT"));
    cents.addQueryItem(QStringLiteral("SEND_AMOUNT"), QStringLiteral("10.001"));
    QTest::addRow("amount scale") << "/send-transaction" << cents << "SEND_AMOUNT";
}

void TestSandboxDinari::validation()
{
    QFETCH(QString, path);
    QFETCH(QUrlQuery, fields);
    QFETCH(QString, complaint);
    const Money before = payout();
    const HttpResponse r = post(path, fields);
    QCOMPARE(r.status, 400);
    const QJsonObject o = object(r);
    QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("error"));
    const QString why =
        o[QStringLiteral("details")].toObject()[QStringLiteral("GATEWAY_ERROR")].toString();
    QVERIFY2(why.contains(complaint), qPrintable(why));
    QCOMPARE(payout(), before);
}

void TestSandboxDinari::zelleSwiftAndCard()
{
    const HttpResponse zelle =
        post(QStringLiteral("/send-money"),
             form({{QStringLiteral("SEND_METHOD"), QStringLiteral("ZELLE")},
                   {QStringLiteral("SEND_CURRENCY_ISO3"), QStringLiteral("USD")},
                   {QStringLiteral("SEND_AMOUNT"), QStringLiteral("300")},
                   {QStringLiteral("RECIPIENT_ZELLE_ADDRESS"), QStringLiteral("9175551212")}}));
    QCOMPARE(zelle.status, 200);
    QCOMPARE(data(zelle)[QStringLiteral("TRANSACTION_SEND_METHOD")].toString(),
             QStringLiteral("ZELLE"));
    // ZELLE and SWIFT answer the spaced time form.
    QVERIFY(data(zelle)[QStringLiteral("TRANSACTION_DATETIME_CREATED")].toString().contains(u' '));

    const HttpResponse swift = post(
        QStringLiteral("/swift-transfer"),
        form({{QStringLiteral("SEND_METHOD"), QStringLiteral("SWIFT")},
              {QStringLiteral("SEND_CURRENCY_ISO3"), QStringLiteral("USD")},
              {QStringLiteral("SEND_AMOUNT"), QStringLiteral("1000.00")},
              {QStringLiteral("RECIPIENT_FULL_NAME"), QStringLiteral("Zoë Müller")},
              {QStringLiteral("RECIPIENT_STREET_1"), QStringLiteral("Hauptstraße 1")},
              {QStringLiteral("RECIPIENT_CITY"), QStringLiteral("Berlin")},
              {QStringLiteral("RECIPIENT_REGION"), QStringLiteral("Berlin")},
              {QStringLiteral("RECIPIENT_COUNTRY_ISO3"), QStringLiteral("DEU")},
              {QStringLiteral("RECIPIENT_BANK_ACCOUNT"), QStringLiteral("DE89370400440532013000")},
              {QStringLiteral("RECIPIENT_BANK_ROUTING"), QStringLiteral("COBADEFFXXX")},
              {QStringLiteral("RECIPIENT_BANK_NAME"), QStringLiteral("Commerzbank")},
              {QStringLiteral("RECIPIENT_BANK_STREET_1"), QStringLiteral("Kaiserplatz")},
              {QStringLiteral("RECIPIENT_BANK_CITY"), QStringLiteral("Frankfurt")},
              {QStringLiteral("RECIPIENT_BANK_REGION"), QStringLiteral("Hessen")},
              {QStringLiteral("RECIPIENT_BANK_COUNTRY_ISO3"), QStringLiteral("DEU")}}));
    QCOMPARE(swift.status, 200);
    QCOMPARE(*Money::fromJson(data(swift)[QStringLiteral("SEND_FEE_TOTAL_AMOUNT")]),
             *Money::parse(u"30.00"));

    const int cardsBefore = int(m_sandbox->dinari().cards().size());
    const HttpResponse card = post(
        QStringLiteral("/send-transaction"),
        form({{QStringLiteral("SEND_METHOD"), QStringLiteral("CARD_VIRTUAL")},
              {QStringLiteral("SEND_CURRENCY_ISO3"), QStringLiteral("USD")},
              {QStringLiteral("SEND_AMOUNT"), QStringLiteral("300.00")},
              {QStringLiteral("RECIPIENT_FULL_NAME"), QStringLiteral("Sage Smith")},
              {QStringLiteral("RECIPIENT_EMAILADDRESS"), QStringLiteral("ssmith@example.com")}}));
    QCOMPARE(card.status, 200);
    const QJsonObject d = data(card);
    QCOMPARE(d[QStringLiteral("TRANSACTION_STATUS")].toString(), QStringLiteral("Completed"));
    QCOMPARE(d[QStringLiteral("RECIPIENT_CARD_CVV")].toString(), QStringLiteral("***"));
    QVERIFY(
        d[QStringLiteral("RECIPIENT_CARD_NUMBER")].toString().contains(QStringLiteral("******")));
    QCOMPARE(m_sandbox->dinari().cards().size(), cardsBefore + 1);
    QCOMPARE(m_sandbox->dinari().cards().first().id,
             d[QStringLiteral("CARD_ACCOUNT_ID")].toString());
}

void TestSandboxDinari::insufficientBalance()
{
    const Money before = payout();
    const HttpResponse r =
        post(QStringLiteral("/send-money"),
             form({{QStringLiteral("SEND_METHOD"), QStringLiteral("ZELLE")},
                   {QStringLiteral("SEND_CURRENCY_ISO3"), QStringLiteral("USD")},
                   {QStringLiteral("SEND_AMOUNT"), QStringLiteral("99999999.00")},
                   {QStringLiteral("RECIPIENT_ZELLE_ADDRESS"), QStringLiteral("a@b.co")}}));
    QCOMPARE(r.status, 402);
    QCOMPARE(object(r)[QStringLiteral("error_code")].toInt(), 402);
    QCOMPARE(object(r)[QStringLiteral("details")]
                 .toObject()[QStringLiteral("TRANSACTION_STATUS")]
                 .toString(),
             QStringLiteral("Failed"));
    QCOMPARE(payout(), before);
}

void TestSandboxDinari::manageCards()
{
    const HttpResponse list =
        post(QStringLiteral("/manage-cards"),
             form({{QStringLiteral("SERVICE_ACTION"), QStringLiteral("GET_CARD_LIST")}}));
    const QJsonArray ids = data(list)[QStringLiteral("LIST_CARDS")].toArray();
    QVERIFY(ids.size() >= 8);
    // Pick an active card with a balance.
    QString id;
    for (const auto &c : m_sandbox->dinari().cards()) {
        if (c.status == QLatin1String("ACTIVE") && !c.balance.isZero() && !c.purchases.isEmpty()) {
            id = c.id;
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    auto act = [&](const QString &action) {
        return post(QStringLiteral("/manage-cards"),
                    form({{QStringLiteral("SERVICE_ACTION"), action},
                          {QStringLiteral("CARD_ACCOUNT_ID"), id}}));
    };
    const QJsonObject details = data(act(QStringLiteral("GET_CARD_DETAILS")));
    QCOMPARE(details[QStringLiteral("CARD_STATUS")].toString(), QStringLiteral("ACTIVE"));
    QVERIFY(!details[QStringLiteral("LIST_TANSACTIONS")].toArray().isEmpty());
    QVERIFY(details[QStringLiteral("LIST_TANSACTIONS")]
                .toArray()[0]
                .toObject()[QStringLiteral("AMOUNT")]
                .isDouble());
    QCOMPARE(data(act(QStringLiteral("PAUSE_CARD")))[QStringLiteral("CARD_STATUS")].toString(),
             QStringLiteral("PAUSED"));
    QCOMPARE(
        data(act(QStringLiteral("GET_CARD_DETAILS")))[QStringLiteral("CARD_STATUS")].toString(),
        QStringLiteral("PAUSED"));
    QCOMPARE(data(act(QStringLiteral("UNPAUSE_CARD")))[QStringLiteral("CARD_STATUS")].toString(),
             QStringLiteral("ACTIVE"));
    const Money balance = *Money::fromJson(details[QStringLiteral("CARD_BALANCE")]);
    const Money before = payout();
    QCOMPARE(data(act(QStringLiteral("CANCEL_CARD")))[QStringLiteral("CARD_STATUS")].toString(),
             QStringLiteral("CANCELED"));
    // The card's balance reverts to the payout account.
    QCOMPARE(payout(), *before.checkedAdd(balance));
    const HttpResponse again = act(QStringLiteral("PAUSE_CARD"));
    QCOMPARE(again.status, 409);
    QCOMPARE(act(QStringLiteral("BOGUS")).status, 400);
    QCOMPARE(post(QStringLiteral("/manage-cards"),
                  form({{QStringLiteral("SERVICE_ACTION"), QStringLiteral("PAUSE_CARD")},
                        {QStringLiteral("CARD_ACCOUNT_ID"), QStringLiteral("nope")}}))
                 .status,
             404);
}

void TestSandboxDinari::listTransactions()
{
    const QJsonArray all = data(post(QStringLiteral("/list-transactions"),
                                     {}))[QStringLiteral("TRANSACTION_LIST_ARRAY")]
                               .toArray();
    QVERIFY(all.size() >= 400);
    QSet<QString> formats, statuses;
    for (const auto &v : all) {
        const QString t = v.toObject()[QStringLiteral("TRANSACTION_DATETIME_CREATED")].toString();
        formats.insert(t.contains(u'T') ? QStringLiteral("iso") : QStringLiteral("spaced"));
        statuses.insert(v.toObject()[QStringLiteral("TRANSACTION_STATUS")].toString());
    }
    QCOMPARE(formats.size(), 2); // both documented forms occur
    QVERIFY(statuses.contains(QStringLiteral("Completed")) &&
            statuses.contains(QStringLiteral("FAILED")));
    const QJsonArray incoming =
        data(post(QStringLiteral("/list-transactions"),
                  form({{QStringLiteral("TRANSACTION_DIRECTION"),
                         QStringLiteral("INCOMING")}})))[QStringLiteral("TRANSACTION_LIST_ARRAY")]
            .toArray();
    QVERIFY(!incoming.isEmpty() && incoming.size() < all.size());
    // As documented, an item does not name its direction: the filter says it.
    for (const auto &v : incoming)
        QVERIFY(!v.toObject().contains(QStringLiteral("TRANSACTION_DIRECTION")));
    const QDateTime end = QDateTime::currentDateTimeUtc().addDays(-30);
    const QDateTime start = end.addDays(-30);
    const QJsonArray range = data(post(
        QStringLiteral("/list-transactions"),
        form({{QStringLiteral("DATETIME_START"),
               start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
              {QStringLiteral("DATETIME_END"), end.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
              {QStringLiteral("LIST_ORDER"),
               QStringLiteral("ASCENDING")}})))[QStringLiteral("TRANSACTION_LIST_ARRAY")]
                                 .toArray();
    QVERIFY(!range.isEmpty());
    QDateTime previous;
    for (const auto &v : range) {
        const QString text =
            v.toObject()[QStringLiteral("TRANSACTION_DATETIME_CREATED")].toString();
        QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        if (!t.isValid())
            t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        t.setTimeZone(QTimeZone::utc());
        QVERIFY(t >= start.addSecs(-1) && t <= end.addSecs(1));
        QVERIFY(!previous.isValid() || previous <= t);
        previous = t;
    }
    QCOMPARE(post(QStringLiteral("/list-transactions"),
                  form({{QStringLiteral("DATETIME_START"), QStringLiteral("yesterday")}}))
                 .status,
             400);
}

void TestSandboxDinari::cancelRefundsAndProgress()
{
    auto send = [&] {
        return data(post(
            QStringLiteral("/send-money"),
            form({{QStringLiteral("SEND_METHOD"), QStringLiteral("ZELLE")},
                  {QStringLiteral("SEND_CURRENCY_ISO3"), QStringLiteral("USD")},
                  {QStringLiteral("SEND_AMOUNT"), QStringLiteral("100.00")},
                  {QStringLiteral("RECIPIENT_ZELLE_ADDRESS"),
                   QStringLiteral("pay@example.com")}})))[QStringLiteral("TRANSACTION_ID")]
            .toString();
    };
    const Money start = payout();
    const QString id = send();
    QCOMPARE(payout(), *start.checkedSub(*Money::parse(u"106.00")));
    const HttpResponse cancel =
        post(QStringLiteral("/transaction/status"), form({{QStringLiteral("TRANSACTION_ID"), id}}));
    QCOMPARE(cancel.status, 200);
    const QJsonObject d = data(cancel);
    QCOMPARE(d[QStringLiteral("TRANSACTION_STATUS")].toString(), QStringLiteral("Canceled"));
    QCOMPARE(*Money::fromJson(d[QStringLiteral("CANCEL_FEE_TOTAL_AMOUNT")]),
             *Money::parse(u"6.00"));
    // Refund: amount and send fee back, less the cancel fee.
    QCOMPARE(payout(), *start.checkedSub(*Money::parse(u"6.00")));
    QCOMPARE(*Money::fromJson(d[QStringLiteral("PAYOUT_BALANCE_AFTER_CANCEL")]), payout());
    // Cancelled once: a second cancel is refused and refunds nothing.
    const HttpResponse twice =
        post(QStringLiteral("/transaction/status"), form({{QStringLiteral("TRANSACTION_ID"), id}}));
    QCOMPARE(twice.status, 403);
    QCOMPARE(payout(), *start.checkedSub(*Money::parse(u"6.00")));
    // A payout moves from INITIATED to COMPLETED as time passes; then it cannot be cancelled.
    const QString later = send();
    m_sandbox->advance(3 * 3600);
    const QJsonArray items = data(post(QStringLiteral("/list-transactions"),
                                       form({{QStringLiteral("TRANSACTION_ID"),
                                              later}})))[QStringLiteral("TRANSACTION_LIST_ARRAY")]
                                 .toArray();
    QCOMPARE(items[0].toObject()[QStringLiteral("TRANSACTION_STATUS")].toString(),
             QStringLiteral("COMPLETED"));
    QCOMPARE(post(QStringLiteral("/transaction/status"),
                  form({{QStringLiteral("TRANSACTION_ID"), later}}))
                 .status,
             403);
    QCOMPARE(post(QStringLiteral("/transaction/status"),
                  form({{QStringLiteral("TRANSACTION_ID"), QStringLiteral("x")}}))
                 .status,
             404);
}

void TestSandboxDinari::dropAfterProcessingPaysOnce()
{
    QString error;
    QVERIFY(m_sandbox->faults().addSpec(QStringLiteral("dinari:/send-money:drop-after:count=1"),
                                        &error));
    const int before = m_sandbox->dinari().sentCount(QStringLiteral("ZELLE"));
    HttpRequest r = HttpRequest::postForm(
        QStringLiteral("/send-money"),
        form({{QStringLiteral("SEND_METHOD"), QStringLiteral("ZELLE")},
              {QStringLiteral("SEND_CURRENCY_ISO3"), QStringLiteral("USD")},
              {QStringLiteral("SEND_AMOUNT"), QStringLiteral("12.00")},
              {QStringLiteral("RECIPIENT_ZELLE_ADDRESS"), QStringLiteral("x@example.com")}}));
    const HttpResponse lost = call(m_client, r);
    QCOMPARE(lost.error.kind, ProviderError::Kind::Network);
    QCOMPARE(m_sandbox->dinari().sentCount(QStringLiteral("ZELLE")), before + 1);
}

QTEST_GUILESS_MAIN(TestSandboxDinari)
#include "tst_sandbox_dinari.moc"
