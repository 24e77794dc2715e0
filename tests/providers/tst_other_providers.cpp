#include "CryptoEmulator.h"
#include "CryptoParser.h"
#include "CryptoProvider.h"
#include "DartEmulator.h"
#include "DartProvider.h"
#include "DotsEmulator.h"
#include "DotsProvider.h"
#include "SandboxServer.h"
#include "TestSupport.h"
#include "UsdValuation.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUuid>

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
    void cryptoWithdrawalDetailsStatusAndFees();
    void cryptoWithdrawalFiguresAddUp();
    void cryptoPayoutCurrencies();
    void cryptoWalletCreateAndDetails();
    void dotsBatchesListed();
    void dotsTransferSettledByItsKey();
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
        QCOMPARE(t.provider, QStringLiteral("crypto"));
        const TransactionExtra &x = t.extra;
        if (t.direction == Transaction::Direction::In && x.fiatAmount) {
            // A payment keeps its fiat price as the gateway gave it.
            in = true;
            QCOMPARE(x.fiatCurrency, QStringLiteral("USD"));
        }
        if (t.direction == Transaction::Direction::Out && t.fee && x.networkFee && x.platformFee &&
            t.description.startsWith(u"Withdrawal")) {
            // The fee's parts add up to it; the chain's id is kept.
            out = true;
            QCOMPARE(*x.networkFee->checkedAdd(*x.platformFee), *t.fee);
            QCOMPARE(x.chainReference.size(), 64);
        }
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
    // Asked and answered in the document's direction, USD to the coin.
    QCOMPARE(r.value().rates.size(), 2);
    QCOMPARE(r.value().rates[0].from, QStringLiteral("USD"));
    QCOMPARE(r.value().rates[0].to, QStringLiteral("BTC"));
    QVERIFY(r.value().rates[0].at.isValid());
    // The unknown currency is missing with the gateway's reason, not zero.
    QCOMPARE(r.value().unavailable.keys(), QStringList{QStringLiteral("NOPE")});
    QVERIFY2(r.value().unavailable.value(QStringLiteral("NOPE")).contains(u"Unknown currency"),
             qPrintable(r.value().unavailable.value(QStringLiteral("NOPE"))));
    // The sandbox's BTC is 64,250.12 USD: one coin is worth that again, to the cent.
    UsdValuation v;
    v.setRates(r.value());
    Balance b;
    b.currency = QStringLiteral("BTC");
    b.available = *Money::parse(u"1.5");
    QCOMPARE(v.usd(b)->toString(), QStringLiteral("96375.18"));
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

void TestOtherProviders::cryptoWithdrawalDetailsStatusAndFees()
{
    const auto all = wait(m_crypto->fetchTransactions({}, {}));
    QVERIFY(all.ok());
    const auto it =
        std::find_if(all.value().cbegin(), all.value().cend(), [](const Transaction &t) {
            return t.direction == Transaction::Direction::Out;
        });
    QVERIFY(it != all.value().cend());
    const auto one = wait(m_crypto->fetchTransaction(it->id));
    QVERIFY2(one.ok(), qPrintable(one.error().details()));
    QCOMPARE(one.value().id, it->id);
    QCOMPARE(one.value().amount, it->amount);
    QCOMPARE(one.value().fee, it->fee);
    const auto state = wait(m_crypto->fetchPayoutState(it->id));
    QVERIFY2(state.ok(), qPrintable(state.error().details()));
    QCOMPARE(state.value().reference, it->id);
    QCOMPARE(state.value().rawStatus, it->rawStatus);
    QCOMPARE(wait(m_crypto->fetchPayoutState(QStringLiteral("nope"))).error().kind,
             ProviderError::Kind::NotFound);
    QCOMPARE(wait(m_crypto->fetchTransaction(QStringLiteral("nope"))).error().kind,
             ProviderError::Kind::NotFound);

    // The quote carries the network's part of the fee for this address.
    PayoutRequest r;
    r.method = PayoutMethod::CryptoWithdrawal;
    r.currency = QStringLiteral("USDTTRC20");
    r.amount = *Money::parse(u"150");
    r.fields.insert(PayoutField::Address, u'T' + QStringLiteral("Ab3").repeated(11));
    const auto quote = wait(m_crypto->quotePayout(r));
    QVERIFY2(quote.ok(), qPrintable(quote.error().details()));
    QVERIFY(quote.value().networkFee.has_value());
    QVERIFY(!quote.value().networkFee->isZero());
    QVERIFY(*quote.value().networkFee < *quote.value().fee);
    QCOMPARE(*quote.value().fee->checkedAdd(*quote.value().arrives), r.amount);

    // Sent: the row keeps what arrives with the fee beside it, and the two are exactly
    // what left the balance; the receipt names the fee's coin.
    r.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Money before = m_sandbox->crypto().masterBalance(r.currency);
    const auto sent = wait(m_crypto->sendPayout(r));
    QVERIFY2(sent.ok(), qPrintable(sent.error().details()));
    QCOMPARE(sent.value().fee, quote.value().fee);
    QCOMPARE(sent.value().feeCurrency, r.currency);
    const Money left = *before.checkedSub(m_sandbox->crypto().masterBalance(r.currency));
    QCOMPARE(left, r.amount);
    const auto row = wait(m_crypto->fetchTransaction(sent.value().reference));
    QVERIFY2(row.ok(), qPrintable(row.error().details()));
    QCOMPARE(row.value().amount, *quote.value().arrives);
    QVERIFY(row.value().fee);
    QCOMPARE(*row.value().amount.checkedAdd(*row.value().fee), left);
}

