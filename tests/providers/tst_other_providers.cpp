#include "CryptoEmulator.h"
#include "CryptoProvider.h"
#include "DartEmulator.h"
#include "DartProvider.h"
#include "DotsEmulator.h"
#include "DotsProvider.h"
#include "SandboxServer.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

/// The Dots, crypto gateway and DART clients against the sandbox over loopback.
class TestOtherProviders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dotsStatusAndAuth();
    void dotsTransactionsAllPagesNamed();
    void dotsUsers();
    void cryptoStatusAndAuth();
    void cryptoBalancesMasterAndSubAccounts();
    void cryptoTransactionsByRange();
    void cryptoUsdRates();
    void cryptoBalanceHistoryEndsAtTodaysBalance();
    void cryptoTokenRefetchedAfterExpiry();
    void dartBalancesPerCustomer();
    void dartCustomerScriptsAndTokens();
    void dartAuthFailure();

private:
    template<typename T> T wait(QFuture<T> f)
    {
        [&] { QVERIFY(TestSupport::waitFor(f)); }();
        return f.result();
    }
    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxServer> m_sandbox;
    DotsProvider *m_dots = nullptr;
    CryptoProvider *m_crypto = nullptr;
    DartProvider *m_dart = nullptr;
};

void TestOtherProviders::initTestCase()
{
    SandboxServer::Options options;
    options.dashfiTransactions = 100;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->start());
    const QStringList dots = m_sandbox->credential(QStringLiteral("dots")).split(u':');
    m_dots = new DotsProvider(
        QStringLiteral("Dots"), &m_nam, m_sandbox->baseUrl(QStringLiteral("dots")), dots[0],
        dots[1], m_sandbox->settings(QStringLiteral("dots"))[QStringLiteral("app_id")].toString(),
        this);
    const QStringList crypto = m_sandbox->credential(QStringLiteral("crypto")).split(u':');
    m_crypto = new CryptoProvider(QStringLiteral("Crypto"), &m_nam,
                                  m_sandbox->baseUrl(QStringLiteral("crypto")), crypto[0],
                                  crypto[1], this);
    QStringList customers;
    for (const auto &v :
         m_sandbox->settings(QStringLiteral("dart"))[QStringLiteral("customers")].toArray())
        customers.append(v.toString());
    m_dart =
        new DartProvider(QStringLiteral("DART"), &m_nam, m_sandbox->baseUrl(QStringLiteral("dart")),
                         m_sandbox->credential(QStringLiteral("dart")), customers, this);
}

void TestOtherProviders::dotsStatusAndAuth()
{
    QVERIFY(wait(m_dots->checkStatus()).ok());
    DotsProvider wrong(QStringLiteral("x"), &m_nam, m_sandbox->baseUrl(QStringLiteral("dots")),
                       QStringLiteral("pk"), QStringLiteral("sk"), QString());
    const auto r = wait(wrong.checkStatus());
    QCOMPARE(r.error().kind, ProviderError::Kind::Auth);
    QVERIFY(r.error().summary().contains(QStringLiteral("Invalid API credentials")));
}

void TestOtherProviders::dotsTransactionsAllPagesNamed()
{
    // 180 payouts: two pages of 100 (the server's cap), every one kept once.
    const auto all = wait(m_dots->fetchTransactions({}, {}));
    QVERIFY2(all.ok(), qPrintable(all.error().details()));
    QCOMPARE(all.value().size(), 180);
    QSet<QString> ids;
    for (const Transaction &t : all.value()) {
        ids.insert(t.id);
        QCOMPARE(t.currency, QStringLiteral("USD"));
        QCOMPARE(t.direction, Transaction::Direction::Out);
        QVERIFY(
            !t.description.contains(QRegularExpression(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}"))));
        QCOMPARE(t.amount.scale(), 2);
    }
    QCOMPARE(ids.size(), 180);
    const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-30);
    const auto recent = wait(m_dots->fetchTransactions(from, {}));
    QVERIFY(recent.ok());
    QVERIFY(recent.value().size() < 180 && !recent.value().isEmpty());
    for (const Transaction &t : recent.value())
        QVERIFY(t.date >= from);
    QVERIFY(m_dots->http() != nullptr);
}

void TestOtherProviders::dotsUsers()
{
    const auto users = wait(m_dots->fetchUsers());
    QVERIFY(users.ok());
    QCOMPARE(users.value().size(), m_sandbox->dots().userIds().size());
}

void TestOtherProviders::cryptoStatusAndAuth()
{
    QVERIFY(wait(m_crypto->checkStatus()).ok());
    CryptoProvider wrong(QStringLiteral("x"), &m_nam, m_sandbox->baseUrl(QStringLiteral("crypto")),
                         QStringLiteral("id"), QStringLiteral("secret"));
    const auto r = wait(wrong.fetchBalances());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ProviderError::Kind::Auth);
}

