#include "DinariEmulator.h"
#include "DinariProvider.h"
#include "SandboxServer.h"
#include "TestSupport.h"

#include <QNetworkAccessManager>
#include <QTest>

/// The Dinari client against the sandbox: domain types out, gateway errors in words.
class TestDinariProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusAndAuth();
    void balancesAreThreeRows();
    void cardsWithDetails();
    void pauseUnpauseCancel();
    void cardTransactions();
    void transactionsByRange();
    void cancelTransaction();
    void faultsGiveClearErrors();

private:
    template<typename T> T wait(QFuture<T> f)
    {
        [&] { QVERIFY(TestSupport::waitFor(f)); }();
        return f.result();
    }
    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxServer> m_sandbox;
    DinariProvider *m_provider = nullptr;
};

void TestDinariProvider::initTestCase()
{
    SandboxServer::Options options;
    options.dashfiTransactions = 100;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->start());
    const QStringList cred = m_sandbox->credential(QStringLiteral("dinari")).split(u':');
    m_provider =
        new DinariProvider(QStringLiteral("Dinari main"), &m_nam,
                           m_sandbox->baseUrl(QStringLiteral("dinari")), cred[0], cred[1], this);
}

void TestDinariProvider::statusAndAuth()
{
    QVERIFY(wait(m_provider->checkStatus()).ok());
    DinariProvider wrong(QStringLiteral("x"), &m_nam, m_sandbox->baseUrl(QStringLiteral("dinari")),
                         QStringLiteral("a"), QStringLiteral("b"));
    const auto r = wait(wrong.fetchBalances());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ProviderError::Kind::Auth);
    QVERIFY(r.error().summary().contains(QStringLiteral("Invalid Corporate Account ID")));
}

void TestDinariProvider::balancesAreThreeRows()
{
    const auto r = wait(m_provider->fetchBalances());
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), 3);
    QCOMPARE(r.value()[0].account, QStringLiteral("payout"));
    QCOMPARE(r.value()[0].kind, Balance::Kind::Payout);
    QCOMPARE(r.value()[0].available, m_sandbox->dinari().payoutBalance());
    QCOMPARE(r.value()[1].available, *Money::parse(u"1022.25"));
    QCOMPARE(r.value()[2].account, QStringLiteral("reserve"));
    QCOMPARE(r.value()[2].currency, QStringLiteral("USD"));
    QVERIFY(!r.value()[0].pending.has_value());
}

void TestDinariProvider::cardsWithDetails()
{
    const auto r = wait(m_provider->fetchCards());
    QVERIFY2(r.ok(), qPrintable(r.error().details()));
    const auto sandboxCards = m_sandbox->dinari().cards();
    QCOMPARE(r.value().size(), sandboxCards.size());
    int frozen = 0, cancelled = 0;
    for (const Card &c : r.value()) {
        QCOMPARE(c.provider, QStringLiteral("dinari"));
        QCOMPARE(c.lastFour.size(), 4);
        QVERIFY(c.balance.has_value());
        QVERIFY(!c.name.isEmpty());
        frozen += c.state == Card::State::Frozen;
        cancelled += c.state == Card::State::Cancelled;
    }
    QCOMPARE(frozen, 1);
    QCOMPARE(cancelled, 1);
}

void TestDinariProvider::pauseUnpauseCancel()
{
    QString id;
    for (const auto &c : m_sandbox->dinari().cards()) {
        if (c.status == QLatin1String("ACTIVE"))
            id = c.id;
    }
    auto state = [&] {
        for (const auto &c : m_sandbox->dinari().cards()) {
            if (c.id == id)
                return c.status;
        }
        return QString();
    };
    QVERIFY(wait(m_provider->setCardFrozen(id, true)).ok());
    QCOMPARE(state(), QStringLiteral("PAUSED"));
    QVERIFY(wait(m_provider->setCardFrozen(id, false)).ok());
    QCOMPARE(state(), QStringLiteral("ACTIVE"));
    QVERIFY(wait(m_provider->cancelCard(id)).ok());
    QCOMPARE(state(), QStringLiteral("CANCELED"));
    const auto again = wait(m_provider->setCardFrozen(id, true));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, ProviderError::Kind::Provider);
    QVERIFY(again.error().summary().contains(QStringLiteral("canceled")));
}

