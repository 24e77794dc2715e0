#pragma once

#include "ViewContext.h"

#include <QMainWindow>
#include <QPointer>

class BalancesModel;
class BalancesPage;
class CardsModel;
class CardsPage;
class JournalModel;
class PayoutsPage;
class RecipientsPage;
class QLabel;
class QMenu;
class QTimer;
class QListWidget;
class QStackedWidget;
class TransactionsModel;
class TransactionsPage;

/// The shell: navigation on the left, one page per area, menus and a status bar.
class LogModel;
class LogWindow;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(BalancesModel *balances, CardsModel *cards, TransactionsModel *transactions,
               JournalModel *journal, class TeamPayoutsModel *teamPayouts,
               const ViewContext &context, QWidget *parent = nullptr);
    class HelpMenu *helpMenu() const { return m_help; }

    BalancesPage *balancesPage() const { return m_balancesPage; }
    CardsPage *cardsPage() const { return m_cardsPage; }
    TransactionsPage *transactionsPage() const { return m_transactionsPage; }
    PayoutsPage *payoutsPage() const { return m_payoutsPage; }
    RecipientsPage *recipientsPage() const { return m_recipientsPage; }
    class ApprovalsPage *approvalsPage() const { return m_approvalsPage; }
    void showPage(int index);
    int currentPage() const;

public slots:
    void setRefreshing(bool busy);
    /// How far a refresh is: `done` of `total` requests answered.
    void setRefreshProgress(int done, int total);
    void setLastRefresh(const QDateTime &when);
    void setConnectionSummary(const QString &text);
    /// Nothing connected and no team: the first-run page instead of the empty pages.
    void setFirstRun(bool firstRun);
    /// How many team payouts wait for this person: shown on the navigation.
    void setApprovalsWaiting(int count);
    /// How many payouts' outcome is not known (the answer was lost): shown on the navigation.
    void setPayoutsUnknown(int count);
    void showMessage(const QString &text);
    /// The auto-refresh interval, as the menu and Preferences set it (0: off).
    void setAutoRefreshMinutes(int minutes);
    /// The lines View → Log shows.
    void setLogModel(LogModel *log) { m_log = log; }
    /// Opens the log window (View → Log).
    void showLog();

signals:
    void refreshRequested();
    void connectionsRequested();
    /// File → Team…
    void teamRequested();
    /// The first-run page's "Try the demo".
    void demoRequested();
    void preferencesRequested();
    /// The user stopped the refresh under way (Esc, or Stop in the status bar).
    void stopRefreshRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    class HelpMenu *m_help = nullptr;
    ViewContext m_context;
    void buildMenus();
    void buildAutoRefreshMenu(QMenu *menu);

    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    BalancesPage *m_balancesPage;
    CardsPage *m_cardsPage;
    TransactionsPage *m_transactionsPage;
    PayoutsPage *m_payoutsPage;
    RecipientsPage *m_recipientsPage;
    class ApprovalsPage *m_approvalsPage;
    class FirstRunPage *m_firstRun;
    QLabel *m_connections;
    QLabel *m_lastRefresh;
    QTimer *m_autoRefresh;
    QAction *m_refresh = nullptr;
    LogModel *m_log = nullptr;
    QPointer<LogWindow> m_logWindow;
    class QProgressBar *m_progress = nullptr;
    class QToolButton *m_stop = nullptr;
    QAction *m_stopAction = nullptr;
    QString m_lastRefreshText;
};
