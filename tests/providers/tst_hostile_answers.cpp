#include "DashfiPager.h"
#include "DinariProvider.h"
#include "HttpClient.h"
#include "LinkPager.h"
#include "LoopbackHttpServer.h"
#include "Money.h"
#include "RetryPolicy.h"
#include "TestSupport.h"
#include "UrlPolicy.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using K = ProviderError::Kind;

/**
 * Answers no provider should give, from a real server on loopback: one that trickles,
 * one that never stops, one that redirects a payment it processed. Each ends in bounded
 * time with its own kind of error, and a request that moves money is left unknown.
 */
class TestHostileAnswers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tricklingAnswerEndsAtTheDeadline();
    void retriesStopWhenTheOperationsTimeIsSpent();
    void oversizedAnswerIsCutAndNotRetried();
    void redirectAfterAPostLeavesItUnknown();
    void a401AfterAPostLeavesItUnknown();
    void abandonedWriteIsUnknownQueuedOneIsNot();
    void hugeLastPageIsRefusedNotQueued();
    void pagesThatRepeatEndThePaging();
    void nextLinkToItselfIsNotFollowedForever();
    void listWithoutEndStopsAtTheCap();
    void amountsKeepTheTextTheProviderWrote();
    void aFieldGivenTwiceIsRefused();
    void amountsFinerThanTheCurrencyAreRefused();
    void providerLinksAreSafeOrRefused();

private:
    HttpClient *makeClient();
    HttpResponse run(HttpClient &client, const HttpRequest &request);
    /// Every answer a byte every 100 ms (50 s in all), each request counted in *count.
    void trickleEveryAnswer(int *count);

    QNetworkAccessManager *m_nam = nullptr;
    LoopbackHttpServer *m_server = nullptr;
};

void TestHostileAnswers::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_server = new LoopbackHttpServer(this);
    QVERIFY(m_server->start() > 0);
}

void TestHostileAnswers::cleanup()
{
    delete m_server;
    delete m_nam;
}

HttpClient *TestHostileAnswers::makeClient()
{
    auto *client = new HttpClient(m_nam, m_server->url(QStringLiteral("/api")), {}, m_server);
    RetryPolicy fast;
    fast.baseDelayMs = 20;
    client->setRetryPolicy(fast);
    return client;
}

HttpResponse TestHostileAnswers::run(HttpClient &client, const HttpRequest &request)
{
    QFuture<HttpResponse> f = client.send(request);
    if (!TestSupport::waitFor(f, 20000))
        return {};
    return f.result();
}

void TestHostileAnswers::trickleEveryAnswer(int *count)
{
    m_server->setHandler([count](const ServerRequest &, const ResponseChannel &c) {
        ++*count;
        c.sendTrickled(ServerResponse::raw(200, "application/json", QByteArray(500, ' ') + "{}"),
                       100);
    });
}

void TestHostileAnswers::tricklingAnswerEndsAtTheDeadline()
{
    // A byte every 100 ms never trips a 30 s idle timeout; the whole answer would take 50 s.
    int count = 0;
    trickleEveryAnswer(&count);
    auto *client = makeClient();
    HttpRequest req = HttpRequest::postJson(QStringLiteral("/pay"), QJsonDocument());
    req.deadlineMs = 1500;
    QElapsedTimer t;
    t.start();
    const HttpResponse r = run(*client, req);
    QCOMPARE(r.error.kind, K::Timeout);
    QVERIFY2(r.error.message.contains(QStringLiteral("not complete within 1 seconds")),
             qPrintable(r.error.message));
    QVERIFY(r.error.leavesOutcomeUnknown());
    QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(count, 1); // a POST is never sent again
}

