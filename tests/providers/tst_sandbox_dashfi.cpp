#include "DashfiEmulator.h"
#include "HttpClient.h"
#include "SandboxServer.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

/// The dash.fi emulation, driven through HTTP on loopback as a client would.
class TestSandboxDashfi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusAndAuth();
    void balance();
    void cardsPagingAndFilters();
    void freezeUnfreezeArchive();
    void createAndLimit();
    void transactionsPagingAndRange();
    void singleTransactionQuirk();
    void rateLimit();
    void faults_data();
    void faults();
    void startInfo();

private:
    HttpResponse get(const QString &path, const QUrlQuery &q = {});
    QJsonObject json(const HttpResponse &r);

    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxServer> m_sandbox;
    HttpClient *m_client = nullptr;
};

void TestSandboxDashfi::initTestCase()
{
    SandboxServer::Options options;
    options.dashfiTransactions = 5000;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->start());
    m_sandbox->dashfi().setRateLimit(1000); // the rate limit has its own test
    m_client = new HttpClient(
        &m_nam, m_sandbox->baseUrl(QStringLiteral("dashfi")),
        std::make_shared<BearerAuth>(m_sandbox->credential(QStringLiteral("dashfi"))), this);
    RetryPolicy none;
    none.maxAttempts = 1;
    m_client->setRetryPolicy(none);
}

HttpResponse TestSandboxDashfi::get(const QString &path, const QUrlQuery &q)
{
    auto f = m_client->send(HttpRequest::get(path, q));
    return TestSupport::waitFor(f) ? f.result() : HttpResponse();
}

QJsonObject TestSandboxDashfi::json(const HttpResponse &r)
{
    ProviderError e;
    const auto v = r.json(&e);
    return v ? v->toObject() : QJsonObject();
}

void TestSandboxDashfi::statusAndAuth()
{
    const HttpResponse ok = get(QStringLiteral("/status"));
    QCOMPARE(ok.status, 200);
    QCOMPARE(json(ok)[QStringLiteral("data")].toObject()[QStringLiteral("status")].toString(),
             QStringLiteral("ok"));

    HttpClient wrong(&m_nam, m_sandbox->baseUrl(QStringLiteral("dashfi")),
                     std::make_shared<BearerAuth>(QStringLiteral("nope")));
    auto f = wrong.send(HttpRequest::get(QStringLiteral("/cards")));
    QVERIFY(TestSupport::waitFor(f));
    QCOMPARE(f.result().status, 401);
    QCOMPARE(f.result().error.kind, ProviderError::Kind::Auth);
    QCOMPARE(f.result().error.providerMessage, QStringLiteral("Unauthenticated."));
}

void TestSandboxDashfi::balance()
{
    const HttpResponse r = get(QStringLiteral("/balance"));
    QCOMPARE(json(r)[QStringLiteral("data")].toObject()[QStringLiteral("balance")].toString(),
             QStringLiteral("50253.78"));
}

