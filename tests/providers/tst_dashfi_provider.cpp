#include "DashfiEmulator.h"
#include "DashfiParser.h"
#include "DashfiProvider.h"
#include "HttpClient.h"
#include "SandboxServer.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

/// The dash.fi client against the sandbox over loopback.
class TestDashfiProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void status();
    void balance();
    void cards();
    void singleCardAndTransaction();
    void cardsFoundByNameAndLastFour();
    void freezeAndUnfreeze();
    void archiveIsForGood();
    void spendLimitExactAndRemovable();
    void createCardWithExternalId();
    void transactionsAllPagesOnce();
    void transactionsDateRange();
    void retriesThroughTransientFaults();
    void authFailure();
    void malformedPageIsParseError();
    void parserQuirks_data();
    void parserQuirks();

private:
    template<typename T> T await(QFuture<T> f)
    {
        if (!TestSupport::waitFor(f, 60000))
            qFatal("timed out");
        return f.result();
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxServer> m_sandbox;
    DashfiProvider *m_provider = nullptr;
};

void TestDashfiProvider::initTestCase()
{
    SandboxServer::Options options;
    options.dashfiTransactions = 3000;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->start());
    m_provider = new DashfiProvider(QStringLiteral("Acme US"), &m_nam,
                                    m_sandbox->baseUrl(QStringLiteral("dashfi")),
                                    m_sandbox->credential(QStringLiteral("dashfi")), this);
    RetryPolicy fast;
    fast.baseDelayMs = 20;
    m_provider->setOptions({0, fast});
}

void TestDashfiProvider::init()
{
    m_sandbox->faults().clear();
}

void TestDashfiProvider::status()
{
    QVERIFY(await(m_provider->checkStatus()).ok());
}

void TestDashfiProvider::balance()
{
    const auto r = await(m_provider->fetchBalances());
    QVERIFY2(r.ok(), qPrintable(r.error().details()));
    QCOMPARE(r.value().size(), 1);
    QCOMPARE(r.value()[0].available.toString(), QStringLiteral("50253.78"));
    QCOMPARE(r.value()[0].currency, QStringLiteral("USD"));
    QCOMPARE(r.value()[0].connection, QStringLiteral("Acme US"));
}

void TestDashfiProvider::cards()
{
    const auto r = await(m_provider->fetchCards());
    QVERIFY2(r.ok(), qPrintable(r.error().details()));
    const auto expected = m_sandbox->dashfi().cards();
    QCOMPARE(r.value().size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const Card &c = r.value()[i];
        QCOMPARE(c.id, QString::number(expected[i].id));
        QCOMPARE(c.lastFour, expected[i].lastFour);
        QCOMPARE(c.name, expected[i].name);
        QCOMPARE(c.state, expected[i].state == QLatin1String("PAUSED") ? Card::State::Frozen
                                                                       : Card::State::Open);
        QCOMPARE(c.spendLimit.has_value(), !expected[i].spendLimit.isZero());
        QVERIFY(c.created.isValid());
        QCOMPARE(c.created.timeSpec(), Qt::UTC);
    }
}

void TestDashfiProvider::singleCardAndTransaction()
{
    const auto expected = m_sandbox->dashfi().cards().at(1);
    const auto card = await(m_provider->fetchCard(QString::number(expected.id)));
    QVERIFY2(card.ok(), qPrintable(card.error().details()));
    QCOMPARE(card.value().id, QString::number(expected.id));
    QCOMPARE(card.value().name, expected.name);
    QCOMPARE(card.value().lastFour, expected.lastFour);
    QCOMPARE(card.value().connection, QStringLiteral("Acme US"));
    QVERIFY(qobject_cast<CardSource *>(m_provider));
    QCOMPARE(await(m_provider->fetchCard(QStringLiteral("999999"))).error().kind,
             ProviderError::Kind::NotFound);

    // The single transaction comes without the list's "data" wrapper.
    const auto list = await(m_provider->fetchTransactions({}, {}));
    QVERIFY(list.ok() && list.value().size() > 5);
    const Transaction &want = list.value().at(5);
    const auto one = await(m_provider->fetchTransaction(want.id));
    QVERIFY2(one.ok(), qPrintable(one.error().details()));
    QCOMPARE(one.value().id, want.id);
    QCOMPARE(one.value().amount, want.amount);
    QCOMPARE(one.value().date, want.date);
    QCOMPARE(one.value().status, want.status);
    QCOMPARE(one.value().cardLastFour, want.cardLastFour);
    QCOMPARE(await(m_provider->fetchTransaction(QStringLiteral("no-such-token"))).error().kind,
             ProviderError::Kind::NotFound);
    // An HTML page answered with 200 instead of the card is a clear parse error.
    QString error;
    QVERIFY2(
        m_sandbox->faults().addSpec(
            QStringLiteral("dashfi:/cards/%1:html:status=200,count=1").arg(expected.id), &error),
        qPrintable(error));
    const auto html = await(m_provider->fetchCard(QString::number(expected.id)));
    QCOMPARE(html.error().kind, ProviderError::Kind::Parse);
    QVERIFY2(html.error().summary().contains(QStringLiteral("web page")),
             qPrintable(html.error().summary()));
}

