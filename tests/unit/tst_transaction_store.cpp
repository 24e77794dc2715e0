#include "BalanceHistory.h"
#include "StoreDatabase.h"
#include "SyntheticTransactions.h"
#include "TestSupport.h"
#include "TransactionStore.h"
#include "TransactionTable.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

#include <QTimeZone>
#include <sys/stat.h>

/// The local SQLite store: schema, exact money, sync cursor, and crash consistency.
class TestTransactionStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void newFileGetsCurrentSchema();
    void refusesNewerSchema();
    void failedMigrationSaysWhatFailedAndChangesNothing();
    void storeIsItsOwnersAloneWhateverTheUmask();
    void upsertAddsAndReplacesExactly();
    void loadAllReadsBackEveryField();
    void moneyIsNeverReal();
    void syncCursorOnlyMovesForward();
    void rawRecordKeptForDetails();
    void removeConnectionDeletesItsRows();
    void olderStoreKeepsItsHistoryUnderTheConnectionsId();
    void killedWriterLeavesConsistentDatabase();
    void processesOpeningANewStoreAtOnceAllSucceed();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("store.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

static const QDateTime When(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::utc());

void TestTransactionStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestTransactionStore::newFileGetsCurrentSchema()
{
    StoreDatabase db(path());
    QVERIFY2(db.open(), qPrintable(db.lastError()));
    QCOMPARE(db.fileVersion(), StoreDatabase::SchemaVersion);
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    // Opening again migrates nothing and keeps the version.
    StoreDatabase again(path());
    QVERIFY(again.open());
    QCOMPARE(again.fileVersion(), StoreDatabase::SchemaVersion);
}

// Rows key on a connection's id; the tests name theirs after the connection.
static ConnectionRef conn(const QString &provider, const QString &name)
{
    return {QStringLiteral("id-") + name, provider, name};
}

void TestTransactionStore::storeIsItsOwnersAloneWhateverTheUmask()
{
    auto modeOf = [](const QString &p) {
        struct stat st;
        return ::stat(QFile::encodeName(p).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
    };
    const mode_t old = ::umask(0);
    // Folders above the store that did not exist yet (the organisation's, then the app's).
    const QString dir = m_dir->filePath(QStringLiteral("data/TreasuryDesk/treasury-desk"));
    const QString file = dir + QStringLiteral("/store.sqlite");
    {
        TransactionStore store(file);
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        Transaction t;
        t.id = QStringLiteral("T1");
        t.provider = QStringLiteral("dinari");
        t.connection = QStringLiteral("Main");
        t.date = When;
        t.amount = *Money::parse(u"1.00");
        t.currency = QStringLiteral("USD");
        QVERIFY(store.upsert(conn(t.provider, t.connection), {t}, When));
        // While it is open, the write-ahead log and its index exist too.
        QCOMPARE(modeOf(dir), 0700);
        QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("data/TreasuryDesk"))), 0700);
        QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("data"))), 0700);
        QCOMPARE(modeOf(file), 0600);
        QCOMPARE(modeOf(file + QStringLiteral("-wal")), 0600);
        QCOMPARE(modeOf(file + QStringLiteral("-shm")), 0600);
    }
    // A file an older version left readable by everyone is mended when opened.
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(modeOf(file), 0644);
    {
        TransactionStore store(file);
        QVERIFY(store.open());
        QCOMPARE(modeOf(file), 0600);
    }
    ::umask(old);
}

void TestTransactionStore::refusesNewerSchema()
{
    {
        StoreDatabase db(path());
        QVERIFY(db.open());
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=99")));
    }
    StoreDatabase db(path());
    QVERIFY(!db.open());
    QVERIFY2(db.lastError().contains(QStringLiteral("newer")), qPrintable(db.lastError()));
}

void TestTransactionStore::failedMigrationSaysWhatFailedAndChangesNothing()
{
    {
        StoreDatabase db(path());
        QVERIFY(db.open());
        QSqlQuery q(db.db());
        // A schema-5 store whose journal already has the column step 6 adds.
        for (const char *column : {"lease_until_ms", "checks", "needs_decision", "decided_by",
                                   "target_text", "message_text", "link"})
            QVERIFY(q.exec(
                QStringLiteral("ALTER TABLE journal DROP COLUMN %1").arg(QLatin1String(column))));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=5")));
    }
    StoreDatabase db(path());
    QVERIFY(!db.open());
    const QString e = db.lastError();
    QVERIFY2(e.contains(QStringLiteral("from schema 5 to 6")), qPrintable(e));
    QVERIFY2(e.contains(QStringLiteral("ALTER TABLE journal ADD COLUMN owner")), qPrintable(e));
    QVERIFY2(e.contains(QStringLiteral("duplicate column name: owner")), qPrintable(e));
    QVERIFY2(e.contains(QStringLiteral("unchanged at schema 5")), qPrintable(e));
    // Rolled back: the next start meets the same schema 5, not a half-done 6.
    StoreDatabase again(path());
    QVERIFY(!again.open());
    QVERIFY2(again.lastError().contains(QStringLiteral("from schema 5 to 6")),
             qPrintable(again.lastError()));
}

