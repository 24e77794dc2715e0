#include "MainWindow.h"

#include "HelpMenu.h"

#include "PlainText.h"

#include "ApprovalsPage.h"
#include "BalancesModel.h"
#include "BalancesPage.h"
#include "CardsModel.h"
#include "CardsPage.h"
#include "FirstRunPage.h"
#include "LogWindow.h"
#include "PayoutsPage.h"
#include "Preferences.h"
#include "RecipientsPage.h"
#include "TransactionsModel.h"
#include "TransactionsPage.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

MainWindow::MainWindow(BalancesModel *balances, CardsModel *cards, TransactionsModel *transactions,
                       JournalModel *journal, TeamPayoutsModel *teamPayouts,
                       const ViewContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_balancesPage(new BalancesPage(balances, context, this)),
      m_cardsPage(new CardsPage(cards, context, this)),
      m_transactionsPage(new TransactionsPage(transactions, context, this)),
      m_payoutsPage(new PayoutsPage(journal, context, this)),
      m_recipientsPage(new RecipientsPage(this)),
      m_approvalsPage(new ApprovalsPage(teamPayouts, this)), m_firstRun(new FirstRunPage(this)),
      m_connections(new QLabel(this)), m_lastRefresh(new QLabel(this)),
      m_autoRefresh(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_cardsPage->setJournal(journal);
    // Empty: the window manager shows the application's display name, which Qt would
    // otherwise append to a title that already holds it.
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->addItems({tr("Balances"), tr("Cards"), tr("Transactions"), tr("Payouts"),
                            tr("Recipients"), tr("Approvals")});
    // Bundled pictures; an icon theme may offer its own under the same names.
    const char *const icons[] = {"balances", "cards",      "transactions",
                                 "payouts",  "recipients", "approvals"};
    for (int i = 0; i < m_navigation->count(); ++i) {
        const QString name = QLatin1String(icons[i]);
        m_navigation->item(i)->setIcon(
            QIcon::fromTheme(QStringLiteral("treasury-desk-") + name,
                             QIcon(QStringLiteral(":/nav/nav-%1.svg").arg(name))));
    }
    // Wide enough for the longest name, and for a count on Payouts and Approvals.
    const int plain = m_navigation->sizeHintForColumn(0) + 26;
    setApprovalsWaiting(99);
    setPayoutsUnknown(99);
    m_navigation->setFixedWidth(std::max(plain, m_navigation->sizeHintForColumn(0) + 24));
    setApprovalsWaiting(0);
    setPayoutsUnknown(0);
    m_stack->addWidget(m_balancesPage);
    connect(m_balancesPage, &BalancesPage::retryRequested, this, [this] {
        if (m_refresh->isEnabled())
            emit refreshRequested();
    });
    m_stack->addWidget(m_cardsPage);
    m_stack->addWidget(m_transactionsPage);
    m_stack->addWidget(m_payoutsPage);
    m_stack->addWidget(m_recipientsPage);
    m_stack->addWidget(m_approvalsPage);
    m_stack->addWidget(m_firstRun);
    connect(m_firstRun, &FirstRunPage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_firstRun, &FirstRunPage::connectionsRequested, this,
            &MainWindow::connectionsRequested);
    connect(m_firstRun, &FirstRunPage::teamRequested, this, &MainWindow::teamRequested);
    connect(m_approvalsPage, &ApprovalsPage::teamSetupRequested, this, &MainWindow::teamRequested);
    connect(m_payoutsPage, &PayoutsPage::message, this, &MainWindow::showMessage);
    connect(m_cardsPage, &CardsPage::virtualCardRequested, this, [this] {
        showPage(3);
        m_payoutsPage->showMethod(PayoutMethod::DinariVirtualCard);
    });
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout(central);
    row->addWidget(m_navigation);
    row->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_connections->setObjectName(QStringLiteral("connectionState"));
    m_lastRefresh->setObjectName(QStringLiteral("lastRefresh"));
    statusBar()->addPermanentWidget(m_connections);
    // While a refresh runs: how far it is, and a way to stop it.
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("refreshProgress"));
    m_progress->setAccessibleName(tr("Refresh progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    m_stop = new QToolButton(this);
    m_stop->setObjectName(QStringLiteral("stopRefresh"));
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stops the refresh (Esc); the data shown stays as it was"));
    m_stop->hide();
    connect(m_stop, &QToolButton::clicked, this, &MainWindow::stopRefreshRequested);
    statusBar()->addPermanentWidget(m_stop);
    statusBar()->addPermanentWidget(m_lastRefresh);
    buildMenus();
    m_navigation->setCurrentRow(0);

    const QSettings &settings = *context.settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connections =
        file->addAction(tr("&Connections…"), this, &MainWindow::connectionsRequested);
    connections->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connections->setObjectName(QStringLiteral("connectionsAction"));
    QAction *team = file->addAction(tr("&Team…"), this, &MainWindow::teamRequested);
    team->setObjectName(QStringLiteral("teamAction"));
    QAction *exportTransactions = file->addAction(tr("&Export Transactions…"), this, [this] {
        showPage(2);
        m_transactionsPage->exportTransactions();
    });
    exportTransactions->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportTransactions->setObjectName(QStringLiteral("exportCsvAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        if (m_stack->currentWidget() == m_cardsPage)
            m_cardsPage->focusSearch();
        else if (m_stack->currentWidget() == m_balancesPage)
            m_balancesPage->focusSearch();
        else if (m_stack->currentWidget() == m_transactionsPage)
            m_transactionsPage->focusSearch();
        else if (m_stack->currentWidget() == m_payoutsPage)
            m_payoutsPage->focusSearch();
        else if (m_stack->currentWidget() == m_recipientsPage)
            m_recipientsPage->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QAction *preferences =
        edit->addAction(tr("&Preferences…"), this, &MainWindow::preferencesRequested);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    // Not every platform theme defines the standard key; Ctrl+, is the common one.
    preferences->setShortcut(QKeySequence(QKeySequence::Preferences).isEmpty()
                                 ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                 : QKeySequence(QKeySequence::Preferences));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refreshRequested);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_stopAction = view->addAction(tr("&Stop Refresh"), this, &MainWindow::stopRefreshRequested);
    m_stopAction->setObjectName(QStringLiteral("stopRefreshAction"));
    m_stopAction->setShortcut(QKeySequence::Cancel);
    m_stopAction->setEnabled(false);
    QAction *log = view->addAction(tr("&Log…"), this, &MainWindow::showLog);
    log->setObjectName(QStringLiteral("logAction"));
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    log->setToolTip(tr("Every request and error of this session, for details"));
    buildAutoRefreshMenu(view->addMenu(tr("&Auto-refresh")));
    view->addSeparator();
    const QStringList names = {tr("&Balances"), tr("&Cards"),      tr("&Transactions"),
                               tr("&Payouts"),  tr("R&ecipients"), tr("Appr&ovals")};
    for (int i = 0; i < names.size(); ++i) {
        QAction *go = view->addAction(names[i], this, [this, i] { showPage(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    m_help = new HelpMenu(this, m_context);
}

void MainWindow::buildAutoRefreshMenu(QMenu *menu)
{
    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshTimer"));
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        // A refresh still running is not stacked on: the next tick comes soon enough.
        if (m_refresh->isEnabled())
            emit refreshRequested();
    });
    auto *choices = new QActionGroup(menu);
    const int saved = Preferences::load(*m_context.settings).refreshMinutes;
    // The intervals Preferences offers, with a shortcut letter each.
    const QHash<int, QString> texts = {{0, tr("&Off")},
                                       {1, tr("Every &minute")},
                                       {5, tr("Every &5 minutes")},
                                       {15, tr("Every &15 minutes")},
                                       {60, tr("Every &hour")}};
    for (const int minutes : Preferences::RefreshChoices) {
        QAction *a = menu->addAction(texts.value(minutes));
        a->setCheckable(true);
        a->setObjectName(QStringLiteral("autoRefresh%1").arg(minutes));
        choices->addAction(a);
        connect(a, &QAction::triggered, this, [this, minutes] {
            Preferences p = Preferences::load(*m_context.settings);
            p.refreshMinutes = minutes;
            p.save(*m_context.settings);
            setAutoRefreshMinutes(minutes);
        });
        if (minutes == saved)
            a->setChecked(true);
    }
    setAutoRefreshMinutes(saved);
}

void MainWindow::setAutoRefreshMinutes(int minutes)
{
    if (QAction *a = findChild<QAction *>(QStringLiteral("autoRefresh%1").arg(minutes)))
        a->setChecked(true);
    if (minutes <= 0)
        m_autoRefresh->stop();
    else
        m_autoRefresh->start(minutes * 60 * 1000);
}

void MainWindow::showLog()
{
    if (!m_log)
        return;
    if (!m_logWindow)
        m_logWindow = new LogWindow(m_log, this);
    m_logWindow->show();
    m_logWindow->raise();
    m_logWindow->activateWindow();
}

void MainWindow::setFirstRun(bool firstRun)
{
    const bool shown = m_stack->currentWidget() == m_firstRun;
    if (firstRun == shown)
        return;
    m_navigation->setVisible(!firstRun);
    m_stack->setCurrentWidget(firstRun ? static_cast<QWidget *>(m_firstRun)
                                       : m_stack->widget(m_navigation->currentRow()));
}

void MainWindow::setApprovalsWaiting(int count)
{
    QListWidgetItem *item = m_navigation->item(5);
    item->setText(count > 0 ? tr("Approvals (%1)").arg(count) : tr("Approvals"));
    item->setToolTip(count > 0 ? tr("%n payout(s) wait for your approval", nullptr, count)
                               : QString());
}

void MainWindow::setPayoutsUnknown(int count)
{
    QListWidgetItem *item = m_navigation->item(3);
    item->setText(count > 0 ? tr("Payouts (%1)").arg(count) : tr("Payouts"));
    item->setToolTip(count > 0 ? tr("%n payout(s) whose outcome is not known yet", nullptr, count)
                               : QString());
}

void MainWindow::showPage(int index)
{
    m_navigation->setCurrentRow(index);
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

void MainWindow::setRefreshing(bool busy)
{
    m_refresh->setEnabled(!busy);
    m_stopAction->setEnabled(busy);
    m_progress->setVisible(busy);
    m_stop->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0); // busy until the first count comes
        m_lastRefresh->setText(tr("Refreshing…"));
    } else {
        m_lastRefresh->setText(m_lastRefreshText); // a stopped refresh keeps the last time
    }
}

void MainWindow::setRefreshProgress(int done, int total)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    m_lastRefresh->setText(tr("Refreshing… %1 of %2").arg(done).arg(total));
}

void MainWindow::setLastRefresh(const QDateTime &when)
{
    m_lastRefreshText =
        tr("Last refresh: %1").arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat));
    m_lastRefresh->setText(m_lastRefreshText);
}

void MainWindow::setConnectionSummary(const QString &text)
{
    m_connections->setText(text);
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(PlainText::oneLine(text), 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_context.settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_context.settings->setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}
