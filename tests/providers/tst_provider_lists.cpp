#include "CryptoProvider.h"
#include "DartProvider.h"
#include "DinariProvider.h"
#include "DotsProvider.h"
#include "LoopbackHttpServer.h"
#include "Money.h"
#include "RetiredCustomer.h"
#include "TestSupport.h"
#include "UsdValuation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

/**
 * Lists and rates a client must not take at face value, from a real server on loopback:
 * a rate for the other direction or another pair, a card or customer that cannot be read,
 * a transfer history longer than a page, a list in no documented order. What can be read
 * is kept, what cannot is named, and a search that could not see everything proves
 * nothing.
 */
class TestProviderLists : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ratesCountByThePairTheyName();
    void oneUnreadableCardOrCustomerLeavesTheRest();
    void aTransferIsLookedForOnEveryPage();
    void aListWithoutADocumentedOrderIsReadToItsEnd();

private:
    QNetworkAccessManager *m_nam = nullptr;
    LoopbackHttpServer *m_server = nullptr;
};

void TestProviderLists::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_server = new LoopbackHttpServer(this);
    QVERIFY(m_server->start() > 0);
}

void TestProviderLists::cleanup()
{
    delete m_server;
    delete m_nam;
}

void TestProviderLists::ratesCountByThePairTheyName()
{
    // The gateway answers BTC the other way round, ETH as asked, XRP without saying its
    // pair and LTC with another coin's pair.
    QStringList asked;
    m_server->setHandler([&asked](const ServerRequest &r, const ResponseChannel &c) {
        if (r.path.endsWith(QLatin1String("/o/token/"))) {
            c.send(ServerResponse::raw(200, "application/json",
                                       R"({"access_token": "t", "expires_in": 3600})"));
            return;
        }
        const QString to = r.query.queryItemValue(QStringLiteral("currency_to"));
        asked << r.query.queryItemValue(QStringLiteral("currency_from")) + u'>' + to;
        QByteArray body = R"({"rate": 2.0})";
        if (to == QLatin1String("BTC"))
            body = R"({"currency_from": "BTC", "currency_to": "USD", "rate": 64250.12})";
        else if (to == QLatin1String("ETH"))
            body = R"({"currency_from": "USD", "currency_to": "ETH", "rate": 0.0003125})";
        else if (to == QLatin1String("LTC"))
            body = R"({"currency_from": "USD", "currency_to": "BTC", "rate": 0.01})";
        c.send(ServerResponse::raw(200, "application/json", body));
    });
    CryptoProvider crypto(QStringLiteral("Hostile"), m_nam, m_server->url(QStringLiteral("/api")),
                          QStringLiteral("id"), QStringLiteral("secret"));
    const QStringList coins{QStringLiteral("BTC"), QStringLiteral("ETH"), QStringLiteral("XRP"),
                            QStringLiteral("LTC")};
    QFuture<Result<UsdRates>> f = crypto.fetchUsdRates(coins);
    QVERIFY(TestSupport::waitFor(f, 20000));
    QVERIFY(f.result().ok());
    asked.sort();
    QCOMPARE(asked, (QStringList{QStringLiteral("USD>BTC"), QStringLiteral("USD>ETH"),
                                 QStringLiteral("USD>LTC"), QStringLiteral("USD>XRP")}));

    UsdValuation v;
    v.setRates(f.result().value());
    QList<Balance> balances;
    for (const auto &[currency, amount] : {std::pair{"BTC", "2"}, std::pair{"ETH", "10"},
                                           std::pair{"XRP", "100"}, std::pair{"LTC", "5"}}) {
        Balance b;
        b.connection = b.connectionId = QStringLiteral("Gateway");
        b.currency = QLatin1String(currency);
        b.available = *Money::parse(QString::fromLatin1(amount));
        balances << b;
    }
    const UsdValuation::Totals t = v.totals(balances);
    // 2 BTC at 64,250.12 and 10 ETH at 1 / 0.0003125 = 3,200: nothing else.
    QCOMPARE(t.total.toString(), QStringLiteral("160500.24"));
    QCOMPARE(t.unpriced(), (QStringList{QStringLiteral("LTC"), QStringLiteral("XRP")}));
    for (const UsdValuation::Totals::Left &l : t.notIncluded) {
        const QString expected =
            l.currency == QLatin1String("XRP")
                ? QStringLiteral("currency_from\" is missing")
                : QStringLiteral("names USD to BTC, not a rate between USD and LTC");
        QVERIFY2(l.reason.startsWith(QStringLiteral("no rate to USD: ")) &&
                     l.reason.contains(expected),
                 qPrintable(l.reason));
    }
}

