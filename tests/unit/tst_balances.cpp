#include "BalanceGroupsModel.h"
#include "BalanceHistory.h"
#include "BalancesModel.h"
#include "ConnectionKind.h"
#include "UsdValuation.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

Money money(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

// Each test provider has one connection, named "Main".
ConnectionRef mainOf(const char *provider)
{
    const QString id = QLatin1String(provider);
    return {id + QStringLiteral("-main"), id, QStringLiteral("Main")};
}

Balance balance(const char *provider, const char *account, const char *currency,
                const char *available)
{
    Balance b;
    b.provider = QLatin1String(provider);
    b.connection = QStringLiteral("Main");
    b.connectionId = b.provider + QStringLiteral("-main");
    b.account = QLatin1String(account);
    b.currency = QLatin1String(currency);
    b.available = money(available);
    b.asOf = QDateTime::currentDateTimeUtc();
    return b;
}

ExchangeRate usdRate(const char *from, const char *rate, const QDateTime &at)
{
    return ExchangeRate{QLatin1String(from), QStringLiteral("USD"), money(rate), at};
}

} // namespace

/// USD valuation and the grouped balances tree.
class TestBalances : public QObject
{
    Q_OBJECT

private slots:
    // The models know providers only as the kinds the app installs; these tests install
    // the names they show.
    void initTestCase()
    {
        QList<ConnectionKind> kinds;
        for (const auto &[id, name] :
             {std::pair{"crypto", "Crypto gateway"}, std::pair{"dinari", "Dinari"},
              std::pair{"dashfi", "dash.fi"}}) {
            ConnectionKind k;
            k.provider = QLatin1String(id);
            k.display = QLatin1String(name);
            kinds.append(k);
        }
        ConnectionKind::install(kinds);
    }
    void valuesExactlyAndNeverInventsARate();
    void totalsByProviderAndCurrency();
    void stablecoinsByAnotherNetworkOrAtPar();
    void ratesFromUsdDivideOnce();
    void balancesReadInPartSaySo();
    void totalListsWhatItLeavesOutAndWhatIsStale();
    void groupsByProviderCurrencyOrNone();
    void rowsBelongToTheConnectionsIdNotItsName();
    void historyKeepsSnapshotsAndTotalsPerDay();
    void anAccountReadLaterIsNotAnInflow();
    void prepaidCardsAreListedApartFromTheTotal();
};

