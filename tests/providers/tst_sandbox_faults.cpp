#include "CryptoEmulator.h"
#include "DinariEmulator.h"
#include "DotsEmulator.h"
#include "SandboxCalls.h"
#include "SandboxServer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace SandboxCalls;

/// Every fault kind occurs on every provider, as its client sees it over loopback.
class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matrix_data();
    void matrix();
    void controlEndpoint();
    void startInfoNamesAllFive();

private:
    HttpClient *clientFor(const QString &name);
    HttpRequest readFor(const QString &name) const;

    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxServer> m_sandbox;
    QHash<QString, HttpClient *> m_clients;
};

void TestSandboxFaults::initTestCase()
{
    SandboxServer::Options options;
    options.dashfiTransactions = 100;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->start());
}

HttpClient *TestSandboxFaults::clientFor(const QString &name)
{
    if (m_clients.contains(name))
        return m_clients[name];
    const QString cred = m_sandbox->credential(name);
    const QString a = cred.section(u':', 0, 0), b = cred.section(u':', 1);
    std::shared_ptr<Authenticator> auth;
    if (name == QLatin1String("dinari"))
        auth = std::make_shared<FormFieldAuth>(QStringLiteral("CORPORATE_ACCOUNT_ID"), a,
                                               QStringLiteral("GATEWAY_API_KEY"), b);
    else if (name == QLatin1String("dots"))
        auth = std::make_shared<BasicAuth>(a, b);
    else if (name == QLatin1String("crypto"))
        auth = std::make_shared<OAuth2ClientCredentials>(QStringLiteral("/o/token/"), a, b,
                                                         QStringLiteral("read write"));
    else
        auth = std::make_shared<BearerAuth>(cred);
    return m_clients[name] = client(&m_nam, m_sandbox->baseUrl(name), auth, this);
}

HttpRequest TestSandboxFaults::readFor(const QString &name) const
{
    if (name == QLatin1String("dinari"))
        return HttpRequest::postForm(QStringLiteral("/account/balance"), {});
    if (name == QLatin1String("dots"))
        return HttpRequest::get(QStringLiteral("/users"));
    if (name == QLatin1String("crypto"))
        return HttpRequest::get(QStringLiteral("/user/balances/"));
    if (name == QLatin1String("dart"))
        return HttpRequest::get(QStringLiteral("/customer/usdc-balance"),
                                QUrlQuery(QStringLiteral("dart_user_name=billyjoel")));
    return HttpRequest::get(QStringLiteral("/status"));
}

void TestSandboxFaults::matrix_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("status");
    using K = ProviderError::Kind;
    const QStringList names = {QStringLiteral("dashfi"), QStringLiteral("dashfi-postpaid"),
                               QStringLiteral("dinari"), QStringLiteral("dots"),
                               QStringLiteral("crypto"), QStringLiteral("dart")};
    for (const QString &n : names) {
        QTest::addRow("%s 500", qPrintable(n)) << n << "500" << int(K::Server) << 500;
        QTest::addRow("%s 502", qPrintable(n)) << n << "502" << int(K::Server) << 502;
        QTest::addRow("%s 503", qPrintable(n)) << n << "503" << int(K::Server) << 503;
        QTest::addRow("%s 429", qPrintable(n)) << n << "429" << int(K::RateLimited) << 429;
        QTest::addRow("%s html", qPrintable(n)) << n << "html" << int(K::Server) << 502;
        QTest::addRow("%s cut", qPrintable(n)) << n << "cut" << int(K::Network) << 200;
        QTest::addRow("%s timeout", qPrintable(n)) << n << "timeout" << int(K::Timeout) << 0;
        QTest::addRow("%s timeout-after", qPrintable(n))
            << n << "timeout-after" << int(K::Timeout) << 0;
        QTest::addRow("%s drop-after", qPrintable(n)) << n << "drop-after" << int(K::Network) << 0;
        QTest::addRow("%s malformed", qPrintable(n)) << n << "malformed" << int(K::Parse) << 200;
        QTest::addRow("%s latency", qPrintable(n)) << n << "latency" << int(K::None) << 200;
    }
}

