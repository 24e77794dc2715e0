#include "CryptoEmulator.h"
#include "Redaction.h"
#include "SandboxCalls.h"
#include "SandboxServer.h"

#include <QTest>

using namespace SandboxCalls;

/// The crypto gateway emulation through HTTP on loopback: OAuth 2, then Bearer.
class TestSandboxCrypto : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tokenEndpoint();
    void expiredTokenAndScopes();
    void balancesShape();
    void historyPaging();
    void walletsAndAsyncTransfers();
    void withdrawalLifecycle();
    void currenciesAndRates();
    void payments();
    void tenantWebhooksAndApps();

private:
    HttpClient *oauth(const QString &scope);
    HttpResponse get(const QString &path, const QUrlQuery &q = {})
    {
        return call(m_client, HttpRequest::get(path, q));
    }
    HttpResponse post(const QString &path, const QJsonObject &body)
    {
        return call(m_client, HttpRequest::postJson(path, QJsonDocument(body)));
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxServer> m_sandbox;
    HttpClient *m_client = nullptr;
    QString m_id, m_secret;
};

void TestSandboxCrypto::initTestCase()
{
    SandboxServer::Options options;
    options.dashfiTransactions = 100;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->start());
    const QStringList cred = m_sandbox->credential(QStringLiteral("crypto")).split(u':');
    m_id = cred[0];
    m_secret = cred[1];
    m_client = oauth(QStringLiteral("read write"));
}

HttpClient *TestSandboxCrypto::oauth(const QString &scope)
{
    return client(&m_nam, m_sandbox->baseUrl(QStringLiteral("crypto")),
                  std::make_shared<OAuth2ClientCredentials>(QStringLiteral("/o/token/"), m_id,
                                                            m_secret, scope),
                  this);
}

void TestSandboxCrypto::tokenEndpoint()
{
    HttpClient *raw = client(&m_nam, m_sandbox->baseUrl(QStringLiteral("crypto")),
                             std::make_shared<BearerAuth>(QString()), this);
    auto token = [&](const QString &grant, const QString &secret, const QString &scope) {
        HttpRequest r = HttpRequest::postForm(QStringLiteral("/o/token/"),
                                              form({{QStringLiteral("grant_type"), grant},
                                                    {QStringLiteral("client_id"), m_id},
                                                    {QStringLiteral("client_secret"), secret},
                                                    {QStringLiteral("scope"), scope}}));
        r.authenticated = false;
        return call(raw, r);
    };
    const HttpResponse ok =
        token(QStringLiteral("client_credentials"), m_secret, QStringLiteral("read write"));
    QCOMPARE(ok.status, 200);
    QCOMPARE(object(ok)[QStringLiteral("token_type")].toString(), QStringLiteral("Bearer"));
    QCOMPARE(object(ok)[QStringLiteral("expires_in")].toInt(), 3600);
    QCOMPARE(object(ok)[QStringLiteral("scope")].toString(), QStringLiteral("read write"));
    const HttpResponse bad =
        token(QStringLiteral("client_credentials"), QStringLiteral("wrong"), QString());
    QCOMPARE(bad.status, 401);
    QCOMPARE(object(bad)[QStringLiteral("error")].toString(), QStringLiteral("invalid_client"));
    QCOMPARE(object(token(QStringLiteral("password"), m_secret, QString()))[QStringLiteral("error")]
                 .toString(),
             QStringLiteral("unsupported_grant_type"));
    QCOMPARE(object(token(QStringLiteral("client_credentials"), m_secret,
                          QStringLiteral("root")))[QStringLiteral("error")]
                 .toString(),
             QStringLiteral("invalid_scope"));
    // Without a token: 401 with DRF's detail; the status endpoint is public.
    HttpRequest anon = HttpRequest::get(QStringLiteral("/user/balances/"));
    anon.authenticated = false;
    QCOMPARE(call(raw, anon).status, 401);
    HttpRequest status = HttpRequest::get(QStringLiteral("/status/"));
    status.authenticated = false;
    QCOMPARE(object(call(raw, status))[QStringLiteral("status")].toString(), QStringLiteral("ok"));
}

