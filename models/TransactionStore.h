#pragma once

#include "ConnectionRef.h"
#include "StoreDatabase.h"
#include "Transaction.h"

#include <QDateTime>
#include <QList>

#include <memory>
#include <optional>

class TransactionTable;

/// Where a connection's sync stands: the newest transaction time seen, and when.
struct SyncState
{
    QDateTime cursor; ///< invalid: nothing synced yet
    QDateTime syncedAt;
};

/**
 * Every synced transaction, per connection, with its sync cursor, in the local SQLite
 * store. Writes happen in one database transaction per call. Not shared across threads:
 * a thread that loads in the background opens its own TransactionStore on the same file.
 */
class TransactionStore final
{
public:
    explicit TransactionStore(const QString &path);

    bool open() { return m_db.open(); }
    QString lastError() const { return m_error.isEmpty() ? m_db.lastError() : m_error; }

    /// Adds or replaces (by connection id and transaction id) and moves the cursor,
    /// atomically. A list the provider gave `complete`ly false keeps the cursor where it
    /// was: what it left out is asked for again next time.
    bool upsert(const ConnectionRef &connection, const QList<Transaction> &transactions,
                const QDateTime &syncedAt, bool complete = true);
    std::optional<SyncState> syncState(const QString &connectionId);
    /// All transactions without their raw JSON; nullptr on failure.
    std::shared_ptr<TransactionTable> loadAll();
    QByteArray raw(const QString &connectionId, const QString &id);
    qint64 count();
    /// Gives rows stored before connections had ids (under provider and name) the
    /// connection's id; false on a store error.
    bool adoptConnection(const ConnectionRef &connection);
    bool removeConnection(const QString &connectionId);
    /// The new name labels the history, the cursor and the balance snapshots.
    bool renameConnection(const QString &connectionId, const QString &name);

private:
    bool fail(const QString &what);
    /// Runs sql (with %1 for the table) on every table kept per connection, in one
    /// transaction.
    bool eachTable(const QString &sql, const QVariantList &values, const QString &what);

    StoreDatabase m_db;
    QString m_error;
};
