#include "CryptoProvider.h"
#include "DartProvider.h"
#include "DashfiProvider.h"
#include "DinariProvider.h"
#include "DotsParser.h"
#include "DotsProvider.h"
#include "LoopbackHttpServer.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

/**
 * Every example reply of the five provider documents, verbatim (tests/fixtures/docs, copied
 * by its extract.py), served over loopback to the real client, which must read it to the
 * values the document shows. The sandbox is our reading of the documents; these are the
 * documents themselves.
 */
class TestDocumentedReplies : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cleanupTestCase();
    void dashfi();
    void dinariBalanceAndList();
    void dinariPayouts_data();
    void dinariPayouts();
    void dinariErrors();
    void dinariCardAndCancel();
    void dots();
    void crypto();
    void dart();

private:
    /// Answers `path` with the fixture `name` ("dinari/balance-success") and `status`.
    void route(const QString &path, const QString &name, int status = 200);
    static QByteArray fixture(const QString &name);
    template<typename T> T wait(QFuture<T> f)
    {
        [&] { QVERIFY(TestSupport::waitFor(f, 20000)); }();
        return f.result();
    }
    static Money money(const char *text) { return *Money::parse(QString::fromLatin1(text)); }
    static PayoutRequest payoutTo(PayoutMethod method, const Provider &to, const char *amount,
                                  const QString &currency, const QMap<PayoutField, QString> &fields)
    {
        PayoutRequest r;
        r.method = method;
        r.connection = to.connectionName();
        r.amount = money(amount);
        r.currency = currency;
        r.fields = fields;
        return r;
    }

    QNetworkAccessManager *m_nam = nullptr;
    LoopbackHttpServer *m_server = nullptr;
    QHash<QString, QPair<int, QString>> m_routes;
    QHash<QString, QByteArray> m_undocumented; ///< replies the documents do not show
    QList<ServerRequest> m_requests;
    static QSet<QString> s_served; ///< fixtures some test served
};

QSet<QString> TestDocumentedReplies::s_served;

