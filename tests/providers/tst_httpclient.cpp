#include "Connection.h"
#include "HttpClient.h"
#include "LoopbackHttpServer.h"
#include "Redaction.h"
#include "RetryPolicy.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTest>

#include <QTimeZone>
#include <functional>

using K = ProviderError::Kind;

/// The HTTP layer against a real server on loopback: no mocked network anywhere.
Q_DECLARE_METATYPE(std::shared_ptr<Authenticator>)

class TestHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bearerHeader();
    void basicHeader();
    void formFieldsInBody();
    void queryBuilding();
    void retryAfterOn429();
    void retryAfterTooLongIsReported();
    void retryAfterReadsEveryHttpDateForm_data();
    void retryAfterReadsEveryHttpDateForm();
    void retryAfterAsADateIsWaitedFor();
    void backoffOn503ForGet();
    void noRetryOfPost();
    void refusedActionIsAWarning();
    void idempotentPostIsRetried();
    void timeout();
    void malformedJson();
    void htmlErrorPage();
    void connectionClosedMidBody();
    void redirectToAnotherHostRefused();
    void redirectSameOriginFollowed();
    void plainHttpRefusedExceptLoopback();
    void addressWithCredentialsRefused();
    void echoedSecretsAreRedacted_data();
    void echoedSecretsAreRedacted();
    void oauthTokenCachedAndRefreshedOn401();
    void oauthTokenOutlivesAPayment();
    void oauthBadSecretIsAuthError();
    void rateLimitSpacesRequests();
    void providerMessageExtracted();
    void abortAllCancels();
    void abortReadsLeavesWritesAlone();

private:
    HttpResponse run(HttpClient &client, const HttpRequest &request);
    HttpClient *makeClient(std::shared_ptr<Authenticator> auth = {});
    /// One GET that the server answers 429 with `retryAfter()` once, then 200: the answer
    /// and when each attempt arrived.
    struct Retried
    {
        HttpResponse response;
        QList<qint64> arrivals;
    };
    Retried afterOne429(const std::function<QByteArray()> &retryAfter);

    QNetworkAccessManager *m_nam = nullptr;
    LoopbackHttpServer *m_server = nullptr;
    QList<ServerRequest> m_seen;
};

void TestHttpClient::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_server = new LoopbackHttpServer(this);
    QVERIFY(m_server->start() > 0);
    m_seen.clear();
}

void TestHttpClient::cleanup()
{
    delete m_server;
    delete m_nam;
}

HttpClient *TestHttpClient::makeClient(std::shared_ptr<Authenticator> auth)
{
    auto *client =
        new HttpClient(m_nam, m_server->url(QStringLiteral("/api")), std::move(auth), m_server);
    RetryPolicy fast;
    fast.baseDelayMs = 20;
    client->setRetryPolicy(fast);
    return client;
}

HttpResponse TestHttpClient::run(HttpClient &client, const HttpRequest &request)
{
    QFuture<HttpResponse> f = client.send(request);
    if (!TestSupport::waitFor(f, 20000))
        return {};
    return f.result();
}

void TestHttpClient::bearerHeader()
{
    m_server->setHandler([this](const ServerRequest &r, const ResponseChannel &c) {
        m_seen << r;
        c.send(ServerResponse::json(QJsonObject{{"data", QJsonObject{{"status", "ok"}}}}));
    });
    auto *client = makeClient(std::make_shared<BearerAuth>(QStringLiteral("tok-123")));
    const HttpResponse r = run(*client, HttpRequest::get(QStringLiteral("/status")));
    QVERIFY2(r.ok(), qPrintable(r.error.details()));
    QCOMPARE(m_seen.size(), 1);
    QCOMPARE(m_seen[0].path, QStringLiteral("/api/status"));
    QCOMPARE(m_seen[0].header("authorization"), QByteArray("Bearer tok-123"));
    QCOMPARE(m_seen[0].header("accept"), QByteArray("application/json"));
}

void TestHttpClient::basicHeader()
{
    m_server->setHandler([this](const ServerRequest &r, const ResponseChannel &c) {
        m_seen << r;
        c.send(ServerResponse::json(QJsonObject{}));
    });
    auto *client =
        makeClient(std::make_shared<BasicAuth>(QStringLiteral("ABC123"), QStringLiteral("DEF456")));
    QVERIFY(run(*client, HttpRequest::get(QStringLiteral("/users"))).ok());
    // The Dots documentation's own example.
    QCOMPARE(m_seen[0].header("authorization"), QByteArray("Basic QUJDMTIzOkRFRjQ1Ng=="));
}