void TestHostileAnswers::retriesStopWhenTheOperationsTimeIsSpent()
{
    // A read trickles every time: each attempt ends at its deadline, and the retries end
    // with the operation's time, not after four full deadlines.
    int count = 0;
    trickleEveryAnswer(&count);
    auto *client = makeClient();
    HttpRequest req = HttpRequest::get(QStringLiteral("/status"));
    req.idempotent = true;
    req.deadlineMs = 1000;
    req.operationMs = 2500;
    QElapsedTimer t;
    t.start();
    const HttpResponse r = run(*client, req);
    QCOMPARE(r.error.kind, K::Timeout);
    QCOMPARE(r.attempts, 2); // 1 s, then 1 s, then less than a fair attempt left
    QCOMPARE(count, 2);
    QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    // An attempt never runs past the operation: 1.5 s deadlines in 2 s end at 2 s.
    count = 0;
    req.deadlineMs = 1500;
    req.operationMs = 2000;
    t.restart();
    const HttpResponse cut = run(*client, req);
    QCOMPARE(cut.error.kind, K::Timeout);
    QCOMPARE(count, 1);
    QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
}

void TestHostileAnswers::oversizedAnswerIsCutAndNotRetried()
{
    int count = 0;
    m_server->setHandler([&](const ServerRequest &, const ResponseChannel &c) {
        ++count;
        c.send(ServerResponse::raw(200, "application/json", QByteArray(3 * 1024 * 1024, 'x')));
    });
    auto *client = makeClient();
    HttpRequest req = HttpRequest::get(QStringLiteral("/cards"));
    req.maxResponseBytes = 1024 * 1024;
    const HttpResponse r = run(*client, req);
    QCOMPARE(r.error.kind, K::TooLarge);
    QVERIFY2(r.error.message.contains(QStringLiteral("larger than 1 MB")),
             qPrintable(r.error.message));
    QVERIFY(r.body.isEmpty());
    // Retrying would only read it again.
    QCOMPARE(count, 1);
    QCOMPARE(r.attempts, 1);
}

void TestHostileAnswers::redirectAfterAPostLeavesItUnknown()
{
    // The gateway commits the payment, then answers 303: the payment happened.
    int count = 0;
    m_server->setHandler([&](const ServerRequest &, const ResponseChannel &c) {
        ++count;
        c.send(ServerResponse::raw(303, "text/plain", "See Other")
                   .withHeader("Location", "/api/pay/result"));
    });
    auto *client = makeClient();
    const HttpResponse r =
        run(*client, HttpRequest::postJson(QStringLiteral("/pay"), QJsonDocument()));
    QCOMPARE(r.error.kind, K::Redirected);
    QVERIFY(r.error.leavesOutcomeUnknown());
    QCOMPARE(count, 1);
}

void TestHostileAnswers::a401AfterAPostLeavesItUnknown()
{
    // The gateway carries out the withdrawal, then answers 401: no document says a 401
    // means nothing was done, so it is not called failed.
    int count = 0;
    m_server->setHandler([&](const ServerRequest &, const ResponseChannel &c) {
        ++count;
        c.send(ServerResponse::json(QJsonObject{{"error", "unauthorized"}}, 401));
    });
    auto *client = makeClient();
    const HttpResponse r =
        run(*client, HttpRequest::postJson(QStringLiteral("/pay"), QJsonDocument()));
    QCOMPARE(r.error.kind, K::Auth);
    QVERIFY(r.error.leavesOutcomeUnknown());
    QCOMPARE(count, 1); // and never sent twice
}

void TestHostileAnswers::abandonedWriteIsUnknownQueuedOneIsNot()
{
    int count = 0;
    m_server->setHandler([&](const ServerRequest &, const ResponseChannel &) { ++count; });
    auto *client = makeClient();
    client->setRateLimit(0.5, 1); // the second waits for a token, and never leaves
    QFuture<HttpResponse> sent =
        client->send(HttpRequest::postJson(QStringLiteral("/pay"), QJsonDocument()));
    QFuture<HttpResponse> queued =
        client->send(HttpRequest::postJson(QStringLiteral("/pay"), QJsonDocument()));
    QTRY_COMPARE(count, 1);
    client->abortAll();
    QVERIFY(TestSupport::waitFor(sent, 5000) && TestSupport::waitFor(queued, 5000));
    QCOMPARE(sent.result().error.kind, K::Cancelled);
    QVERIFY(sent.result().error.leavesOutcomeUnknown());
    QCOMPARE(queued.result().error.kind, K::Cancelled);
    QVERIFY(!queued.result().error.leavesOutcomeUnknown());
    QCOMPARE(count, 1);
}