QByteArray TestDocumentedReplies::fixture(const QString &name)
{
    QFile f(QStringLiteral(TD_DOC_FIXTURES "/") + name + QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

void TestDocumentedReplies::init()
{
    m_routes.clear();
    m_undocumented.clear();
    m_requests.clear();
    m_nam = new QNetworkAccessManager(this);
    m_server = new LoopbackHttpServer(this);
    m_server->setHandler([this](const ServerRequest &request, const ResponseChannel &channel) {
        m_requests.append(request);
        if (m_undocumented.contains(request.path)) {
            channel.send(
                ServerResponse::raw(200, "application/json", m_undocumented.value(request.path)));
            return;
        }
        const auto it = m_routes.constFind(request.path);
        if (it == m_routes.constEnd()) {
            channel.send(ServerResponse::raw(404, "text/plain", "no such example"));
            return;
        }
        s_served.insert(it->second);
        channel.send(ServerResponse::raw(it->first, "application/json", fixture(it->second)));
    });
    QVERIFY(m_server->start() > 0);
}

void TestDocumentedReplies::cleanup()
{
    delete m_server;
    delete m_nam;
}

void TestDocumentedReplies::route(const QString &path, const QString &name, int status)
{
    m_routes.insert(path, {status, name});
}

void TestDocumentedReplies::dashfi()
{
    DashfiProvider d(QStringLiteral("Docs"), m_nam, m_server->url(QStringLiteral("/api-v1")),
                     QStringLiteral("key"));
    route(QStringLiteral("/api-v1/status"), QStringLiteral("dashfi/status"));
    QVERIFY(wait(d.checkStatus()).ok());
    route(QStringLiteral("/api-v1/cards/32/freeze"), QStringLiteral("dashfi/card-freeze"));
    route(QStringLiteral("/api-v1/cards/32/unfreeze"), QStringLiteral("dashfi/card-unfreeze"));
    route(QStringLiteral("/api-v1/cards/32"), QStringLiteral("dashfi/card-archive"));
    route(QStringLiteral("/api-v1/cards/32/limit"), QStringLiteral("dashfi/card-limit"));
    QVERIFY(wait(d.setCardFrozen(QStringLiteral("32"), true)).ok());
    QVERIFY(wait(d.setCardFrozen(QStringLiteral("32"), false)).ok());
    QVERIFY(wait(d.cancelCard(QStringLiteral("32"))).ok());
    const auto limit =
        wait(d.setCardLimit(QStringLiteral("32"), money("1553"), QStringLiteral("MONTHLY")));
    QVERIFY2(limit.ok(), qPrintable(limit.error().details()));
    // "Example transaction.", as the single-transaction lookup answers it.
    route(QStringLiteral("/api-v1/transactions/61c8d4c7-dc84-4283-b302-429f9417db7b"),
          QStringLiteral("dashfi/transaction"));
    const auto t = wait(d.fetchTransaction(QStringLiteral("61c8d4c7-dc84-4283-b302-429f9417db7b")));
    QVERIFY2(t.ok(), qPrintable(t.error().details()));
    QCOMPARE(t.value().amount, money("45.89"));
    QCOMPARE(t.value().direction, Transaction::Direction::Out);
    QCOMPARE(t.value().description, QStringLiteral("Bob's shop"));
    QCOMPARE(t.value().cardId, QStringLiteral("32"));
    QCOMPARE(t.value().cardLastFour, QStringLiteral("4484"));
    QCOMPARE(t.value().status, Transaction::Status::Settled);
    QCOMPARE(t.value().merchantCountry, QStringLiteral("USA"));
    QCOMPARE(t.value().date, QDateTime(QDate(2022, 5, 26), QTime(16, 28, 28), Qt::UTC));
}

namespace {
std::unique_ptr<DinariProvider> dinariAt(QNetworkAccessManager *nam, const QUrl &url)
{
    // Not the documents' example credentials: they reuse those values as transaction ids,
    // which the client rightly redacts from everything it reads.
    return std::make_unique<DinariProvider>(QStringLiteral("Docs"), nam, url,
                                            QStringLiteral("c0ffee00c0ffee00c0ffee00c0ffee00"),
                                            QStringLiteral("5ec7e75ec7e75ec7e75ec7e75ec7e75e"));
}
} // namespace

void TestDocumentedReplies::dinariBalanceAndList()
{
    const auto d = dinariAt(m_nam, m_server->url());
    route(QStringLiteral("/account/balance"), QStringLiteral("dinari/balance-success"));
    const auto balances = wait(d->fetchBalances());
    QVERIFY2(balances.ok(), qPrintable(balances.error().details()));
    QMap<Balance::Kind, Money> byKind;
    for (const Balance &b : balances.value()) {
        QCOMPARE(b.currency, QStringLiteral("USD"));
        byKind.insert(b.kind, b.available);
    }
    QCOMPARE(byKind.value(Balance::Kind::Payout), money("50111.10"));
    QCOMPARE(byKind.value(Balance::Kind::Float), money("1022.25"));
    QCOMPARE(byKind.value(Balance::Kind::Reserve), money("100000.00"));

    route(QStringLiteral("/list-transactions"), QStringLiteral("dinari/list-transactions-success"));
    const auto list = wait(d->fetchTransactions({}, {}));
    QVERIFY2(list.ok(), qPrintable(list.error().details()));
    QCOMPARE(list.value().size(), 2);
    const Transaction &first = list.value().at(0);
    QCOMPARE(first.id, QStringLiteral("8d1838fbb7fea3206326d0d96f162618"));
    QCOMPARE(first.amount, money("250.75"));
    QCOMPARE(first.currency, QStringLiteral("USD"));
    QCOMPARE(first.status, Transaction::Status::Settled);
    QCOMPARE(first.date, QDateTime(QDate(2025, 1, 8), QTime(12, 30), Qt::UTC));
    const Transaction &second = list.value().at(1);
    QCOMPARE(second.amount, money("100.50"));
    QCOMPARE(second.currency, QStringLiteral("EUR"));
    QCOMPARE(second.status, Transaction::Status::Failed);
    // Asked once per documented direction: the item itself does not say.
    QStringList directions;
    for (const ServerRequest &r : m_requests) {
        if (r.path == QLatin1String("/list-transactions"))
            directions << r.form().queryItemValue(QStringLiteral("TRANSACTION_DIRECTION"));
    }
    directions.sort();
    QCOMPARE(directions, (QStringList{QStringLiteral("INCOMING"), QStringLiteral("OUTGOING")}));

    // One payout's state: the documented TRANSACTION_ID filter; the documented reply (which
    // a server ignoring the filter would send) is searched for that one.
    m_requests.clear();
    const auto state =
        wait(d->fetchPayoutState(QStringLiteral("7b1fbb3e2c5d32eecad582076dbb6cf2")));
    QVERIFY2(state.ok(), qPrintable(state.error().details()));
    QCOMPARE(state.value().rawStatus, QStringLiteral("Failed"));
    QCOMPARE(PayoutState::progressOf(state.value().rawStatus), PayoutState::Progress::Failed);
    QCOMPARE(m_requests.size(), 1);
    QCOMPARE(m_requests.at(0).form().queryItemValue(QStringLiteral("TRANSACTION_ID")),
             QStringLiteral("7b1fbb3e2c5d32eecad582076dbb6cf2"));
    const auto missing = wait(d->fetchPayoutState(QStringLiteral("not-in-the-list")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("not-in-the-list")));
}

void TestDocumentedReplies::dinariPayouts_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("fee");
    QTest::addColumn<QString>("balanceAfter");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<bool>("unknown");
    // The ACH section gives no path (README of the documents); ours is "/".
    QTest::newRow("ach") << int(PayoutMethod::DinariAch) << QStringLiteral("/")
                         << QStringLiteral("ach") << QStringLiteral("TX123456789")
                         << QStringLiteral("11.27") << QStringLiteral("4744.48")
                         << QStringLiteral("insufficient balance") << false;
    QTest::newRow("card_virtual") << int(PayoutMethod::DinariVirtualCard)
                                  << QStringLiteral("/send-transaction")
                                  << QStringLiteral("card-virtual") << QStringLiteral("TX123456789")
                                  << QStringLiteral("12.50") << QStringLiteral("687.50")
                                  << QStringLiteral("insufficient balance") << false;
    // The SWIFT error example's own balances fell by the payment and its fee (2300 to
    // 1992): an error that says money left is not a refusal to trust.
    QTest::newRow("swift") << int(PayoutMethod::DinariSwift) << QStringLiteral("/swift-transfer")
                           << QStringLiteral("swift")
                           << QStringLiteral("955a380d7d9c05707f199fbe8ba8474d")
                           << QStringLiteral("8.00") << QStringLiteral("1992.00")
                           << QStringLiteral("may have been made") << true;
    QTest::newRow("zelle") << int(PayoutMethod::DinariZelle) << QStringLiteral("/send-money")
                           << QStringLiteral("zelle")
                           << QStringLiteral("955a380d7d9c05707f199fbe8ba8474d")
                           << QStringLiteral("8.00") << QStringLiteral("1992.00")
                           << QStringLiteral("insufficient funds") << false;
}

void TestDocumentedReplies::dinariPayouts()
{
    QFETCH(int, method);
    QFETCH(QString, path);
    QFETCH(QString, name);
    QFETCH(QString, reference);
    QFETCH(QString, fee);
    QFETCH(QString, balanceAfter);
    QFETCH(QString, refusal);
    QFETCH(bool, unknown);
    const auto d = dinariAt(m_nam, m_server->url());
    PayoutRequest r;
    r.method = PayoutMethod(method);
    r.connection = d->connectionName();
    r.amount = money("300.00");
    r.currency = QStringLiteral("USD");
    r.fields = {{PayoutField::RecipientName, QStringLiteral("Sage Smith")},
                {PayoutField::Email, QStringLiteral("ssmith@example.com")},
                {PayoutField::ZelleAddress, QStringLiteral("ssmith@example.com")},
                {PayoutField::BankAccount, QStringLiteral("1234567890")},
                {PayoutField::BankRouting, QStringLiteral("021000021")}};
    route(path, QStringLiteral("dinari/%1-send-success").arg(name));
    const auto sent = wait(d->sendPayout(r));
    QVERIFY2(sent.ok(), qPrintable(sent.error().details()));
    QCOMPARE(sent.value().reference, reference);
    QVERIFY(sent.value().fee);
    QCOMPARE(*sent.value().fee, Money::parse(fee).value());
    QVERIFY(sent.value().balanceAfter);
    QCOMPARE(*sent.value().balanceAfter, Money::parse(balanceAfter).value());
    // The rule as the gateway charged it: the SWIFT and Zelle examples state 0.03 beside a
    // 3.00 share of 300, which is 1 % (as 0.03 % the estimate would be 5.09, not 8.00).
    QVERIFY(sent.value().feeRule);
    const bool onePercent = name == QLatin1String("swift") || name == QLatin1String("zelle");
    QCOMPARE(sent.value().feeRule->percent, money(onePercent ? "1" : "2.5"));
    QCOMPARE(*sent.value().feeRule->feeFor(money("300"), 2), money(onePercent ? "8" : "12.50"));
    // A refusal, whether the gateway says it with HTTP 200 or with its error code, is
    // final unless its own figures say that money left.
    for (const int status : {200, 402}) {
        route(path, QStringLiteral("dinari/%1-send-error").arg(name), status);
        const auto refused = wait(d->sendPayout(r));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().summary().contains(refusal, Qt::CaseInsensitive),
                 qPrintable(refused.error().summary()));
        QVERIFY2(refused.error().leavesOutcomeUnknown() == unknown,
                 qPrintable(refused.error().details()));
    }
}