void TestSandboxDashfi::cardsPagingAndFilters()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("10"));
    const QJsonObject first = json(get(QStringLiteral("/cards"), q));
    const QJsonObject meta = first[QStringLiteral("meta")].toObject();
    QCOMPARE(meta[QStringLiteral("per_page")].toInt(), 10);
    QCOMPARE(meta[QStringLiteral("total")].toInt(), 36);
    QCOMPARE(meta[QStringLiteral("last_page")].toInt(), 4);
    QCOMPARE(first[QStringLiteral("data")].toArray().size(), 10);
    const QString next =
        first[QStringLiteral("links")].toObject()[QStringLiteral("next")].toString();
    QVERIFY(next.contains(QStringLiteral("page=2")));
    // Following links.next gives page 2.
    auto f = m_client->send(HttpRequest::getUrl(QUrl(next)));
    QVERIFY(TestSupport::waitFor(f));
    QCOMPARE(
        json(f.result())[QStringLiteral("meta")].toObject()[QStringLiteral("current_page")].toInt(),
        2);
    // per_page is capped by the server.
    q.clear();
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("5000"));
    QCOMPARE(json(get(QStringLiteral("/cards"), q))[QStringLiteral("meta")]
                 .toObject()[QStringLiteral("per_page")]
                 .toInt(),
             100);
    // Filters.
    const QString lastFour = m_sandbox->dashfi().cards().at(3).lastFour;
    q.clear();
    q.addQueryItem(QStringLiteral("last_four"), lastFour);
    const QJsonArray byFour =
        json(get(QStringLiteral("/cards"), q))[QStringLiteral("data")].toArray();
    QCOMPARE(byFour.size(), 1);
    QCOMPARE(byFour[0].toObject()[QStringLiteral("last_four")].toString(), lastFour);
    q.clear();
    q.addQueryItem(QStringLiteral("name"), QStringLiteral("google ads"));
    int expected = 0;
    for (const auto &c : m_sandbox->dashfi().cards())
        expected += c.name.contains(QStringLiteral("google ads"), Qt::CaseInsensitive) ? 1 : 0;
    QVERIFY(expected >= 2);
    QCOMPARE(json(get(QStringLiteral("/cards"), q))[QStringLiteral("data")].toArray().size(),
             expected);
    const QJsonObject card = byFour[0].toObject();
    QVERIFY(card[QStringLiteral("spend_limit")].isString());
    QVERIFY(card.contains(QStringLiteral("created_at")));
}

void TestSandboxDashfi::freezeUnfreezeArchive()
{
    const auto card = m_sandbox->dashfi().cards().at(0);
    const QString id = QString::number(card.id);
    auto post = [&](const QString &path) {
        auto f = m_client->send(HttpRequest::withoutBody("POST", path));
        return TestSupport::waitFor(f) ? f.result() : HttpResponse();
    };
    HttpResponse r = post(QStringLiteral("/cards/%1/freeze").arg(id));
    QVERIFY(r.ok());
    QCOMPARE(json(r)[QStringLiteral("data")].toObject()[QStringLiteral("message")].toString(),
             QStringLiteral("card freeze"));
    QCOMPARE(json(get(QStringLiteral("/cards/") + id))[QStringLiteral("data")]
                 .toObject()[QStringLiteral("state")]
                 .toString(),
             QStringLiteral("PAUSED"));
    QVERIFY(post(QStringLiteral("/cards/%1/unfreeze").arg(id)).ok());
    QCOMPARE(m_sandbox->dashfi().cards().at(0).state, QStringLiteral("OPEN"));
    // Archive is final: gone from the list and from lookups.
    const auto last = m_sandbox->dashfi().cards().last();
    auto f = m_client->send(
        HttpRequest::withoutBody("DELETE", QStringLiteral("/cards/%1").arg(last.id)));
    QVERIFY(TestSupport::waitFor(f));
    QCOMPARE(
        json(f.result())[QStringLiteral("data")].toObject()[QStringLiteral("message")].toString(),
        QStringLiteral("card archived"));
    QCOMPARE(get(QStringLiteral("/cards/%1").arg(last.id)).status, 404);
    QCOMPARE(post(QStringLiteral("/cards/%1/unfreeze").arg(last.id)).status, 404);
}

