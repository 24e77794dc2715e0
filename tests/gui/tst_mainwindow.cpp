#include "AppController.h"
#include "BalanceCharts.h"
#include "BalanceGroupsModel.h"
#include "BalancesModel.h"
#include "BalancesPage.h"
#include "CardsModel.h"
#include "CardsPage.h"
#include "Clock.h"
#include "Currency.h"
#include "DashfiEmulator.h"
#include "DemoApp.h"
#include "DinariEmulator.h"
#include "HelpMenu.h"
#include "JournalModel.h"
#include "MainWindow.h"
#include "ModalAnswers.h"
#include "PayoutController.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "SandboxServer.h"
#include "Screenshot.h"
#include "SpendChart.h"
#include "TeamPayoutsModel.h"
#include "TestSupport.h"
#include "TransactionsModel.h"
#include "TransactionsPage.h"
#include <QAction>
#include <QFrame>
#include <QMenu>
#include <functional>

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPieSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

namespace {
/// The first row of the (sorted, filtered) cards table with an open card of the first
/// dash.fi company, or -1. Other connections' cards may come first, depending on which
/// answered first.
int firstOpenRow(const QTableView *table)
{
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex i = table->model()->index(r, 0);
        if (i.data(CardsModel::StateRole).toInt() == int(Card::State::Open) &&
            i.siblingAtColumn(CardsModel::Connection).data().toString() ==
                QLatin1String("Demo dash.fi"))
            return r;
    }
    return -1;
}
} // namespace

/// The real window in demo mode, driven as a user would, offscreen.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    // Each test gets a fresh demo, shown and loaded: what one test freezes, sets or breaks
    // never reaches the next.
    void init();
    void cleanup();
    void showsWithNavigation();
    void loadsDemoData();
    void balancesGroupedWithUsdTotalAndCharts();
    void searchFindsCardByLastFour();
    void freezeAndUnfreezeFromTheRow();
    void failedFreezeKeepsOldState();
    void refreshShortcut();
    void autoRefreshFollowsTheChosenInterval();
    void transactionDetailsAndChart();
    void preferencesDialogKeepsAndApplies();
    void logWindowShowsRequestsWithoutSecrets();
    void followsTheSystemPalette();
    void stoppedRefreshKeepsTheLastData();
    void geometryRemembered();
    void helpMenuSaysShortcutsAndWhereDataIs();
    void failedBalancesSayWhyInFullAndRetry();
    void cardsFitTheDefaultWindow();

private:
    std::unique_ptr<AppController> m_app;
    std::unique_ptr<QAbstractItemModelTester> m_cardsTester;
    std::unique_ptr<QAbstractItemModelTester> m_transactionsTester;
};