void TestBalances::valuesExactlyAndNeverInventsARate()
{
    UsdValuation v;
    const QDateTime at(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    v.setRates(UsdRates{{usdRate("BTC", "64250.125", at), usdRate("ETH", "3180.50", at)}, {}});
    // 0.27500000 BTC * 64250.125 = 17668.784375 -> 17668.78 (half-even on cents).
    QCOMPARE(v.usd(balance("crypto", "Master", "BTC", "0.27500000"))->toString(),
             QStringLiteral("17668.78"));
    // 0.00000001 BTC * 64250.125 = 0.00064250125 -> 0.00.
    QCOMPARE(v.usd(balance("crypto", "Master", "BTC", "0.00000001"))->toString(),
             QStringLiteral("0.00"));
    // USD is itself; more than two places round half-even.
    QCOMPARE(v.usd(balance("dinari", "payout", "USD", "10.125"))->toString(),
             QStringLiteral("10.12"));
    // No rate: no value, never zero.
    QVERIFY(!v.usd(balance("dart", "billy", "USDC", "5.00")));
}

void TestBalances::totalsByProviderAndCurrency()
{
    UsdValuation v;
    const QDateTime early(QDate(2026, 11, 23), QTime(11, 0), Qt::UTC);
    const QDateTime late = early.addSecs(600);
    v.setRates(UsdRates{{usdRate("BTC", "60000", late), usdRate("ETH", "3000", early)}, {}});
    const QList<Balance> rows = {
        balance("crypto", "Master", "BTC", "0.5"),    balance("crypto", "Master", "ETH", "2"),
        balance("dinari", "payout", "USD", "100.10"), balance("dart", "billy", "USDC", "50"),
        balance("dart", "sage", "USDC", "20"),
    };
    const UsdValuation::Totals t = v.totals(rows);
    QCOMPARE(t.total.toString(), QStringLiteral("36100.10"));
    QCOMPARE(t.valued, 3);
    QCOMPARE(t.byProvider.value(QStringLiteral("crypto")).toString(), QStringLiteral("36000.00"));
    QCOMPARE(t.byCurrency.value(QStringLiteral("USD")).toString(), QStringLiteral("100.10"));
    QVERIFY(!t.byProvider.contains(QStringLiteral("dart")));
    QCOMPARE(t.unpriced(), QStringList{QStringLiteral("USDC")});
    QCOMPARE(t.oldestRate, early);
}

void TestBalances::stablecoinsByAnotherNetworkOrAtPar()
{
    UsdValuation v;
    const QDateTime at(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    // DART says USDC; the gateway prices it per network.
    v.setRates(
        UsdRates{{usdRate("USDCERC20", "0.9998", at), usdRate("USDTTRC20", "1.0002", at)}, {}});
    QCOMPARE(v.usd(balance("dart", "billy", "USDC", "100"))->toString(), QStringLiteral("99.98"));
    UsdValuation::Totals t = v.totals({balance("dart", "billy", "USDC", "100")});
    QCOMPARE(t.borrowed, QStringList{QStringLiteral("USDC at USDCERC20's rate")});
    QVERIFY(t.notIncluded.isEmpty());
    // Another coin does not borrow a stablecoin's rate, nor a stablecoin another's.
    QVERIFY(!v.usd(balance("crypto", "Master", "BTC", "1")));
    QVERIFY(!v.usd(balance("dart", "billy", "USDP", "1")));
    // Without any rate, par only when the user chose it, and labelled so.
    UsdValuation bare;
    QVERIFY(!bare.usd(balance("dart", "billy", "USDC", "100")));
    bare.setStablecoinsAtPar(true);
    QCOMPARE(bare.usd(balance("dart", "billy", "USDC", "100.25"))->toString(),
             QStringLiteral("100.25"));
    QVERIFY(!bare.usd(balance("crypto", "Master", "BTC", "1")));
    t = bare.totals(
        {balance("dart", "billy", "USDC", "100"), balance("crypto", "Master", "BTC", "1")});
    QCOMPARE(t.atPar, QStringList{QStringLiteral("USDC")});
    QCOMPARE(t.total.toString(), QStringLiteral("100.00"));
    QCOMPARE(t.notIncluded.size(), 1);
    QCOMPARE(t.notIncluded.first().currency, QStringLiteral("BTC"));
    QCOMPARE(t.notIncluded.first().reason, QStringLiteral("no rate to USD"));
}

void TestBalances::ratesFromUsdDivideOnce()
{
    const QDateTime at(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    auto fromUsd = [&at](const char *to, const char *rate) {
        return ExchangeRate{QStringLiteral("USD"), QLatin1String(to), money(rate), at};
    };
    UsdValuation v;
    v.setRates(UsdRates{{fromUsd("BTC", "0.000015564173"), fromUsd("USDCERC20", "1.0002")},
                        {{QStringLiteral("ETH"), QStringLiteral("the gateway said no")}}});
    // Divided by the rate and rounded once, to cents: 1.5 / 0.000015564173 = 96375.18.
    QCOMPARE(v.usd(balance("crypto", "Master", "BTC", "1.5"))->toString(),
             QStringLiteral("96375.18"));
    QCOMPARE(v.usd(balance("dart", "billy", "USDC", "3"))->toString(), QStringLiteral("3.00"));
    QCOMPARE(v.usd(balance("dart", "billy", "USDC", "1000000"))->toString(),
             QStringLiteral("999800.04"));
    UsdValuation::Totals t =
        v.totals({balance("dart", "billy", "USDC", "3"), balance("crypto", "Master", "ETH", "2")});
    QCOMPARE(t.borrowed, QStringList{QStringLiteral("USDC at USDCERC20's rate")});
    QCOMPARE(t.notIncluded.size(), 1);
    QCOMPARE(t.notIncluded.first().reason, QStringLiteral("no rate to USD: the gateway said no"));
    // A rate given later replaces the reason.
    v.setRates(UsdRates{{fromUsd("ETH", "0.0003125")}, {}});
    QCOMPARE(v.usd(balance("crypto", "Master", "ETH", "2"))->toString(), QStringLiteral("6400.00"));
    // The row's tooltip says the rate as the provider gave it.
    BalancesModel model;
    model.setConnectionBalances(mainOf("crypto"), {balance("crypto", "Master", "BTC", "1")});
    model.setRates(UsdRates{{fromUsd("BTC", "0.000015564173")}, {}});
    const QString tip = model.index(0, BalancesModel::UsdValue).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QStringLiteral("1 USD = %1 BTC")
                                .arg(money("0.000015564173").toLocaleString(QLocale()))),
             qPrintable(tip));
}

void TestBalances::balancesReadInPartSaySo()
{
    BalancesModel model;
    model.setConnectionBalances(mainOf("dart"), {balance("dart", "billy", "USD", "5")},
                                {QStringLiteral("customer retired could not be read: 404")});
    UsdValuation::Totals t = model.totals();
    QCOMPARE(t.total.toString(), QStringLiteral("5.00"));
    QCOMPARE(t.notIncluded.size(), 1);
    QVERIFY2(t.notIncluded.first().reason.contains(QStringLiteral("read in part: ")) &&
                 t.notIncluded.first().reason.contains(QStringLiteral("customer retired")),
             qPrintable(t.notIncluded.first().reason));
    QCOMPARE(model.problems().size(), 1);
    QVERIFY(model.problems().first().startsWith(QStringLiteral("Read in part: ")));
    // A whole answer clears it.
    model.setConnectionBalances(mainOf("dart"), {balance("dart", "billy", "USD", "5")});
    QVERIFY(model.totals().notIncluded.isEmpty());
    QVERIFY(model.problems().isEmpty());
}

void TestBalances::totalListsWhatItLeavesOutAndWhatIsStale()
{
    BalancesModel model;
    model.setConnectionBalances(mainOf("dinari"), {balance("dinari", "payout", "USD", "100.10")});
    model.setConnectionBalances(mainOf("dart"), {balance("dart", "billy", "USDC", "50")});
    // Dinari's next refresh fails: its last known balance stays in, marked stale.
    model.setConnectionError(mainOf("dinari"), QStringLiteral("HTTP 503"));
    // The gateway never answered; Dots reports no balance at all.
    model.setConnectionError(
        ConnectionRef{QStringLiteral("c1"), QStringLiteral("crypto"), QStringLiteral("Gateway")},
        QStringLiteral("HTTP 500"));
    model.setConnectionsWithoutBalances(
        {ConnectionRef{QStringLiteral("d1"), QStringLiteral("dots"), QStringLiteral("Payouts")}});
    const UsdValuation::Totals t = model.totals();
    QCOMPARE(t.total.toString(), QStringLiteral("100.10"));
    QCOMPARE(t.stale.keys(), QStringList{QStringLiteral("Main")});
    QStringList left;
    for (const auto &l : t.notIncluded)
        left << l.connection + u'|' + l.currency + u'|' + l.reason;
    left.sort();
    QCOMPARE(left, (QStringList{QStringLiteral("Gateway||no balance read yet: HTTP 500"),
                                QStringLiteral("Main|USDC|no rate to USD"),
                                QStringLiteral("Payouts||its provider reports no balance")}));
}

void TestBalances::groupsByProviderCurrencyOrNone()
{
    BalancesModel model;
    BalanceGroupsModel groups(&model);
    QAbstractItemModelTester tester(&groups,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnectionBalances(mainOf("crypto"), {balance("crypto", "Master", "BTC", "0.5"),
                                                   balance("crypto", "Ops", "BTC", "0.25"),
                                                   balance("crypto", "Master", "USDTTRC20", "10")});
    model.setConnectionBalances(mainOf("dinari"), {balance("dinari", "payout", "USD", "100.10")});
    model.setConnectionError(mainOf("dashfi"), QStringLiteral("HTTP 502"));
    model.setRates(UsdRates{{usdRate("BTC", "60000", QDateTime::currentDateTimeUtc())}, {}});

    // By provider: crypto, dinari, and the failing dash.fi with its error row.
    QCOMPARE(groups.rowCount(), 3);
    const QModelIndex crypto = groups.index(0, BalancesModel::Provider);
    QVERIFY(groups.isGroup(crypto));
    QCOMPARE(groups.rowCount(crypto), 3);
    QCOMPARE(crypto.data().toString(), QStringLiteral("Crypto gateway (3)"));
    // 45,000 priced; USDTTRC20 has no rate and is counted as such, not as zero.
    const QString usd = groups.index(0, BalancesModel::UsdValue).data().toString();
    QVERIFY2(usd.contains(QLocale().toString(45000)) && usd.contains(QStringLiteral("1 without")),
             qPrintable(usd));
    const QModelIndex child = groups.index(2, BalancesModel::UsdValue, crypto);
    QCOMPARE(child.data().toString(), QStringLiteral("no rate"));
    const QModelIndex dashfi = groups.index(2, 0);
    QCOMPARE(groups.index(0, BalancesModel::Status, dashfi).data().toString(),
             QStringLiteral("HTTP 502"));

    // By currency: BTC sums its balances in BTC too.
    groups.setGrouping(BalanceGroupsModel::Grouping::Currency);
    QModelIndex btc;
    for (int r = 0; r < groups.rowCount(); ++r) {
        if (groups.index(r, BalancesModel::Currency).data().toString() == QLatin1String("BTC"))
            btc = groups.index(r, 0);
    }
    QVERIFY(btc.isValid());
    QCOMPARE(groups.rowCount(btc), 2);
    QCOMPARE(groups.index(btc.row(), BalancesModel::Available)
                 .data(BalancesModel::SortRole)
                 .value<Money>()
                 .toString(),
             QStringLiteral("0.75"));
    // Shown without the zeros eight places would pad with, every digit kept; fiat keeps cents.
    QCOMPARE(groups.index(btc.row(), BalancesModel::Available).data().toString(),
             QLocale().toString(0) + QLocale().decimalPoint() + QStringLiteral("75"));
    model.setConnectionBalances(mainOf("crypto"),
                                {balance("crypto", "Master", "BTC", "0.12345678")});
    auto availableIn = [&](const char *currency) {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, BalancesModel::Currency).data().toString() ==
                QLatin1String(currency))
                return model.index(r, BalancesModel::Available).data().toString();
        }
        return QString();
    };
    QCOMPARE(availableIn("BTC"),
             QLocale().toString(0) + QLocale().decimalPoint() + QStringLiteral("12345678"));
    QCOMPARE(availableIn("USD"),
             QLocale().toString(100) + QLocale().decimalPoint() + QStringLiteral("10"));
    model.setConnectionBalances(mainOf("crypto"), {balance("crypto", "Master", "BTC", "0.5"),
                                                   balance("crypto", "Ops", "BTC", "0.25"),
                                                   balance("crypto", "Master", "USDTTRC20", "10")});

    // Not grouped: one row per balance (and the error row), no children.
    groups.setGrouping(BalanceGroupsModel::Grouping::None);
    QCOMPARE(groups.rowCount(), model.rowCount());
    QCOMPARE(groups.rowCount(groups.index(0, 0)), 0);
    QCOMPARE(groups.sourceRow(groups.index(3, 0)), 3);
}

