#include "DartEmulator.h"
#include "SandboxCalls.h"
#include "SandboxServer.h"

#include <QTest>

using namespace SandboxCalls;

/// The DART emulation through HTTP on loopback: GET with query, POST with form fields.
class TestSandboxDart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void authFailure();
    void getCustomer();
    void createAndUpdate();
    void balancesTokensAndScripts();
    void transferRaisesBalance();
    void restrictTradeScripts();

private:
    HttpResponse get(const QString &path, const QString &query)
    {
        return call(m_client, HttpRequest::get(path, QUrlQuery(query)));
    }
    HttpResponse post(const QString &path, const QUrlQuery &fields)
    {
        return call(m_client, HttpRequest::postForm(path, fields));
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxServer> m_sandbox;
    HttpClient *m_client = nullptr;
};

void TestSandboxDart::initTestCase()
{
    SandboxServer::Options options;
    options.dashfiTransactions = 100;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->start());
    m_client =
        client(&m_nam, m_sandbox->baseUrl(QStringLiteral("dart")),
               std::make_shared<BearerAuth>(m_sandbox->credential(QStringLiteral("dart"))), this);
    QVERIFY(m_sandbox->credential(QStringLiteral("dart")).startsWith(QStringLiteral("2|")));
}

void TestSandboxDart::authFailure()
{
    HttpClient *wrong = client(&m_nam, m_sandbox->baseUrl(QStringLiteral("dart")),
                               std::make_shared<BearerAuth>(QStringLiteral("2|nope")), this);
    const HttpResponse r =
        call(wrong, HttpRequest::get(QStringLiteral("/customer/get"),
                                     QUrlQuery(QStringLiteral("dart_user_name=billyjoel"))));
    QCOMPARE(r.status, 401);
    QCOMPARE(object(r)[QStringLiteral("message")].toString(), QStringLiteral("Unauthenticated."));
}

void TestSandboxDart::getCustomer()
{
    const QJsonObject c =
        object(get(QStringLiteral("/customer/get"), QStringLiteral("dart_user_name=billyjoel")));
    QCOMPARE(c[QStringLiteral("first_name")].toString(), QStringLiteral("Billy"));
    QCOMPARE(c[QStringLiteral("dart_user_name")].toString(), QStringLiteral("billyjoel"));
    QCOMPARE(get(QStringLiteral("/customer/get"), QStringLiteral("dart_user_name=ghost")).status,
             404);
    const HttpResponse missing = get(QStringLiteral("/customer/get"), QString());
    QCOMPARE(missing.status, 422);
    QVERIFY(object(missing)[QStringLiteral("errors")].toObject().contains(
        QStringLiteral("dart_user_name")));
    QCOMPARE(
        m_sandbox->settings(QStringLiteral("dart"))[QStringLiteral("customers")].toArray().size(),
        5);
}

void TestSandboxDart::createAndUpdate()
{
    const QUrlQuery fields = form({{QStringLiteral("first_name"), QStringLiteral("Ana")},
                                   {QStringLiteral("last_name"), QStringLiteral("García")},
                                   {QStringLiteral("user_name"), QStringLiteral("ana.g")},
                                   {QStringLiteral("email"), QStringLiteral("ana@example.com")},
                                   {QStringLiteral("password"), QStringLiteral("p&ss=w+rd%")}});
    const HttpResponse created = post(QStringLiteral("/customer/create"), fields);
    QCOMPARE(created.status, 200);
    QCOMPARE(body(created).toString(), QStringLiteral("Customer Created Successfully."));
    QCOMPARE(m_sandbox->dart().customer(QStringLiteral("ana.g"))->password,
             QStringLiteral("p&ss=w+rd%"));
    const HttpResponse dup = post(QStringLiteral("/customer/create"), fields);
    QCOMPARE(dup.status, 422);
    QCOMPARE(object(dup)[QStringLiteral("message")].toString(),
             QStringLiteral("The user name has already been taken."));
    const HttpResponse updated =
        post(QStringLiteral("/customer/update"),
             form({{QStringLiteral("dart_user_name"), QStringLiteral("ana.g")},
                   {QStringLiteral("first_name"), QStringLiteral("Anabel")},
                   {QStringLiteral("last_name"), QStringLiteral("García")},
                   {QStringLiteral("email"), QStringLiteral("anabel@example.com")}}));
    QCOMPARE(body(updated).toString(), QStringLiteral("Customer Updated Successfully."));
    QCOMPARE(object(get(QStringLiteral("/customer/get"),
                        QStringLiteral("dart_user_name=ana.g")))[QStringLiteral("email")]
                 .toString(),
             QStringLiteral("anabel@example.com"));
    QCOMPARE(post(QStringLiteral("/customer/update"),
                  form({{QStringLiteral("dart_user_name"), QStringLiteral("ghost")}}))
                 .status,
             404);
}