void TestOtherProviders::cryptoWithdrawalFiguresAddUp()
{
    // The document's withdrawal figures (Estimate Withdrawal's reply) as a listed record.
    QJsonObject o{{QStringLiteral("id"), QStringLiteral("w-1")},
                  {QStringLiteral("requested_amount"), QStringLiteral("100.00000000")},
                  {QStringLiteral("fee"), QStringLiteral("1.50000000")},
                  {QStringLiteral("amount"), QStringLiteral("98.50000000")},
                  {QStringLiteral("currency"), QStringLiteral("USDTTRC20")},
                  {QStringLiteral("platform_fee"), QStringLiteral("1.00000000")},
                  {QStringLiteral("network_fee"), QStringLiteral("0.50000000")},
                  {QStringLiteral("status"), QStringLiteral("completed")},
                  {QStringLiteral("created"), QStringLiteral("2026-12-01T10:00:00Z")}};
    QString why;
    const std::optional<Transaction> t = CryptoParser::withdrawal(o, QStringLiteral("C"), &why);
    QVERIFY2(t, qPrintable(why));
    QCOMPARE(t->amount, *Money::parse(u"98.5"));
    QCOMPARE(*t->fee, *Money::parse(u"1.5"));
    // Figures that do not add up are named, never settled one way or the other.
    o.insert(QStringLiteral("amount"), QStringLiteral("100.00000000"));
    QVERIFY(!CryptoParser::withdrawal(o, QStringLiteral("C"), &why));
    QVERIFY2(why.contains(QLatin1String("requested_amount")), qPrintable(why));
    // Without requested_amount, amount is what arrives, as the document names it.
    o.remove(QStringLiteral("requested_amount"));
    const std::optional<Transaction> plain = CryptoParser::withdrawal(o, QStringLiteral("C"), &why);
    QVERIFY2(plain, qPrintable(why));
    QCOMPARE(plain->amount, *Money::parse(u"100"));
    QCOMPARE(*plain->fee, *Money::parse(u"1.5"));
}

void TestOtherProviders::cryptoPayoutCurrencies()
{
    const auto r = wait(m_crypto->fetchPayoutCurrencies());
    QVERIFY2(r.ok(), qPrintable(r.error().details()));
    QVERIFY(r.value().size() >= 3);
    QStringList codes;
    for (const PayoutCurrency &c : r.value()) {
        codes.append(c.code);
        QVERIFY(!c.name.isEmpty() && !c.network.isEmpty());
        QVERIFY(c.minimum && c.maximum && *c.minimum < *c.maximum);
        // Only what the master account holds can be withdrawn.
        QVERIFY(!m_sandbox->crypto().masterBalance(c.code).isZero());
    }
    QVERIFY(codes.contains(QStringLiteral("USDTTRC20")));
}