void TestHttpClient::formFieldsInBody()
{
    m_server->setHandler([this](const ServerRequest &r, const ResponseChannel &c) {
        m_seen << r;
        c.send(ServerResponse::json(QJsonObject{{"status", "success"}}));
    });
    auto *client = makeClient(std::make_shared<FormFieldAuth>(
        QStringLiteral("CORPORATE_ACCOUNT_ID"), QStringLiteral("acct 1"),
        QStringLiteral("GATEWAY_API_KEY"), QStringLiteral("k+e&y=")));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("RECIPIENT_FULL_NAME"), QStringLiteral("Zoë O'Brien & Co"));
    QVERIFY(run(*client, HttpRequest::postForm(QStringLiteral("/account/balance"), form)).ok());
    const QUrlQuery got = m_seen[0].form();
    QCOMPARE(m_seen[0].header("content-type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(got.queryItemValue(QStringLiteral("CORPORATE_ACCOUNT_ID"), QUrl::FullyDecoded),
             QStringLiteral("acct 1"));
    QCOMPARE(got.queryItemValue(QStringLiteral("GATEWAY_API_KEY"), QUrl::FullyDecoded),
             QStringLiteral("k+e&y="));
    QCOMPARE(got.queryItemValue(QStringLiteral("RECIPIENT_FULL_NAME"), QUrl::FullyDecoded),
             QStringLiteral("Zoë O'Brien & Co"));
    QVERIFY(m_seen[0].header("authorization").isEmpty());
}

void TestHttpClient::queryBuilding()
{
    m_server->setHandler([this](const ServerRequest &r, const ResponseChannel &c) {
        m_seen << r;
        c.send(ServerResponse::json(QJsonObject{}));
    });
    auto *client = makeClient();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("name"), QStringLiteral("Ads & Co"));
    q.addQueryItem(QStringLiteral("last_four"), QStringLiteral("2421"));
    QVERIFY(run(*client, HttpRequest::get(QStringLiteral("/cards"), q)).ok());
    QCOMPARE(m_seen[0].query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded),
             QStringLiteral("Ads & Co"));
    QCOMPARE(m_seen[0].query.queryItemValue(QStringLiteral("last_four")), QStringLiteral("2421"));
}

TestHttpClient::Retried TestHttpClient::afterOne429(const std::function<QByteArray()> &retryAfter)
{
    Retried out;
    QElapsedTimer clock;
    m_server->setHandler([&](const ServerRequest &, const ResponseChannel &c) {
        out.arrivals << clock.elapsed();
        if (out.arrivals.size() == 1) {
            ServerResponse r =
                ServerResponse::json(QJsonObject{{"message", "Too Many Attempts."}}, 429);
            r.withHeader("Retry-After", retryAfter());
            c.send(r);
        } else {
            c.send(ServerResponse::json(QJsonObject{{"ok", true}}));
        }
    });
    auto *client = makeClient();
    clock.start();
    out.response = run(*client, HttpRequest::get(QStringLiteral("/transactions")));
    return out;
}

void TestHttpClient::retryAfterOn429()
{
    const Retried t = afterOne429([] { return QByteArray("1"); });
    const HttpResponse &r = t.response;
    const QList<qint64> &arrivals = t.arrivals;
    QVERIFY2(r.ok(), qPrintable(r.error.details()));
    QCOMPARE(arrivals.size(), 2);
    QCOMPARE(r.attempts, 2);
    // The wait is the server's Retry-After, not the (20 ms) backoff.
    QVERIFY2(arrivals[1] - arrivals[0] >= 950,
             qPrintable(QString::number(arrivals[1] - arrivals[0])));
}

void TestHttpClient::retryAfterTooLongIsReported()
{
    int count = 0;
    m_server->setHandler([&](const ServerRequest &, const ResponseChannel &c) {
        ++count;
        ServerResponse r = ServerResponse::json(QJsonObject{}, 429);
        r.withHeader("Retry-After", "3600");
        c.send(r);
    });
    auto *client = makeClient();
    const HttpResponse r = run(*client, HttpRequest::get(QStringLiteral("/x")));
    QCOMPARE(r.error.kind, K::RateLimited);
    QCOMPARE(r.error.retryAfterSeconds, 3600);
    QCOMPARE(count, 1);
}

