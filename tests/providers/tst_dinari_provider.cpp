#include "DinariEmulator.h"
#include "DinariParser.h"
#include "DinariProvider.h"
#include "SandboxServer.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    void cancelPayout();
    void faultsGiveClearErrors();
    void documentedListReplyIsRead();
    void reconcileSaysWhatTheMatchRestsOn();

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
    QHash<QString, QString> emails;
    for (const auto &c : sandboxCards)
        emails.insert(c.id, c.holderEmail);
    int frozen = 0, cancelled = 0;
    for (const Card &c : r.value()) {
        QCOMPARE(c.provider, QStringLiteral("dinari"));
        QCOMPARE(c.lastFour.size(), 4);
        QVERIFY(c.balance.has_value());
        // Named by what a section of the document names (the holder's e-mail): no field
        // for a holder's name is documented, and the sandbox sends none.
        QCOMPARE(c.name, emails.value(c.id));
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
    bool incoming = false, euro = false;
    for (const Transaction &t : r.value()) {
        QVERIFY(t.date >= from.addSecs(-1) && t.date <= to);
        QVERIFY(!t.amount.isNegative());
        statuses.insert(t.status);
        incoming = incoming || t.direction == Transaction::Direction::In;
        euro = euro || t.currency == QLatin1String("EUR");
        // The documented list item carries no fee.
        QVERIFY(!t.fee);
    }
    QVERIFY(statuses.contains(Transaction::Status::Settled));
    QVERIFY(statuses.contains(Transaction::Status::Pending));
    QVERIFY(incoming);
    Q_UNUSED(euro);
    // The documented list item does not say which way money went: every transaction's
    // direction comes from the TRANSACTION_DIRECTION filter it was listed under.
    QHash<QString, QString> direction;
    for (const auto &t : m_sandbox->dinari().transactions())
        direction.insert(t.id, t.direction);
    for (const Transaction &t : r.value())
        QCOMPARE(t.direction == Transaction::Direction::In ? QStringLiteral("INCOMING")
                                                           : QStringLiteral("OUTGOING"),
                 direction.value(t.id));
}

void TestDinariProvider::cancelPayout()
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
    const auto r = wait(m_provider->cancelPayout(initiated));
    QVERIFY2(r.ok(), qPrintable(r.error().details()));
    QCOMPARE(r.value().reference, initiated);
    QCOMPARE(PayoutState::progressOf(r.value().rawStatus), PayoutState::Progress::Cancelled);
    QVERIFY(m_sandbox->dinari().payoutBalance() > before);
    // What the gateway says it charged and left is kept as it said it.
    QVERIFY(r.value().fee);
    QVERIFY(!r.value().fee->isZero());
    QVERIFY(r.value().balanceAfter);
    QCOMPARE(*r.value().balanceAfter, m_sandbox->dinari().payoutBalance());
    const auto twice = wait(m_provider->cancelPayout(initiated));
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

void TestDinariProvider::reconcileSaysWhatTheMatchRestsOn()
{
    PayoutRequest r;
    r.method = PayoutMethod::DinariAch;
    r.connection = m_provider->connectionName();
    r.amount = *Money::parse(QStringLiteral("77.31"));
    r.currency = QStringLiteral("USD");
    r.fields = {{PayoutField::RecipientName, QStringLiteral("Sage Smith")},
                {PayoutField::BankAccount, QStringLiteral("1234567890")},
                {PayoutField::BankRouting, QStringLiteral("021000021")}};
    const QDateTime sent = QDateTime::currentDateTimeUtc();
    const auto receipt = wait(m_provider->sendPayout(r));
    QVERIFY2(receipt.ok(), qPrintable(receipt.error().details()));
    const auto found = wait(m_provider->reconcilePayout(r, sent, {}));
    QVERIFY(found.ok());
    QCOMPARE(found.value().kind, PayoutMatch::Kind::Found);
    QCOMPARE(found.value().reference, receipt.value().reference);
    // The list has no recipient to compare: the journal says so.
    QVERIFY2(found.value().evidence.contains(QStringLiteral("names no recipient")),
             qPrintable(found.value().evidence));
    QVERIFY(found.value().evidence.contains(QStringLiteral("77.31 USD")));
    QCOMPARE(found.value().searchedFrom, sent.addSecs(-24 * 3600));
    // Another payout's reference is never taken for this one.
    const auto taken = wait(m_provider->reconcilePayout(r, sent, {receipt.value().reference}));
    QVERIFY(taken.ok());
    QCOMPARE(taken.value().kind, PayoutMatch::Kind::NotFound);
}