void TestSandboxCrypto::expiredTokenAndScopes()
{
    const int issued = m_sandbox->crypto().tokensIssued();
    QCOMPARE(get(QStringLiteral("/user/me/")).status, 200);
    // The server expires the token (sandbox time jumps two hours): the next call gets a
    // 401, and the client fetches a new token once and succeeds.
    m_sandbox->advance(2 * 3600);
    const HttpResponse after = get(QStringLiteral("/user/me/"));
    QCOMPARE(after.status, 200);
    QVERIFY(m_sandbox->crypto().tokensIssued() >= issued + 1);
    // Admin-only without the admin scope: 403; with it: 200.
    QCOMPARE(get(QStringLiteral("/user/fees/")).status, 403);
    HttpClient *admin = oauth(QStringLiteral("read write admin"));
    QCOMPARE(call(admin, HttpRequest::get(QStringLiteral("/user/fees/"))).status, 200);
    HttpClient *readOnly = oauth(QStringLiteral("read"));
    QCOMPARE(call(readOnly, HttpRequest::postJson(
                                QStringLiteral("/wallets/"),
                                doc(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}})))
                 .status,
             403);
}

void TestSandboxCrypto::balancesShape()
{
    const QJsonObject o = object(get(QStringLiteral("/user/balances/")));
    const QJsonObject account = o[QStringLiteral("account")].toObject();
    QVERIFY(account.contains(QStringLiteral("USDTTRC20")) &&
            account.contains(QStringLiteral("BTC")));
    const QJsonObject usdt = account[QStringLiteral("USDTTRC20")].toObject();
    QVERIFY(usdt[QStringLiteral("amount")].toString().contains(
        QRegularExpression(QStringLiteral("^\\d+\\.\\d{8}$"))));
    QCOMPARE(*Money::parse(usdt[QStringLiteral("amount")].toString()),
             m_sandbox->crypto().masterBalance(QStringLiteral("USDTTRC20")));
    QVERIFY(account[QStringLiteral("ETH")].toObject()[QStringLiteral("pending_amount")].isDouble());
    const QJsonObject subs =
        o[QStringLiteral("sub_accounts")].toObject()[QStringLiteral("USDTTRC20")].toObject();
    const QJsonArray accounts = subs[QStringLiteral("accounts")].toArray();
    QCOMPARE(accounts.size(), 3);
    Money sum = Money::fromMinorUnits(0, 8);
    for (const auto &a : accounts)
        sum = *sum.checkedAdd(*Money::parse(a.toObject()[QStringLiteral("amount")].toString()));
    QCOMPARE(sum, *Money::parse(subs[QStringLiteral("total_amount")].toString()));
    QCOMPARE(
        o[QStringLiteral("statistics")].toObject()[QStringLiteral("subaccounts_count")].toInt(), 3);
}

void TestSandboxCrypto::historyPaging()
{
    QUrlQuery q(QStringLiteral("limit=40&currency=BTC"));
    QJsonObject page = object(get(QStringLiteral("/user/balances/history/"), q));
    const int count = page[QStringLiteral("count")].toInt();
    QVERIFY(count > 40);
    // The newest entry's balance_after is today's balance.
    QCOMPARE(*Money::parse(page[QStringLiteral("results")]
                               .toArray()[0]
                               .toObject()[QStringLiteral("balance_after")]
                               .toString()),
             m_sandbox->crypto().masterBalance(QStringLiteral("BTC")));
    int seen = 0;
    for (int guard = 0; guard < 50; ++guard) {
        seen += int(page[QStringLiteral("results")].toArray().size());
        if (page[QStringLiteral("next")].isNull())
            break;
        page = object(
            call(m_client, HttpRequest::getUrl(QUrl(page[QStringLiteral("next")].toString()))));
    }
    QCOMPARE(seen, count);
    QCOMPARE(
        get(QStringLiteral("/user/balances/history/"), QUrlQuery(QStringLiteral("limit=0"))).status,
        400);
}