void TestMainWindow::init()
{
    m_app = TestSupport::startDemoApp(QStringLiteral("TreasuryDeskTest"));
    QVERIFY(m_app);
    m_cardsTester = std::make_unique<QAbstractItemModelTester>(
        m_app->cards(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_transactionsTester = std::make_unique<QAbstractItemModelTester>(
        m_app->transactions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    MainWindow *w = m_app->window();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QSignalSpy done(m_app.get(), &AppController::refreshFinished);
    QVERIFY(done.wait(30000));
}

void TestMainWindow::cleanup()
{
    Dialogs::clearAnswers();
    m_cardsTester.reset();
    m_transactionsTester.reset();
    m_app.reset();
}

void TestMainWindow::showsWithNavigation()
{
    MainWindow *w = m_app->window();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    auto *nav = w->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    QCOMPARE(nav->count(), 6);
    QCOMPARE(nav->item(3)->text(), QStringLiteral("Payouts"));
    QCOMPARE(nav->item(5)->text(), QStringLiteral("Approvals"));
    nav->setCurrentRow(1);
    QCOMPARE(w->currentPage(), 1);
    nav->setCurrentRow(3);
    QCOMPARE(w->currentPage(), 3);
}

void TestMainWindow::loadsDemoData()
{
    QSignalSpy done(m_app.get(), &AppController::refreshFinished);
    m_app->refreshAll();
    QVERIFY(done.wait(30000));
    SandboxServer *s = m_app->sandbox();
    // Every card of both dash.fi companies and of Dinari, in one list.
    QCOMPARE(m_app->cards()->rowCount(), s->dashfi().cards().size() +
                                             s->dashfiPostpaid().cards().size() +
                                             s->dinari().cards().size());
    QVERIFY(m_app->transactions()->rowCount() > 100);
    // Balances and transactions from every provider that has them.
    QSet<QString> balanceProviders, transactionProviders;
    for (int r = 0; r < m_app->balances()->rowCount(); ++r)
        balanceProviders.insert(
            m_app->balances()->index(r, BalancesModel::Provider).data().toString());
    for (int r = 0; r < m_app->transactions()->rowCount(); ++r)
        transactionProviders.insert(
            m_app->transactions()->index(r, TransactionsModel::Provider).data().toString());
    QCOMPARE(balanceProviders,
             (QSet<QString>{QStringLiteral("dash.fi"), QStringLiteral("Dinari"),
                            QStringLiteral("Crypto gateway"), QStringLiteral("DART")}));
    QCOMPARE(transactionProviders,
             (QSet<QString>{QStringLiteral("dash.fi"), QStringLiteral("Dinari"),
                            QStringLiteral("Dots"), QStringLiteral("Crypto gateway")}));
}

void TestMainWindow::balancesGroupedWithUsdTotalAndCharts()
{
    MainWindow *w = m_app->window();
    w->showPage(0);
    BalancesPage *page = w->balancesPage();
    // The crypto gateway's rates arrive after the refresh: then every priced balance counts.
    QTRY_VERIFY_WITH_TIMEOUT(m_app->balances()->valuation().rate(QStringLiteral("BTC")), 20000);
    const UsdValuation::Totals totals = m_app->balances()->totals();
    QVERIFY(totals.valued > 5);
    QTRY_VERIFY(page->total()->text().contains(
        Currency::formatLocale(totals.total, QStringLiteral("USD"), QLocale())));
    // DART's USDC has no rate at the gateway: said so, not counted as zero.
    QVERIFY(page->total()->text().contains(QStringLiteral("USDC")));
    QTreeView *tree = page->tree();
    QCOMPARE(tree->model()->rowCount(), 4); // crypto, DART, dash.fi, Dinari (Dots has no balances)
    page->grouping()->setCurrentIndex(
        page->grouping()->findData(int(BalanceGroupsModel::Grouping::Currency)));
    QVERIFY(tree->model()->rowCount() >= 6);
    QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
    auto slices = [](QChartView *view) {
        const auto series = view->chart()->series();
        return series.isEmpty() ? 0 : int(static_cast<QPieSeries *>(series.first())->count());
    };
    QCOMPARE(slices(page->charts()->byProvider()), int(totals.byProvider.size()));
    QCOMPARE(slices(page->charts()->byCurrency()), int(totals.byCurrency.size()));
    QVERIFY(TestSupport::screenshot(w, QStringLiteral("balances")));
    // Each refresh keeps a reading, and the gateway's own history reaches back: the chart
    // has past days, and today's point is today's total.
    QChart *overTime = page->charts()->overTime()->chart();
    // Only the gateway keeps a history; the other accounts' first reading is today's, and
    // is carried back (dashed) instead of charted as money arriving today.
    QTRY_COMPARE(overTime->series().size(), 2);
    const auto *carried = static_cast<QLineSeries *>(overTime->series().first());
    const auto *line = static_cast<QLineSeries *>(overTime->series().last());
    QTRY_VERIFY(carried->count() > 30);
    QVERIFY(line->count() >= 1);
    QVERIFY(qAbs(line->at(line->count() - 1).y() - totals.total.minorUnits() / 100.0) < 0.01);
    // The day before today already counts today's newcomers: no jump of their size.
    const double dayBefore = carried->at(carried->count() - 2).y();
    QVERIFY2(qAbs(line->at(line->count() - 1).y() - dayBefore) <
                 totals.byProvider.value(QStringLiteral("dinari")).minorUnits() / 100.0,
             qPrintable(QString::number(dayBefore)));
    page->findChild<QTabWidget *>(QStringLiteral("balanceChartTabs"))->setCurrentIndex(1);
    QVERIFY(TestSupport::screenshot(w, QStringLiteral("balances-over-time")));
    page->grouping()->setCurrentIndex(0);
}

void TestMainWindow::searchFindsCardByLastFour()
{
    MainWindow *w = m_app->window();
    w->showPage(1);
    const QString lastFour = m_app->sandbox()->dashfi().cards().at(5).lastFour;
    auto *search = w->findChild<QLineEdit *>(QStringLiteral("cardsSearch"));
    QVERIFY(search);
    search->clear();
    QTest::keyClicks(search, lastFour);
    auto *table = w->findChild<QTableView *>(QStringLiteral("cardsTable"));
    int expected = 0;
    for (int r = 0; r < m_app->cards()->rowCount(); ++r)
        expected += m_app->cards()->index(r, CardsModel::LastFour).data().toString() == lastFour;
    QVERIFY(expected >= 1);
    QCOMPARE(table->model()->rowCount(), expected);
    for (int r = 0; r < table->model()->rowCount(); ++r)
        QCOMPARE(table->model()->index(r, CardsModel::LastFour).data().toString(), lastFour);
    search->clear();
}

void TestMainWindow::freezeAndUnfreezeFromTheRow()
{
    MainWindow *w = m_app->window();
    w->showPage(1);
    auto *table = w->findChild<QTableView *>(QStringLiteral("cardsTable"));
    auto *freeze = w->findChild<QPushButton *>(QStringLiteral("freezeButton"));
    auto *unfreeze = w->findChild<QPushButton *>(QStringLiteral("unfreezeButton"));
    // The first open card.
    const int row = firstOpenRow(table);
    QVERIFY(row >= 0);
    const QString key = table->model()->index(row, 0).data(CardsModel::CardKeyRole).toString();
    const QString id = key.section(u'/', -1);
    table->selectRow(row);
    QVERIFY(freeze->isEnabled());
    QTest::mouseClick(freeze, Qt::LeftButton);
    // Pending in the same frame as the click, and a second click sends nothing.
    QVERIFY(m_app->cards()->isPending(key));
    QVERIFY(!freeze->isEnabled());
    const int before = m_app->sandbox()->processedCount(QStringLiteral("dashfi"),
                                                        QStringLiteral("/cards/%1/freeze").arg(id));
    QTRY_VERIFY(!m_app->cards()->isPending(key));
    QCOMPARE(m_app->sandbox()->processedCount(QStringLiteral("dashfi"),
                                              QStringLiteral("/cards/%1/freeze").arg(id)),
             qMax(before, 1));
    QCOMPARE(m_app->cards()->card(key)->state, Card::State::Frozen);
    auto sandboxState = [&] {
        for (const auto &c : m_app->sandbox()->dashfi().cards())
            if (QString::number(c.id) == id)
                return c.state;
        return QString();
    };
    QCOMPARE(sandboxState(), QStringLiteral("PAUSED"));
    QVERIFY(unfreeze->isEnabled());
    QTest::mouseClick(unfreeze, Qt::LeftButton);
    QTRY_VERIFY(!m_app->cards()->isPending(key));
    QCOMPARE(m_app->cards()->card(key)->state, Card::State::Open);
    QCOMPARE(sandboxState(), QStringLiteral("OPEN"));
}

void TestMainWindow::failedFreezeKeepsOldState()
{
    MainWindow *w = m_app->window();
    auto *table = w->findChild<QTableView *>(QStringLiteral("cardsTable"));
    auto *freeze = w->findChild<QPushButton *>(QStringLiteral("freezeButton"));
    const int row = firstOpenRow(table);
    QVERIFY(row >= 0);
    const QString key = table->model()->index(row, 0).data(CardsModel::CardKeyRole).toString();
    QString error;
    QVERIFY(m_app->sandbox()->faults().addSpec(
        QStringLiteral("dashfi:/cards:503:method=POST,count=1"), &error));
    table->clearSelection();
    table->selectRow(row);
    QTest::mouseClick(freeze, Qt::LeftButton);
    QTRY_VERIFY(!m_app->cards()->isPending(key));
    QCOMPARE(m_app->cards()->card(key)->state, Card::State::Open);
    const QString shown = table->model()->index(row, CardsModel::State).data().toString();
    QVERIFY2(shown.contains(QStringLiteral("503")), qPrintable(shown));
}

void TestMainWindow::refreshShortcut()
{
    MainWindow *w = m_app->window();
    QSignalSpy spy(w, &MainWindow::refreshRequested);
    w->activateWindow();
    QTest::keyClick(w, Qt::Key_F5);
    QCOMPARE(spy.count(), 1);
    QSignalSpy done(m_app.get(), &AppController::refreshFinished);
    QVERIFY(done.wait(30000));
}

void TestMainWindow::autoRefreshFollowsTheChosenInterval()
{
    MainWindow *w = m_app->window();
    auto *timer = w->findChild<QTimer *>(QStringLiteral("autoRefreshTimer"));
    QVERIFY(timer);
    w->findChild<QAction *>(QStringLiteral("autoRefresh15"))->trigger();
    QVERIFY(timer->isActive());
    QCOMPARE(timer->interval(), 15 * 60 * 1000);
    QCOMPARE(QSettings().value(QStringLiteral("refresh/minutes")).toInt(), 15);
    // When it fires, the app refreshes every connection.
    QSignalSpy done(m_app.get(), &AppController::refreshFinished);
    timer->start(1);
    QVERIFY(done.wait(30000));
    w->findChild<QAction *>(QStringLiteral("autoRefresh0"))->trigger();
    QVERIFY(!timer->isActive());
    QCOMPARE(QSettings().value(QStringLiteral("refresh/minutes")).toInt(), 0);
}

void TestMainWindow::transactionDetailsAndChart()
{
    MainWindow *w = m_app->window();
    w->showPage(2);
    TransactionsPage *page = w->transactionsPage();
    page->table()->selectRow(0);
    page->table()->setCurrentIndex(page->table()->model()->index(0, 0));
    auto *details = page->findChild<QTreeWidget *>(QStringLiteral("transactionDetails"));
    QVERIFY(details);
    QCOMPARE(details->topLevelItemCount(), 2);
    // The provider's own record is there, field by field.
    QVERIFY(details->topLevelItem(1)->childCount() > 3);
    QVERIFY(TestSupport::screenshot(w, QStringLiteral("transactions-details")));
    page->sidePanel()->setCurrentWidget(page->chart());
    QTRY_VERIFY(!page->chart()->chartView()->chart()->series().isEmpty());
    auto *summary = page->chart()->findChild<QLabel *>(QStringLiteral("spendSummary"));
    QVERIFY(summary->text().contains(QStringLiteral("USD")));
    QVERIFY(TestSupport::screenshot(w, QStringLiteral("transactions-chart")));
}

void TestMainWindow::preferencesDialogKeepsAndApplies()
{
    MainWindow *w = m_app->window();
    const QString directory = TestSupport::makeTempDir();
    TestSupport::fillNextDialog<PreferencesDialog>([&directory](PreferencesDialog *d) {
        auto *language = d->findChild<QComboBox *>(QStringLiteral("prefLanguage"));
        // The system's choice, English, and each shipped language by its own name.
        QCOMPARE(language->itemData(0).toString(), QString());
        QVERIFY(language->findText(QStringLiteral("Deutsch")) > 0);
        QVERIFY(language->findText(QStringLiteral("Español")) > 0);
        language->setCurrentIndex(language->findData(QStringLiteral("es")));
        auto *refresh = d->findChild<QComboBox *>(QStringLiteral("prefRefresh"));
        refresh->setCurrentIndex(refresh->findData(60));
        auto *delimiter = d->findChild<QComboBox *>(QStringLiteral("prefDelimiter"));
        delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
        d->findChild<QCheckBox *>(QStringLiteral("prefBom"))->setChecked(true);
        d->findChild<QLineEdit *>(QStringLiteral("prefDirectory"))->setText(directory);
        // Each payout provider's settling window, an hour at least.
        auto *dinari = d->findChild<QSpinBox *>(QStringLiteral("prefSettling_dinari"));
        QVERIFY(dinari);
        QCOMPARE(dinari->value(), 60);
        QCOMPARE(dinari->minimum(), 60);
        dinari->setValue(150);
        QVERIFY(d->findChild<QSpinBox *>(QStringLiteral("prefSettling_crypto")));
        QVERIFY(d->findChild<QSpinBox *>(QStringLiteral("prefSettling_dart")));
        QVERIFY(!d->findChild<QSpinBox *>(QStringLiteral("prefSettling_dashfi")));
        QVERIFY(TestSupport::screenshot(d, QStringLiteral("preferences")));
        d->accept();
    });
    w->findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
    const Preferences kept = Preferences::load(QSettings());
    QCOMPARE(kept.language, QStringLiteral("es"));
    QCOMPARE(kept.refreshMinutes, 60);
    QCOMPARE(kept.csvDelimiter, ';');
    QVERIFY(kept.csvBom);
    QCOMPARE(kept.dataDirectory, directory);
    QCOMPARE(kept.settlingMinutesFor(QStringLiteral("dinari")), 150);
    QCOMPARE(kept.settlingMinutesFor(QStringLiteral("dots")), 60);
    QCOMPARE(QSettings().value(QStringLiteral("payouts/dinari/settlingMinutes")).toInt(), 150);
    // ... and applies at once to the payouts being settled.
    QCOMPARE(m_app->payouts()->settling(QStringLiteral("dinari")).windowSeconds, 150 * 60);
    QCOMPARE(m_app->payouts()->settling(QStringLiteral("dots")).windowSeconds, 60 * 60);
    // The interval applies at once, and the menu shows it.
    auto *timer = w->findChild<QTimer *>(QStringLiteral("autoRefreshTimer"));
    QCOMPARE(timer->interval(), 60 * 60 * 1000);
    QVERIFY(timer->isActive());
    QVERIFY(w->findChild<QAction *>(QStringLiteral("autoRefresh60"))->isChecked());
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("next start")));
    // The data location is where the next start keeps its store.
    AppController next;
    QCOMPARE(next.storePath(), directory + QStringLiteral("/treasury.sqlite"));
    // Cancelling changes nothing.
    TestSupport::fillNextDialog<PreferencesDialog>([](PreferencesDialog *d) {
        d->findChild<QComboBox *>(QStringLiteral("prefRefresh"))->setCurrentIndex(0);
        d->reject();
    });
    w->findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
    QVERIFY(Preferences::load(QSettings()) == kept);
    QSettings().remove(QStringLiteral("language"));
    QSettings().remove(QStringLiteral("store/directory"));
    QSettings().remove(QStringLiteral("payouts"));
    w->findChild<QAction *>(QStringLiteral("autoRefresh0"))->trigger();
}

void TestMainWindow::logWindowShowsRequestsWithoutSecrets()
{
    MainWindow *w = m_app->window();
    QTRY_VERIFY_WITH_TIMEOUT(w->findChild<QAction *>(QStringLiteral("refreshAction"))->isEnabled(),
                             30000);
    // One connection fails this refresh: its details go to the log.
    QString error;
    QVERIFY2(m_app->sandbox()->faults().addSpec(
                 QStringLiteral("dinari:/account/balance:status:status=400,count=5"), &error),
             qPrintable(error));
    QSignalSpy done(m_app.get(), &AppController::refreshFinished);
    w->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QVERIFY(done.wait(30000));
    m_app->sandbox()->faults().clear();
    w->findChild<QAction *>(QStringLiteral("logAction"))->trigger();
    auto *log = w->findChild<QWidget *>(QStringLiteral("logWindow"));
    QVERIFY(log && log->isVisible());
    auto *table = log->findChild<QTableView *>(QStringLiteral("logTable"));
    auto lines = [table] {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            out << table->model()->index(r, 3).data().toString();
        return out;
    };
    QTRY_VERIFY(lines().filter(QStringLiteral("GET /dashfi/api-v1/balance 200")).size() > 0);
    // In the order they happened, newest last.
    const QAbstractItemModel *shown = table->model();
    for (int r = 1; r < shown->rowCount(); ++r)
        QVERIFY(shown->index(r - 1, 0).data().toString() <= shown->index(r, 0).data().toString());
    // The failure is there with its details (status, method and path), among the warnings.
    log->findChild<QComboBox *>(QStringLiteral("logLevel"))->setCurrentIndex(1);
    // Lines reach the window through the event loop: a moment after they are logged.
    QTRY_VERIFY2(lines().filter(QStringLiteral("HTTP 400")).size() > 0 &&
                     lines().filter(QStringLiteral("/account/balance")).size() > 0,
                 qPrintable(lines().join(u'\n')));
    QVERIFY(lines().filter(QStringLiteral(" 200 ")).isEmpty());
    log->findChild<QComboBox *>(QStringLiteral("logLevel"))->setCurrentIndex(0);
    log->findChild<QLineEdit *>(QStringLiteral("logSearch"))->setText(QStringLiteral("/cards"));
    QVERIFY(!lines().isEmpty());
    for (const QString &l : lines())
        QVERIFY2(l.contains(QStringLiteral("/cards")), qPrintable(l));
    log->findChild<QLineEdit *>(QStringLiteral("logSearch"))->clear();
    // No secret of any connection in any line, nor in what Copy puts on the clipboard.
    QTest::mouseClick(log->findChild<QPushButton *>(QStringLiteral("logCopy")), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY(copied.contains(QStringLiteral("treasury.http")));
    for (const char *provider : {"dashfi", "dinari", "dots", "crypto", "dart"}) {
        for (const QString &part :
             m_app->sandbox()->credential(QLatin1String(provider)).split(u':')) {
            QVERIFY(!copied.contains(part));
            QVERIFY(lines().filter(part).isEmpty());
        }
    }
    QVERIFY(TestSupport::screenshot(log, QStringLiteral("log-window")));
    log->close();
}

void TestMainWindow::followsTheSystemPalette()
{
    MainWindow *w = m_app->window();
    w->showPage(0);
    const QList<QChartView *> charts = w->findChildren<QChartView *>();
    QVERIFY(charts.size() >= 3);
    for (QChartView *c : charts)
        QCOMPARE(c->chart()->theme(), QChart::ChartThemeLight);
    // The desktop turns dark: widgets follow the palette, and so do the charts.
    const QPalette light = QApplication::palette();
    QPalette dark(QColor(0x2b, 0x2b, 0x2b), QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::WindowText, Qt::white);
    QApplication::setPalette(dark);
    QTest::qWait(50);
    for (QChartView *c : charts)
        QCOMPARE(c->chart()->theme(), QChart::ChartThemeDark);
    QVERIFY(TestSupport::screenshot(w, QStringLiteral("dark-balances")));
    w->showPage(2);
    QTest::qWait(50);
    QVERIFY(TestSupport::screenshot(w, QStringLiteral("dark-transactions")));
    QApplication::setPalette(light);
    QTest::qWait(50);
    for (QChartView *c : charts)
        QCOMPARE(c->chart()->theme(), QChart::ChartThemeLight);
}

void TestMainWindow::stoppedRefreshKeepsTheLastData()
{
    MainWindow *w = m_app->window();
    QTRY_VERIFY_WITH_TIMEOUT(w->findChild<QAction *>(QStringLiteral("refreshAction"))->isEnabled(),
                             30000);
    const int balances = m_app->balances()->rowCount();
    const int cards = m_app->cards()->rowCount();
    QVERIFY(balances > 0 && cards > 0);
    auto *last = w->findChild<QLabel *>(QStringLiteral("lastRefresh"));
    const QString before = last->text();
    // dash.fi answers slowly this time: the refresh is still running when it is stopped.
    QString error;
    QVERIFY2(m_app->sandbox()->faults().addSpec(
                 QStringLiteral("dashfi:/transactions:latency:ms=8000,count=100"), &error),
             qPrintable(error));
    QSignalSpy done(m_app.get(), &AppController::refreshFinished);
    w->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    auto *progress = w->findChild<QProgressBar *>(QStringLiteral("refreshProgress"));
    auto *stop = w->findChild<QAction *>(QStringLiteral("stopRefreshAction"));
    QVERIFY(!progress->isHidden() && stop->isEnabled());
    QTRY_VERIFY(last->text().contains(QStringLiteral(" of ")));
    QTest::qWait(300);
    QVERIFY(done.isEmpty());
    QElapsedTimer clock;
    clock.start();
    stop->trigger(); // the cancelled reads may finish the refresh before this returns
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 4000);
    QVERIFY2(clock.elapsed() < 4000, "the refresh did not stop before dash.fi answered");
    m_app->sandbox()->faults().clear();
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("stopped")));
    QVERIFY(progress->isHidden() && !stop->isEnabled());
    // Nothing lost, nothing counted as an error, the last refresh time as it was.
    QCOMPARE(m_app->balances()->rowCount(), balances);
    QCOMPARE(m_app->cards()->rowCount(), cards);
    QVERIFY(!w->findChild<QLabel *>(QStringLiteral("connectionState"))
                 ->text()
                 .contains(QStringLiteral("error")));
    QCOMPARE(last->text(), before);
    // The next refresh runs in full.
    w->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QVERIFY(done.wait(30000));
    QVERIFY(last->text() != before || last->text().startsWith(QStringLiteral("Last refresh")));
}