void TestHttpClient::retryAfterReadsEveryHttpDateForm_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("ms");
    // RFC 9110 section 10.2.3: delta-seconds or an HTTP date, in any of its three forms.
    QTest::newRow("seconds") << QByteArray("5") << 5000;
    QTest::newRow("IMF-fixdate") << QByteArray("Tue, 01 Dec 2026 12:00:20 GMT") << 20000;
    QTest::newRow("RFC 850") << QByteArray("Tuesday, 01-Dec-26 12:00:20 GMT") << 20000;
    QTest::newRow("asctime") << QByteArray("Tue Dec  1 12:00:20 2026") << 20000;
    QTest::newRow("past") << QByteArray("Tue, 01 Dec 2026 11:59:00 GMT") << 0;
    QTest::newRow("a year ahead: capped")
        << QByteArray("Wed, 01 Dec 2027 12:00:00 GMT") << 24 * 3600 * 1000;
    QTest::newRow("not GMT") << QByteArray("Tue, 01 Dec 2026 12:00:20 +0100") << -1;
    QTest::newRow("no such day") << QByteArray("Tue, 31 Feb 2026 12:00:20 GMT") << -1;
    QTest::newRow("negative") << QByteArray("-3") << -1;
    QTest::newRow("words") << QByteArray("tomorrow") << -1;
}

void TestHttpClient::retryAfterReadsEveryHttpDateForm()
{
    QFETCH(QByteArray, header);
    QFETCH(int, ms);
    const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::utc());
    QCOMPARE(RetryPolicy::retryAfterMs(header, now), ms);
}

void TestHttpClient::retryAfterAsADateIsWaitedFor()
{
    // Two seconds ahead, to the second: the wait is between one and two.
    const Retried t = afterOne429([] {
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(2);
        return QLocale::c()
            .toString(at, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
            .toLatin1();
    });
    const HttpResponse &r = t.response;
    const QList<qint64> &arrivals = t.arrivals;
    QVERIFY2(r.ok(), qPrintable(r.error.details()));
    QCOMPARE(arrivals.size(), 2);
    QVERIFY2(arrivals[1] - arrivals[0] >= 900,
             qPrintable(QString::number(arrivals[1] - arrivals[0])));
}

void TestHttpClient::backoffOn503ForGet()
{
    int count = 0;
    m_server->setHandler([&](const ServerRequest &, const ResponseChannel &c) {
        ++count;
        c.send(count < 3 ? ServerResponse::raw(503, "text/plain", "busy")
                         : ServerResponse::json(QJsonObject{{"ok", true}}));
    });
    auto *client = makeClient();
    const HttpResponse r = run(*client, HttpRequest::get(QStringLiteral("/balance")));
    QVERIFY(r.ok());
    QCOMPARE(count, 3);
    QCOMPARE(r.attempts, 3);
}

void TestHttpClient::refusedActionIsAWarning()
{
    m_server->setHandler([&](const ServerRequest &, const ResponseChannel &c) {
        c.send(ServerResponse::json(QJsonObject{{"message", "forbidden"}}, 403));
    });
    auto *client = makeClient();
    // A refused payout reaches the Log window's "warnings and errors".
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^POST \\S*/payouts 403 ")));
    const HttpResponse refused =
        run(*client, HttpRequest::postJson(QStringLiteral("/payouts"),
                                           QJsonDocument(QJsonObject{{"amount", 100}})));
    QCOMPARE(refused.status, 403);
    // A failed read is the refresh's to warn about: here it is one line among the requests.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("GET /balance")));
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("^GET \\S*/balance 403 ")));
    const HttpResponse read = run(*client, HttpRequest::get(QStringLiteral("/balance")));
    QCOMPARE(read.status, 403);
}

void TestHttpClient::noRetryOfPost()
{
    int count = 0;
    m_server->setHandler([&](const ServerRequest &, const ResponseChannel &c) {
        ++count;
        c.send(ServerResponse::raw(503, "text/plain", "busy"));
    });
    auto *client = makeClient();
    const HttpResponse r =
        run(*client, HttpRequest::postJson(QStringLiteral("/payouts"),
                                           QJsonDocument(QJsonObject{{"amount", 100}})));
    QCOMPARE(r.error.kind, K::Server);
    QCOMPARE(r.status, 503);
    QTest::qWait(200); // long enough for any (wrong) retry to arrive
    QCOMPARE(count, 1);

    // A connection lost after the request was sent: neither we nor the network stack
    // (which resends on its own when it can rewind the body) may send it again, whether
    // the connection is fresh or reused.
    for (const QByteArray &fieldValue : {QByteArray(), QByteArray("300.00")}) {
        count = 0;
        m_server->setHandler([&](const ServerRequest &, const ResponseChannel &c) {
            ++count;
            c.close();
        });
        QUrlQuery form;
        if (!fieldValue.isEmpty())
            form.addQueryItem(QStringLiteral("SEND_AMOUNT"), QString::fromLatin1(fieldValue));
        const HttpResponse lost =
            run(*client, HttpRequest::postForm(QStringLiteral("/send-money"), form));
        QCOMPARE(lost.error.kind, K::Network);
        QTest::qWait(300);
        QCOMPARE(count, 1);
    }
}

