#include "TransactionStore.h"

#include "TransactionTable.h"
#include "TransactionTableReader.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

TransactionStore::TransactionStore(const QString &path) : m_db(path) {}

bool TransactionStore::fail(const QString &what)
{
    m_error =
        QObject::tr("The local store could not %1: %2").arg(what, m_db.db().lastError().text());
    return false;
}

bool TransactionStore::upsert(const ConnectionRef &connection,
                              const QList<Transaction> &transactions, const QDateTime &syncedAt,
                              bool complete)
{
    m_error.clear();
    QSqlDatabase &db = m_db.db();
    if (!db.transaction())
        return fail(QObject::tr("start a write"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO transactions (connection_id, provider, connection, id, date_ms,"
        " description,"
        " card_id, card_name, card_last_four, status, raw_status, direction, amount_units,"
        " amount_scale, currency, fee_units, fee_scale, merchant_country, raw, updated_ms,"
        " extra)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    qint64 newest = std::numeric_limits<qint64>::min();
    const qint64 now = syncedAt.toMSecsSinceEpoch();
    for (const Transaction &t : transactions) {
        const qint64 ms = t.date.toMSecsSinceEpoch();
        newest = qMax(newest, ms);
        const QVariantList values = {
            connection.id,
            connection.provider,
            connection.name,
            t.id,
            ms,
            t.description,
            t.cardId,
            t.cardName,
            t.cardLastFour,
            Transaction::statusName(t.status),
            t.rawStatus,
            Transaction::directionName(t.direction),
            t.amount.minorUnits(),
            t.amount.scale(),
            t.currency,
            t.fee ? QVariant(t.fee->minorUnits()) : QVariant(QMetaType::fromType<qint64>()),
            t.fee ? QVariant(t.fee->scale()) : QVariant(QMetaType::fromType<int>()),
            t.merchantCountry,
            t.raw,
            now,
            t.extra.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                              : QVariant(QString::fromUtf8(t.extra.toJson())),
        };
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec()) {
            db.rollback();
            return fail(QObject::tr("save transaction %1").arg(t.id));
        }
    }
    QSqlQuery cursor(db);
    cursor.prepare(QStringLiteral(
        "INSERT INTO sync_state (connection_id, provider, connection, cursor_ms, synced_ms)"
        " VALUES (?,?,?,?,?) ON CONFLICT (connection_id) DO UPDATE SET"
        " connection = excluded.connection,"
        " cursor_ms = max(coalesce(cursor_ms, excluded.cursor_ms), coalesce(excluded.cursor_ms,"
        " cursor_ms)), synced_ms = excluded.synced_ms"));
    cursor.addBindValue(connection.id);
    cursor.addBindValue(connection.provider);
    cursor.addBindValue(connection.name);
    cursor.addBindValue(transactions.isEmpty() || !complete
                            ? QVariant(QMetaType::fromType<qint64>())
                            : QVariant(newest));
    cursor.addBindValue(now);
    if (!cursor.exec()) {
        db.rollback();
        return fail(QObject::tr("save the sync position"));
    }
    if (!db.commit()) {
        db.rollback();
        return fail(QObject::tr("commit"));
    }
    return true;
}

std::optional<SyncState> TransactionStore::syncState(const QString &connectionId)
{
    QSqlQuery q(m_db.db());
    q.prepare(
        QStringLiteral("SELECT cursor_ms, synced_ms FROM sync_state WHERE connection_id = ?"));
    q.addBindValue(connectionId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    SyncState s;
    if (!q.value(0).isNull())
        s.cursor = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    s.syncedAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    return s;
}

std::shared_ptr<TransactionTable> TransactionStore::loadAll()
{
    m_error.clear();
    const qint64 rows = count();
    if (rows < 0) {
        fail(QObject::tr("count transactions"));
        return nullptr;
    }
    TransactionTableReader reader;
    auto table = reader.read(m_db.db(), rows);
    if (!table)
        m_error = reader.error();
    return table;
}

QByteArray TransactionStore::raw(const QString &connectionId, const QString &id)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT raw FROM transactions WHERE connection_id = ? AND id = ?"));
    q.addBindValue(connectionId);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toByteArray();
}

qint64 TransactionStore::count()
{
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM transactions")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool TransactionStore::adoptConnection(const ConnectionRef &connection)
{
    return eachTable(QStringLiteral("UPDATE %1 SET connection_id = ?, connection = ?"
                                    " WHERE connection_id = ?"),
                     {connection.id, connection.name,
                      ConnectionRef::legacyId(connection.provider, connection.name)},
                     QObject::tr("give the connection's history its id"));
}

bool TransactionStore::removeConnection(const QString &connectionId)
{
    return eachTable(QStringLiteral("DELETE FROM %1 WHERE connection_id = ?"), {connectionId},
                     QObject::tr("remove the connection's transactions"));
}

bool TransactionStore::renameConnection(const QString &connectionId, const QString &name)
{
    // Rows key on the id, so nothing is fetched again and balance over time stays
    // continuous; only the label changes.
    return eachTable(QStringLiteral("UPDATE %1 SET connection = ? WHERE connection_id = ?"),
                     {name, connectionId}, QObject::tr("rename the connection"));
}

bool TransactionStore::eachTable(const QString &sql, const QVariantList &values,
                                 const QString &what)
{
    m_error.clear();
    QSqlDatabase &db = m_db.db();
    if (!db.transaction())
        return fail(QObject::tr("start a write"));
    // The balance history is kept in the same file, by the same ids.
    for (const char *table : {"transactions", "sync_state", "balance_snapshots"}) {
        QSqlQuery q(db);
        q.prepare(sql.arg(QLatin1String(table)));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            db.rollback();
            return fail(what);
        }
    }
    return db.commit() || fail(QObject::tr("commit"));
}