void TestSandboxDashfi::createAndLimit()
{
    auto send = [&](const HttpRequest &r) {
        auto f = m_client->send(r);
        return TestSupport::waitFor(f) ? f.result() : HttpResponse();
    };
    const HttpResponse created = send(HttpRequest::postJson(
        QStringLiteral("/cards"),
        QJsonDocument(QJsonObject{
            {"name", "New card"}, {"category", 8}, {"spending_frequency", "single-use"}})));
    QCOMPARE(created.status, 201);
    const QJsonObject data = json(created)[QStringLiteral("data")].toObject();
    QVERIFY(data.contains(QStringLiteral("create_at"))); // the documented spelling
    QCOMPARE(data[QStringLiteral("spend_limit")].toInt(), 0);
    const int id = data[QStringLiteral("id")].toInt();

    const HttpResponse bad = send(HttpRequest::postJson(
        QStringLiteral("/cards"),
        QJsonDocument(
            QJsonObject{{"name", "X"}, {"category", 99}, {"spending_frequency", "recurring"}})));
    QCOMPARE(bad.status, 422);
    QVERIFY(bad.error.providerMessage.contains(QStringLiteral("category")));

    const HttpResponse limit = send(HttpRequest::patchJson(
        QStringLiteral("/cards/%1/limit").arg(id),
        QJsonDocument(QJsonObject{{"limit_amount", 1553}, {"limit_type", "MONTHLY"}})));
    QVERIFY2(limit.ok(), qPrintable(limit.error.details()));
    const QJsonObject after =
        json(get(QStringLiteral("/cards/%1").arg(id)))[QStringLiteral("data")].toObject();
    QCOMPARE(after[QStringLiteral("spend_limit")].toString(), QStringLiteral("1553.00"));
    QCOMPARE(after[QStringLiteral("spend_limit_duration")].toString(), QStringLiteral("MONTHLY"));
    const HttpResponse noLimitWrong = send(HttpRequest::patchJson(
        QStringLiteral("/cards/%1/limit").arg(id),
        QJsonDocument(QJsonObject{{"limit_amount", 5}, {"limit_type", "NO-LIMIT"}})));
    QCOMPARE(noLimitWrong.status, 422);
}

void TestSandboxDashfi::transactionsPagingAndRange()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    const QJsonObject all = json(get(QStringLiteral("/transactions"), q));
    QCOMPARE(all[QStringLiteral("meta")].toObject()[QStringLiteral("total")].toInt(), 5000);
    const QJsonArray data = all[QStringLiteral("data")].toArray();
    QCOMPARE(data.size(), 100);
    QVERIFY(data[0].toObject()[QStringLiteral("amount")].isDouble()); // a JSON number
    // Newest first.
    QVERIFY(data[0].toObject()[QStringLiteral("date")].toString() >=
            data[1].toObject()[QStringLiteral("date")].toString());
    // A date range narrows the set, inclusive of whole days.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    q.addQueryItem(QStringLiteral("begin"), today.addDays(-30).toString(Qt::ISODate));
    q.addQueryItem(QStringLiteral("end"), today.addDays(-1).toString(Qt::ISODate));
    const QJsonObject ranged = json(get(QStringLiteral("/transactions"), q));
    const int total = ranged[QStringLiteral("meta")].toObject()[QStringLiteral("total")].toInt();
    QVERIFY(total > 100 && total < 1000);
    for (const QJsonValue &v : ranged[QStringLiteral("data")].toArray()) {
        const QDate d = QDateTime::fromString(v.toObject()[QStringLiteral("date")].toString(),
                                              Qt::ISODateWithMs)
                            .date();
        QVERIFY(d >= today.addDays(-30) && d <= today.addDays(-1));
    }
    // All six statuses occur.
    QSet<QString> statuses;
    for (int page = 1; page <= 50; ++page) {
        QUrlQuery pq;
        pq.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
        pq.addQueryItem(QStringLiteral("page"), QString::number(page));
        for (const QJsonValue &v :
             json(get(QStringLiteral("/transactions"), pq))[QStringLiteral("data")].toArray())
            statuses.insert(v.toObject()[QStringLiteral("status")].toString());
    }
    QCOMPARE(statuses.size(), 6);
}

void TestSandboxDashfi::singleTransactionQuirk()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    const QString token = json(get(QStringLiteral("/transactions"), q))[QStringLiteral("data")]
                              .toArray()[0]
                              .toObject()[QStringLiteral("token")]
                              .toString();
    const QJsonObject one = json(get(QStringLiteral("/transactions/") + token));
    QCOMPARE(one[QStringLiteral("token")].toString(), token); // no "data" wrapper
    QCOMPARE(get(QStringLiteral("/transactions/unknown")).status, 404);
}