void TestHttpClient::idempotentPostIsRetried()
{
    QList<QByteArray> bodies;
    m_server->setHandler([&](const ServerRequest &r, const ResponseChannel &c) {
        bodies << r.body;
        if (bodies.size() == 1)
            c.close();
        else
            c.send(ServerResponse::json(QJsonObject{{"id", "p1"}}));
    });
    auto *client = makeClient();
    HttpRequest req = HttpRequest::postJson(QStringLiteral("/payouts"),
                                            QJsonDocument(QJsonObject{{"idempotency_key", "k-1"}}));
    req.idempotent = true;
    const HttpResponse r = run(*client, req);
    QVERIFY(r.ok());
    QCOMPARE(bodies.size(), 2);
    QCOMPARE(bodies[0], bodies[1]); // the same key both times
}

void TestHttpClient::timeout()
{
    int count = 0;
    m_server->setHandler([&](const ServerRequest &, const ResponseChannel &) { ++count; });
    auto *client = makeClient();
    RetryPolicy once;
    once.maxAttempts = 1;
    client->setRetryPolicy(once);
    HttpRequest req = HttpRequest::get(QStringLiteral("/slow"));
    req.timeoutMs = 300;
    QElapsedTimer t;
    t.start();
    const HttpResponse r = run(*client, req);
    QCOMPARE(r.error.kind, K::Timeout);
    QVERIFY(r.error.message.contains(QStringLiteral("did not answer")));
    QCOMPARE(r.error.method, QStringLiteral("GET"));
    QCOMPARE(r.error.path, QStringLiteral("/api/slow"));
    QCOMPARE(count, 1);
}

void TestHttpClient::malformedJson()
{
    m_server->setHandler([](const ServerRequest &, const ResponseChannel &c) {
        c.send(ServerResponse::raw(200, "application/json", R"({"data": [{"id": 1,}])"));
    });
    auto *client = makeClient();
    const HttpResponse r = run(*client, HttpRequest::get(QStringLiteral("/cards")));
    QVERIFY(r.ok());
    ProviderError e;
    QVERIFY(!r.json(&e).has_value());
    QCOMPARE(e.kind, K::Parse);
    QVERIFY2(e.message.contains(QStringLiteral("malformed JSON")), qPrintable(e.message));

    // Bare JSON strings are valid answers (DART).
    m_server->setHandler([](const ServerRequest &, const ResponseChannel &c) {
        c.send(ServerResponse::raw(200, "application/json", R"("Customer Created Successfully.")"));
    });
    const HttpResponse s = run(*client, HttpRequest::get(QStringLiteral("/x")));
    QCOMPARE(s.json(&e)->toString(), QStringLiteral("Customer Created Successfully."));
}

void TestHttpClient::htmlErrorPage()
{
    const QByteArray page = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                            "<body><h1>Bad Gateway</h1></body></html>";
    m_server->setHandler([&](const ServerRequest &, const ResponseChannel &c) {
        c.send(ServerResponse::raw(502, "text/html", page));
    });
    auto *client = makeClient();
    RetryPolicy once;
    once.maxAttempts = 1;
    client->setRetryPolicy(once);
    const HttpResponse r = run(*client, HttpRequest::get(QStringLiteral("/cards")));
    QCOMPARE(r.error.kind, K::Server);
    QCOMPARE(r.status, 502);
    QVERIFY(r.error.providerMessage.isEmpty()); // no HTML soup in the UI

    // A web page with 200 where JSON was promised is a parse error, in words.
    m_server->setHandler([&](const ServerRequest &, const ResponseChannel &c) {
        c.send(ServerResponse::raw(200, "text/html", page));
    });
    const HttpResponse ok = run(*client, HttpRequest::get(QStringLiteral("/cards")));
    ProviderError e;
    QVERIFY(!ok.json(&e));
    QVERIFY2(e.message.contains(QStringLiteral("web page")), qPrintable(e.message));
}