namespace {
/// Runs a pager's future to its end.
template<typename F> Result<QList<QJsonObject>> finished(F future)
{
    if (!TestSupport::waitFor(future, 60000))
        return Result<QList<QJsonObject>>::failure({});
    return future.result();
}

QByteArray dashfiPage(int id, int lastPage)
{
    const QJsonObject page{
        {QStringLiteral("data"), QJsonArray{QJsonObject{{QStringLiteral("id"), id}}}},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("current_page"), 1},
                                             {QStringLiteral("last_page"), lastPage},
                                             {QStringLiteral("per_page"), 1},
                                             {QStringLiteral("total"), lastPage}}}};
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

LinkPager *linkPager(HttpClient *client)
{
    return new LinkPager(
        client, HttpRequest::get(QStringLiteral("/list")), QStringLiteral("id"),
        [](const QJsonValue &body, const HttpRequest &, LinkPager::Page *page, QString *) {
            for (const QJsonValue &v : body[QStringLiteral("results")].toArray())
                page->items.append(v.toObject());
            page->next = LinkPager::nextLink(body.toObject());
            return true;
        });
}
} // namespace

void TestHostileAnswers::hugeLastPageIsRefusedNotQueued()
{
    // It once queued every page at once: 2.8 GB in 15 s, then bad_alloc.
    int count = 0;
    m_server->setHandler([&](const ServerRequest &, const ResponseChannel &c) {
        ++count;
        c.send(ServerResponse::raw(200, "application/json", dashfiPage(1, 2147483647)));
    });
    auto *pager = new DashfiPager(makeClient(), QStringLiteral("/cards"), {}, QStringLiteral("id"));
    const auto r = finished(pager->run());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, K::Parse);
    QVERIFY2(r.error().details().contains(QStringLiteral("2147483647 pages")),
             qPrintable(r.error().details()));
    QCOMPARE(count, 1);
}

void TestHostileAnswers::pagesThatRepeatEndThePaging()
{
    // Fifty pages promised; every one is page 1 again.
    int count = 0;
    m_server->setHandler([&](const ServerRequest &, const ResponseChannel &c) {
        ++count;
        c.send(ServerResponse::raw(200, "application/json", dashfiPage(7, 50)));
    });
    auto *pager = new DashfiPager(makeClient(), QStringLiteral("/cards"), {}, QStringLiteral("id"));
    const auto r = finished(pager->run());
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), 1);
    // Page 1, and the few asked for ahead of it: not all fifty.
    QVERIFY2(count <= 1 + DashfiPager::Ahead, qPrintable(QString::number(count)));
    // What was read is kept, and never taken for the whole list.
    QVERIFY(!r.complete());
    QVERIFY2(r.gaps().join(u'|').contains(QStringLiteral("were not read")),
             qPrintable(r.gaps().join(u'|')));
}

void TestHostileAnswers::nextLinkToItselfIsNotFollowedForever()
{
    int count = 0;
    m_server->setHandler([&](const ServerRequest &, const ResponseChannel &c) {
        ++count;
        const QJsonObject page{
            {QStringLiteral("results"), QJsonArray{QJsonObject{{QStringLiteral("id"), 1}}}},
            {QStringLiteral("next"), m_server->url(QStringLiteral("/api/list")).toString()}};
        c.send(ServerResponse::json(page));
    });
    const auto r = finished(linkPager(makeClient())->run());
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), 1);
    QVERIFY2(count <= 2, qPrintable(QString::number(count)));
    QCOMPARE(r.gaps().size(), 1);
    QVERIFY2(r.gaps().first().contains(QStringLiteral("the pages after it were not read")),
             qPrintable(r.gaps().first()));
}

