#include "CtlSandboxFixture.h"

#include "CryptoEmulator.h"
#include "DinariEmulator.h"

#include <QFile>

/// treasuryctl's reads of what the window shows beside the lists: a card's own
/// transactions and the balances a provider remembers.
class TestTreasuryctlHistory : public QObject, protected CtlSandboxFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_sandbox = TestSupport::startedSandbox(50);
        QVERIFY(m_sandbox);
        QVERIFY(QFile::exists(QStringLiteral(TREASURYCTL)));
    }
    void init() { m_home = std::make_unique<QTemporaryDir>(); }
    void aCardsTransactionsAndBalanceHistory();
};

void TestTreasuryctlHistory::aCardsTransactionsAndBalanceHistory()
{
    // A Dinari card's purchases, as its details list them: every one, exact amounts.
    const auto cards = m_sandbox->dinari().cards();
    const auto it = std::find_if(cards.cbegin(), cards.cend(),
                                 [](const auto &c) { return c.purchases.size() >= 2; });
    QVERIFY(it != cards.cend());
    Run r = ctl(QStringLiteral("dinari"), {QStringLiteral("cards"), QStringLiteral("transactions"),
                                           it->id, QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), it->purchases.size());
    QSet<QString> ids;
    for (const QJsonValue &row : rows)
        ids.insert(row[QStringLiteral("transaction_id")].toString());
    for (const auto &p : it->purchases)
        QVERIFY2(ids.contains(p.id), qPrintable(p.id));
    // dash.fi lists no card's own transactions: said so, nothing printed.
    r = ctl(QStringLiteral("dashfi"),
            {QStringLiteral("cards"), QStringLiteral("transactions"), QStringLiteral("1")});
    QVERIFY(r.exit != 0);
    QVERIFY(r.out.isEmpty());

    // The crypto gateway's balance history, oldest first, ends at today's balance.
    r = ctl(QStringLiteral("crypto"),
            {QStringLiteral("balances"), QStringLiteral("--history"), QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonArray history = QJsonDocument::fromJson(r.out).array();
    QVERIFY(history.size() > 10);
    QHash<QString, QJsonObject> newest;
    QString previous;
    for (const QJsonValue &v : history) {
        const QJsonObject o = v.toObject();
        const QString at = o[QStringLiteral("as_of")].toString();
        QVERIFY2(previous <= at, qPrintable(previous + u' ' + at));
        // What moved it, in the gateway's word.
        QVERIFY2(QStringList({QStringLiteral("payment"), QStringLiteral("withdrawal"),
                              QStringLiteral("deposit"), QStringLiteral("transfer_to_sub"),
                              QStringLiteral("transfer_from_sub")})
                     .contains(o[QStringLiteral("type")].toString()),
                 qPrintable(o[QStringLiteral("type")].toString()));
        previous = at;
        newest.insert(o[QStringLiteral("currency")].toString(), o);
    }
    for (auto n = newest.cbegin(); n != newest.cend(); ++n)
        QCOMPARE(*Money::parse(n.value()[QStringLiteral("available")].toString()),
                 m_sandbox->crypto().masterBalance(n.key()));
    // A provider that remembers no balances says so.
    r = ctl(QStringLiteral("dinari"), {QStringLiteral("balances"), QStringLiteral("--history")});
    QVERIFY(r.exit != 0);
}

QTEST_GUILESS_MAIN(TestTreasuryctlHistory)
#include "tst_treasuryctl_history.moc"