void TestHttpClient::connectionClosedMidBody()
{
    int count = 0;
    m_server->setHandler([&](const ServerRequest &, const ResponseChannel &c) {
        ++count;
        c.sendTruncated(ServerResponse::json(QJsonObject{{"data", QString(2000, u'x')}}), 100);
    });
    auto *client = makeClient();
    const HttpResponse r = run(*client, HttpRequest::get(QStringLiteral("/cards")));
    QCOMPARE(r.error.kind, K::Network);
    QVERIFY2(r.error.message.contains(QStringLiteral("closed the connection")),
             qPrintable(r.error.message));
    QCOMPARE(count, client->retryPolicy().maxAttempts); // GET: retried, then reported
}

void TestHttpClient::redirectToAnotherHostRefused()
{
    LoopbackHttpServer other;
    QVERIFY(other.start() > 0);
    int otherCount = 0;
    other.setHandler([&](const ServerRequest &, const ResponseChannel &c) {
        ++otherCount;
        c.send(ServerResponse::json(QJsonObject{}));
    });
    m_server->setHandler([&](const ServerRequest &, const ResponseChannel &c) {
        ServerResponse r = ServerResponse::raw(302, "text/plain", "");
        r.withHeader("Location", other.url(QStringLiteral("/steal")).toEncoded());
        c.send(r);
    });
    auto *client = makeClient(std::make_shared<BearerAuth>(QStringLiteral("secret-token")));
    const HttpResponse r = run(*client, HttpRequest::get(QStringLiteral("/cards")));
    QCOMPARE(r.error.kind, K::Redirected);
    QVERIFY(r.error.message.contains(QStringLiteral("another host")));
    QTest::qWait(100);
    QCOMPARE(otherCount, 0);
}

void TestHttpClient::redirectSameOriginFollowed()
{
    m_server->setHandler([this](const ServerRequest &r, const ResponseChannel &c) {
        m_seen << r;
        if (r.path == QLatin1String("/api/old")) {
            ServerResponse red = ServerResponse::raw(301, "text/plain", "");
            red.withHeader("Location", "/api/new");
            c.send(red);
        } else {
            c.send(ServerResponse::json(QJsonObject{{"here", true}}));
        }
    });
    auto *client = makeClient(std::make_shared<BearerAuth>(QStringLiteral("t")));
    const HttpResponse r = run(*client, HttpRequest::get(QStringLiteral("/old")));
    QVERIFY(r.ok());
    QCOMPARE(m_seen.size(), 2);
    QCOMPARE(m_seen[1].path, QStringLiteral("/api/new"));
    QCOMPARE(m_seen[1].header("authorization"), QByteArray("Bearer t"));
}

void TestHttpClient::echoedSecretsAreRedacted_data()
{
    QTest::addColumn<std::shared_ptr<Authenticator>>("auth");
    QTest::addColumn<QStringList>("secrets");
    const QString id = QStringLiteral("acct-7731-corp");
    const QString key = QStringLiteral("gw_live_9f8e7d6c5b4a");
    QTest::newRow("bearer") << std::shared_ptr<Authenticator>(std::make_shared<BearerAuth>(key))
                            << QStringList{key};
    QTest::newRow("basic") << std::shared_ptr<Authenticator>(std::make_shared<BasicAuth>(id, key))
                           << QStringList{id, key, (id + u':' + key).toUtf8().toBase64()};
    QTest::newRow("form fields") << std::shared_ptr<Authenticator>(std::make_shared<FormFieldAuth>(
                                        QStringLiteral("CORPORATE_ACCOUNT_ID"), id,
                                        QStringLiteral("GATEWAY_API_KEY"), key))
                                 << QStringList{id, key};
}

void TestHttpClient::echoedSecretsAreRedacted()
{
    QFETCH(std::shared_ptr<Authenticator>, auth);
    QFETCH(QStringList, secrets);
    // A provider that puts the request's headers and body into its error, as a hostile or
    // careless one might.
    m_server->setHandler([](const ServerRequest &r, const ResponseChannel &c) {
        const QString echoed = QString::fromUtf8(r.header("authorization") + " | " + r.body);
        c.send(ServerResponse::json(
            QJsonObject{{"message", QStringLiteral("Invalid request: %1").arg(echoed)}}, 400));
    });
    auto *client = makeClient(auth);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("note"), QStringLiteral("x"));
    const HttpResponse r = run(*client, HttpRequest::postForm(QStringLiteral("/send"), form));
    QCOMPARE(r.error.kind, K::Client);
    const QString seen =
        QString::fromUtf8(r.body) + r.error.summary() + r.error.details() + r.error.providerMessage;
    QVERIFY2(seen.contains(QLatin1String(Redaction::Mark)), qPrintable(seen));
    for (const QString &secret : secrets)
        QVERIFY2(!seen.contains(secret), qPrintable(secret + QStringLiteral(" in ") + seen));
}

