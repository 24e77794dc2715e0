#pragma once

#include "Card.h"
#include "Connection.h"
#include "ProviderError.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class BalancesModel;
class JournalModel;
class PayoutController;
class CardsModel;
class ConnectionManager;
class ConnectionsController;
class Keychain;
class QSettings;
struct KeychainReply;
class MainWindow;
class Provider;
class ProviderRegistry;
class QNetworkAccessManager;
class SandboxServer;
class TransactionStore;
class TransactionsModel;

/**
 * Wires the application: providers feed the models, view signals become provider calls.
 * Each connection refreshes on its own, so one failing provider leaves the others current.
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
    void start();
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

public slots:
    void refreshAll();
    /// Stops the refresh under way: its reads are cancelled, the data shown stays.
    void stopRefresh();
    void openConnections();

signals:
    /// Every connection has answered (or failed) the refresh started last.
    void refreshFinished();

private:
    /// Follows the saved connections: drops the providers of changed or removed ones and
    /// opens the new ones. Waits for a running refresh, whose requests need their provider.
    void connectionChanged(const Connection &previous, const Connection &now);
    void applyConnectionChanges();
    void openSaved(const Connection &connection);
    void secretRead(const Connection &connection, const KeychainReply &reply);
    void dropProvider(const QString &connectionId);
    void loadHistory();
    void refresh(Provider *provider);
    void refreshTransactions(Provider *provider);
    /// A refresh call failed: counted for the status bar, logged, and shown.
    void reportError(const QString &connection, const struct ProviderError &error);
    void historyLoaded(const std::shared_ptr<class TransactionTable> &table, const QString &error);
    void oneDone();
    /// A request of the refresh starts (counted for its progress).
    void beginOne();
    bool stoppedByUser(const struct ProviderError &error) const;
    void updateSummary();
    /// Asks a gateway that prices currencies for the USD rate of every non-USD balance.
    void updateRates();
    /// The Balances page's total per day, from the stored snapshots.
    void updateHistory();
    void loadPastBalances(Provider *provider);
    /// The selected card's recent transactions, for the Cards page's details panel.
    void showCardTransactions(const QString &cardKey);
    /// Reloads a connection after a payout or cancel changed it.
    void refreshAfterChange(const QString &provider, const QString &connection);

    QNetworkAccessManager *m_network;
    ProviderRegistry *m_providers;
    std::unique_ptr<QSettings> m_settings;
    Keychain *m_keychain;
    ConnectionManager *m_connections;
    ConnectionsController *m_connectionsUi;
    QHash<QString, Provider *> m_savedProviders; // by connection id
    QList<std::pair<Connection, Connection>> m_connectionChanges;
    bool m_demo = false;
    bool m_started = false;
    bool m_keychainWarned = false;
    QSet<QString> m_pastBalancesLoaded; ///< provider/connection
    std::unique_ptr<SandboxServer> m_sandbox;
    BalancesModel *m_balances;
    CardsModel *m_cards;
    TransactionsModel *m_transactions;
    class CardActions *m_cardActions;
    std::unique_ptr<TransactionStore> m_store;
    std::unique_ptr<class BalanceHistory> m_history;
    JournalModel *m_journalModel;
    class PayoutsWiring *m_payoutsWiring = nullptr;
    QSet<std::pair<QString, QString>> m_refreshAfter;
    QString m_storePath;
    bool m_loadingHistory = false;
    std::unique_ptr<MainWindow> m_window;
    int m_outstanding = 0;
    int m_refreshStarted = 0; ///< requests this refresh has started, for its progress
    bool m_stopping = false;
    int m_failedConnections = 0;
};