void TestDashfiProvider::cardsFoundByNameAndLastFour()
{
    const auto all = await(m_provider->fetchCards());
    QVERIFY(all.ok());
    const Card &wanted = all.value().at(3);
    const QString part = wanted.name.left(4).toUpper();
    CardSearch byName;
    byName.name = part;
    const auto named = await(m_provider->findCards(byName));
    QVERIFY2(named.ok(), qPrintable(named.error().details()));
    QCOMPARE(named.value().size(), byName.filter(all.value()).size());
    QVERIFY(!named.value().isEmpty() && named.value().size() < all.value().size());
    for (const Card &c : named.value())
        QVERIFY(c.name.contains(part, Qt::CaseInsensitive));
    CardSearch byDigits;
    byDigits.lastFour = wanted.lastFour;
    const auto digits = await(m_provider->findCards(byDigits));
    QVERIFY(digits.ok());
    QVERIFY(std::any_of(digits.value().cbegin(), digits.value().cend(),
                        [&](const Card &c) { return c.id == wanted.id; }));
    for (const Card &c : digits.value())
        QCOMPARE(c.lastFour, wanted.lastFour);
}

void TestDashfiProvider::freezeAndUnfreeze()
{
    const QString id = QString::number(m_sandbox->dashfi().cards().at(2).id);
    QVERIFY(await(m_provider->setCardFrozen(id, true)).ok());
    QCOMPARE(m_sandbox->dashfi().cards().at(2).state, QStringLiteral("PAUSED"));
    QVERIFY(await(m_provider->setCardFrozen(id, false)).ok());
    QCOMPARE(m_sandbox->dashfi().cards().at(2).state, QStringLiteral("OPEN"));
    const auto missing = await(m_provider->setCardFrozen(QStringLiteral("999999"), true));
    QCOMPARE(missing.error().kind, ProviderError::Kind::NotFound);
}

void TestDashfiProvider::archiveIsForGood()
{
    const int at = int(m_sandbox->dashfi().cards().size()) - 1;
    const QString id = QString::number(m_sandbox->dashfi().cards().at(at).id);
    QVERIFY(await(m_provider->cancelCard(id)).ok());
    QCOMPARE(m_sandbox->dashfi().cards().at(at).state, QStringLiteral("ARCHIVED"));
    // An archived card cannot be unfrozen back to life.
    QVERIFY(!await(m_provider->setCardFrozen(id, false)).ok());
    QCOMPARE(m_sandbox->dashfi().cards().at(at).state, QStringLiteral("ARCHIVED"));
}

void TestDashfiProvider::spendLimitExactAndRemovable()
{
    const auto &card = [this] { return m_sandbox->dashfi().cards().at(3); };
    const QString id = QString::number(card().id);
    // The cents arrive as typed: the body carries the decimal text itself.
    const auto set = await(
        m_provider->setCardLimit(id, Money::parse(u"1553.30"), QStringLiteral("TRANSACTION")));
    QVERIFY2(set.ok(), qPrintable(set.error().details()));
    QCOMPARE(card().spendLimit.toString(), QStringLiteral("1553.30"));
    QCOMPARE(card().limitType, QStringLiteral("TRANSACTION"));
    QVERIFY(await(m_provider->setCardLimit(id, std::nullopt, QString())).ok());
    QVERIFY(card().spendLimit.isZero());
    const auto bad =
        await(m_provider->setCardLimit(id, Money::parse(u"10"), QStringLiteral("WEEKLY")));
    QCOMPARE(bad.error().kind, ProviderError::Kind::Client);
}

void TestDashfiProvider::createCardWithExternalId()
{
    NewCard request;
    request.name = QStringLiteral("Launch — TikTok");
    request.category = 11;
    request.frequency = QStringLiteral("single-use");
    request.externalId = QStringLiteral("td-7f3e");
    const auto made = await(m_provider->createCard(request));
    QVERIFY2(made.ok(), qPrintable(made.error().details()));
    QCOMPARE(made.value().name, request.name);
    QCOMPARE(made.value().lastFour.size(), 4);
    QVERIFY(made.value().created.isValid());
    const auto &stored = m_sandbox->dashfi().cards().constLast();
    QCOMPARE(QString::number(stored.id), made.value().id);
    QCOMPARE(stored.externalId, request.externalId);
    QCOMPARE(stored.category, 11);
    // A category dash.fi does not list is refused, in words.
    request.category = 99;
    const auto refused = await(m_provider->createCard(request));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().summary().contains(QStringLiteral("category")));
}

