#include "DotsEmulator.h"
#include "SandboxCalls.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"

#include <QTest>

using namespace SandboxCalls;

/// The Dots emulation through HTTP on loopback: Basic auth, cents, idempotency keys.
class TestSandboxDots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void authFailures();
    void usersCreateGetAndCursorPaging();
    void payoutIdempotency();
    void payoutLinks();
    void transfers();
    void flows();
    void batchesProgressToCompletion();
    void createApp();

private:
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
    QString m_user;
};

void TestSandboxDots::initTestCase()
{
    m_sandbox = TestSupport::startedSandbox(100);
    QVERIFY(m_sandbox);
    const QStringList cred = m_sandbox->credential(QStringLiteral("dots")).split(u':');
    m_client = client(&m_nam, m_sandbox->baseUrl(QStringLiteral("dots")),
                      std::make_shared<BasicAuth>(cred[0], cred[1]), this);
    m_user = m_sandbox->dots().userIds().first();
}

void TestSandboxDots::authFailures()
{
    HttpClient *wrong =
        client(&m_nam, m_sandbox->baseUrl(QStringLiteral("dots")),
               std::make_shared<BasicAuth>(QStringLiteral("pk"), QStringLiteral("sk")), this);
    const HttpResponse r = call(wrong, HttpRequest::get(QStringLiteral("/users")));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.error.kind, ProviderError::Kind::Auth);
    QVERIFY(!object(r)[QStringLiteral("message")].toString().isEmpty());
    HttpRequest badApp = HttpRequest::get(QStringLiteral("/users"));
    badApp.setHeader("Api-App-Id", "app_nope");
    QCOMPARE(call(m_client, badApp).status, 403);
    HttpRequest goodApp = HttpRequest::get(QStringLiteral("/users"));
    goodApp.setHeader(
        "Api-App-Id",
        m_sandbox->settings(QStringLiteral("dots"))[QStringLiteral("app_id")].toString().toUtf8());
    QCOMPARE(call(m_client, goodApp).status, 200);
}

void TestSandboxDots::usersCreateGetAndCursorPaging()
{
    const HttpResponse created = post(
        QStringLiteral("/users"),
        QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Bob")},
                    {QStringLiteral("last_name"), QStringLiteral("Loblaw")},
                    {QStringLiteral("email"), QStringLiteral("bob@bobloblaw.com")},
                    {QStringLiteral("country_code"), QStringLiteral("1")},
                    {QStringLiteral("phone_number"), QStringLiteral("4154332334")},
                    {QStringLiteral("metadata"),
                     QJsonObject{{QStringLiteral("internal_id"), QStringLiteral("user_121344")}}}});
    QCOMPARE(created.status, 200);
    const QJsonObject u = object(created);
    QCOMPARE(u[QStringLiteral("status")].toString(), QStringLiteral("unverified"));
    QCOMPARE(
        u[QStringLiteral("phone_number")].toObject()[QStringLiteral("phone_number")].toString(),
        QStringLiteral("4154332334"));
    const QString id = u[QStringLiteral("id")].toString();
    QCOMPARE(object(get(QStringLiteral("/users/") + id))[QStringLiteral("email")].toString(),
             QStringLiteral("bob@bobloblaw.com"));
    QCOMPARE(get(QStringLiteral("/users/nope")).status, 404);
    QCOMPARE(post(QStringLiteral("/users"),
                  QJsonObject{{QStringLiteral("first_name"), QStringLiteral("x")}})
                 .status,
             400);

    // Walk every user with limit=7 and starting_after: each once, newest first.
    QStringList seen;
    QString after;
    for (int guard = 0; guard < 20; ++guard) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("7"));
        if (!after.isEmpty())
            q.addQueryItem(QStringLiteral("starting_after"), after);
        const QJsonObject page = object(get(QStringLiteral("/users"), q));
        const QJsonArray data = page[QStringLiteral("data")].toArray();
        QVERIFY(data.size() <= 7);
        for (const auto &v : data)
            seen.append(v.toObject()[QStringLiteral("id")].toString());
        if (!page[QStringLiteral("has_more")].toBool())
            break;
        after = seen.last();
    }
    QCOMPARE(seen.size(), 25);
    QCOMPARE(seen.first(), id);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 25);
    // ending_before pages back.
    QUrlQuery back;
    back.addQueryItem(QStringLiteral("limit"), QStringLiteral("3"));
    back.addQueryItem(QStringLiteral("ending_before"), seen[10]);
    const QJsonArray before =
        object(get(QStringLiteral("/users"), back))[QStringLiteral("data")].toArray();
    QCOMPARE(before.size(), 3);
    QCOMPARE(before[2].toObject()[QStringLiteral("id")].toString(), seen[9]);
}

