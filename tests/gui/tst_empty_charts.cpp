#include "BalanceCharts.h"
#include "SpendChart.h"
#include "TransactionTable.h"

#include <QChartView>
#include <QMutex>
#include <QTest>

// Charts with nothing (or only zeros) to draw say so and feed Qt Charts no NaN: the Log
// window once filled with "invalid range [nan - nan]" from an empty chart.
class TestEmptyCharts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void spendWithoutTable();
    void spendWithNothingOut();
    void balancesWithoutData();
    void balancesAllZero();

private:
    static void keep(QtMsgType, const QMessageLogContext &, const QString &message);
    static void paint(QWidget &w);
    static QStringList s_messages;
    static QMutex s_lock;
};

QStringList TestEmptyCharts::s_messages;
QMutex TestEmptyCharts::s_lock;

void TestEmptyCharts::keep(QtMsgType, const QMessageLogContext &, const QString &message)
{
    const QMutexLocker locker(&s_lock);
    s_messages << message;
}

void TestEmptyCharts::paint(QWidget &w)
{
    w.resize(800, 500);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    (void)w.grab();
    QCoreApplication::processEvents();
}

void TestEmptyCharts::init()
{
    s_messages.clear();
    qInstallMessageHandler(keep);
}

void TestEmptyCharts::cleanup()
{
    qInstallMessageHandler(nullptr);
    const QStringList nan = s_messages.filter(QStringLiteral("nan"), Qt::CaseInsensitive);
    QVERIFY2(nan.isEmpty(), qPrintable(nan.join(u'\n')));
    const QStringList range = s_messages.filter(QStringLiteral("range"), Qt::CaseInsensitive);
    QVERIFY2(range.isEmpty(), qPrintable(range.join(u'\n')));
}

void TestEmptyCharts::spendWithoutTable()
{
    SpendChart chart;
    paint(chart);
    QVERIFY(!chart.chartView()->chart()->title().isEmpty());
}

void TestEmptyCharts::spendWithNothingOut()
{
    TransactionTable table;
    Transaction in;
    in.connectionId = QStringLiteral("c1");
    in.provider = QStringLiteral("dinari");
    in.id = QStringLiteral("t1");
    in.date = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
    in.status = Transaction::Status::Settled;
    in.direction = Transaction::Direction::In;
    in.amount = Money::fromMinorUnits(1000, 2);
    table.append(in);
    Transaction declined = in;
    declined.id = QStringLiteral("t2");
    declined.status = Transaction::Status::Declined;
    declined.direction = Transaction::Direction::Out;
    table.append(declined);
    Transaction zero = declined; // a card check: settled, out, nothing moved
    zero.id = QStringLiteral("t3");
    zero.status = Transaction::Status::Settled;
    zero.amount = Money::fromMinorUnits(0, 2);
    table.append(zero);
    SpendChart chart;
    for (int grouping = 0; grouping < 4; ++grouping) {
        chart.setRows(table, {0, 1});
        paint(chart);
        chart.setRows(table, {0, 1, 2});
        chart.setGrouping(grouping);
        paint(chart);
        chart.setRows(table, {});
        paint(chart);
    }
}

void TestEmptyCharts::balancesWithoutData()
{
    BalanceCharts charts;
    charts.setTotals({});
    charts.setHistory({});
    paint(charts);
    QVERIFY(!charts.overTime()->chart()->title().isEmpty());
}

void TestEmptyCharts::balancesAllZero()
{
    BalanceCharts charts;
    UsdValuation::Totals totals;
    totals.byProvider.insert(QStringLiteral("dots"), Money::fromMinorUnits(0, 2));
    totals.byCurrency.insert(QStringLiteral("USD"), Money::fromMinorUnits(0, 2));
    charts.setTotals(totals);
    charts.setHistory({{QDate(2026, 11, 30), Money::fromMinorUnits(0, 2), false}});
    paint(charts);
    charts.setHistory({{QDate(2026, 11, 29), Money::fromMinorUnits(0, 2), true},
                       {QDate(2026, 11, 30), Money::fromMinorUnits(0, 2), false}});
    paint(charts);
}

QTEST_MAIN(TestEmptyCharts)
#include "tst_empty_charts.moc"