void TestDashfiProvider::transactionsAllPagesOnce()
{
    const auto r = await(m_provider->fetchTransactions({}, {}));
    QVERIFY2(r.ok(), qPrintable(r.error().details()));
    QCOMPARE(r.value().size(), 3000);
    QSet<QString> ids;
    for (const Transaction &t : r.value())
        ids.insert(t.id);
    QCOMPARE(ids.size(), 3000);
    QCOMPARE(m_sandbox->dashfi().rateLimitedCount(), 0);
}

void TestDashfiProvider::transactionsDateRange()
{
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QDateTime from = to.addDays(-20);
    const auto r = await(m_provider->fetchTransactions(from, to));
    QVERIFY(r.ok());
    QVERIFY(!r.value().isEmpty());
    for (const Transaction &t : r.value())
        QVERIFY(t.date >= from && t.date <= to);
}

void TestDashfiProvider::retriesThroughTransientFaults()
{
    QString error;
    QVERIFY(m_sandbox->faults().addSpec(QStringLiteral("dashfi:/transactions:503:count=2;"
                                                       "dashfi:/transactions:429:count=1"),
                                        &error));
    const auto r =
        await(m_provider->fetchTransactions(QDateTime::currentDateTimeUtc().addDays(-60), {}));
    QVERIFY2(r.ok(), qPrintable(r.error().details()));
}

void TestDashfiProvider::authFailure()
{
    DashfiProvider wrong(QStringLiteral("bad"), &m_nam,
                         m_sandbox->baseUrl(QStringLiteral("dashfi")),
                         QStringLiteral("not-the-key"));
    const auto r = await(wrong.fetchCards());
    QCOMPARE(r.error().kind, ProviderError::Kind::Auth);
    QVERIFY(r.error().summary().contains(QStringLiteral("Unauthenticated")));
}

void TestDashfiProvider::malformedPageIsParseError()
{
    QString error;
    QVERIFY(m_sandbox->faults().addSpec(QStringLiteral("dashfi:/cards:malformed:count=1"), &error));
    const auto r = await(m_provider->fetchCards());
    QCOMPARE(r.error().kind, ProviderError::Kind::Parse);
    QVERIFY(r.error().message.contains(QStringLiteral("malformed JSON")));
}

void TestDashfiProvider::parserQuirks_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorField");
    QTest::addRow("create reply")
        << QByteArray(
               R"({"id":7,"category":8,"external_id":null,"name":"X","spend_limit":0,"spend_limit_duration":"TRANSACTION","spending_frequency":"single-use","state":"OPEN","embedded_url":"https://e","create_at":"2023-01-06T17:55:41.000000Z","last_four":"1234"})")
        << QString();
    QTest::addRow("string id")
        << QByteArray(
               R"({"id":"7","name":"X","state":"PAUSED","last_four":"0001","spend_limit":"500.00"})")
        << QString();
    QTest::addRow("no last four") << QByteArray(R"({"id":7,"name":"X","state":"OPEN"})")
                                  << "last_four";
    QTest::addRow("bad state") << QByteArray(
                                      R"({"id":7,"name":"X","state":"WEIRD","last_four":"1234"})")
                               << "state";
    QTest::addRow("bad limit")
        << QByteArray(
               R"({"id":7,"name":"X","state":"OPEN","last_four":"1234","spend_limit":"lots"})")
        << "spend_limit";
    QTest::addRow("five digits") << QByteArray(
                                        R"({"id":7,"name":"X","state":"OPEN","last_four":"12345"})")
                                 << "last_four";
}

void TestDashfiProvider::parserQuirks()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorField);
    QString why;
    const auto c =
        DashfiParser::card(QJsonDocument::fromJson(json).object(), QStringLiteral("c"), &why);
    if (errorField.isEmpty()) {
        QVERIFY2(c.has_value(), qPrintable(why));
        QVERIFY(c->created.isValid() || !json.contains("create"));
    } else {
        QVERIFY(!c.has_value());
        QVERIFY2(why.contains(QStringLiteral("\"%1\"").arg(errorField)), qPrintable(why));
    }
}

QTEST_GUILESS_MAIN(TestDashfiProvider)
#include "tst_dashfi_provider.moc"