void TestDinariProvider::cardTransactions()
{
    QString id;
    int purchases = 0;
    for (const auto &c : m_sandbox->dinari().cards()) {
        if (!c.purchases.isEmpty()) {
            id = c.id;
            purchases = int(c.purchases.size());
            break;
        }
    }
    const auto r = wait(m_provider->fetchCardTransactions(id));
    QVERIFY2(r.ok(), qPrintable(r.error().details()));
    QCOMPARE(r.value().size(), purchases);
    QCOMPARE(r.value()[0].cardId, id);
    QCOMPARE(r.value()[0].cardLastFour.size(), 4);
}

void TestDinariProvider::transactionsByRange()
{
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QDateTime from = to.addDays(-90);
    const auto r = wait(m_provider->fetchTransactions(from, to));
    QVERIFY2(r.ok(), qPrintable(r.error().details()));
    int expected = 0;
    for (const auto &t : m_sandbox->dinari().transactions())
        expected += t.created >= from.addSecs(-1) && t.created <= to;
    QCOMPARE(r.value().size(), expected);
    QSet<Transaction::Status> statuses;
    bool incoming = false, euro = false, fee = false;
    for (const Transaction &t : r.value()) {
        QVERIFY(t.date >= from.addSecs(-1) && t.date <= to);
        QVERIFY(!t.amount.isNegative());
        statuses.insert(t.status);
        incoming = incoming || t.direction == Transaction::Direction::In;
        euro = euro || t.currency == QLatin1String("EUR");
        fee = fee || (t.fee && !t.fee->isZero());
    }
    QVERIFY(statuses.contains(Transaction::Status::Settled));
    QVERIFY(statuses.contains(Transaction::Status::Pending));
    QVERIFY(incoming && fee);
    Q_UNUSED(euro);
}

void TestDinariProvider::cancelTransaction()
{
    QString initiated;
    for (const auto &t : m_sandbox->dinari().transactions()) {
        if (t.status == QLatin1String("INITIATED")) {
            initiated = t.id;
            break;
        }
    }
    QVERIFY(!initiated.isEmpty());
    const Money before = m_sandbox->dinari().payoutBalance();
    const auto r = wait(m_provider->cancelTransaction(initiated));
    QVERIFY2(r.ok(), qPrintable(r.error().details()));
    QCOMPARE(r.value().status, Transaction::Status::Cancelled);
    QVERIFY(m_sandbox->dinari().payoutBalance() > before);
    const auto twice = wait(m_provider->cancelTransaction(initiated));
    QVERIFY(!twice.ok());
    QVERIFY(twice.error().summary().contains(QStringLiteral("initiated")));
}

void TestDinariProvider::faultsGiveClearErrors()
{
    QString error;
    QVERIFY(m_sandbox->faults().addSpec(QStringLiteral("dinari:/account/balance:html:count=20"),
                                        &error));
    const auto html = wait(m_provider->fetchBalances());
    QVERIFY(!html.ok());
    QCOMPARE(html.error().kind, ProviderError::Kind::Server);
    m_sandbox->faults().clear();
    QVERIFY(m_sandbox->faults().addSpec(
        QStringLiteral("dinari:/list-transactions:malformed:count=1"), &error));
    const auto malformed = wait(m_provider->fetchTransactions({}, {}));
    QVERIFY(!malformed.ok());
    QCOMPARE(malformed.error().kind, ProviderError::Kind::Parse);
    QVERIFY(wait(m_provider->fetchTransactions({}, {})).ok());
}

QTEST_GUILESS_MAIN(TestDinariProvider)
#include "tst_dinari_provider.moc"
