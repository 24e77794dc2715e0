#include "StoreDatabase.h"

#include "SafeFile.h"

#include <QAtomicInteger>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace {

QAtomicInteger<int> connectionCounter;

// Each step moves the schema from version i to i + 1; never edit a released step.
const char *const Migrations[] = {
    // 1: transactions per connection, money as integer units and scale, never REAL.
    "CREATE TABLE transactions ("
    " provider TEXT NOT NULL, connection TEXT NOT NULL, id TEXT NOT NULL,"
    " date_ms INTEGER NOT NULL, description TEXT NOT NULL DEFAULT '',"
    " card_id TEXT NOT NULL DEFAULT '', card_name TEXT NOT NULL DEFAULT '',"
    " card_last_four TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,"
    " raw_status TEXT NOT NULL DEFAULT '', direction TEXT NOT NULL,"
    " amount_units INTEGER NOT NULL, amount_scale INTEGER NOT NULL, currency TEXT NOT NULL,"
    " fee_units INTEGER, fee_scale INTEGER, merchant_country TEXT NOT NULL DEFAULT '',"
    " raw BLOB, updated_ms INTEGER NOT NULL,"
    " PRIMARY KEY (provider, connection, id));"
    "CREATE INDEX transactions_by_date ON transactions (date_ms);"
    "CREATE TABLE sync_state ("
    " provider TEXT NOT NULL, connection TEXT NOT NULL, cursor_ms INTEGER,"
    " synced_ms INTEGER NOT NULL, PRIMARY KEY (provider, connection));",
    // 2: what each account held when it was read, for balance over time.
    "CREATE TABLE balance_snapshots ("
    " provider TEXT NOT NULL, connection TEXT NOT NULL, account TEXT NOT NULL,"
    " currency TEXT NOT NULL, taken_ms INTEGER NOT NULL,"
    " available_units INTEGER NOT NULL, available_scale INTEGER NOT NULL,"
    " PRIMARY KEY (provider, connection, account, currency, taken_ms));"
    "CREATE INDEX balance_snapshots_by_time ON balance_snapshots (taken_ms);",
    // 3: the audit journal of every action that moves money or changes a card; amounts
    // as exact text.
    "CREATE TABLE journal ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE,"
    " created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL, os_user TEXT NOT NULL,"
    " provider TEXT NOT NULL, connection TEXT NOT NULL, action TEXT NOT NULL,"
    " target TEXT NOT NULL DEFAULT '', amount TEXT, currency TEXT NOT NULL DEFAULT '',"
    " state TEXT NOT NULL, reference TEXT NOT NULL DEFAULT '',"
    " message TEXT NOT NULL DEFAULT '', fee_rule TEXT NOT NULL DEFAULT '',"
    " request TEXT NOT NULL DEFAULT '{}');"
    "CREATE INDEX journal_by_state ON journal (state);",
    // 4: journal entries belong to a connection by its stable id; the name is a label
    // that follows renames. Older rows get their id when the app next opens the
    // connection (ActionJournal::adoptConnection).
    "ALTER TABLE journal ADD COLUMN connection_id TEXT NOT NULL DEFAULT '';"
    "CREATE INDEX journal_by_connection ON journal (connection_id);",
    // 5: transactions, sync positions and balance snapshots key on the connection's id
    // too; the name stays as a label. Old rows carry a placeholder id made of provider
    // and name until the connection is next opened (TransactionStore::adoptConnection).
    "CREATE TABLE transactions_v5 ("
    " connection_id TEXT NOT NULL, provider TEXT NOT NULL, connection TEXT NOT NULL,"
    " id TEXT NOT NULL, date_ms INTEGER NOT NULL, description TEXT NOT NULL DEFAULT '',"
    " card_id TEXT NOT NULL DEFAULT '', card_name TEXT NOT NULL DEFAULT '',"
    " card_last_four TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,"
    " raw_status TEXT NOT NULL DEFAULT '', direction TEXT NOT NULL,"
    " amount_units INTEGER NOT NULL, amount_scale INTEGER NOT NULL, currency TEXT NOT NULL,"
    " fee_units INTEGER, fee_scale INTEGER, merchant_country TEXT NOT NULL DEFAULT '',"
    " raw BLOB, updated_ms INTEGER NOT NULL, PRIMARY KEY (connection_id, id));"
    "INSERT INTO transactions_v5 SELECT 'legacy:' || provider || '/' || connection, provider,"
    " connection, id, date_ms, description, card_id, card_name, card_last_four, status,"
    " raw_status, direction, amount_units, amount_scale, currency, fee_units, fee_scale,"
    " merchant_country, raw, updated_ms FROM transactions;"
    "DROP TABLE transactions;"
    "ALTER TABLE transactions_v5 RENAME TO transactions;"
    "CREATE INDEX transactions_by_date ON transactions (date_ms);"
    "CREATE TABLE sync_state_v5 ("
    " connection_id TEXT NOT NULL PRIMARY KEY, provider TEXT NOT NULL,"
    " connection TEXT NOT NULL, cursor_ms INTEGER, synced_ms INTEGER NOT NULL);"
    "INSERT INTO sync_state_v5 SELECT 'legacy:' || provider || '/' || connection, provider,"
    " connection, cursor_ms, synced_ms FROM sync_state;"
    "DROP TABLE sync_state;"
    "ALTER TABLE sync_state_v5 RENAME TO sync_state;"
    "CREATE TABLE balance_snapshots_v5 ("
    " connection_id TEXT NOT NULL, provider TEXT NOT NULL, connection TEXT NOT NULL,"
    " account TEXT NOT NULL, currency TEXT NOT NULL, taken_ms INTEGER NOT NULL,"
    " available_units INTEGER NOT NULL, available_scale INTEGER NOT NULL,"
    " PRIMARY KEY (connection_id, account, currency, taken_ms));"
    "INSERT INTO balance_snapshots_v5 SELECT 'legacy:' || provider || '/' || connection,"
    " provider, connection, account, currency, taken_ms, available_units, available_scale"
    " FROM balance_snapshots;"
    "DROP TABLE balance_snapshots;"
    "ALTER TABLE balance_snapshots_v5 RENAME TO balance_snapshots;"
    "CREATE INDEX balance_snapshots_by_time ON balance_snapshots (taken_ms);",
    // 6: never pay twice across copies and over time. An open entry has an owner (host,
    // process, start) with a lease; each check against the provider's records is kept;
    // one not found after its settling window waits for a person, whose decision is kept.
    "ALTER TABLE journal ADD COLUMN owner TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE journal ADD COLUMN lease_until_ms INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE journal ADD COLUMN checks TEXT NOT NULL DEFAULT '[]';"
    "ALTER TABLE journal ADD COLUMN needs_decision INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE journal ADD COLUMN decided_by TEXT NOT NULL DEFAULT '';",
    // 7: the app's own words in a row (a batch's "4 payees", "Done: 7 paid") as their
    // source and arguments (JournalText JSON), shown in the reader's language; a payout
    // link's URL on its own, to copy.
    "ALTER TABLE journal ADD COLUMN target_text TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE journal ADD COLUMN message_text TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE journal ADD COLUMN link TEXT NOT NULL DEFAULT '';",
    // 8: the fee the provider charged for a payout, as exact text, in its own currency (a
    // crypto withdrawal's fee is in the coin even when the payout was asked in dollars);
    // what a provider says of a transaction beyond the common fields (TransactionExtra
    // JSON, NULL for most rows).
    "ALTER TABLE journal ADD COLUMN fee TEXT;"
    "ALTER TABLE journal ADD COLUMN fee_currency TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE transactions ADD COLUMN extra TEXT;",
    // 9: what a payout is followed by when not its reference (a Dots payout link's flow).
    "ALTER TABLE journal ADD COLUMN tracking TEXT NOT NULL DEFAULT '';",
};
static_assert(std::size(Migrations) == StoreDatabase::SchemaVersion);

} // namespace