void TestSandboxDots::payoutIdempotency()
{
    const qint64 balance = m_sandbox->dots().appBalanceCents();
    const int count = m_sandbox->dots().payoutCount();
    const QJsonObject body{{QStringLiteral("user_id"), m_user},
                           {QStringLiteral("amount"), 1234},
                           {QStringLiteral("platform"), QStringLiteral("paypal")},
                           {QStringLiteral("fund"), true},
                           {QStringLiteral("idempotency_key"),
                            QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a")}};
    const HttpResponse first = post(QStringLiteral("/payouts"), body);
    QCOMPARE(first.status, 200);
    const HttpResponse replay = post(QStringLiteral("/payouts"), body);
    QCOMPARE(replay.status, 200);
    QCOMPARE(object(replay)[QStringLiteral("id")], object(first)[QStringLiteral("id")]);
    QCOMPARE(replay.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(m_sandbox->dots().payoutCount(), count + 1);
    QCOMPARE(m_sandbox->dots().appBalanceCents(), balance - 1234);
    QJsonObject changed = body;
    changed.insert(QStringLiteral("amount"), 999);
    QCOMPARE(post(QStringLiteral("/payouts"), changed).status, 409);
    // Listed, newest first, and readable by id.
    const QJsonObject page =
        object(get(QStringLiteral("/payouts"), QUrlQuery(QStringLiteral("limit=5"))));
    QCOMPARE(page[QStringLiteral("data")].toArray()[0].toObject()[QStringLiteral("id")],
             object(first)[QStringLiteral("id")]);
    QCOMPARE(object(get(QStringLiteral("/payouts/") +
                        object(first)[QStringLiteral("id")].toString()))[QStringLiteral("amount")]
                 .toInt(),
             1234);
    // Amounts are whole cents; a fraction is refused.
    QJsonObject fraction = body;
    fraction.insert(QStringLiteral("amount"), 12.5);
    fraction.insert(QStringLiteral("idempotency_key"), QStringLiteral("k-fraction"));
    QCOMPARE(post(QStringLiteral("/payouts"), fraction).status, 400);
    QJsonObject nobody = body;
    nobody.insert(QStringLiteral("user_id"), QStringLiteral("nope"));
    nobody.insert(QStringLiteral("idempotency_key"), QStringLiteral("k-nobody"));
    QCOMPARE(post(QStringLiteral("/payouts"), nobody).status, 404);
}

void TestSandboxDots::payoutLinks()
{
    const QJsonObject body{
        {QStringLiteral("amount"), 123},
        {QStringLiteral("delivery"),
         QJsonObject{{QStringLiteral("method"), QStringLiteral("email")}}},
        {QStringLiteral("payee"),
         QJsonObject{{QStringLiteral("email"), QStringLiteral("p@example.com")}}},
        {QStringLiteral("idempotency_key"), QStringLiteral("link-1")}};
    const HttpResponse r = post(QStringLiteral("/payout-links"), body);
    QCOMPARE(r.status, 200);
    const QJsonObject link = object(r);
    QCOMPARE(link[QStringLiteral("status")].toString(), QStringLiteral("delivered"));
    QVERIFY(link[QStringLiteral("link")].toString().contains(
        link[QStringLiteral("flow_id")].toString()));
    QCOMPARE(object(post(QStringLiteral("/payout-links"), body))[QStringLiteral("id")],
             link[QStringLiteral("id")]);
    QJsonObject sms = body;
    sms.insert(QStringLiteral("delivery"),
               QJsonObject{{QStringLiteral("method"), QStringLiteral("sms")}});
    sms.insert(QStringLiteral("idempotency_key"), QStringLiteral("link-2"));
    QCOMPARE(post(QStringLiteral("/payout-links"), sms).status, 400); // no phone number
    QCOMPARE(object(get(QStringLiteral("/payout-links")))[QStringLiteral("data")].toArray().size(),
             1);
}

void TestSandboxDots::transfers()
{
    const qint64 balance = m_sandbox->dots().appBalanceCents();
    const HttpResponse r =
        post(QStringLiteral("/transfers"),
             QJsonObject{{QStringLiteral("amount"), -1000}, {QStringLiteral("user_id"), m_user}});
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r)[QStringLiteral("amount")].toString(), QStringLiteral("-1000"));
    QCOMPARE(object(r)[QStringLiteral("status")].toString(), QStringLiteral("completed"));
    QCOMPARE(m_sandbox->dots().appBalanceCents(), balance - 1000);
    QCOMPARE(object(get(QStringLiteral("/transfers")))[QStringLiteral("data")].toArray().size(), 1);
    QCOMPARE(post(QStringLiteral("/transfers"), QJsonObject{{QStringLiteral("amount"), -1}}).status,
             404);
}

void TestSandboxDots::flows()
{
    // Created at the document's POST /flows/; without the slash there is no such route.
    const QJsonObject payouts{
        {QStringLiteral("steps"), QJsonArray{QStringLiteral("manage-payouts")}},
        {QStringLiteral("user_id"), m_user}};
    QCOMPARE(post(QStringLiteral("/flows"), payouts).status, 404);
    const HttpResponse r = post(QStringLiteral("/flows/"), payouts);
    QCOMPARE(r.status, 200);
    const QString id = object(r)[QStringLiteral("id")].toString();
    QVERIFY(object(r)[QStringLiteral("link")].toString().endsWith(id));
    QCOMPARE(object(get(QStringLiteral("/flows/") + id))[QStringLiteral("user_id")].toString(),
             m_user);
    QCOMPARE(post(QStringLiteral("/flows/"),
                  QJsonObject{{QStringLiteral("steps"), QJsonArray{QStringLiteral("fly")}}})
                 .status,
             400);
}

void TestSandboxDots::batchesProgressToCompletion()
{
    const int count = m_sandbox->dots().payoutCount();
    QJsonArray items;
    for (int i = 0; i < 12; ++i)
        items.append(
            QJsonObject{{QStringLiteral("user_id"), i == 4 ? QStringLiteral("ghost") : m_user},
                        {QStringLiteral("amount"), 100 + i},
                        {QStringLiteral("platform"), QStringLiteral("ach")},
                        {QStringLiteral("idempotency_key"), QStringLiteral("item-%1").arg(i)},
                        {QStringLiteral("fund"), true}});
    const QJsonObject body{{QStringLiteral("idempotency_key"), QStringLiteral("batch-1")},
                           {QStringLiteral("metadata"),
                            QJsonObject{{QStringLiteral("week"), QStringLiteral("2024-08")}}},
                           {QStringLiteral("items"), items}};
    const QJsonObject batch = object(post(QStringLiteral("/payout-batches"), body));
    QCOMPARE(batch[QStringLiteral("status")].toString(), QStringLiteral("created"));
    const QString id = batch[QStringLiteral("id")].toString();
    QJsonObject state;
    int polls = 0;
    do {
        state = object(get(QStringLiteral("/payout-batches/") + id));
        ++polls;
    } while (state[QStringLiteral("status")].toString() != QLatin1String("completed") &&
             polls < 10);
    QCOMPARE(polls, 3); // five items per read
    QCOMPARE(state[QStringLiteral("items_processed")].toInt(), 12);
    QCOMPARE(state[QStringLiteral("items_succeeded")].toInt(), 11);
    QCOMPARE(state[QStringLiteral("items_failed")].toInt(), 1);
    QCOMPARE(m_sandbox->dots().payoutCount(), count + 11);
    // The same batch key sends nothing new.
    QCOMPARE(object(post(QStringLiteral("/payout-batches"), body))[QStringLiteral("id")].toString(),
             id);
    QCOMPARE(m_sandbox->dots().payoutCount(), count + 11);
    const QJsonArray list =
        object(get(QStringLiteral("/payout-batches"),
                   QUrlQuery(QStringLiteral("limit=10"))))[QStringLiteral("data")]
            .toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(get(QStringLiteral("/payout-batches/nope")).status, 404);
}

void TestSandboxDots::createApp()
{
    const HttpResponse r =
        post(QStringLiteral("/apps"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("My New App")}});
    QCOMPARE(r.status, 200);
    QVERIFY(object(r)[QStringLiteral("id")].toString().startsWith(QStringLiteral("app_")));
    QCOMPARE(object(r)[QStringLiteral("name")].toString(), QStringLiteral("My New App"));
    QCOMPARE(post(QStringLiteral("/apps"), QJsonObject{{QStringLiteral("name"), QString()}}).status,
             400);
}

QTEST_GUILESS_MAIN(TestSandboxDots)
#include "tst_sandbox_dots.moc"