void TestHttpClient::addressWithCredentialsRefused()
{
    // Even to this computer: nothing is sent, and the message does not repeat the password.
    int count = 0;
    m_server->setHandler([&](const ServerRequest &, const ResponseChannel &c) {
        ++count;
        c.send(ServerResponse::json(QJsonObject{}));
    });
    QUrl base = m_server->url(QStringLiteral("/api"));
    base.setUserName(QStringLiteral("ops"));
    base.setPassword(QStringLiteral("hunter2-very-secret"));
    HttpClient client(m_nam, base, {});
    const HttpResponse r = run(client, HttpRequest::get(QStringLiteral("/status")));
    QCOMPARE(r.error.kind, K::Refused);
    QCOMPARE(r.attempts, 0);
    QCOMPARE(count, 0);
    QVERIFY(!r.error.message.contains(QStringLiteral("hunter2")));
    QVERIFY(!r.error.details().contains(QStringLiteral("hunter2")));
    // A connection with such an address cannot be saved.
    Connection c;
    c.name = QStringLiteral("Ops");
    c.provider = QStringLiteral("dashfi");
    c.environment = Environment::Custom;
    c.customUrl = QUrl(QStringLiteral("https://ops:hunter2@app.dash.fi/api-v1"));
    ConnectionKind kind;
    kind.provider = QStringLiteral("dashfi");
    kind.display = QStringLiteral("dash.fi");
    ConnectionKind::install({kind});
    const QString problems = c.problems().join(u' ');
    QVERIFY2(problems.contains(QStringLiteral("user name or password")), qPrintable(problems));
    QVERIFY(!problems.contains(QStringLiteral("hunter2")));
}

void TestHttpClient::plainHttpRefusedExceptLoopback()
{
    HttpClient remote(m_nam, QUrl(QStringLiteral("http://app.dash.fi/api-v1")),
                      std::make_shared<BearerAuth>(QStringLiteral("k")));
    const HttpResponse r = run(remote, HttpRequest::get(QStringLiteral("/status")));
    QCOMPARE(r.error.kind, K::Refused);
    QVERIFY(r.error.message.contains(QStringLiteral("https")));
    QCOMPARE(r.attempts, 0);

    HttpClient local(m_nam, QUrl(QStringLiteral("http://localhost:%1/api").arg(m_server->port())),
                     {});
    m_server->setHandler([](const ServerRequest &, const ResponseChannel &c) {
        c.send(ServerResponse::json(QJsonObject{}));
    });
    QVERIFY(run(local, HttpRequest::get(QStringLiteral("/status"))).ok());
}

