#include "StoreDatabase.h"
#include "SyntheticTransactions.h"
#include "TestSupport.h"
#include "TransactionStore.h"
#include "TransactionTable.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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
    void storeIsItsOwnersAloneWhateverTheUmask();
    void upsertAddsAndReplacesExactly();
    void loadAllReadsBackEveryField();
    void moneyIsNeverReal();
    void syncCursorOnlyMovesForward();
    void rawRecordKeptForDetails();
    void removeConnectionDeletesItsRows();
    void killedWriterLeavesConsistentDatabase();

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

void TestTransactionStore::storeIsItsOwnersAloneWhateverTheUmask()
{
    auto modeOf = [](const QString &p) {
        struct stat st;
        return ::stat(QFile::encodeName(p).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
    };
    const mode_t old = ::umask(0);
    const QString dir = m_dir->filePath(QStringLiteral("data"));
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
        QVERIFY(store.upsert(t.provider, t.connection, {t}, When));
        // While it is open, the write-ahead log and its index exist too.
        QCOMPARE(modeOf(dir), 0700);
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

void TestTransactionStore::upsertAddsAndReplacesExactly()
{
    TransactionStore store(path());
    QVERIFY(store.open());
    QList<Transaction> list = SyntheticTransactions::make(50);
    for (Transaction &t : list) {
        t.provider = QStringLiteral("dashfi");
        t.connection = QStringLiteral("Main");
    }
    list[0].amount = *Money::parse(u"12345678901.23");
    list[1].currency = QStringLiteral("BTC");
    list[1].amount = *Money::parse(u"0.00000001");
    QVERIFY2(store.upsert(QStringLiteral("dashfi"), QStringLiteral("Main"), list, When),
             qPrintable(store.lastError()));
    // A refresh sends one again with a settled status and a new amount (a tip).
    Transaction changed = list[2];
    changed.status = Transaction::Status::Settled;
    changed.amount = *Money::parse(u"45.89");
    QVERIFY(store.upsert(QStringLiteral("dashfi"), QStringLiteral("Main"), {changed}, When));
    QCOMPARE(store.count(), 50);
    const auto table = store.loadAll();
    QVERIFY(table);
    QCOMPARE(table->size(), 50);
    QHash<QString, int> rows = table->rowsOf(QStringLiteral("dashfi"), QStringLiteral("Main"));
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
            t.cardId = QStringLiteral("card");
            t.cardName = i % 2 ? QStringLiteral("ab") : QStringLiteral("a");
            t.cardLastFour = i % 2 ? QStringLiteral("c") : QStringLiteral("bc");
            t.description = i % 3 ? t.description : QStringLiteral("Café « Zoë » %1").arg(i % 7);
            if (i % 5 == 0)
                t.fee.reset();
            else
                t.fee = *Money::parse(u"0.25");
        }
        QVERIFY2(store.upsert(QStringLiteral("dashfi"), connection, list, When),
                 qPrintable(store.lastError()));
        all += list;
    }
    const auto table = store.loadAll();
    QVERIFY(table);
    QCOMPARE(table->size(), all.size());
    QHash<QString, int> rows;
    for (const QString &connection : {QStringLiteral("Main"), QStringLiteral("Ops")}) {
        const QHash<QString, int> mine = table->rowsOf(QStringLiteral("dashfi"), connection);
        for (auto it = mine.cbegin(); it != mine.cend(); ++it)
            rows.insert(connection + u'/' + it.key(), it.value());
    }
    for (const Transaction &t : std::as_const(all)) {
        const int r = rows.value(t.connection + u'/' + t.id, -1);
        QVERIFY2(r >= 0, qPrintable(t.id));
        QVERIFY2(table->holds(r, t), qPrintable(t.connection + u'/' + t.id));
    }
}

void TestTransactionStore::moneyIsNeverReal()
{
    TransactionStore store(path());
    QVERIFY(store.open());
    QVERIFY(store.upsert(QStringLiteral("dots"), QStringLiteral("D"),
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
    QVERIFY(!store.syncState(QStringLiteral("dashfi"), QStringLiteral("A")));
    Transaction t = SyntheticTransactions::make(1).first();
    t.date = When;
    QVERIFY(store.upsert(QStringLiteral("dashfi"), QStringLiteral("A"), {t}, When));
    QCOMPARE(store.syncState(QStringLiteral("dashfi"), QStringLiteral("A"))->cursor, When);
    // An older transaction re-read in the trailing window does not move it back.
    Transaction older = t;
    older.id += QStringLiteral("-old");
    older.date = When.addDays(-5);
    QVERIFY(store.upsert(QStringLiteral("dashfi"), QStringLiteral("A"), {older}, When.addDays(1)));
    const SyncState s = *store.syncState(QStringLiteral("dashfi"), QStringLiteral("A"));
    QCOMPARE(s.cursor, When);
    QCOMPARE(s.syncedAt, When.addDays(1));
    // An empty refresh records the time and keeps the cursor.
    QVERIFY(store.upsert(QStringLiteral("dashfi"), QStringLiteral("A"), {}, When.addDays(2)));
    QCOMPARE(store.syncState(QStringLiteral("dashfi"), QStringLiteral("A"))->cursor, When);
}

void TestTransactionStore::rawRecordKeptForDetails()
{
    TransactionStore store(path());
    QVERIFY(store.open());
    Transaction t = SyntheticTransactions::make(1).first();
    t.raw = R"({"id":"x","amount":45.89,"note":"=cmd|' /C calc'!A0"})";
    QVERIFY(store.upsert(t.provider, t.connection, {t}, When));
    QCOMPARE(store.raw(t.provider, t.connection, t.id), t.raw);
    QVERIFY(store.raw(t.provider, t.connection, QStringLiteral("nope")).isEmpty());
}

void TestTransactionStore::removeConnectionDeletesItsRows()
{
    TransactionStore store(path());
    QVERIFY(store.open());
    const QList<Transaction> list = SyntheticTransactions::make(10);
    QVERIFY(store.upsert(QStringLiteral("dart"), QStringLiteral("A"), list.mid(0, 4), When));
    QVERIFY(store.upsert(QStringLiteral("dart"), QStringLiteral("B"), list.mid(4), When));
    QVERIFY(store.removeConnection(QStringLiteral("dart"), QStringLiteral("A")));
    QCOMPARE(store.count(), 6);
    QVERIFY(!store.syncState(QStringLiteral("dart"), QStringLiteral("A")));
    QVERIFY(store.syncState(QStringLiteral("dart"), QStringLiteral("B")));
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
    QVERIFY2(seen >= 500, "the writer made no progress");
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

static int runWriter(const QString &path)
{
    TransactionStore store(path);
    if (!store.open())
        return 1;
    const QList<Transaction> batch = SyntheticTransactions::make(100);
    for (int n = 0;; ++n) {
        QList<Transaction> b = batch;
        for (Transaction &t : b)
            t.id += QStringLiteral("-%1").arg(n);
        if (!store.upsert(QStringLiteral("dashfi"), QStringLiteral("W"), b, When))
            return 2;
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]));
    TestTransactionStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_transaction_store.moc"
