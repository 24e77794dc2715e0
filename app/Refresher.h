#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class BalancesModel;
class CardsModel;
class Clock;
class LocalHistory;
class MainWindow;
class PayoutsWiring;
class Provider;
class ProviderRegistry;
class RefreshRun;
class TransactionsModel;
struct ProviderError;

/**
 * Refreshes the open connections: each provider's balances, cards, transactions and
 * recipients go into the models (and the local store) as they arrive, one connection at a
 * time, so one failing provider leaves the others current. After a refresh, the USD rates
 * and the balance chart. One RefreshRun per refresh counts its work and its failures.
 */
class Refresher final : public QObject
{
    Q_OBJECT

public:
    Refresher(ProviderRegistry *providers, MainWindow *window, BalancesModel *balances,
              CardsModel *cards, TransactionsModel *transactions, PayoutsWiring *payouts,
              const Clock &clock, QObject *parent = nullptr);

    /// Where what is read is kept (none: the models alone).
    void setHistory(LocalHistory *history) { m_history = history; }
    bool isRunning() const;
    /// Refreshes every open connection; false when there is none (or one runs already).
    bool refreshAll();
    /// Refreshes one connection, joining the refresh under way.
    void refresh(Provider *provider);
    /// Reloads a connection after a payout or cancel changed it: at once, or when the
    /// refresh under way (whose answers may predate the change) is over.
    void refreshAfterChange(const QString &connection);
    /// Stops the refresh under way: its reads are cancelled, the data shown stays.
    void stop();
    /// The failures of the refresh last finished (or under way).
    int failures() const { return m_failures; }

public slots:
    /// A call failed: counted for the status bar, logged, and shown.
    void reportError(const QString &connection, const ProviderError &error);

signals:
    /// A refresh is over (its rates and chart follow on their own).
    void finished();

private:
    RefreshRun *run();
    void runFinished(bool stopped);
    void refreshBalances(Provider *provider);
    void refreshCards(Provider *provider);
    void refreshTransactions(Provider *provider);
    void refreshRecipients(Provider *provider);
    /// Once a session per connection: what the provider remembers of its balances.
    void loadPastBalances(Provider *provider);
    /// Asks a provider that prices currencies for the USD rate of every non-USD balance.
    void updateRates();
    /// The Balances page's total per day, from the stored snapshots.
    void updateChart();

    ProviderRegistry *m_providers;
    MainWindow *m_window;
    BalancesModel *m_balances;
    CardsModel *m_cards;
    TransactionsModel *m_transactions;
    PayoutsWiring *m_payouts;
    const Clock &m_clock;
    LocalHistory *m_history = nullptr;
    RefreshRun *m_run = nullptr;
    int m_failures = 0;
    QSet<QString> m_pastBalancesLoaded; ///< connection ids
    QSet<QString> m_refreshAfter;       ///< connections
};