void TestSandboxDashfi::rateLimit()
{
    m_sandbox->dashfi().setRateLimit(20);
    QTest::qWait(1100); // a full bucket
    QList<QFuture<HttpResponse>> burst;
    for (int i = 0; i < 30; ++i)
        burst << m_client->send(HttpRequest::get(QStringLiteral("/status")));
    int limited = 0;
    for (auto &f : burst) {
        QVERIFY(TestSupport::waitFor(f));
        if (f.result().status == 429) {
            ++limited;
            QCOMPARE(f.result().header("retry-after"), QByteArray("1"));
        }
    }
    QVERIFY2(limited >= 5, qPrintable(QString::number(limited)));
    m_sandbox->dashfi().setRateLimit(1000);
    QTest::qWait(1100);
}

void TestSandboxDashfi::faults_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("post");
    using K = ProviderError::Kind;
    QTest::addRow("500") << "dashfi:/status:500:count=1" << int(K::Server) << 500 << false;
    QTest::addRow("502") << "dashfi:/status:502:count=1" << int(K::Server) << 502 << false;
    QTest::addRow("503") << "dashfi:/status:503:count=1" << int(K::Server) << 503 << false;
    QTest::addRow("429") << "dashfi:/status:429:count=1" << int(K::RateLimited) << 429 << false;
    QTest::addRow("html") << "dashfi:/status:html:count=1" << int(K::Server) << 502 << false;
    QTest::addRow("cut") << "dashfi:/status:cut:count=1" << int(K::Network) << 200 << false;
    QTest::addRow("drop-after") << "dashfi:/cards/1/freeze:drop-after:count=1" << int(K::Network)
                                << 0 << true;
    QTest::addRow("timeout") << "dashfi:/status:timeout:count=1" << int(K::Timeout) << 0 << false;
}

void TestSandboxDashfi::faults()
{
    QFETCH(QString, spec);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(bool, post);
    QString error;
    QVERIFY2(m_sandbox->faults().addSpec(spec, &error), qPrintable(error));
    const int processedBefore =
        m_sandbox->processedCount(QStringLiteral("dashfi"), QStringLiteral("/cards/1/freeze"));
    HttpRequest r = post ? HttpRequest::withoutBody("POST", QStringLiteral("/cards/1/freeze"))
                         : HttpRequest::get(QStringLiteral("/status"));
    r.timeoutMs = 500;
    auto f = m_client->send(r);
    QVERIFY(TestSupport::waitFor(f));
    QCOMPARE(int(f.result().error.kind), kind);
    if (status)
        QCOMPARE(f.result().status, status);
    if (post) // processed once, answered never, and not sent again
        QCOMPARE(
            m_sandbox->processedCount(QStringLiteral("dashfi"), QStringLiteral("/cards/1/freeze")),
            processedBefore + 1);
    // Used up: the next request is normal.
    QVERIFY(get(QStringLiteral("/status")).ok());
}

void TestSandboxDashfi::startInfo()
{
    const QJsonObject info = m_sandbox->startInfo();
    QCOMPARE(info[QStringLiteral("port")].toInt(), int(m_sandbox->port()));
    const QJsonObject dashfi = info[QStringLiteral("connections")].toArray()[0].toObject();
    QCOMPARE(dashfi[QStringLiteral("provider")].toString(), QStringLiteral("dashfi"));
    QCOMPARE(dashfi[QStringLiteral("base_url")].toString(),
             QStringLiteral("http://127.0.0.1:%1/dashfi/api-v1").arg(m_sandbox->port()));
    // Malformed JSON and latency faults.
    QString error;
    QVERIFY(
        m_sandbox->faults().addSpec(QStringLiteral("dashfi:/balance:malformed:count=1"), &error));
    ProviderError e;
    QVERIFY(!get(QStringLiteral("/balance")).json(&e));
    QVERIFY(e.message.contains(QStringLiteral("malformed")));
    QVERIFY(m_sandbox->faults().addSpec(QStringLiteral("dashfi:/balance:latency:ms=300,count=1"),
                                        &error));
    QElapsedTimer t;
    t.start();
    QVERIFY(get(QStringLiteral("/balance")).ok());
    QVERIFY(t.elapsed() >= 280);
    QVERIFY(!m_sandbox->faults().addSpec(QStringLiteral("dashfi:/x:bogus"), &error));
}

QTEST_GUILESS_MAIN(TestSandboxDashfi)
#include "tst_sandbox_dashfi.moc"