void TestSandboxCrypto::walletsAndAsyncTransfers()
{
    const QJsonObject list = object(get(QStringLiteral("/wallets/")));
    QCOMPARE(list[QStringLiteral("total")].toInt(), 3);
    const QJsonObject wallet = list[QStringLiteral("accounts")].toArray()[0].toObject();
    const QString walletId = wallet[QStringLiteral("wallet_id")].toString();
    QCOMPARE(
        object(get(QStringLiteral("/wallets/%1/")
                       .arg(wallet[QStringLiteral("id")].toInt())))[QStringLiteral("wallet_id")]
            .toString(),
        walletId);
    const HttpResponse created =
        post(QStringLiteral("/wallets/"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Marketing")},
                         {QStringLiteral("external_id"), QStringLiteral("ext_m")}});
    QCOMPARE(created.status, 201);

    auto walletUsdt = [&] {
        const QJsonArray b = object(post(
            QStringLiteral("/wallets/balances/"),
            QJsonObject{{QStringLiteral("wallet_id"), walletId}}))[QStringLiteral("balances")]
                                 .toArray();
        for (const auto &v : b) {
            if (v.toObject()[QStringLiteral("currency")].toString() == QLatin1String("USDTTRC20"))
                return std::make_pair(
                    *Money::parse(v.toObject()[QStringLiteral("amount")].toString()),
                    *Money::parse(v.toObject()[QStringLiteral("pending_amount")].toString()));
        }
        return std::make_pair(Money(), Money());
    };
    const Money master = m_sandbox->crypto().masterBalance(QStringLiteral("USDTTRC20"));
    const auto [amount, pending] = walletUsdt();
    const HttpResponse accepted =
        post(QStringLiteral("/wallets/transfer-to-user/"),
             QJsonObject{{QStringLiteral("wallet_id"), walletId},
                         {QStringLiteral("currency"), QStringLiteral("USDTTRC20")},
                         {QStringLiteral("amount"), QStringLiteral("100.00000000")}});
    QCOMPARE(accepted.status, 202);
    QCOMPARE(object(accepted)[QStringLiteral("status")].toString(), QStringLiteral("accepted"));
    QCOMPARE(m_sandbox->crypto().masterBalance(QStringLiteral("USDTTRC20")),
             *master.checkedSub(*Money::parse(u"100")));
    QCOMPARE(walletUsdt().second, *pending.checkedAdd(*Money::parse(u"100")));
    QCOMPARE(walletUsdt().first, amount);
    m_sandbox->advance(10);
    QCOMPARE(walletUsdt().first, *amount.checkedAdd(*Money::parse(u"100")));
    QCOMPARE(walletUsdt().second, pending);
    const QJsonObject history =
        object(post(QStringLiteral("/wallets/transfer-history/"),
                    QJsonObject{{QStringLiteral("wallet_id"), walletId},
                                {QStringLiteral("status"), QStringLiteral("completed")}}));
    QCOMPARE(history[QStringLiteral("count")].toInt(), 1);
    QCOMPARE(history[QStringLiteral("results")]
                 .toArray()[0]
                 .toObject()[QStringLiteral("transfer_type")]
                 .toString(),
             QStringLiteral("to_sub"));
    // And back to the master account.
    QCOMPARE(post(QStringLiteral("/wallets/withdraw-to-master/"),
                  QJsonObject{{QStringLiteral("wallet_id"), walletId},
                              {QStringLiteral("currency"), QStringLiteral("USDTTRC20")},
                              {QStringLiteral("amount"), 40}})
                 .status,
             202);
    m_sandbox->advance(10);
    get(QStringLiteral("/status/"));
    QCOMPARE(walletUsdt().first, *amount.checkedAdd(*Money::parse(u"60")));
    QCOMPARE(m_sandbox->crypto().masterBalance(QStringLiteral("USDTTRC20")),
             *master.checkedSub(*Money::parse(u"60")));
    QCOMPARE(post(QStringLiteral("/wallets/transfer-to-user/"),
                  QJsonObject{{QStringLiteral("wallet_id"), walletId},
                              {QStringLiteral("currency"), QStringLiteral("USDTTRC20")},
                              {QStringLiteral("amount"), QStringLiteral("99999999999")}})
                 .status,
             400);
}