void TestDocumentedReplies::dinariErrors()
{
    const auto d = dinariAt(m_nam, m_server->url());
    route(QStringLiteral("/account/balance"), QStringLiteral("dinari/balance-error"));
    const auto balances = wait(d->fetchBalances());
    QVERIFY(!balances.ok());
    QVERIFY2(balances.error().summary().contains(
                 QStringLiteral("Invalid Corporate Account ID or Gateway API Key")),
             qPrintable(balances.error().summary()));
    route(QStringLiteral("/list-transactions"), QStringLiteral("dinari/list-transactions-error"));
    const auto list = wait(d->fetchTransactions({}, {}));
    QVERIFY(!list.ok());
    QVERIFY2(list.error().summary().contains(QStringLiteral("Failed to retrieve transaction list")),
             qPrintable(list.error().summary()));
    route(QStringLiteral("/transaction/status"), QStringLiteral("dinari/cancel-error"));
    const auto cancel = wait(d->cancelPayout(QStringLiteral("955a380d7d9c05707f199fbe8ba8474d")));
    QVERIFY(!cancel.ok());
    QVERIFY2(cancel.error().summary().contains(
                 QStringLiteral("Insufficient balance to process the cancellation")),
             qPrintable(cancel.error().summary()));
    route(QStringLiteral("/manage-cards"), QStringLiteral("dinari/card-details-error"));
    const auto card = wait(d->fetchCard(QStringLiteral("945270b8c9123a3cd5198f68459c3630")));
    QVERIFY(!card.ok());
    QVERIFY2(card.error().summary().contains(QStringLiteral("Missing CORPORATE_ACCOUNT_ID")),
             qPrintable(card.error().summary()));
}