void TestOtherProviders::cryptoBalancesMasterAndSubAccounts()
{
    const auto r = wait(m_crypto->fetchBalances());
    QVERIFY2(r.ok(), qPrintable(r.error().details()));
    int master = 0, subs = 0;
    for (const Balance &b : r.value()) {
        if (b.kind == Balance::Kind::Account) {
            ++master;
            QCOMPARE(b.available, m_sandbox->crypto().masterBalance(b.currency));
            QVERIFY(b.pending.has_value()); // ETH's pending comes as a number; still read
        } else {
            ++subs;
            QCOMPARE(b.kind, Balance::Kind::SubAccount);
            QVERIFY(!b.account.isEmpty());
        }
    }
    QCOMPARE(master, 5);
    QCOMPARE(subs, 5); // three USDT wallets, two with BTC
}

void TestOtherProviders::cryptoTransactionsByRange()
{
    const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-120);
    const auto r = wait(m_crypto->fetchTransactions(from, {}));
    QVERIFY2(r.ok(), qPrintable(r.error().details()));
    bool in = false, out = false;
    for (const Transaction &t : r.value()) {
        QVERIFY(t.date >= from);
        in = in || t.direction == Transaction::Direction::In;
        out = out || (t.direction == Transaction::Direction::Out && t.fee.has_value());
        QCOMPARE(t.provider, QStringLiteral("crypto"));
    }
    QVERIFY(in && out);
    const auto all = wait(m_crypto->fetchTransactions({}, {}));
    QVERIFY(all.ok());
    QVERIFY(all.value().size() > r.value().size());
    QVERIFY(all.value().size() > 100); // more than one page of each list
}

void TestOtherProviders::cryptoUsdRates()
{
    const auto r = wait(m_crypto->fetchUsdRates(
        {QStringLiteral("BTC"), QStringLiteral("USDTTRC20"), QStringLiteral("NOPE")}));
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), 2); // the unknown currency is missing, not zero
    QCOMPARE(r.value()[0].rate, *Money::parse(u"64250.12"));
    QVERIFY(r.value()[0].at.isValid());
}

void TestOtherProviders::cryptoBalanceHistoryEndsAtTodaysBalance()
{
    const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-120);
    const auto r = wait(m_crypto->fetchBalanceHistory(from));
    QVERIFY2(r.ok(), qPrintable(r.error().details()));
    QVERIFY(r.value().size() > 10);
    // All within the range, and every page was read: the newest entry of each currency is
    // the master account's balance today.
    QHash<QString, Balance> newest;
    for (const Balance &b : r.value()) {
        QVERIFY(b.asOf >= from);
        QCOMPARE(b.account, QStringLiteral("Master account"));
        if (!newest.contains(b.currency) || newest[b.currency].asOf < b.asOf)
            newest.insert(b.currency, b);
    }
    for (const Balance &b : std::as_const(newest))
        QCOMPARE(b.available, m_sandbox->crypto().masterBalance(b.currency));
}

void TestOtherProviders::cryptoTokenRefetchedAfterExpiry()
{
    const int before = m_sandbox->crypto().tokensIssued();
    m_sandbox->advance(2 * 3600);
    QVERIFY(wait(m_crypto->fetchBalances()).ok());
    QCOMPARE(m_sandbox->crypto().tokensIssued(), before + 1);
}

void TestOtherProviders::dartBalancesPerCustomer()
{
    QVERIFY(wait(m_dart->checkStatus()).ok());
    const auto r = wait(m_dart->fetchBalances());
    QVERIFY2(r.ok(), qPrintable(r.error().details()));
    QCOMPARE(r.value().size(), 5);
    QCOMPARE(r.value()[0].account, QStringLiteral("billyjoel"));
    QCOMPARE(r.value()[0].currency, QStringLiteral("USDC"));
    QCOMPARE(r.value()[0].available, m_sandbox->dart().customer(QStringLiteral("billyjoel"))->usdc);
}

void TestOtherProviders::dartCustomerScriptsAndTokens()
{
    const auto c = wait(m_dart->customer(QStringLiteral("billyjoel")));
    QVERIFY(c.ok());
    QCOMPARE(c.value().firstName, QStringLiteral("Billy"));
    const auto scripts = wait(m_dart->tradeScripts(QStringLiteral("billyjoel")));
    QVERIFY(scripts.ok());
    QCOMPARE(scripts.value().size(),
             m_sandbox->dart().customer(QStringLiteral("billyjoel"))->scripts.size());
    QCOMPARE(scripts.value()[0].currentAmount.scale(), 4);
    const auto customer = m_sandbox->dart().customer(QStringLiteral("billyjoel"));
    const auto value =
        wait(m_dart->tokenValue(QStringLiteral("billyjoel"), customer->tokens.firstKey()));
    QVERIFY(value.ok());
    QCOMPARE(value.value(), customer->tokens.first());
    QCOMPARE(wait(m_dart->customer(QStringLiteral("ghost"))).error().kind,
             ProviderError::Kind::NotFound);
}

void TestOtherProviders::dartAuthFailure()
{
    DartProvider wrong(QStringLiteral("x"), &m_nam, m_sandbox->baseUrl(QStringLiteral("dart")),
                       QStringLiteral("2|nope"), {QStringLiteral("billyjoel")});
    const auto r = wait(wrong.fetchBalances());
    QCOMPARE(r.error().kind, ProviderError::Kind::Auth);
    QCOMPARE(wait(wrong.checkStatus()).error().kind, ProviderError::Kind::Auth);
}

QTEST_GUILESS_MAIN(TestOtherProviders)
#include "tst_other_providers.moc"