void TestSandboxCrypto::withdrawalLifecycle()
{
    const QString good = QStringLiteral("TXYZabc123456789abcdefghijkmnopqrs");
    QCOMPARE(good.size(), 34);
    QVERIFY(object(post(QStringLiteral("/withdrawal/validate-address/"),
                        QJsonObject{{QStringLiteral("address"), good},
                                    {QStringLiteral("currency"),
                                     QStringLiteral("USDTTRC20")}}))[QStringLiteral("valid")]
                .toBool());
    QVERIFY(!object(post(QStringLiteral("/withdrawal/validate-address/"),
                         QJsonObject{{QStringLiteral("address"), QStringLiteral("0x12")},
                                     {QStringLiteral("currency"),
                                      QStringLiteral("USDTTRC20")}}))[QStringLiteral("valid")]
                 .toBool());
    QCOMPARE(object(post(QStringLiteral("/withdrawal/min-amount/"),
                         QJsonObject{{QStringLiteral("currency"),
                                      QStringLiteral("USDTTRC20")}}))[QStringLiteral("min_amount")]
                 .toString(),
             QStringLiteral("10.00000000"));
    const QJsonObject fee =
        object(post(QStringLiteral("/withdrawal/fee-estimate/"),
                    QJsonObject{{QStringLiteral("amount"), 100.00},
                                {QStringLiteral("currency"), QStringLiteral("USDTTRC20")},
                                {QStringLiteral("address"), good}}));
    QCOMPARE(fee[QStringLiteral("fee")].toString(), QStringLiteral("2.00000000"));
    const QJsonObject estimate =
        object(post(QStringLiteral("/withdrawal/estimate/"),
                    QJsonObject{{QStringLiteral("amount"), 100.00},
                                {QStringLiteral("currency"), QStringLiteral("USDTTRC20")},
                                {QStringLiteral("final_amount"), false}}));
    QCOMPARE(estimate[QStringLiteral("requested_amount")].toString(),
             QStringLiteral("100.00000000"));
    QCOMPARE(estimate[QStringLiteral("amount")].toString(), QStringLiteral("98.00000000"));
    QCOMPARE(estimate[QStringLiteral("platform_fee")].toString(), QStringLiteral("1.00000000"));
    QCOMPARE(estimate[QStringLiteral("network_fee")].toString(), QStringLiteral("1.00000000"));

    const Money before = m_sandbox->crypto().masterBalance(QStringLiteral("USDTTRC20"));
    QCOMPARE(post(QStringLiteral("/withdrawal/"),
                  QJsonObject{{QStringLiteral("amount"), 5},
                              {QStringLiteral("currency"), QStringLiteral("USDTTRC20")},
                              {QStringLiteral("address"), good}})
                 .status,
             400); // below the minimum
    const HttpResponse created =
        post(QStringLiteral("/withdrawal/"),
             QJsonObject{{QStringLiteral("amount"), 50.00},
                         {QStringLiteral("currency"), QStringLiteral("USDTTRC20")},
                         {QStringLiteral("address"), good}});
    QCOMPARE(created.status, 201);
    const QString id = object(created)[QStringLiteral("id")].toString();
    QCOMPARE(object(created)[QStringLiteral("status")].toString(), QStringLiteral("pending"));
    QCOMPARE(m_sandbox->crypto().masterBalance(QStringLiteral("USDTTRC20")),
             *before.checkedSub(*Money::parse(u"50")));
    auto status = [&] {
        return object(post(
            QStringLiteral("/withdrawal/status/"),
            QJsonObject{{QStringLiteral("withdrawal_id"), id}}))[QStringLiteral("status")]
            .toString();
    };
    QCOMPARE(status(), QStringLiteral("pending"));
    m_sandbox->advance(120);
    QCOMPARE(status(), QStringLiteral("processing"));
    m_sandbox->advance(600);
    QCOMPARE(status(), QStringLiteral("completed"));
    QVERIFY(!object(get(QStringLiteral("/withdrawal/%1/").arg(id)))[QStringLiteral("tx_hash")]
                 .toString()
                 .isEmpty());
    // Listed with filters and limit/offset paging.
    const QJsonObject completed = object(
        get(QStringLiteral("/withdrawal/"), QUrlQuery(QStringLiteral("status=completed&limit=5"))));
    QVERIFY(completed[QStringLiteral("count")].toInt() > 5);
    QCOMPARE(completed[QStringLiteral("results")].toArray().size(), 5);
    QCOMPARE(completed[QStringLiteral("results")]
                 .toArray()[0]
                 .toObject()[QStringLiteral("id")]
                 .toString(),
             id);
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const QJsonObject recent = object(
        get(QStringLiteral("/withdrawal/"), QUrlQuery(QStringLiteral("start_date=%1").arg(today))));
    QVERIFY(recent[QStringLiteral("count")].toInt() >= 1);
    QVERIFY(recent[QStringLiteral("count")].toInt() < completed[QStringLiteral("count")].toInt());
    bool found = false;
    for (const auto &v : recent[QStringLiteral("results")].toArray()) {
        QVERIFY(v.toObject()[QStringLiteral("created")].toString() >= today);
        found = found || v.toObject()[QStringLiteral("id")].toString() == id;
    }
    QVERIFY(found);
    QVERIFY(object(get(
        QStringLiteral("/withdrawal/available-currencies/")))[QStringLiteral("currencies")]
                .toArray()
                .contains(QStringLiteral("USDTTRC20")));
}