void TestHostileAnswers::listWithoutEndStopsAtTheCap()
{
    // Every page new, every page with a next one: the cap ends it, with a clear error.
    int count = 0;
    m_server->setHandler([&](const ServerRequest &, const ResponseChannel &c) {
        ++count;
        const QJsonObject page{
            {QStringLiteral("results"), QJsonArray{QJsonObject{{QStringLiteral("id"), count}}}},
            {QStringLiteral("next"),
             m_server->url(QStringLiteral("/api/list?page=%1").arg(count + 1)).toString()}};
        c.send(ServerResponse::json(page));
    });
    QElapsedTimer t;
    t.start();
    const auto r = finished(linkPager(makeClient())->run());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().details().contains(QStringLiteral("did not end after 2000 pages")),
             qPrintable(r.error().details()));
    QCOMPARE(count, 2000);
    QVERIFY2(t.elapsed() < 30000, qPrintable(QString::number(t.elapsed())));
}

void TestHostileAnswers::amountsKeepTheTextTheProviderWrote()
{
    m_server->setHandler([](const ServerRequest &, const ResponseChannel &c) {
        c.send(ServerResponse::raw(
            200, "application/json",
            R"({"big": 12345678901234567.89, "long": 0.1234567890123456789, "plain": 45.89,)"
            R"( "int": 1e2, "min": -9223372036854775808, "id": 123456789012345678901,)"
            R"( "text": "12345678901234567.89 \" 12345678901234567.89", "list": [1.5, 2]})"));
    });
    auto *client = makeClient();
    const HttpResponse r = run(*client, HttpRequest::get(QStringLiteral("/balance")));
    ProviderError e;
    const std::optional<QJsonValue> json = r.json(&e);
    QVERIFY2(json, qPrintable(e.details()));
    const QJsonObject o = json->toObject();
    // Through a double it was 12345678901234568.00.
    QCOMPARE(Money::fromJson(o[QStringLiteral("big")])->toString(),
             QStringLiteral("12345678901234567.89"));
    // 19 decimals do not fit: refused, never rounded.
    QVERIFY(!Money::fromJson(o[QStringLiteral("long")]));
    QCOMPARE(Money::fromJson(o[QStringLiteral("plain")])->toString(), QStringLiteral("45.89"));
    QCOMPARE(Money::fromJson(o[QStringLiteral("int")])->toString(), QStringLiteral("100"));
    // The one value whose magnitude does not fit is refused, not negated into nonsense.
    QVERIFY(!Money::fromJson(o[QStringLiteral("min")]));
    // Text stays text; short numbers stay numbers.
    QCOMPARE(o[QStringLiteral("text")].toString(),
             QStringLiteral("12345678901234567.89 \" 12345678901234567.89"));
    QCOMPARE(o[QStringLiteral("list")].toArray().at(0).toDouble(), 1.5);
    QCOMPARE(o[QStringLiteral("list")].toArray().at(1).toInt(), 2);
}