void TestMainWindow::geometryRemembered()
{
    MainWindow *w = m_app->window();
    w->resize(960, 660);
    // Column layouts too: a width, an order and a sort, on two pages.
    auto *transactions = w->findChild<QTableView *>(QStringLiteral("transactionsTable"));
    transactions->horizontalHeader()->resizeSection(TransactionsModel::Description, 333);
    transactions->sortByColumn(TransactionsModel::Amount, Qt::AscendingOrder);
    auto *cards = w->findChild<QTableView *>(QStringLiteral("cardsTable"));
    cards->horizontalHeader()->moveSection(CardsModel::LastFour, 0);
    w->close();
    const QByteArray saved = QSettings().value(QStringLiteral("window/geometry")).toByteArray();
    QVERIFY(!saved.isEmpty());
    BalancesModel b;
    CardsModel c;
    TransactionsModel t;
    JournalModel j;
    TeamPayoutsModel team;
    QSettings settings;
    MainWindow again(&b, &c, &t, &j, &team, ViewContext{&settings, &Clock::system()});
    QCOMPARE(again.size(), QSize(960, 660));
    // The window's width alone (the stretched last column) does not freeze the balances'
    // fitted columns.
    QVERIFY(!QSettings().contains(QStringLiteral("columns/balances")));
    QHeaderView *header =
        again.findChild<QTableView *>(QStringLiteral("transactionsTable"))->horizontalHeader();
    QCOMPARE(header->sectionSize(TransactionsModel::Description), 333);
    QCOMPARE(header->sortIndicatorSection(), int(TransactionsModel::Amount));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(again.findChild<QTableView *>(QStringLiteral("cardsTable"))
                 ->horizontalHeader()
                 ->visualIndex(CardsModel::LastFour),
             0);
}