void TestSandboxCrypto::currenciesAndRates()
{
    const QJsonArray simple =
        object(get(QStringLiteral("/currencies/")))[QStringLiteral("currencies")].toArray();
    QVERIFY(simple.contains(QStringLiteral("BTC")));
    const QJsonObject full =
        object(get(QStringLiteral("/currencies/"),
                   QUrlQuery(QStringLiteral(
                       "full=true&min_max=true&include_usd=true"))))[QStringLiteral("currencies")]
            .toArray()[0]
            .toObject();
    QCOMPARE(full[QStringLiteral("min_amount")].toString(), QStringLiteral("10.00000000"));
    QCOMPARE(full[QStringLiteral("min_amount_usd")].toString(), QStringLiteral("10.00"));
    const QJsonObject rate =
        object(get(QStringLiteral("/rates/"),
                   QUrlQuery(QStringLiteral("currency_from=BTC&currency_to=USD&amount=2"))));
    QVERIFY(rate[QStringLiteral("rate")].isDouble()); // documented: numbers here
    QCOMPARE(*Money::fromJson(rate[QStringLiteral("rate")]), *Money::parse(u"64250.12"));
    QCOMPARE(*Money::fromJson(rate[QStringLiteral("estimated_amount")]),
             *Money::parse(u"128500.24"));
    const QJsonObject fullRate =
        object(get(QStringLiteral("/rates/"),
                   QUrlQuery(QStringLiteral("currency_to=USDTTRC20&amount=100&full=true"))));
    QVERIFY(fullRate.contains(QStringLiteral("timestamp")));
    QVERIFY(QDateTime::fromString(fullRate[QStringLiteral("timestamp")].toString(), Qt::ISODate)
                .isValid());
    QCOMPARE(get(QStringLiteral("/rates/")).status, 400);
}

void TestSandboxCrypto::payments()
{
    QJsonObject page = object(
        get(QStringLiteral("/payments/"), QUrlQuery(QStringLiteral("limit=100&currency=BTC"))));
    const int btc = page[QStringLiteral("count")].toInt();
    QVERIFY(btc > 0);
    for (const auto &v : page[QStringLiteral("results")].toArray())
        QCOMPARE(v.toObject()[QStringLiteral("currency")].toString(), QStringLiteral("BTC"));
    QCOMPARE(get(QStringLiteral("/payments/"), QUrlQuery(QStringLiteral("limit=101"))).status, 200);
    QCOMPARE(object(get(QStringLiteral("/payments/"),
                        QUrlQuery(QStringLiteral("limit=101"))))[QStringLiteral("results")]
                 .toArray()
                 .size(),
             100);
    const HttpResponse created =
        post(QStringLiteral("/payments/"),
             QJsonObject{{QStringLiteral("amount"), 100.00},
                         {QStringLiteral("currency"), QStringLiteral("USDTTRC20")},
                         {QStringLiteral("price_currency"), QStringLiteral("USD")},
                         {QStringLiteral("order_id"), QStringLiteral("order_123")}});
    QCOMPARE(created.status, 201);
    const QString id = object(created)[QStringLiteral("transaction_id")].toString();
    QCOMPARE(
        object(post(QStringLiteral("/payments/status/"),
                    QJsonObject{{QStringLiteral("transaction_id"), id}}))[QStringLiteral("status")]
            .toString(),
        QStringLiteral("waiting"));
    const QJsonObject min = object(get(QStringLiteral("/payments/min-amount/"),
                                       QUrlQuery(QStringLiteral("currency=USDTTRC20"))));
    QCOMPARE(*Money::fromJson(min[QStringLiteral("min_amount")]), *Money::parse(u"10"));
}

void TestSandboxCrypto::tenantWebhooksAndApps()
{
    const QJsonObject me = object(get(QStringLiteral("/user/me/")));
    QCOMPARE(me[QStringLiteral("transaction_fee")].toDouble(), 1.0);
    const HttpResponse hook = post(
        QStringLiteral("/user/webhooks/"),
        QJsonObject{{QStringLiteral("callback_url"), QStringLiteral("https://example.com/hook")}});
    QCOMPARE(hook.status, 200);
    QVERIFY(object(hook)[QStringLiteral("secret")].toString().startsWith(QStringLiteral("sec_")));
    QCOMPARE(
        post(QStringLiteral("/user/webhooks/"),
             QJsonObject{{QStringLiteral("callback_url"), QStringLiteral("http://plain.example")}})
            .status,
        400);
    const QJsonArray apps = body(get(QStringLiteral("/o/apps/"))).toArray();
    QCOMPARE(apps.size(), 1);
    // The app's own client id is part of the connection's credential: it comes back as the
    // redaction mark, never as itself.
    QCOMPARE(apps[0].toObject()[QStringLiteral("client_id")].toString(),
             QLatin1String(Redaction::Mark));
    QCOMPARE(
        post(QStringLiteral("/o/apps/"), QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}})
            .status,
        403);
}

QTEST_GUILESS_MAIN(TestSandboxCrypto)
#include "tst_sandbox_crypto.moc"