void TestTransactionStore::upsertAddsAndReplacesExactly()
{
    TransactionStore store(path());
    QVERIFY(store.open());
    QList<Transaction> list = SyntheticTransactions::make(50);
    for (Transaction &t : list) {
        t.provider = QStringLiteral("dashfi");
        t.connection = QStringLiteral("Main");
        t.connectionId = QStringLiteral("id-Main");
    }
    list[0].amount = *Money::parse(u"12345678901.23");
    list[1].currency = QStringLiteral("BTC");
    list[1].amount = *Money::parse(u"0.00000001");
    QVERIFY2(store.upsert(conn(QStringLiteral("dashfi"), QStringLiteral("Main")), list, When),
             qPrintable(store.lastError()));
    // A refresh sends one again with a settled status and a new amount (a tip).
    Transaction changed = list[2];
    changed.status = Transaction::Status::Settled;
    changed.amount = *Money::parse(u"45.89");
    QVERIFY(store.upsert(conn(QStringLiteral("dashfi"), QStringLiteral("Main")), {changed}, When));
    QCOMPARE(store.count(), 50);
    const auto table = store.loadAll();
    QVERIFY(table);
    QCOMPARE(table->size(), 50);
    QHash<QString, int> rows = table->rowsOf(QStringLiteral("id-Main"));
    QCOMPARE(table->amount(rows.value(list[0].id)).toString(), QStringLiteral("12345678901.23"));
    QCOMPARE(table->amount(rows.value(list[1].id)).toString(), QStringLiteral("0.00000001"));
    QCOMPARE(table->amount(rows.value(changed.id)).toString(), QStringLiteral("45.89"));
    QCOMPARE(table->status(rows.value(changed.id)), Transaction::Status::Settled);
    for (const Transaction &t : list.mid(3)) {
        const int r = rows.value(t.id, -1);
        QVERIFY(r >= 0);
        QVERIFY2(table->holds(r, t), qPrintable(t.id));
    }
}

// Loading copies rows in chunks to a second thread and keys shared text by its bytes:
// more than one chunk, several connections, cards whose fields split the same characters
// differently, and fees present and absent must all come back exactly.
void TestTransactionStore::loadAllReadsBackEveryField()
{
    TransactionStore store(path());
    QVERIFY(store.open());
    QList<Transaction> all;
    for (const QString &connection : {QStringLiteral("Main"), QStringLiteral("Ops")}) {
        QList<Transaction> list = SyntheticTransactions::make(9000);
        for (int i = 0; i < list.size(); ++i) {
            Transaction &t = list[i];
            t.provider = QStringLiteral("dashfi");
            t.connection = connection;
            t.connectionId = QStringLiteral("id-") + connection;
            t.cardId = QStringLiteral("card");
            t.cardName = i % 2 ? QStringLiteral("ab") : QStringLiteral("a");
            t.cardLastFour = i % 2 ? QStringLiteral("c") : QStringLiteral("bc");
            t.description = i % 3 ? t.description : QStringLiteral("Café « Zoë » %1").arg(i % 7);
            if (i % 5 == 0)
                t.fee.reset();
            else
                t.fee = *Money::parse(u"0.25");
            // What a few rows say beyond the common fields comes back with them.
            if (i % 11 == 0) {
                t.extra.chainReference = QStringLiteral("0x%1").arg(i, 64, 16, QChar(u'0'));
                t.extra.networkFee = *Money::parse(u"0.10000000");
                t.extra.platformFee = *Money::parse(u"0.15");
            }
            if (i % 13 == 0) {
                t.extra.fiatAmount = *Money::parse(QStringLiteral("%1.05").arg(i));
                t.extra.fiatCurrency = QStringLiteral("EUR");
            }
        }
        QVERIFY2(store.upsert(conn(QStringLiteral("dashfi"), connection), list, When),
                 qPrintable(store.lastError()));
        all += list;
    }
    const auto table = store.loadAll();
    QVERIFY(table);
    QCOMPARE(table->size(), all.size());
    QHash<QString, int> rows;
    for (const QString &connection : {QStringLiteral("Main"), QStringLiteral("Ops")}) {
        const QHash<QString, int> mine = table->rowsOf(QStringLiteral("id-") + connection);
        for (auto it = mine.cbegin(); it != mine.cend(); ++it)
            rows.insert(connection + u'/' + it.key(), it.value());
    }
    for (const Transaction &t : std::as_const(all)) {
        const int r = rows.value(t.connection + u'/' + t.id, -1);
        QVERIFY2(r >= 0, qPrintable(t.id));
        QVERIFY2(table->holds(r, t), qPrintable(t.connection + u'/' + t.id));
        QVERIFY(table->extra(r) == t.extra);
    }
    // holds() sees a changed extra: a refresh that learns a chain hash replaces the row.
    Transaction changed = all.first();
    changed.extra.chainReference = QStringLiteral("0xnew");
    QVERIFY(!table->holds(rows.value(changed.connection + u'/' + changed.id), changed));
}