void TestProviderLists::oneUnreadableCardOrCustomerLeavesTheRest()
{
    // Dinari: three cards listed; one's details say a state no document names, one's
    // details cannot be had at all.
    m_server->setHandler([](const ServerRequest &r, const ResponseChannel &c) {
        const QByteArray ok = R"({"status": "success", "message": "ok", "data": )";
        if (r.body.contains("GET_CARD_LIST")) {
            c.send(ServerResponse::raw(200, "application/json",
                                       ok + R"({"LIST_CARDS": ["good", "odd", "gone"]}})"));
        } else if (r.body.contains("CARD_ACCOUNT_ID=gone")) {
            c.send(ServerResponse::raw(404, "application/json", R"({"status": "error"})"));
        } else if (r.path.startsWith(QLatin1String("/customer/usdc-balance"))) {
            c.send(retiredCustomerWallet(r, "25.50"));
        } else {
            const QByteArray state = r.body.contains("CARD_ACCOUNT_ID=odd") ? "MELTED" : "ACTIVE";
            c.send(ServerResponse::raw(
                200, "application/json",
                ok +
                    R"({"CARD_ACCOUNT_ID": "x", "CARD_DATETIME_CREATED": "2023-03-06 18:04:00",)"
                    R"( "CARD_CURRENCY_ISO3": "USD", "CARD_BALANCE": 300.00, "CARD_STATUS": ")" +
                    state + R"("}})"));
        }
    });
    DinariProvider dinari(QStringLiteral("Hostile"), m_nam, m_server->url(), QStringLiteral("a"),
                          QStringLiteral("b"));
    QFuture<Result<QList<Card>>> cards = dinari.fetchCards();
    QVERIFY(TestSupport::waitFor(cards, 20000));
    QVERIFY(cards.result().ok());
    QCOMPARE(cards.result().value().size(), 1);
    QCOMPARE(cards.result().gaps().size(), 2);
    const QString gaps = cards.result().gaps().join(u'|');
    QVERIFY2(gaps.contains(QStringLiteral("card odd could not be read")) &&
                 gaps.contains(QStringLiteral("MELTED")) &&
                 gaps.contains(QStringLiteral("card gone could not be read")),
             qPrintable(gaps));

    // DART: a deactivated customer is named; the other's wallet is kept.
    DartProvider dart(QStringLiteral("Hostile"), m_nam, m_server->url(), QStringLiteral("t"),
                      {QStringLiteral("billy"), QStringLiteral("retired")});
    QFuture<Result<QList<Balance>>> balances = dart.fetchBalances();
    QVERIFY(TestSupport::waitFor(balances, 20000));
    QVERIFY(balances.result().ok());
    QCOMPARE(balances.result().value().size(), 1);
    QCOMPARE(balances.result().value().first().account, QStringLiteral("billy"));
    QCOMPARE(balances.result().gaps().size(), 1);
    QVERIFY2(balances.result().gaps().first().startsWith(
                 QStringLiteral("customer retired could not be read")),
             qPrintable(balances.result().gaps().first()));
}