void TestMainWindow::helpMenuSaysShortcutsAndWhereDataIs()
{
    MainWindow *w = m_app->window();
    auto *help = w->findChild<HelpMenu *>();
    QVERIFY(help);
    QStringList names;
    for (const QAction *a : help->menu()->actions())
        names.append(a->objectName());
    for (const char *name : {"shortcutsAction", "whereAction", "aboutAction"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
    // Read from the menus themselves: what is listed is what works.
    const QStringList keys = HelpMenu::shortcuts(w);
    QVERIFY2(keys.contains(QStringLiteral("File › Export Transactions…\t") +
                           QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText)),
             qPrintable(keys.join(u'\n')));
    QVERIFY(keys.size() >= 10);
    const QString where = help->whereText();
    QVERIFY2(where.contains(QDir::toNativeSeparators(m_app->storePath()).toHtmlEscaped()),
             qPrintable(where));
    QVERIFY(where.contains(QStringLiteral("keychain")));
}

void TestMainWindow::failedBalancesSayWhyInFullAndRetry()
{
    MainWindow *w = m_app->window();
    w->showPage(0);
    BalancesPage *page = w->balancesPage();
    auto *banner = page->findChild<QFrame *>(QStringLiteral("balancesBanner"));
    QVERIFY2(banner && !banner->isVisible(), qPrintable(page->problems()->text()));
    QAction *refresh = w->findChild<QAction *>(QStringLiteral("refreshAction"));
    QTRY_VERIFY_WITH_TIMEOUT(refresh->isEnabled(), 30000);
    QString error;
    QVERIFY2(m_app->sandbox()->faults().addSpec(
                 QStringLiteral("dinari:/account/balance:503:count=5"), &error),
             qPrintable(error));
    QSignalSpy done(m_app.get(), &AppController::refreshFinished);
    refresh->trigger();
    QVERIFY(done.wait(30000));
    // Above the rows, the whole message: which connection, and what the provider said.
    QTRY_VERIFY(banner->isVisible());
    const QString said = page->problems()->text();
    QVERIFY2(said.contains(QStringLiteral("Demo Dinari: ")) && said.contains(QStringLiteral("503")),
             qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("stale")), qPrintable(said)); // last good data kept
    // Its rows are marked, and only its rows (groups included, which may be collapsed).
    auto marked = [page] {
        QStringList out;
        const QAbstractItemModel *m = page->tree()->model();
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < m->rowCount(parent); ++r) {
                const QModelIndex i = m->index(r, 0, parent);
                if (i.data(BalancesModel::ProblemRole).toBool())
                    out << i.data().toString() + u'/' +
                               m->index(r, BalancesModel::Connection, parent).data().toString();
                walk(i);
            }
        };
        walk(QModelIndex());
        return out;
    };
    const QStringList rows = marked();
    QVERIFY(!rows.isEmpty());
    for (const QString &row : rows)
        QVERIFY2(row.startsWith(QStringLiteral("Dinari")), qPrintable(rows.join(u',')));
    QVERIFY2(rows.filter(QStringLiteral("/Demo Dinari")).size() >= 1, qPrintable(rows.join(u',')));
    QVERIFY(TestSupport::screenshot(w, QStringLiteral("balances-refresh-failed")));
    // Retry, once the provider is back: the banner goes.
    m_app->sandbox()->faults().clear();
    QTRY_VERIFY_WITH_TIMEOUT(refresh->isEnabled(), 30000);
    QSignalSpy again(m_app.get(), &AppController::refreshFinished);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("balancesRetry")),
                      Qt::LeftButton);
    QVERIFY(again.wait(30000));
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY2(marked().isEmpty(), qPrintable(marked().join(u',')));
}

void TestMainWindow::cardsFitTheDefaultWindow()
{
    // At 1200×760 in English every card column shows without scrolling sideways.
    MainWindow *w = m_app->window();
    w->resize(1200, 760);
    w->showPage(1);
    auto *table = w->findChild<QTableView *>(QStringLiteral("cardsTable"));
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    QTest::qWait(50);
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