void TestDocumentedReplies::dinariCardAndCancel()
{
    const auto d = dinariAt(m_nam, m_server->url());
    route(QStringLiteral("/manage-cards"), QStringLiteral("dinari/card-details-success"));
    const auto card = wait(d->fetchCard(QStringLiteral("945270b8c9123a3cd5198f68459c3630")));
    QVERIFY2(card.ok(), qPrintable(card.error().details()));
    QCOMPARE(card.value().id, QStringLiteral("945270b8c9123a3cd5198f68459c3630"));
    QCOMPARE(card.value().state, Card::State::Open);
    QCOMPARE(card.value().rawState, QStringLiteral("ACTIVE"));
    QVERIFY(card.value().balance);
    QCOMPARE(*card.value().balance, money("300.00"));
    QCOMPARE(card.value().created, QDateTime(QDate(2023, 3, 6), QTime(18, 4), Qt::UTC));
    const auto purchases =
        wait(d->fetchCardTransactions(QStringLiteral("945270b8c9123a3cd5198f68459c3630")));
    QVERIFY2(purchases.ok(), qPrintable(purchases.error().details()));
    QCOMPARE(purchases.value().size(), 1);
    QCOMPARE(purchases.value().first().amount, money("12.79"));
    QCOMPARE(purchases.value().first().status, Transaction::Status::Settled);

    route(QStringLiteral("/transaction/status"), QStringLiteral("dinari/cancel-success"));
    const auto cancelled =
        wait(d->cancelPayout(QStringLiteral("955a380d7d9c05707f199fbe8ba8474d")));
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.error().details()));
    QCOMPARE(cancelled.value().reference, QStringLiteral("955a380d7d9c05707f199fbe8ba8474d"));
    QCOMPARE(cancelled.value().rawStatus, QStringLiteral("Canceled"));
    QCOMPARE(PayoutState::progressOf(cancelled.value().rawStatus),
             PayoutState::Progress::Cancelled);
    // The cancel fee and the balance after the refund, as the document shows them.
    QVERIFY(cancelled.value().fee && cancelled.value().balanceAfter);
    QCOMPARE(*cancelled.value().fee, money("20.00"));
    QCOMPARE(cancelled.value().feeCurrency, QStringLiteral("USD"));
    QCOMPARE(*cancelled.value().balanceAfter, money("1000.00"));
}