void TestProviderLists::aTransferIsLookedForOnEveryPage()
{
    // 250 transfers, ours the 231st; then a history that never ends.
    int pages = 0;
    int total = 250;
    m_server->setHandler([&](const ServerRequest &r, const ResponseChannel &c) {
        if (r.path.endsWith(QLatin1String("/o/token/"))) {
            c.send(ServerResponse::raw(200, "application/json",
                                       R"({"access_token": "t", "expires_in": 3600})"));
            return;
        }
        ++pages;
        const QJsonObject asked = QJsonDocument::fromJson(r.body).object();
        const int limit = asked.value(QStringLiteral("limit")).toInt();
        const int offset = asked.value(QStringLiteral("offset")).toInt();
        QJsonArray results;
        for (int i = offset; i < qMin(offset + limit, total); ++i)
            results.append(
                QJsonObject{{QStringLiteral("transfer_id"), QStringLiteral("t%1").arg(i)},
                            {QStringLiteral("amount"), i == 230 ? "77.12345678" : "1.00000000"},
                            {QStringLiteral("currency"), QStringLiteral("USDTTRC20")},
                            {QStringLiteral("created"),
                             QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
        c.send(ServerResponse::json(QJsonObject{
            {QStringLiteral("count"), total},
            {QStringLiteral("next"), offset + limit < total ? QJsonValue(QStringLiteral("more"))
                                                            : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("results"), results}}));
    });
    CryptoProvider crypto(QStringLiteral("Hostile"), m_nam, m_server->url(QStringLiteral("/api")),
                          QStringLiteral("id"), QStringLiteral("secret"));
    PayoutRequest request;
    request.method = PayoutMethod::CryptoToSub;
    request.amount = *Money::parse(u"77.12345678");
    request.currency = QStringLiteral("USDTTRC20");
    request.fields = {{PayoutField::Wallet, QStringLiteral("w1")}};
    QFuture<Result<PayoutMatch>> f =
        crypto.reconcilePayout(request, QDateTime::currentDateTimeUtc(), {});
    QVERIFY(TestSupport::waitFor(f, 20000));
    QVERIFY2(f.result().ok(), qPrintable(f.result().error().details()));
    QCOMPARE(f.result().value().kind, PayoutMatch::Kind::Found);
    QCOMPARE(f.result().value().reference, QStringLiteral("t230"));
    QCOMPARE(pages, 3);

    // A history without end proves nothing: the payout stays unknown.
    total = 1000000;
    pages = 0;
    f = crypto.reconcilePayout(request, QDateTime::currentDateTimeUtc(), {});
    QVERIFY(TestSupport::waitFor(f, 60000));
    QVERIFY(!f.result().ok());
    QVERIFY(f.result().error().leavesOutcomeUnknown());
    QVERIFY2(f.result().error().details().contains(QStringLiteral("did not end after 50 pages")),
             qPrintable(f.result().error().details()));
    QCOMPARE(pages, 50);
}

void TestProviderLists::aListWithoutADocumentedOrderIsReadToItsEnd()
{
    // Dots documents no order: a year-old payout on the first page, this week's on the
    // second. Stopping at the first old one would lose this week's.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_server->setHandler([&now](const ServerRequest &r, const ResponseChannel &c) {
        QJsonArray data;
        bool more = false;
        if (r.path.endsWith(QLatin1String("/payouts"))) {
            const bool second = r.query.hasQueryItem(QStringLiteral("starting_after"));
            const QDateTime when = second ? now.addDays(-2) : now.addDays(-365);
            data.append(QJsonObject{
                {QStringLiteral("id"), second ? QStringLiteral("p-new") : QStringLiteral("p-old")},
                {QStringLiteral("created"), when.toString(Qt::ISODate)},
                {QStringLiteral("user_id"), QStringLiteral("u1")},
                {QStringLiteral("status"), QStringLiteral("created")},
                {QStringLiteral("type"), QStringLiteral("refill")},
                {QStringLiteral("amount"), 1000}});
            more = !second;
        }
        c.send(ServerResponse::json(
            QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("has_more"), more}}));
    });
    DotsProvider dots(QStringLiteral("Hostile"), m_nam, m_server->url(QStringLiteral("/api/v2")),
                      QStringLiteral("id"), QStringLiteral("key"), QString());
    QFuture<Result<QList<Transaction>>> f = dots.fetchTransactions(now.addDays(-30), {});
    QVERIFY(TestSupport::waitFor(f, 20000));
    QVERIFY2(f.result().ok(), qPrintable(f.result().error().details()));
    QCOMPARE(f.result().value().size(), 1);
    QCOMPARE(f.result().value().first().id, QStringLiteral("p-new"));
}

QTEST_GUILESS_MAIN(TestProviderLists)
#include "tst_provider_lists.moc"