void TestSandboxFaults::matrix()
{
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QFETCH(int, expected);
    QFETCH(int, status);
    HttpClient *c = clientFor(name);
    HttpRequest r = readFor(name);
    // Warm up (the gateway's token) so the fault hits the call itself.
    QVERIFY(call(c, r).ok());
    const QString path = r.path;
    QString error;
    const QString spec = QStringLiteral("%1:%2:%3:count=1,ms=400").arg(name, path, kind);
    QVERIFY2(m_sandbox->faults().addSpec(spec, &error), qPrintable(error));
    const int processed = m_sandbox->processedCount(name, path);
    r.timeoutMs = 300;
    if (kind == QLatin1String("latency"))
        r.timeoutMs = 5000;
    QElapsedTimer timer;
    timer.start();
    const HttpResponse got = call(c, r);
    ProviderError parse;
    const bool json = got.ok() && got.json(&parse).has_value();
    const int seen = got.ok() && !json ? int(ProviderError::Kind::Parse) : int(got.error.kind);
    if (kind == QLatin1String("drop-after") && r.method == "GET") {
        // Qt resends an idempotent GET on a fresh connection when the server drops it.
        QVERIFY(seen == int(ProviderError::Kind::None) || seen == expected);
        return;
    }
    QCOMPARE(seen, expected);
    if (status)
        QCOMPARE(got.status, status);
    if (kind == QLatin1String("latency"))
        QVERIFY(timer.elapsed() >= 380);
    // Faults that answer before processing leave the provider untouched; the others
    // processed the request once.
    const bool processes = kind == QLatin1String("latency") || kind == QLatin1String("cut") ||
                           kind == QLatin1String("timeout-after") ||
                           kind == QLatin1String("drop-after") ||
                           kind == QLatin1String("malformed");
    // A GET may be resent by Qt after a dropped connection; POSTs are never resent.
    if (r.method == "POST" || kind != QLatin1String("drop-after"))
        QCOMPARE(m_sandbox->processedCount(name, path), processed + (processes ? 1 : 0));
    QVERIFY(call(c, readFor(name)).ok()); // used up
}

void TestSandboxFaults::controlEndpoint()
{
    HttpClient *control =
        client(&m_nam, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_sandbox->port())),
               std::make_shared<BearerAuth>(QString()), this);
    HttpRequest add = HttpRequest::postForm(
        QStringLiteral("/_sandbox/faults"),
        form({{QStringLiteral("spec"), QStringLiteral("dart:*:503:count=1")}}));
    add.authenticated = false;
    QCOMPARE(call(control, add).status, 200);
    QCOMPARE(call(clientFor(QStringLiteral("dart")), readFor(QStringLiteral("dart"))).status, 503);
    HttpRequest bad =
        HttpRequest::postForm(QStringLiteral("/_sandbox/faults"),
                              form({{QStringLiteral("spec"), QStringLiteral("dart:*:nonsense")}}));
    bad.authenticated = false;
    QCOMPARE(call(control, bad).status, 400);
    HttpRequest advance =
        HttpRequest::postForm(QStringLiteral("/_sandbox/advance"),
                              form({{QStringLiteral("seconds"), QStringLiteral("3600")}}));
    advance.authenticated = false;
    const HttpResponse moved = call(control, advance);
    QCOMPARE(moved.status, 200);
    const QDateTime now =
        QDateTime::fromString(object(moved)[QStringLiteral("now")].toString(), Qt::ISODate);
    QVERIFY(QDateTime::currentDateTimeUtc().secsTo(now) > 3500);
}

void TestSandboxFaults::startInfoNamesAllFive()
{
    const QJsonObject info = m_sandbox->startInfo();
    const QString root = QStringLiteral("http://127.0.0.1:%1").arg(m_sandbox->port());
    QCOMPARE(info[QStringLiteral("port")].toInt(), int(m_sandbox->port()));
    QHash<QString, QString> urls;
    for (const auto &v : info[QStringLiteral("connections")].toArray()) {
        const QJsonObject c = v.toObject();
        const QString provider = c[QStringLiteral("provider")].toString();
        const QString credential = c[QStringLiteral("credential")].toString();
        if (!urls.contains(provider))
            urls.insert(provider, c[QStringLiteral("base_url")].toString());
        QVERIFY(!credential.isEmpty());
        const bool twoPart = provider == QLatin1String("dinari") ||
                             provider == QLatin1String("dots") ||
                             provider == QLatin1String("crypto");
        QCOMPARE(credential.count(u':') == 1, twoPart);
    }
    QCOMPARE(urls.value(QStringLiteral("dashfi")), root + QStringLiteral("/dashfi/api-v1"));
    QCOMPARE(urls.value(QStringLiteral("dinari")), root + QStringLiteral("/dinari"));
    QCOMPARE(urls.value(QStringLiteral("dots")), root + QStringLiteral("/dots/api/v2"));
    QCOMPARE(urls.value(QStringLiteral("crypto")), root + QStringLiteral("/crypto"));
    QCOMPARE(urls.value(QStringLiteral("dart")), root + QStringLiteral("/dart/api"));
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