StoreDatabase::StoreDatabase(const QString &path)
    : m_path(path),
      m_connectionName(QStringLiteral("td-store-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

StoreDatabase::~StoreDatabase()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool StoreDatabase::open()
{
    if (m_db.isOpen())
        return true;
    // Money data is its owner's alone, whatever the umask: a folder we make (or the app's
    // own data folder) 0700, the file 0600 before SQLite opens it, which gives its -wal and
    // -shm files the same mode.
    const QString dir = QFileInfo(m_path).absolutePath();
    SafeFile::makeOwnerOnlyPath(dir);
    if (dir == QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        SafeFile::restrictToOwner(dir);
    if (!QFileInfo::exists(m_path)) {
        QFile create(m_path);
        if (create.open(QIODevice::WriteOnly))
            create.close();
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_path + suffix))
            SafeFile::restrictToOwner(m_path + suffix);
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        m_error =
            QObject::tr("Cannot open the local store %1: %2").arg(m_path, m_db.lastError().text());
        return false;
    }
    // WAL: readers never block the writer, and a killed writer leaves the last commit.
    // The busy timeout first: another process may be creating or migrating this store.
    // SQLite answers "locked" at once, without waiting, where waiting could deadlock (two
    // processes switching a new file to WAL together): then the whole setup is tried again
    // for a while, since the other process finishes in milliseconds.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        m_busy = false;
        if (exec(QStringLiteral("PRAGMA busy_timeout=5000")) &&
            exec(QStringLiteral("PRAGMA journal_mode=WAL")) &&
            exec(QStringLiteral("PRAGMA synchronous=FULL")) && migrate())
            return true;
        if (!m_busy || waited.elapsed() > 15000)
            break;
        QThread::msleep(20 + QRandomGenerator::global()->bounded(30));
    }
    m_db.close();
    return false;
}