void TestSandboxDart::balancesTokensAndScripts()
{
    const QJsonObject balance = object(
        get(QStringLiteral("/customer/usdc-balance"), QStringLiteral("dart_user_name=billyjoel")));
    QVERIFY(balance[QStringLiteral("total_usdc_balance")].isString());
    QVERIFY(Money::parse(balance[QStringLiteral("total_usdc_balance")].toString()));
    const auto customer = m_sandbox->dart().customer(QStringLiteral("billyjoel"));
    QVERIFY(!customer->tokens.isEmpty());
    const QString token = customer->tokens.firstKey();
    const QJsonObject value =
        object(get(QStringLiteral("/customer/token-value"),
                   QStringLiteral("dart_user_name=billyjoel&token=%1").arg(token)));
    QCOMPARE(*Money::parse(value[QStringLiteral("token_value")].toString()),
             customer->tokens.first());
    QCOMPARE(get(QStringLiteral("/customer/token-value"),
                 QStringLiteral("dart_user_name=billyjoel&token=Nope"))
                 .status,
             404);
    const QJsonArray scripts =
        object(get(QStringLiteral("/customer/trade-script-details"),
                   QStringLiteral("dart_user_name=billyjoel")))[QStringLiteral("data")]
            .toArray();
    QCOMPARE(scripts.size(), customer->scripts.size());
    const QJsonObject s = scripts[0].toObject();
    QVERIFY(s[QStringLiteral("current_amount")].toString().contains(
        QRegularExpression(QStringLiteral("\\.\\d{4}$"))));
    QVERIFY(
        QDate::fromString(s[QStringLiteral("activate_date")].toString(), Qt::ISODate).isValid());
    QVERIFY(s[QStringLiteral("status")].isDouble());
}

void TestSandboxDart::transferRaisesBalance()
{
    const Money before = m_sandbox->dart().customer(QStringLiteral("sagesmith"))->usdc;
    // Documented as a JSON body with userId (the user name).
    const HttpResponse r =
        call(m_client, HttpRequest::postJson(
                           QStringLiteral("/customer/transfer-amount"),
                           doc(QJsonObject{{QStringLiteral("userId"), QStringLiteral("sagesmith")},
                                           {QStringLiteral("amount"), QStringLiteral("25.50")}})));
    QCOMPARE(r.status, 200);
    QVERIFY(body(r).isString());
    const QJsonObject after = object(
        get(QStringLiteral("/customer/usdc-balance"), QStringLiteral("dart_user_name=sagesmith")));
    QCOMPARE(*Money::parse(after[QStringLiteral("total_usdc_balance")].toString()),
             *before.checkedAdd(*Money::parse(u"25.50")));
    // Only the documented JSON body: form fields are not read. A bad amount changes nothing.
    QCOMPARE(post(QStringLiteral("/customer/transfer-amount"),
                  form({{QStringLiteral("userId"), QStringLiteral("sagesmith")},
                        {QStringLiteral("amount"), QStringLiteral("1.00")}}))
                 .status,
             422);
    QCOMPARE(
        call(m_client, HttpRequest::postJson(
                           QStringLiteral("/customer/transfer-amount"),
                           doc(QJsonObject{{QStringLiteral("userId"), QStringLiteral("sagesmith")},
                                           {QStringLiteral("amount"), QStringLiteral("1.005")}})))
            .status,
        422);
    QCOMPARE(m_sandbox->dart().transferCount(), 1);
}

void TestSandboxDart::restrictTradeScripts()
{
    const HttpResponse r =
        post(QStringLiteral("/customer/update-tsp-status"),
             form({{QStringLiteral("dart_user_name"), QStringLiteral("billyjoel")},
                   {QStringLiteral("external_tsp_status"), QStringLiteral("false")},
                   {QStringLiteral("tsp_duration"), QStringLiteral("10")}}));
    QCOMPARE(body(r).toString(), QStringLiteral("Customer Tsp Access Disabled"));
    const QDateTime until =
        m_sandbox->dart().customer(QStringLiteral("billyjoel"))->restrictedUntil;
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().addSecs(10 * 3600).secsTo(until)) < 60);
    QCOMPARE(post(QStringLiteral("/customer/update-tsp-status"),
                  form({{QStringLiteral("dart_user_name"), QStringLiteral("billyjoel")},
                        {QStringLiteral("external_tsp_status"), QStringLiteral("false")},
                        {QStringLiteral("tsp_duration"), QStringLiteral("ten")}}))
                 .status,
             422);
}

QTEST_GUILESS_MAIN(TestSandboxDart)
#include "tst_sandbox_dart.moc"
