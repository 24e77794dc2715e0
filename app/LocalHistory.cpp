#include "LocalHistory.h"

#include "BalanceHistory.h"
#include "Connection.h"
#include "TransactionStore.h"
#include "TransactionTable.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

LocalHistory::LocalHistory(QObject *parent) : QObject(parent) {}

LocalHistory::~LocalHistory() = default;

bool LocalHistory::open(const QString &path, const QList<Connection> &saved)
{
    m_path = path;
    m_store = std::make_unique<TransactionStore>(path);
    if (!m_store->open()) {
        m_error = m_store->lastError();
        m_store.reset();
        return false;
    }
    // Before anything is read, so no row is shown under two ids.
    for (const Connection &c : saved) {
        if (!m_store->adoptConnection(c.ref()))
            m_error = m_store->lastError();
    }
    m_balances = std::make_unique<BalanceHistory>(path);
    if (!m_balances->open())
        m_balances.reset();
    return true;
}

void LocalHistory::load()
{
    struct Loaded
    {
        std::shared_ptr<TransactionTable> table;
        QString error;
    };
    m_loading = true;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher] {
        const Loaded result = watcher->result();
        watcher->deleteLater();
        m_loading = false;
        emit loaded(result.table, result.error);
    });
    // A second connection to the file, in a worker thread.
    watcher->setFuture(QtConcurrent::run([path = m_path] {
        TransactionStore reader(path);
        Loaded result;
        if (reader.open())
            result.table = reader.loadAll();
        if (!result.table)
            result.error = reader.lastError();
        return result;
    }));
}

bool LocalHistory::rename(const Connection &previous, const Connection &now)
{
    return m_store && m_store->renameConnection(previous.id, now.name);
}

bool LocalHistory::forget(const Connection &previous)
{
    return m_store && m_store->removeConnection(previous.id);
}
