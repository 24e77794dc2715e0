#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class BalancesModel;
class CardsModel;
class MainWindow;
class Provider;
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
    QList<Provider *> providers() const { return m_providers; }

public slots:
    void refreshAll();
    void setCardsFrozen(const QStringList &cardKeys, bool frozen);

signals:
    /// Every connection has answered (or failed) the refresh started last.
    void refreshFinished();

private:
    void refresh(Provider *provider);
    void refreshTransactions(Provider *provider);
    /// A refresh call failed: counted for the status bar, logged, and shown.
    void reportError(const QString &connection, const struct ProviderError &error);
    void historyLoaded(const std::shared_ptr<class TransactionTable> &table, const QString &error);
    void oneDone();
    Provider *providerFor(const QString &provider, const QString &connection) const;
    void updateSummary();

    QNetworkAccessManager *m_network;
    std::unique_ptr<SandboxServer> m_sandbox;
    BalancesModel *m_balances;
    CardsModel *m_cards;
    TransactionsModel *m_transactions;
    std::unique_ptr<TransactionStore> m_store;
    QString m_storePath;
    bool m_loadingHistory = false;
    QList<Provider *> m_providers;
    std::unique_ptr<MainWindow> m_window;
    int m_outstanding = 0;
    int m_failedConnections = 0;
};