void TestTransactionStore::moneyIsNeverReal()
{
    TransactionStore store(path());
    QVERIFY(store.open());
    QVERIFY(store.upsert(conn(QStringLiteral("dots"), QStringLiteral("D")),
                         SyntheticTransactions::make(20), When));
    StoreDatabase db(path());
    QVERIFY(db.open());
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT count(*) FROM transactions WHERE typeof(amount_units) <> 'integer' OR "
        "typeof(amount_scale) <> 'integer' OR typeof(fee_units) = 'real'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestTransactionStore::syncCursorOnlyMovesForward()
{
    TransactionStore store(path());
    QVERIFY(store.open());
    QVERIFY(!store.syncState(QStringLiteral("id-A")));
    Transaction t = SyntheticTransactions::make(1).first();
    t.date = When;
    QVERIFY(store.upsert(conn(QStringLiteral("dashfi"), QStringLiteral("A")), {t}, When));
    QCOMPARE(store.syncState(QStringLiteral("id-A"))->cursor, When);
    // An older transaction re-read in the trailing window does not move it back.
    Transaction older = t;
    older.id += QStringLiteral("-old");
    older.date = When.addDays(-5);
    QVERIFY(store.upsert(conn(QStringLiteral("dashfi"), QStringLiteral("A")), {older},
                         When.addDays(1)));
    const SyncState s = *store.syncState(QStringLiteral("id-A"));
    QCOMPARE(s.cursor, When);
    QCOMPARE(s.syncedAt, When.addDays(1));
    // An empty refresh records the time and keeps the cursor.
    QVERIFY(store.upsert(conn(QStringLiteral("dashfi"), QStringLiteral("A")), {}, When.addDays(2)));
    QCOMPARE(store.syncState(QStringLiteral("id-A"))->cursor, When);
    // A list read in part keeps its rows but not its newest time: what it left out (older
    // than that, perhaps) is asked for again.
    Transaction newer = t;
    newer.id += QStringLiteral("-new");
    newer.date = When.addDays(3);
    QVERIFY(store.upsert(conn(QStringLiteral("dashfi"), QStringLiteral("A")), {newer},
                         When.addDays(3), false));
    QCOMPARE(store.syncState(QStringLiteral("id-A"))->cursor, When);
    QCOMPARE(store.syncState(QStringLiteral("id-A"))->syncedAt, When.addDays(3));
    QVERIFY(store.upsert(conn(QStringLiteral("dashfi"), QStringLiteral("A")), {newer},
                         When.addDays(4)));
    QCOMPARE(store.syncState(QStringLiteral("id-A"))->cursor, When.addDays(3));
}

void TestTransactionStore::rawRecordKeptForDetails()
{
    TransactionStore store(path());
    QVERIFY(store.open());
    Transaction t = SyntheticTransactions::make(1).first();
    t.raw = R"({"id":"x","amount":45.89,"note":"=cmd|' /C calc'!A0"})";
    QVERIFY(store.upsert(conn(t.provider, t.connection), {t}, When));
    QCOMPARE(store.raw(QStringLiteral("id-") + t.connection, t.id), t.raw);
    QVERIFY(store.raw(QStringLiteral("id-") + t.connection, QStringLiteral("nope")).isEmpty());
}

void TestTransactionStore::removeConnectionDeletesItsRows()
{
    TransactionStore store(path());
    QVERIFY(store.open());
    const QList<Transaction> list = SyntheticTransactions::make(10);
    QVERIFY(store.upsert(conn(QStringLiteral("dart"), QStringLiteral("A")), list.mid(0, 4), When));
    QVERIFY(store.upsert(conn(QStringLiteral("dart"), QStringLiteral("B")), list.mid(4), When));
    QVERIFY(store.removeConnection(QStringLiteral("id-A")));
    QCOMPARE(store.count(), 6);
    QVERIFY(!store.syncState(QStringLiteral("id-A")));
    QVERIFY(store.syncState(QStringLiteral("id-B")));
}

void TestTransactionStore::olderStoreKeepsItsHistoryUnderTheConnectionsId()
{
    {
        // A version-4 file: history keyed by provider and the connection's name.
        StoreDatabase db(path());
        QVERIFY(db.open());
        QSqlQuery q(db.db());
        for (const char *sql : {
                 "DROP TABLE transactions",
                 "DROP TABLE sync_state",
                 "DROP TABLE balance_snapshots",
                 "CREATE TABLE transactions (provider TEXT NOT NULL, connection TEXT NOT NULL,"
                 " id TEXT NOT NULL, date_ms INTEGER NOT NULL, description TEXT NOT NULL"
                 " DEFAULT '', card_id TEXT NOT NULL DEFAULT '', card_name TEXT NOT NULL"
                 " DEFAULT '', card_last_four TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,"
                 " raw_status TEXT NOT NULL DEFAULT '', direction TEXT NOT NULL, amount_units"
                 " INTEGER NOT NULL, amount_scale INTEGER NOT NULL, currency TEXT NOT NULL,"
                 " fee_units INTEGER, fee_scale INTEGER, merchant_country TEXT NOT NULL DEFAULT"
                 " '', raw BLOB, updated_ms INTEGER NOT NULL, PRIMARY KEY (provider,"
                 " connection, id))",
                 "CREATE TABLE sync_state (provider TEXT NOT NULL, connection TEXT NOT NULL,"
                 " cursor_ms INTEGER, synced_ms INTEGER NOT NULL,"
                 " PRIMARY KEY (provider, connection))",
                 "CREATE TABLE balance_snapshots (provider TEXT NOT NULL, connection TEXT NOT"
                 " NULL, account TEXT NOT NULL, currency TEXT NOT NULL, taken_ms INTEGER NOT"
                 " NULL, available_units INTEGER NOT NULL, available_scale INTEGER NOT NULL,"
                 " PRIMARY KEY (provider, connection, account, currency, taken_ms))",
                 // Two connections named "Main", of two providers, with the same id.
                 "INSERT INTO transactions (provider, connection, id, date_ms, status,"
                 " direction, amount_units, amount_scale, currency, raw, updated_ms) VALUES"
                 " ('dashfi', 'Main', 'T1', 1, 'settled', 'out', 1250, 2, 'USD', '{\"a\":1}', 1),"
                 " ('dots', 'Main', 'T1', 2, 'settled', 'in', 99, 2, 'USD', NULL, 1)",
                 "INSERT INTO sync_state VALUES ('dashfi', 'Main', 1762000000000, 1)",
                 "INSERT INTO balance_snapshots VALUES ('dashfi', 'Main', 'prepaid', 'USD',"
                 " 1762000000000, 5000, 2)",
                 "PRAGMA user_version=4",
             })
            QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
        for (const char *column :
             {"owner", "lease_until_ms", "checks", "needs_decision", "decided_by", "target_text",
              "message_text", "link", "fee", "fee_currency", "tracking"})
            QVERIFY(q.exec(
                QStringLiteral("ALTER TABLE journal DROP COLUMN %1").arg(QLatin1String(column))));
    }
    TransactionStore store(path());
    QVERIFY2(store.open(), qPrintable(store.lastError()));
    QCOMPARE(store.count(), 2);
    // The app opens the saved dash.fi connection "Main": its rows, and only they, take its
    // id; then a rename relabels them and nothing is lost.
    const ConnectionRef dashfi = conn(QStringLiteral("dashfi"), QStringLiteral("Main"));
    QVERIFY(!store.syncState(dashfi.id));
    QVERIFY2(store.adoptConnection(dashfi), qPrintable(store.lastError()));
    QVERIFY(store.adoptConnection(dashfi)); // again: nothing more to adopt
    QVERIFY(store.renameConnection(dashfi.id, QStringLiteral("Operations")));
    QCOMPARE(store.syncState(dashfi.id)->cursor.toMSecsSinceEpoch(), 1762000000000);
    QCOMPARE(store.raw(dashfi.id, QStringLiteral("T1")), QByteArray(R"({"a":1})"));
    const auto table = store.loadAll();
    QVERIFY(table);
    const QHash<QString, int> mine = table->rowsOf(dashfi.id);
    QCOMPARE(mine.size(), 1);
    QCOMPARE(table->connection(mine.value(QStringLiteral("T1"))), QStringLiteral("Operations"));
    QCOMPARE(table->amount(mine.value(QStringLiteral("T1"))).toString(), QStringLiteral("12.50"));
    const QString dotsLegacy =
        ConnectionRef::legacyId(QStringLiteral("dots"), QStringLiteral("Main"));
    QCOMPARE(table->rowsOf(dotsLegacy).size(), 1);
    QCOMPARE(table->connection(table->rowsOf(dotsLegacy).value(QStringLiteral("T1"))),
             QStringLiteral("Main"));
    BalanceHistory balances(path());
    QVERIFY(balances.open());
    const QList<Balance> snapshots = balances.since(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
    QCOMPARE(snapshots.size(), 1);
    QCOMPARE(snapshots.first().connectionId, dashfi.id);
    QCOMPARE(snapshots.first().connection, QStringLiteral("Operations"));
    QCOMPARE(snapshots.first().available.toString(), QStringLiteral("50.00"));
}

void TestTransactionStore::killedWriterLeavesConsistentDatabase()
{
    // A child process writes batches of 100 as fast as it can; we kill it mid-write.
    QProcess writer;
    writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--writer"), path()});
    QVERIFY(writer.waitForStarted());
    qint64 seen = 0;
    for (int i = 0; i < 200 && seen < 500; ++i) {
        QTest::qWait(50);
        TransactionStore reader(path());
        if (reader.open())
            seen = reader.count();
    }
    QVERIFY2(seen >= 500,
             qPrintable(QStringLiteral("the writer made no progress (%1)")
                            .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
    writer.kill();
    QVERIFY(writer.waitForFinished());
    StoreDatabase db(path());
    QVERIFY2(db.open(), qPrintable(db.lastError()));
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    // Every batch is all there or not at all.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM transactions")) && q.next());
    const qint64 count = q.value(0).toLongLong();
    QVERIFY(count >= 500);
    QCOMPARE(count % 100, 0);
}

void TestTransactionStore::processesOpeningANewStoreAtOnceAllSucceed()
{
    // The app and treasuryctl may create the same store at the same moment: each must wait
    // for the other's schema step, not repeat it and fail on "table already exists".
    for (int round = 0; round < 5; ++round) {
        const QString fresh = m_dir->filePath(QStringLiteral("fresh-%1.sqlite").arg(round));
        std::vector<std::unique_ptr<QProcess>> openers;
        for (int i = 0; i < 4; ++i) {
            openers.push_back(std::make_unique<QProcess>());
            openers.back()->start(QCoreApplication::applicationFilePath(),
                                  {QStringLiteral("--opener"), fresh});
        }
        for (const auto &p : openers) {
            QVERIFY(p->waitForFinished(30000));
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     p->readAllStandardError().constData());
        }
        StoreDatabase db(fresh);
        QVERIFY(db.open());
        QCOMPARE(db.fileVersion(), StoreDatabase::SchemaVersion);
    }
}

static int runOpener(const QString &path)
{
    TransactionStore store(path);
    if (store.open())
        return 0;
    fprintf(stderr, "%s\n", qPrintable(store.lastError()));
    return 1;
}

static int runWriter(const QString &path)
{
    TransactionStore store(path);
    if (!store.open()) {
        fprintf(stderr, "%s\n", qPrintable(store.lastError()));
        return 1;
    }
    const QList<Transaction> batch = SyntheticTransactions::make(100);
    for (int n = 0;; ++n) {
        QList<Transaction> b = batch;
        for (Transaction &t : b)
            t.id += QStringLiteral("-%1").arg(n);
        if (!store.upsert(conn(QStringLiteral("dashfi"), QStringLiteral("W")), b, When))
            return 2;
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]));
    if (argc == 3 && qstrcmp(argv[1], "--opener") == 0)
        return runOpener(QString::fromLocal8Bit(argv[2]));
    TestTransactionStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_transaction_store.moc"
