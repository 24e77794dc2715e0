#pragma once

#include <QObject>
#include <QString>

#include <memory>

class BalanceHistory;
class TransactionStore;
class TransactionTable;
struct Connection;

/**
 * The local store of one profile: synced transactions and balance snapshots, opened once,
 * and read back in full in a worker thread (a long history takes a moment). Follows a
 * connection's rename or removal.
 */
class LocalHistory final : public QObject
{
    Q_OBJECT

public:
    explicit LocalHistory(QObject *parent = nullptr);
    ~LocalHistory() override;

    /// Opens the store at `path`; false (and no store) with lastError() when it cannot.
    /// History stored before connections had ids takes the id of the saved connection of
    /// its provider and name.
    bool open(const QString &path, const QList<Connection> &saved);
    QString lastError() const { return m_error; }
    /// nullptr when the store could not be opened: the app then works from providers alone.
    TransactionStore *store() const { return m_store.get(); }
    BalanceHistory *balances() const { return m_balances.get(); }
    /// Reads every stored transaction in a worker thread; loaded() follows.
    void load();
    bool isLoading() const { return m_loading; }
    /// The history of a renamed connection follows its new name; true when the shown
    /// transactions need reloading.
    bool rename(const Connection &previous, const Connection &now);
    /// A removed connection's history goes; true when the shown transactions need reloading.
    bool forget(const Connection &previous);

signals:
    /// The whole history (nullptr, with the reason, when it could not be read).
    void loaded(const std::shared_ptr<TransactionTable> &table, const QString &error);

private:
    QString m_path;
    QString m_error;
    std::unique_ptr<TransactionStore> m_store;
    std::unique_ptr<BalanceHistory> m_balances;
    bool m_loading = false;
};