void TestHttpClient::oauthTokenCachedAndRefreshedOn401()
{
    int tokens = 0;
    QString current;
    int apiCalls = 0;
    m_server->setHandler([&](const ServerRequest &r, const ResponseChannel &c) {
        if (r.path == QLatin1String("/api/o/token/")) {
            const QUrlQuery f = r.form();
            QCOMPARE(f.queryItemValue(QStringLiteral("grant_type")),
                     QStringLiteral("client_credentials"));
            QCOMPARE(f.queryItemValue(QStringLiteral("client_secret")), QStringLiteral("s3cret"));
            current = QStringLiteral("token-%1").arg(++tokens);
            c.send(ServerResponse::json(QJsonObject{{"access_token", current},
                                                    {"token_type", "Bearer"},
                                                    {"expires_in", 3600},
                                                    {"scope", "read write"}}));
            return;
        }
        ++apiCalls;
        if (r.header("authorization") != "Bearer " + current.toUtf8())
            c.send(ServerResponse::json(QJsonObject{{"detail", "Invalid token."}}, 401));
        else
            c.send(ServerResponse::json(QJsonObject{{"status", "ok"}}));
    });
    auto *client = makeClient(std::make_shared<OAuth2ClientCredentials>(
        QStringLiteral("/o/token/"), QStringLiteral("cid"), QStringLiteral("s3cret"),
        QStringLiteral("read write")));
    // Five concurrent requests share one token fetch.
    QList<QFuture<HttpResponse>> all;
    for (int i = 0; i < 5; ++i)
        all << client->send(HttpRequest::get(QStringLiteral("/user/balances/")));
    for (auto &f : all) {
        QVERIFY(TestSupport::waitFor(f));
        QVERIFY2(f.result().ok(), qPrintable(f.result().error.details()));
    }
    QCOMPARE(tokens, 1);
    // The server revokes the token: a read refreshes once and succeeds.
    current = QStringLiteral("revoked");
    const HttpResponse r = run(*client, HttpRequest::get(QStringLiteral("/user/balances/")));
    QVERIFY2(r.ok(), qPrintable(r.error.details()));
    QCOMPARE(tokens, 2);
    // A withdrawal answered 401 is not sent again: the sender gets the 401, the token is
    // forgotten, and the next request brings a fresh one.
    current = QStringLiteral("revoked again");
    const int before = apiCalls;
    const HttpResponse w = run(*client, HttpRequest::postJson(QStringLiteral("/withdrawal/"),
                                                              QJsonDocument(QJsonObject{})));
    QCOMPARE(w.error.kind, K::Auth);
    QCOMPARE(apiCalls, before + 1);
    QCOMPARE(tokens, 2);
    QVERIFY(run(*client, HttpRequest::get(QStringLiteral("/user/balances/"))).ok());
    QCOMPARE(tokens, 3);
}

void TestHttpClient::oauthTokenOutlivesAPayment()
{
    int tokens = 0;
    m_server->setHandler([&](const ServerRequest &r, const ResponseChannel &c) {
        if (r.path == QLatin1String("/api/o/token/")) {
            // A short-lived token: 60 s, less than a payment's 90 s deadline.
            c.send(ServerResponse::json(
                QJsonObject{{"access_token", QStringLiteral("t%1").arg(++tokens)},
                            {"token_type", "Bearer"},
                            {"expires_in", 60}}));
            return;
        }
        c.send(ServerResponse::json(QJsonObject{{"status", "ok"}}));
    });
    auto *client = makeClient(std::make_shared<OAuth2ClientCredentials>(
        QStringLiteral("/o/token/"), QStringLiteral("cid"), QStringLiteral("s3cret"), QString()));
    QVERIFY(run(*client, HttpRequest::get(QStringLiteral("/user/balances/"))).ok());
    QVERIFY(run(*client, HttpRequest::get(QStringLiteral("/user/balances/"))).ok());
    QCOMPARE(tokens, 1); // reads use it while it lasts
    // A withdrawal would outlive it: a fresh token first, renewed ahead, never after a 401.
    QVERIFY(run(*client,
                HttpRequest::postJson(QStringLiteral("/withdrawal/"), QJsonDocument(QJsonObject{})))
                .ok());
    QCOMPARE(tokens, 2);
}

void TestHttpClient::oauthBadSecretIsAuthError()
{
    m_server->setHandler([&](const ServerRequest &, const ResponseChannel &c) {
        c.send(ServerResponse::json(QJsonObject{{"error", "invalid_client"}}, 401));
    });
    auto *client = makeClient(std::make_shared<OAuth2ClientCredentials>(
        QStringLiteral("/o/token/"), QStringLiteral("cid"), QStringLiteral("wrong"), QString()));
    const HttpResponse r = run(*client, HttpRequest::get(QStringLiteral("/status/")));
    QCOMPARE(r.error.kind, K::Auth);
    QVERIFY(r.error.message.contains(QStringLiteral("Signing in")));
    QCOMPARE(r.error.providerMessage, QStringLiteral("invalid_client"));
    // A payment that waited for the refused sign-in never left: it did not happen.
    const HttpResponse pay = run(*client, HttpRequest::postJson(QStringLiteral("/withdrawal/"),
                                                                QJsonDocument(QJsonObject{})));
    QCOMPARE(pay.error.kind, K::Auth);
    QVERIFY(!pay.error.leavesOutcomeUnknown());
}