void TestOtherProviders::cryptoWalletCreateAndDetails()
{
    const auto made = wait(
        m_crypto->createSubAccount(QStringLiteral("Payroll — EU"), QStringLiteral("ext_payroll")));
    QVERIFY2(made.ok(), qPrintable(made.error().details()));
    QVERIFY(made.value().id.startsWith(QStringLiteral("w_")));
    QCOMPARE(made.value().name, QStringLiteral("Payroll — EU"));
    QCOMPARE(made.value().detail, QStringLiteral("ext_payroll"));
    const auto listed = wait(m_crypto->fetchRecipients());
    QVERIFY(listed.ok());
    QVERIFY(std::any_of(listed.value().cbegin(), listed.value().cend(),
                        [&](const Recipient &w) { return w.id == made.value().id; }));
    const auto empty = wait(m_crypto->fetchSubAccount(made.value().id));
    QVERIFY2(empty.ok(), qPrintable(empty.error().details()));
    QVERIFY(empty.value().isEmpty());

    // A seeded wallet's details agree with the aggregated balances.
    const QString seeded = m_sandbox->crypto().walletIds().value(0);
    const auto details = wait(m_crypto->fetchSubAccount(seeded));
    QVERIFY2(details.ok(), qPrintable(details.error().details()));
    QVERIFY(!details.value().isEmpty());
    const auto balances = wait(m_crypto->fetchBalances());
    QVERIFY(balances.ok());
    for (const Balance &b : details.value()) {
        QCOMPARE(b.kind, Balance::Kind::SubAccount);
        QVERIFY(
            std::any_of(balances.value().cbegin(), balances.value().cend(), [&](const Balance &a) {
                return a.account == b.account && a.currency == b.currency &&
                       a.available == b.available;
            }));
    }
    QCOMPARE(wait(m_crypto->fetchSubAccount(QStringLiteral("w_missing"))).error().kind,
             ProviderError::Kind::NotFound);
    const auto nameless = wait(m_crypto->createSubAccount(QStringLiteral(" "), QString()));
    QVERIFY(!nameless.ok());
    QVERIFY2(nameless.error().summary().contains(QStringLiteral("name")),
             qPrintable(nameless.error().summary()));
}

void TestOtherProviders::dotsBatchesListed()
{
    const QStringList users = m_sandbox->dots().userIds();
    QList<PayoutRequest> items;
    for (int i = 0; i < 2; ++i) {
        PayoutRequest p;
        p.method = PayoutMethod::DotsPayout;
        p.amount = *Money::parse(u"4.25");
        p.currency = QStringLiteral("USD");
        p.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        p.fields = {{PayoutField::DotsUser, users.value(i)},
                    {PayoutField::Platform, QStringLiteral("default")}};
        items.append(p);
    }
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
    const auto sent =
        wait(m_dots->sendPayoutBatch(QUuid::createUuid().toString(QUuid::WithoutBraces), items));
    QVERIFY2(sent.ok(), qPrintable(sent.error().details()));
    const auto listed = wait(m_dots->fetchPayoutBatches(QDateTime()));
    QVERIFY2(listed.ok(), qPrintable(listed.error().details()));
    const auto it =
        std::find_if(listed.value().cbegin(), listed.value().cend(),
                     [&](const PayoutBatchStatus &b) { return b.id == sent.value().id; });
    QVERIFY(it != listed.value().cend());
    QCOMPARE(it->total, 2);
    QVERIFY(it->created >= before);
    const auto future =
        wait(m_dots->fetchPayoutBatches(QDateTime::currentDateTimeUtc().addDays(1)));
    QVERIFY(future.ok());
    QVERIFY(future.value().isEmpty());
}

void TestOtherProviders::dotsTransferSettledByItsKey()
{
    PayoutRequest r;
    r.method = PayoutMethod::DotsTransfer;
    r.amount = *Money::parse(u"7.5");
    r.currency = QStringLiteral("USD");
    r.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.fields = {{PayoutField::DotsUser, m_sandbox->dots().userIds().value(1)}};
    const int before = m_sandbox->dots().transferCount();
    const auto sent = wait(m_dots->sendPayout(r));
    QVERIFY2(sent.ok(), qPrintable(sent.error().details()));
    QCOMPARE(m_sandbox->dots().transferCount(), before + 1);
    const auto found = wait(m_dots->reconcilePayout(r, QDateTime::currentDateTimeUtc(), {}));
    QVERIFY(found.ok());
    QCOMPARE(found.value().kind, PayoutMatch::Kind::Found);
    QCOMPARE(found.value().reference, sent.value().reference);
    // In the list as money out, 750 cents.
    const auto list = wait(m_dots->fetchTransactions({}, {}));
    QVERIFY(list.ok());
    QVERIFY(std::any_of(list.value().cbegin(), list.value().cend(), [&](const Transaction &t) {
        return t.id == sent.value().reference && t.amount == r.amount &&
               t.direction == Transaction::Direction::Out;
    }));
    PayoutRequest other = r;
    other.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto missing = wait(m_dots->reconcilePayout(other, QDateTime::currentDateTimeUtc(), {}));
    QVERIFY(missing.ok());
    QCOMPARE(missing.value().kind, PayoutMatch::Kind::NotFound);
    QCOMPARE(m_sandbox->dots().transferCount(), before + 1);
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