void TestDocumentedReplies::dots()
{
    DotsProvider d(QStringLiteral("Docs"), m_nam, m_server->url(QStringLiteral("/api/v2")),
                   QStringLiteral("pk_dev"), QStringLiteral("sk_dev"), QString());
    // A payout: amounts in cents.
    route(QStringLiteral("/api/v2/payouts"), QStringLiteral("dots/payout-create"));
    PayoutRequest payout;
    payout.method = PayoutMethod::DotsPayout;
    payout.connection = d.connectionName();
    payout.amount = money("10.00");
    payout.currency = QStringLiteral("USD");
    payout.idempotencyKey = QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a");
    payout.fields = {
        {PayoutField::DotsUser, QStringLiteral("fc54b468-bbb2-403f-be36-5627a8e3c7a4")},
        {PayoutField::Platform, QStringLiteral("default")}};
    const auto paid = wait(d.sendPayout(payout));
    QVERIFY2(paid.ok(), qPrintable(paid.error().details()));
    QCOMPARE(paid.value().reference, QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a"));
    QCOMPARE(paid.value().rawStatus, QStringLiteral("created"));
    QCOMPARE(paid.value().created, QDateTime(QDate(2023, 11, 7), QTime(5, 31, 56), Qt::UTC));

    // A fund transfer app -> user: a negative amount in cents, as text.
    route(QStringLiteral("/api/v2/transfers"), QStringLiteral("dots/transfer-create"));
    PayoutRequest transfer = payout;
    transfer.method = PayoutMethod::DotsTransfer;
    transfer.fields = {
        {PayoutField::DotsUser, QStringLiteral("f33919ae-6793-41bd-b512-1ad3c19f4ecb")}};
    const auto moved = wait(d.sendPayout(transfer));
    QVERIFY2(moved.ok(), qPrintable(moved.error().details()));
    QCOMPARE(moved.value().reference, QStringLiteral("847e70b4-e057-457e-aa89-ba0312f159c1"));
    QCOMPARE(moved.value().rawStatus, QStringLiteral("completed"));
    QString why;
    const QJsonObject transferJson =
        QJsonDocument::fromJson(fixture(QStringLiteral("dots/transfer-create"))).object();
    const auto asTransaction = DotsParser::transfer(transferJson, QStringLiteral("Docs"), &why);
    QVERIFY2(asTransaction, qPrintable(why));
    QCOMPARE(asTransaction->amount, money("10.00"));
    QCOMPARE(asTransaction->direction, Transaction::Direction::Out);
    QCOMPARE(asTransaction->status, Transaction::Status::Settled);

    // Payout links, in both documented shapes: "link" and "url".
    PayoutRequest link = payout;
    link.method = PayoutMethod::DotsPayoutLink;
    link.amount = money("1.23");
    link.fields = {{PayoutField::Delivery, QStringLiteral("link")}};
    // The guide's shape names the flow the payee completes it in; the short one none.
    for (const auto &[name, id, url, flow] :
         {std::tuple{"dots/payout-link-create", "e5d5863a-498d-4551-a3dc-e31012503f23",
                     "https://my-sandbox.dots.dev/flow/7c22fd05-147e-48bb-b008-f48f24b76ea4",
                     "7c22fd05-147e-48bb-b008-f48f24b76ea4"},
          std::tuple{"dots/payout-link-short", "pl_a1b2c3d4e5f6",
                     "https://example.com/payout/pl_a1b2c3d4e5f6", ""}}) {
        route(QStringLiteral("/api/v2/payout-links"), QLatin1String(name));
        const auto made = wait(d.sendPayout(link));
        QVERIFY2(made.ok(), qPrintable(made.error().details()));
        QCOMPARE(made.value().reference, QLatin1String(id));
        QCOMPARE(made.value().url, QLatin1String(url));
        QCOMPARE(made.value().tracking, QLatin1String(flow));
    }
    // Retrieve Flow: no step taken yet, so no word on the link.
    route(QStringLiteral("/api/v2/flows/b3293101-35ef-451a-aad4-881da3697c2f"),
          QStringLiteral("dots/flow-get"));
    const auto state =
        wait(d.fetchLinkState(QStringLiteral("b3293101-35ef-451a-aad4-881da3697c2f")));
    QVERIFY2(state.ok(), qPrintable(state.error().details()));
    QCOMPARE(state.value().reference, QStringLiteral("b3293101-35ef-451a-aad4-881da3697c2f"));
    QVERIFY(state.value().rawStatus.isEmpty());
    QVERIFY(state.value().stepsDone.isEmpty());

    // A batch's progress.
    route(QStringLiteral("/api/v2/payout-batches/e5d5863a-498d-4551-a3dc-e31012503f23"),
          QStringLiteral("dots/payout-batch"));
    const auto batch =
        wait(d.fetchPayoutBatch(QStringLiteral("e5d5863a-498d-4551-a3dc-e31012503f23")));
    QVERIFY2(batch.ok(), qPrintable(batch.error().details()));
    QCOMPARE(batch.value().status, QStringLiteral("processing"));
    QCOMPARE(batch.value().processed, 50);
    QCOMPARE(batch.value().succeeded, 48);
    QCOMPARE(batch.value().failed, 2);
    QVERIFY(!batch.value().isDone());

    // A user, as created and as read back.
    route(QStringLiteral("/api/v2/users/fc54b468-bbb2-403f-be36-5627a8e3c7a4"),
          QStringLiteral("dots/user-create"));
    const auto user =
        wait(d.fetchRecipient(QStringLiteral("fc54b468-bbb2-403f-be36-5627a8e3c7a4")));
    QVERIFY2(user.ok(), qPrintable(user.error().details()));
    QCOMPARE(user.value().id, QStringLiteral("fc54b468-bbb2-403f-be36-5627a8e3c7a4"));
    QCOMPARE(user.value().firstName, QStringLiteral("Bob"));
    QCOMPARE(user.value().lastName, QStringLiteral("Loblaw"));
    QCOMPARE(user.value().email, QStringLiteral("test@example.com"));
    QCOMPARE(user.value().countryCode, QStringLiteral("55"));
    QCOMPARE(user.value().phone, QStringLiteral("49933801774"));
    QCOMPARE(user.value().status, QStringLiteral("unverified"));

    // Flows: whichever steps, the link is what the user opens.
    for (const auto &[name, url] :
         {std::pair{"dots/flow-manage-payouts",
                    "https://my-sandbox.dots.dev/flow/17f357c1-7f4d-4101-a2c0-8cb9c9947ac8"},
          std::pair{"dots/flow-payout",
                    "https://my-sandbox.dots.dev/flow/6ad6b948-422d-4fc4-bd6c-fe1521639a2b"},
          std::pair{"dots/flow-compliance",
                    "https://my-sandbox.dots.dev/flow/b3293101-35ef-451a-aad4-881da3697c2f"},
          std::pair{"dots/flow-get",
                    "https://my-sandbox.dots.dev/flow/b3293101-35ef-451a-aad4-881da3697c2f"}}) {
        route(QStringLiteral("/api/v2/flows/"), QLatin1String(name)); // the document's path
        const auto flow =
            wait(d.recipientSetupLink(QStringLiteral("fc54b468-bbb2-403f-be36-5627a8e3c7a4")));
        QVERIFY2(flow.ok(), qPrintable(flow.error().details()));
        QCOMPARE(flow.value(), QUrl(QLatin1String(url)));
    }
}

void TestDocumentedReplies::crypto()
{
    CryptoProvider c(QStringLiteral("Docs"), m_nam, m_server->url(QStringLiteral("/api/v1")),
                     QStringLiteral("client"), QStringLiteral("secret"));
    // The token reply is not in the document; RFC 6749 section 5.1 says what it holds.
    m_undocumented.insert(QStringLiteral("/api/v1/o/token/"),
                          R"({"access_token": "tok", "token_type": "Bearer", "expires_in": 3600})");
    // The status check reads the tenant: it proves the credentials, /status/ does not.
    route(QStringLiteral("/api/v1/user/me/"), QStringLiteral("crypto/user-me"));
    QVERIFY(wait(c.checkStatus()).ok());

    route(QStringLiteral("/api/v1/user/balances/"), QStringLiteral("crypto/balances"));
    route(QStringLiteral("/api/v1/wallets/"), QStringLiteral("crypto/wallets"));
    const auto balances = wait(c.fetchBalances());
    QVERIFY2(balances.ok(), qPrintable(balances.error().details()));
    std::optional<Balance> master;
    std::optional<Balance> wallet;
    for (const Balance &b : balances.value()) {
        QCOMPARE(b.currency, QStringLiteral("USDTTRC20"));
        if (b.kind == Balance::Kind::Account)
            master = b;
        else if (b.kind == Balance::Kind::SubAccount)
            wallet = b;
    }
    QVERIFY(master);
    QCOMPARE(master->available, money("1000.00000000"));
    QVERIFY(wallet);
    QCOMPARE(wallet->account, QStringLiteral("Wallet 1"));
    QCOMPARE(wallet->available, money("300.00000000"));

    const auto wallets = wait(c.fetchRecipients());
    QVERIFY2(wallets.ok(), qPrintable(wallets.error().details()));
    QCOMPARE(wallets.value().size(), 1);
    QCOMPARE(wallets.value().first().id, QStringLiteral("w_abc123"));
    QCOMPARE(wallets.value().first().name, QStringLiteral("My Wallet"));

    for (const char *name : {"crypto/currencies-full"}) {
        route(QStringLiteral("/api/v1/currencies/"), QLatin1String(name));
        const auto currencies = wait(c.fetchPayoutCurrencies());
        QVERIFY2(currencies.ok(), qPrintable(currencies.error().details()));
        QCOMPARE(currencies.value().size(), 1);
        QCOMPARE(currencies.value().first().code, QStringLiteral("USDTTRC20"));
        QCOMPARE(currencies.value().first().name, QStringLiteral("Tether USD"));
        QCOMPARE(*currencies.value().first().minimum, money("10"));
        QCOMPARE(*currencies.value().first().maximum, money("100000"));
    }
    route(QStringLiteral("/api/v1/currencies/"), QStringLiteral("crypto/currencies-simple"));
    const auto codes = wait(c.fetchPayoutCurrencies());
    QVERIFY2(codes.ok(), qPrintable(codes.error().details()));
    QStringList read;
    for (const PayoutCurrency &p : codes.value())
        read << p.code;
    QCOMPARE(read, (QStringList{QStringLiteral("USDTTRC20"), QStringLiteral("USDTARB"),
                                QStringLiteral("BTC"), QStringLiteral("ETH")}));

    // Rates: USD -> coin, which the valuation turns around.
    for (const char *name : {"crypto/rate-simple", "crypto/rate-full"}) {
        route(QStringLiteral("/api/v1/rates/"), QLatin1String(name));
        const auto rates = wait(c.fetchUsdRates({QStringLiteral("USDTTRC20")}));
        QVERIFY2(rates.ok(), qPrintable(rates.error().details()));
        QCOMPARE(rates.value().rates.size(), 1);
        QCOMPARE(rates.value().rates.first().rate, money("0.999"));
        QCOMPARE(rates.value().rates.first().from, QStringLiteral("USD"));
    }

    // The full simulation is documented; the address check, the minimum and the fee
    // estimate have no example reply, so only the simulation's part of a quote is checked.
    route(QStringLiteral("/api/v1/withdrawal/estimate/"),
          QStringLiteral("crypto/withdrawal-estimate"));
    route(QStringLiteral("/api/v1/withdrawal/fee-estimate/"),
          QStringLiteral("crypto/withdrawal-estimate"));
    m_undocumented.insert(QStringLiteral("/api/v1/withdrawal/validate-address/"),
                          R"({"valid": true})");
    m_undocumented.insert(QStringLiteral("/api/v1/withdrawal/min-amount/"),
                          R"({"currency": "USDTTRC20", "min_amount": "10.00000000"})");
    const PayoutRequest withdrawal =
        payoutTo(PayoutMethod::CryptoWithdrawal, c, "100.00", QStringLiteral("USDTTRC20"),
                 {{PayoutField::Address, QStringLiteral("TXYZabc123")}});
    const auto quote = wait(c.quotePayout(withdrawal));
    QVERIFY2(quote.ok(), qPrintable(quote.error().details()));
    QCOMPARE(*quote.value().fee, money("1.50000000"));
    QCOMPARE(*quote.value().arrives, money("98.50000000"));
    QCOMPARE(*quote.value().networkFee, money("0.50000000"));
    QVERIFY(quote.value().isAcceptable());

    // Transfers to a sub-account are accepted for later (HTTP 202).
    route(QStringLiteral("/api/v1/wallets/transfer-to-user/"),
          QStringLiteral("crypto/transfer-accepted"), 202);
    const PayoutRequest toSub =
        payoutTo(PayoutMethod::CryptoToSub, c, "100.00000000", QStringLiteral("USDTTRC20"),
                 {{PayoutField::Wallet, QStringLiteral("w_abc123")}});
    const auto accepted = wait(c.sendPayout(toSub));
    QVERIFY2(accepted.ok(), qPrintable(accepted.error().details()));
    QCOMPARE(accepted.value().reference, QStringLiteral("t_abc123"));
    QCOMPARE(accepted.value().rawStatus, QStringLiteral("accepted"));
}

void TestDocumentedReplies::dart()
{
    DartProvider d(QStringLiteral("Docs"), m_nam, m_server->url(QStringLiteral("/api")),
                   QStringLiteral("2|token"), {QStringLiteral("billyjoel")});
    route(QStringLiteral("/api/customer/get"), QStringLiteral("dart/customer-get"));
    route(QStringLiteral("/api/customer/usdc-balance"), QStringLiteral("dart/usdc-balance"));
    const auto balances = wait(d.fetchBalances());
    QVERIFY2(balances.ok(), qPrintable(balances.error().details()));
    QCOMPARE(balances.value().size(), 1);
    QCOMPARE(balances.value().first().account, QStringLiteral("billyjoel"));
    QCOMPARE(balances.value().first().currency, QStringLiteral("USDC"));
    QCOMPARE(balances.value().first().available, money("980.04"));

    const auto profile = wait(d.fetchRecipient(QStringLiteral("billyjoel")));
    QVERIFY2(profile.ok(), qPrintable(profile.error().details()));
    QCOMPARE(profile.value().firstName, QStringLiteral("Billy"));
    QCOMPARE(profile.value().lastName, QStringLiteral("Joel"));
    QCOMPARE(profile.value().email, QStringLiteral("billy@gmail.com"));

    route(QStringLiteral("/api/customer/trade-script-details"),
          QStringLiteral("dart/trade-script-details"));
    const auto scripts = wait(d.fetchTradeScripts(QStringLiteral("billyjoel")));
    QVERIFY2(scripts.ok(), qPrintable(scripts.error().details()));
    QCOMPARE(scripts.value().size(), 1);
    QCOMPARE(scripts.value().first().name, QStringLiteral("Full Velocity Members Only"));
    QCOMPARE(scripts.value().first().initialAmount, money("49.25"));
    QCOMPARE(scripts.value().first().currentAmount, money("49.25"));
    QCOMPARE(scripts.value().first().totalDeposit, money("50.00"));
    QCOMPARE(scripts.value().first().status, 5);
    QCOMPARE(scripts.value().first().activated, QDate(2022, 6, 8));

    route(QStringLiteral("/api/customer/token-value"), QStringLiteral("dart/token-value"));
    const auto token = wait(d.fetchTokenValue(QStringLiteral("billyjoel"), QStringLiteral("FV")));
    QVERIFY2(token.ok(), qPrintable(token.error().details()));
    QCOMPARE(token.value(), money("19.96"));

    // Writes are answered with a bare JSON string.
    route(QStringLiteral("/api/customer/update-tsp-status"),
          QStringLiteral("dart/update-tsp-status"));
    QVERIFY(wait(d.restrictTradeScripts(QStringLiteral("billyjoel"), 24)).ok());
    RecipientProfile billy = profile.value();
    route(QStringLiteral("/api/customer/update"), QStringLiteral("dart/customer-update"));
    QVERIFY(wait(d.saveRecipient(billy, {})).ok());
    billy.id.clear();
    route(QStringLiteral("/api/customer/create"), QStringLiteral("dart/customer-create"));
    QVERIFY(wait(d.saveRecipient(billy, {})).ok());
}

void TestDocumentedReplies::cleanupTestCase()
{
    // Every example copied from the documents was served to its client by a test above.
    QStringList unread;
    QDir root(QStringLiteral(TD_DOC_FIXTURES));
    for (const QString &provider : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QString &file :
             QDir(root.filePath(provider)).entryList({QStringLiteral("*.json")})) {
            const QString name = provider + u'/' + file.chopped(5);
            if (!s_served.contains(name))
                unread << name;
        }
    }
    QVERIFY2(unread.isEmpty(), qPrintable(unread.join(QStringLiteral(", "))));
    // 48 examples when this was written (SOURCES.sha256 pins the documents they came from).
    QVERIFY(s_served.size() >= 48);
}

QTEST_GUILESS_MAIN(TestDocumentedReplies)
#include "tst_documented_replies.moc"