void TestBalances::rowsBelongToTheConnectionsIdNotItsName()
{
    BalancesModel model;
    const ConnectionRef main{QStringLiteral("id-1"), QStringLiteral("dinari"),
                             QStringLiteral("Main")};
    model.setConnectionBalances(main, {balance("dinari", "payout", "USD", "100.10")});
    model.setConnectionError(main, QStringLiteral("HTTP 502"));
    // Renamed: the same connection, so its rows are replaced, not doubled, and the error
    // it had no longer shows.
    const ConnectionRef renamed{main.id, main.provider, QStringLiteral("Payroll")};
    model.setConnectionBalances(renamed, {balance("dinari", "payout", "USD", "90.00")});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.balances().first().connection, QStringLiteral("Payroll"));
    QCOMPARE(model.balances().first().connectionId, QStringLiteral("id-1"));
    QVERIFY(!model.index(0, BalancesModel::Status).data().toString().contains(u"502"));
    // Another connection with the old name is another connection.
    model.setConnectionBalances(
        {QStringLiteral("id-2"), QStringLiteral("dinari"), QStringLiteral("Main")},
        {balance("dinari", "payout", "USD", "5.00")});
    QCOMPARE(model.rowCount(), 2);
}

void TestBalances::historyKeepsSnapshotsAndTotalsPerDay()
{
    QTemporaryDir dir;
    BalanceHistory history(dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(history.open(), qPrintable(history.lastError()));
    const QDateTime day1(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    QVERIFY(history.record(mainOf("dinari"), {balance("dinari", "payout", "USD", "100.00")}, day1));
    QVERIFY(history.record(
        mainOf("crypto"),
        {balance("crypto", "Master", "BTC", "0.5"), balance("crypto", "Master", "USDC", "7")},
        day1));
    // Ten minutes later: skipped, the last reading is recent enough.
    QVERIFY(history.record(mainOf("dinari"), {balance("dinari", "payout", "USD", "999.00")},
                           day1.addSecs(600)));
    // Two days later Dinari has more; crypto was not read again.
    QVERIFY(history.record(mainOf("dinari"), {balance("dinari", "payout", "USD", "250.50")},
                           day1.addDays(2)));
    // The provider's own history, twice: stored once.
    Balance past = balance("crypto", "Master", "BTC", "0.25");
    past.asOf = day1.addDays(-3);
    QVERIFY(history.recordPast(mainOf("crypto"), {past}));
    QVERIFY(history.recordPast(mainOf("crypto"), {past}));
    QCOMPARE(history.since(day1.addDays(-5)).size(), 5);
    const QList<Balance> snapshots = history.since(day1.addDays(-1));
    QCOMPARE(snapshots.size(), 4);
    QCOMPARE(snapshots.first().asOf, day1);

    UsdValuation v;
    v.setRates(UsdRates{{usdRate("BTC", "60000", day1)}, {}});
    const QList<DailyTotal> days =
        BalanceHistory::dailyTotals(snapshots, v, day1.date().addDays(-1), day1.date().addDays(3));
    // Nothing before the first reading; then carried forward; USDC has no rate.
    QCOMPARE(days.size(), 4);
    QCOMPARE(days.at(0).day, day1.date());
    QCOMPARE(days.at(0).usd.toString(), QStringLiteral("30100.00"));
    QCOMPARE(days.at(1).usd.toString(), QStringLiteral("30100.00"));
    QCOMPARE(days.at(2).usd.toString(), QStringLiteral("30250.50"));
    QCOMPARE(days.at(3).usd.toString(), QStringLiteral("30250.50"));
}

void TestBalances::anAccountReadLaterIsNotAnInflow()
{
    // The gateway was read for days; Dinari's 500 was first read on the last day. Its money
    // did not arrive that day: it counts from the start, marked as carried back.
    const QDateTime day1(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    Balance crypto = balance("crypto", "Master", "USD", "300");
    crypto.asOf = day1;
    Balance dinari = balance("dinari", "payout", "USD", "500");
    dinari.asOf = day1.addDays(3);
    const QList<DailyTotal> days = BalanceHistory::dailyTotals(
        {crypto, dinari}, UsdValuation(), day1.date().addDays(-2), day1.date().addDays(3));
    QCOMPARE(days.size(), 4); // from the first reading of anything
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(days.at(i).usd.toString(), QStringLiteral("800.00"));
        QCOMPARE(days.at(i).carriedBack, i < 3);
    }
}

void TestBalances::prepaidCardsAreListedApartFromTheTotal()
{
    BalancesModel model;
    model.setConnectionBalances(mainOf("dinari"), {balance("dinari", "payout", "USD", "100.10")});
    QSignalSpy changed(&model, &BalancesModel::totalsChanged);
    auto card = [](const char *held, Card::State state = Card::State::Open) {
        Card c;
        c.currency = QStringLiteral("USD");
        c.state = state;
        if (held)
            c.balance = Money::parse(QString::fromLatin1(held));
        return c;
    };
    // Two prepaid cards count; a card without money of its own and a cancelled one do not.
    model.setPrepaidCards(
        {card("25.50"), card("4.55"), card(nullptr), card("99.00", Card::State::Cancelled)});
    QCOMPARE(changed.size(), 1);
    UsdValuation::Totals t = model.totals();
    QCOMPARE(t.total.toString(), QStringLiteral("100.10")); // apart, not added
    QCOMPARE(t.onPrepaidCards.keys(), QStringList{QStringLiteral("USD")});
    QCOMPARE(t.onPrepaidCards.value(QStringLiteral("USD")).toString(2), QStringLiteral("30.05"));
    // The same cards again change nothing; none left, nothing listed.
    model.setPrepaidCards({card("25.50"), card("4.55")});
    QCOMPARE(changed.size(), 1);
    model.setPrepaidCards({});
    QCOMPARE(changed.size(), 2);
    QVERIFY(model.totals().onPrepaidCards.isEmpty());
    // Cards that could not be read are not on the line, and the total says so.
    model.setPrepaidCards({card("25.50")},
                          {{QStringLiteral("Ops"), QStringLiteral("card odd could not be read")}});
    QCOMPARE(changed.size(), 3);
    const UsdValuation::Totals t2 = model.totals();
    QCOMPARE(t2.notIncluded.size(), 1);
    QCOMPARE(t2.notIncluded.first().connection, QStringLiteral("Ops"));
    QCOMPARE(t2.notIncluded.first().reason,
             QStringLiteral("its cards were read in part: card odd could not be read"));
    model.setPrepaidCards({card("25.50")});
    QVERIFY(model.totals().notIncluded.isEmpty());
}

QTEST_GUILESS_MAIN(TestBalances)
#include "tst_balances.moc"