void TestHostileAnswers::amountsFinerThanTheCurrencyAreRefused()
{
    // A tenth of a cent in dollars cannot have moved: that item is refused, not rounded,
    // and named; the list's other item is kept.
    QByteArray amount = "12.345";
    m_server->setHandler([&amount](const ServerRequest &r, const ResponseChannel &c) {
        const QByteArray other =
            r.body.contains("INCOMING")
                ? QByteArray()
                : QByteArray(R"({"TRANSACTION_ID": "t0", "TRANSACTION_STATUS": "Completed",)"
                             R"( "TRANSACTION_DATETIME_CREATED": "2025-01-08 12:00:00",)"
                             R"( "TRANSACTION_CURRENCY_ISO3": "USD",)"
                             R"( "TRANSACTION_SEND_AMOUNT": "7.00"}, )");
        c.send(ServerResponse::raw(
            200, "application/json",
            R"({"status": "success", "message": "ok", "data": {"TRANSACTION_LIST_ARRAY": [)" +
                other +
                R"({"TRANSACTION_ID": "t1", "TRANSACTION_DATETIME_CREATED": "2025-01-08 12:30:00",)"
                R"( "TRANSACTION_STATUS": "Completed", "TRANSACTION_CURRENCY_ISO3": "USD",)"
                R"( "TRANSACTION_SEND_AMOUNT": )" +
                amount + "}]}}"));
    });
    DinariProvider dinari(QStringLiteral("Hostile"), m_nam, m_server->url(), QStringLiteral("a"),
                          QStringLiteral("b"));
    QFuture<Result<QList<Transaction>>> f = dinari.fetchTransactions({}, {});
    QVERIFY(TestSupport::waitFor(f, 20000));
    QVERIFY(f.result().ok());
    QCOMPARE(f.result().value().size(), 1);
    QCOMPARE(f.result().value().first().id, QStringLiteral("t0"));
    QVERIFY(!f.result().complete());
    const QString gaps = f.result().gaps().join(u'|');
    QVERIFY2(gaps.contains(QStringLiteral("(id \"t1\")")) &&
                 gaps.contains(QStringLiteral("more decimals than USD")),
             qPrintable(gaps));
    // The same amount with zeros past the cents is just dollars and cents.
    amount = "12.3400";
    f = dinari.fetchTransactions({}, {});
    QVERIFY(TestSupport::waitFor(f, 20000));
    QVERIFY2(f.result().ok() && f.result().complete(), qPrintable(f.result().gaps().join(u'|')));
    QCOMPARE(f.result().value().size(), 2);
}

void TestHostileAnswers::providerLinksAreSafeOrRefused()
{
    // What ExternalLink::open asks before a provider's embedded_url or payout link opens:
    // https, or plain http to this computer (the demo's sandbox), nothing else.
    for (const char *ok : {"https://app.dash.fi/cards/32/embed", "http://127.0.0.1:8080/card"})
        QVERIFY2(!UrlPolicy::check(QUrl(QLatin1String(ok))).isError(), ok);
    for (const char *bad :
         {"http://pay.example.com/link", "file:///etc/passwd", "javascript:alert(1)",
          "https://user:pass@app.dash.fi/cards", "ftp://files.example.com/x",
          "data:text/html,<script>alert(1)</script>"})
        QVERIFY2(UrlPolicy::check(QUrl(QLatin1String(bad))).isError(), bad);
}

void TestHostileAnswers::aFieldGivenTwiceIsRefused()
{
    QByteArray body =
        R"({"data": {"id": 1, "amount": "1.00", "note": "amount", "amount": "1000.00"}})";
    m_server->setHandler([&body](const ServerRequest &, const ResponseChannel &c) {
        c.send(ServerResponse::raw(200, "application/json", body));
    });
    auto *client = makeClient();
    ProviderError e;
    QVERIFY(!run(*client, HttpRequest::get(QStringLiteral("/balance"))).json(&e));
    QCOMPARE(e.kind, K::Parse);
    QVERIFY2(e.message.contains(QStringLiteral("\"amount\" appears twice")), qPrintable(e.message));
    // The same key in two objects, or a key's name as a value, is fine.
    body = R"({"a": {"amount": "1"}, "b": {"amount": "2"}, "c": ["amount", "amount"]})";
    QVERIFY(run(*client, HttpRequest::get(QStringLiteral("/balance"))).json(&e));
}

QTEST_GUILESS_MAIN(TestHostileAnswers)
#include "tst_hostile_answers.moc"
