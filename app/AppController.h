#pragma once

#include <QObject>
#include <QString>

#include <memory>

class BalancesModel;
class CardActions;
class CardsModel;
class Clock;
class ConnectionManager;
class ConnectionsController;
class JournalModel;
class Keychain;
class LocalHistory;
class MainWindow;
class PayoutController;
class PayoutsWiring;
class ProviderRegistry;
class QNetworkAccessManager;
class QSettings;
class QTemporaryDir;
class Refresher;
class SandboxServer;
class SavedConnections;
class TransactionTable;
class TransactionsModel;

/**
 * The composition root of the desktop app: makes the models, the window and the objects
 * that wire them to the providers, and starts them. Each connection refreshes on its own,
 * so one failing provider leaves the others current.
 */
class AppController final : public QObject
{
    Q_OBJECT

public:
    explicit AppController(QObject *parent = nullptr);
    ~AppController() override;

    /// Starts the in-process sandbox and connects to all its providers. The demo keeps its
    /// own local store, apart from real connections' history.
    bool startDemo();
    /// Opens the local store, shows its history (read in the background), then refreshes.
    /// False, with whyNotStarted(), when another window already has this store open.
    bool start();
    QString whyNotStarted() const;
    /// Where the local store lives (the app's data directory unless set before start()).
    void setStorePath(const QString &path) { m_storePath = path; }
    QString storePath() const { return m_storePath; }
    MainWindow *window() const { return m_window.get(); }
    CardsModel *cards() const { return m_cards; }
    TransactionsModel *transactions() const { return m_transactions; }
    BalancesModel *balances() const { return m_balances; }
    SandboxServer *sandbox() const { return m_sandbox.get(); }
    ProviderRegistry *providers() const { return m_providers; }
    ConnectionManager *connections() const { return m_connections; }
    ConnectionsController *connectionsUi() const { return m_connectionsUi; }
    Keychain *keychain() const { return m_keychain; }
    PayoutController *payouts() const;
    JournalModel *journal() const { return m_journalModel; }
    class TeamWiring *team() const { return m_team; }

public slots:
    void refreshAll();
    /// Stops the refresh under way: its reads are cancelled, the data shown stays.
    void stopRefresh();
    void openConnections();

signals:
    /// Every connection has answered (or failed) the refresh started last.
    void refreshFinished();

private:
    void historyLoaded(const std::shared_ptr<TransactionTable> &table, const QString &error);
    void refreshDone();
    void updateSummary();

    const Clock &m_clock;
    QNetworkAccessManager *m_network;
    ProviderRegistry *m_providers;
    std::unique_ptr<QSettings> m_settings;
    Keychain *m_keychain;
    ConnectionManager *m_connections;
    ConnectionsController *m_connectionsUi;
    BalancesModel *m_balances;
    CardsModel *m_cards;
    TransactionsModel *m_transactions;
    JournalModel *m_journalModel;
    class TeamPayoutsModel *m_teamPayouts;
    std::unique_ptr<MainWindow> m_window;
    CardActions *m_cardActions;
    PayoutsWiring *m_payoutsWiring;
    LocalHistory *m_history;
    Refresher *m_refresher;
    SavedConnections *m_saved;
    class TeamWiring *m_team;
    class TeamCardGate *m_cardGate = nullptr;
    std::unique_ptr<SandboxServer> m_sandbox;
    QString m_storePath;
    std::unique_ptr<QTemporaryDir> m_demoStore; ///< the demo's store, new each start
    // After the demo store: released (and its lock file removed) before the folder goes.
    std::unique_ptr<class DataFolderLock> m_lock;
    bool m_demo = false;
    bool m_started = false;
};