void TestHttpClient::rateLimitSpacesRequests()
{
    QElapsedTimer clock;
    QList<qint64> arrivals;
    m_server->setHandler([&](const ServerRequest &, const ResponseChannel &c) {
        arrivals << clock.elapsed();
        c.send(ServerResponse::json(QJsonObject{}));
    });
    auto *client = makeClient();
    client->setRateLimit(20, 2);
    clock.start();
    QList<QFuture<HttpResponse>> all;
    for (int i = 0; i < 12; ++i)
        all << client->send(HttpRequest::get(QStringLiteral("/t")));
    for (auto &f : all)
        QVERIFY(TestSupport::waitFor(f));
    QCOMPARE(arrivals.size(), 12);
    std::sort(arrivals.begin(), arrivals.end());
    // A burst of 2, then one every 50 ms: 10 more need at least ~500 ms.
    QVERIFY2(arrivals.last() - arrivals.first() >= 450,
             qPrintable(QString::number(arrivals.last() - arrivals.first())));
}

void TestHttpClient::providerMessageExtracted()
{
    m_server->setHandler([](const ServerRequest &, const ResponseChannel &c) {
        c.send(ServerResponse::json(
            QJsonObject{{"status", "error"},
                        {"message", "Transaction failed due to insufficient balance."},
                        {"error_code", 402}},
            402));
    });
    auto *client = makeClient();
    const HttpResponse r = run(*client, HttpRequest::postForm(QStringLiteral("/send-money"), {}));
    QCOMPARE(r.error.kind, K::Client);
    QCOMPARE(r.error.providerMessage,
             QStringLiteral("Transaction failed due to insufficient balance."));
    QVERIFY(r.error.summary().contains(QStringLiteral("insufficient balance")));
    QVERIFY(r.error.details().contains(QStringLiteral("POST /api/send-money")));
}

void TestHttpClient::abortAllCancels()
{
    m_server->setHandler([](const ServerRequest &, const ResponseChannel &) {});
    auto *client = makeClient();
    client->setRateLimit(1, 1);
    QList<QFuture<HttpResponse>> all;
    for (int i = 0; i < 3; ++i)
        all << client->send(HttpRequest::get(QStringLiteral("/hang")));
    QTest::qWait(100);
    client->abortAll();
    for (auto &f : all) {
        QVERIFY(TestSupport::waitFor(f, 2000));
        QCOMPARE(f.result().error.kind, K::Cancelled);
    }
}

void TestHttpClient::abortReadsLeavesWritesAlone()
{
    // The server holds every request until told; the POST is then answered.
    QList<std::pair<QByteArray, ResponseChannel>> held;
    m_server->setHandler([&](const ServerRequest &r, const ResponseChannel &channel) {
        held.append({r.method, channel});
    });
    auto *client = makeClient();
    client->setRateLimit(1, 2); // two reads go on the wire; the rest wait for the bucket
    QList<QFuture<HttpResponse>> reads;
    for (int i = 0; i < 3; ++i)
        reads << client->send(HttpRequest::get(QStringLiteral("/page")));
    QFuture<HttpResponse> write =
        client->send(HttpRequest::postJson(QStringLiteral("/pay"), QJsonDocument()));
    QFuture<HttpResponse> keyedWrite = [&] {
        HttpRequest r = HttpRequest::postJson(QStringLiteral("/pay-keyed"), QJsonDocument());
        r.idempotent = true; // a write with an idempotency key: still never cancelled
        return client->send(r);
    }();
    QTRY_COMPARE(held.size(), 2);
    QCOMPARE(held.at(0).first, QByteArray("GET"));
    client->abortReads();
    for (auto &f : reads) {
        QVERIFY(TestSupport::waitFor(f, 2000));
        QCOMPARE(f.result().error.kind, K::Cancelled);
    }
    QVERIFY(!write.isFinished());
    // The writes reach the server and get their answers.
    QTRY_COMPARE_WITH_TIMEOUT(
        std::count_if(held.cbegin(), held.cend(), [](const auto &h) { return h.first == "POST"; }),
        2, 5000);
    for (const auto &[method, channel] : held) {
        if (method == "POST")
            channel.send(ServerResponse::json(QJsonObject{{QStringLiteral("ok"), true}}));
    }
    QVERIFY(TestSupport::waitFor(write, 5000));
    QVERIFY(TestSupport::waitFor(keyedWrite, 5000));
    QVERIFY2(write.result().ok(), qPrintable(write.result().error.message));
    QVERIFY(keyedWrite.result().ok());
    // The client still works afterwards.
    m_server->setHandler([](const ServerRequest &, const ResponseChannel &channel) {
        channel.send(ServerResponse::json(QJsonObject()));
    });
    const HttpResponse after = run(*client, HttpRequest::get(QStringLiteral("/again")));
    QVERIFY2(after.ok(), qPrintable(after.error.message));
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