int StoreDatabase::fileVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool StoreDatabase::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another process holds the file for a moment.
    const QString code = q.lastError().nativeErrorCode();
    m_busy = m_busy || code == QLatin1String("5") || code == QLatin1String("6");
    m_error = QObject::tr("The local store %1 failed: %2").arg(m_path, q.lastError().text());
    return false;
}

bool StoreDatabase::migrate()
{
    for (;;) {
        // One step per transaction, taken with the write lock before the version is read:
        // a second process opening the same new store (the app and treasuryctl) waits, then
        // sees the step done instead of repeating it. A crash mid-step leaves the previous
        // version.
        const bool locked = exec(QStringLiteral("BEGIN IMMEDIATE"));
        const int v = fileVersion();
        if (!locked && v == SchemaVersion)
            return true; // current, and only readable here: reading is all it needs
        if (!locked && v >= 0 && v < SchemaVersion)
            return false;
        QString failed;
        QString why;
        if (v < 0) {
            exec(QStringLiteral("ROLLBACK"));
            m_error = QObject::tr("The local store %1 is not a database.").arg(m_path);
            return false;
        }
        if (v > SchemaVersion) {
            exec(QStringLiteral("ROLLBACK"));
            m_error = QObject::tr("The local store %1 was written by a newer Treasury Desk "
                                  "(schema %2, this version knows %3). Update the app.")
                          .arg(m_path)
                          .arg(v)
                          .arg(SchemaVersion);
            return false;
        }
        if (v == SchemaVersion)
            return exec(QStringLiteral("COMMIT"));
        const QStringList statements =
            QString::fromLatin1(Migrations[v]).split(u';', Qt::SkipEmptyParts);
        for (const QString &sql :
             statements + QStringList{QStringLiteral("PRAGMA user_version=%1").arg(v + 1)}) {
            QSqlQuery q(m_db);
            if (!q.exec(sql)) {
                failed = sql.simplified();
                why = q.lastError().text();
                break;
            }
        }
        if (failed.isEmpty()) {
            QSqlQuery q(m_db);
            if (!q.exec(QStringLiteral("COMMIT"))) {
                failed = QStringLiteral("COMMIT");
                why = q.lastError().text();
            }
        }
        if (!failed.isEmpty()) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            // Which step, which statement, why, and that nothing was half done.
            m_error = QObject::tr("Updating the local store %1 from schema %2 to %3 failed at "
                                  "\"%4\": %5. The store is unchanged at schema %2; free "
                                  "disk space or restore a backup, then start again.")
                          .arg(m_path)
                          .arg(v)
                          .arg(v + 1)
                          .arg(failed.left(80), why);
            return false;
        }
    }
}