void TestDinariProvider::documentedListReplyIsRead()
{
    // "List Transactions", Success Response, verbatim from the Dinari document.
    const QByteArray documented = R"({
  "status": "success",
  "message": "Transaction list fetched successfully.",
  "data": {
    "GATEWAY_DATETIME": "2020-01-01 00:00:00",
    "CORPORATE_ACCOUNT_ID": "8d1838fbb7fea3206326d0d96f162618",
    "CUSTOMER_ID": "ce282366866e03750e55a759ebb50adf",
    "TRANSACTION_LIST_ARRAY": [
      {
        "TRANSACTION_ID": "8d1838fbb7fea3206326d0d96f162618",
        "TRANSACTION_DATETIME_CREATED": "2025-01-08 12:30:00",
        "TRANSACTION_STATUS": "Completed",
        "TRANSACTION_CURRENCY_ISO3": "USD",
        "TRANSACTION_SEND_AMOUNT": 250.75,
        "GATEWAY_MESSAGE": "Transaction processed successfully"
      },
      {
        "TRANSACTION_ID": "7b1fbb3e2c5d32eecad582076dbb6cf2",
        "TRANSACTION_DATETIME_CREATED": "2025-01-07 10:20:00",
        "TRANSACTION_STATUS": "Failed",
        "TRANSACTION_CURRENCY_ISO3": "EUR",
        "TRANSACTION_SEND_AMOUNT": 100.50,
        "GATEWAY_MESSAGE": "Insufficient funds"
      }
    ]
  }
})";
    const QJsonArray items =
        QJsonDocument::fromJson(
            documented)[QStringLiteral("data")][QStringLiteral("TRANSACTION_LIST_ARRAY")]
            .toArray();
    QList<Transaction> read;
    for (const QJsonValue &v : items) {
        QString why;
        const auto t = DinariParser::transaction(v.toObject(), QStringLiteral("Main"), &why);
        QVERIFY2(t, qPrintable(why));
        read.append(*t);
    }
    QCOMPARE(read.size(), 2);
    QCOMPARE(read[0].id, QStringLiteral("8d1838fbb7fea3206326d0d96f162618"));
    QCOMPARE(read[0].amount.toString(), QStringLiteral("250.75"));
    QCOMPARE(read[0].currency, QStringLiteral("USD"));
    QCOMPARE(read[0].status, Transaction::Status::Settled);
    // Zone-less gateway times are read as UTC (README).
    QCOMPARE(read[0].date, QDateTime(QDate(2025, 1, 8), QTime(12, 30), Qt::UTC));
    QCOMPARE(read[0].description, QStringLiteral("Transaction processed successfully"));
    // A JSON number keeps its value, not its trailing zero (shown in the currency's scale).
    QCOMPARE(read[1].amount, *Money::parse(u"100.50"));
    QCOMPARE(read[1].currency, QStringLiteral("EUR"));
    QCOMPARE(read[1].status, Transaction::Status::Failed);
    // Listed under INCOMING, the same records are money in.
    const QList<Transaction> both = DinariParser::byDirection({read[0]}, {read[1]});
    QCOMPARE(both.size(), 2);
    QCOMPARE(both[0].direction, Transaction::Direction::Out);
    QCOMPARE(both[1].direction, Transaction::Direction::In);
}

QTEST_GUILESS_MAIN(TestDinariProvider)
#include "tst_dinari_provider.moc"
