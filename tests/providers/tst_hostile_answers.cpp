#include "HttpClient.h"
#include "LoopbackHttpServer.h"
#include "RetryPolicy.h"
#include "TestSupport.h"

#include <QElapsedTimer>
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
    void oversizedAnswerIsCutAndNotRetried();
    void redirectAfterAPostLeavesItUnknown();
    void abandonedWriteIsUnknownQueuedOneIsNot();

private:
    HttpClient *makeClient();
    HttpResponse run(HttpClient &client, const HttpRequest &request);

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

void TestHostileAnswers::tricklingAnswerEndsAtTheDeadline()
{
    // A byte every 100 ms never trips a 30 s idle timeout; the whole answer would take 50 s.
    int count = 0;
    m_server->setHandler([&](const ServerRequest &, const ResponseChannel &c) {
        ++count;
        c.sendTrickled(ServerResponse::raw(200, "application/json", QByteArray(500, ' ') + "{}"),
                       100);
    });
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

QTEST_GUILESS_MAIN(TestHostileAnswers)
#include "tst_hostile_answers.moc"
