// One million transactions through the local store, the model, the filter proxy and the
// CSV exporter, with targets from the Transactions issue; then the same rows written by
// Python's csv module for the ratio. Prints one line per step; exits non-zero when a
// target is missed.
//   bench_transactions_1m [rows] [workdir]
#include "SyntheticTransactions.h"
#include "TransactionExporter.h"
#include "TransactionStore.h"
#include "TransactionTable.h"
#include "TransactionWorkbook.h"
#include "TransactionsFilterModel.h"
#include "TransactionsModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Python reads the same rows from the store (not timed), then formats and writes them
// with csv.writer (timed): the same columns, ISO dates and signed amounts as ours.
const char *PythonScript = R"PY(
import csv, sqlite3, sys, time, datetime
db, out = sys.argv[1], sys.argv[2]
rows = sqlite3.connect(db).execute(
    "SELECT date_ms, provider, connection, id, description, card_name, card_last_four,"
    " status, direction, amount_units, amount_scale, currency, fee_units, fee_scale"
    " FROM transactions").fetchall()
def amount(units, scale, out):
    u = -units if out else units
    s = str(abs(u)).rjust(scale + 1, "0")
    return ("-" if u < 0 else "") + (s[:-scale] + "." + s[-scale:] if scale else s)
def cell(v):
    return "'" + v if v[:1] in ("=", "+", "-", "@", "\t", "\r") else v
start = time.perf_counter()
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["date", "provider", "connection", "transaction_id", "description", "card",
                "card_last_four", "status", "direction", "amount", "currency", "fee"])
    for r in rows:
        d = datetime.datetime.fromtimestamp(r[0] // 1000, datetime.timezone.utc)
        w.writerow([d.strftime("%Y-%m-%dT%H:%M:%SZ"), r[1], cell(r[2]), cell(r[3]),
                    cell(r[4]), cell(r[5]), r[6], r[7], r[8],
                    amount(r[9], r[10], r[8] == "out"), r[11],
                    "" if r[13] is None else amount(r[12], r[13], False)])
print("%.3f" % (time.perf_counter() - start))
)PY";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // "--setup rows dir": fill the store in a child process, so the parent's peak memory
    // is the app's work alone.
    const bool setupOnly = argc > 1 && qstrcmp(argv[1], "--setup") == 0;
    if (setupOnly) {
        ++argv;
        --argc;
    }
    const int count = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 1000000;
    QTemporaryDir scratch;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : scratch.path();
    const QString dbPath = QDir(dir).filePath(QStringLiteral("bench.sqlite"));
    if (setupOnly)
        QFile::remove(dbPath);
    QTextStream out(stdout);
    bool ok = true;
    auto report = [&](const char *step, qint64 ms, qint64 targetMs) {
        const bool met = targetMs <= 0 || ms <= targetMs;
        ok = ok && met;
        out << step << ": " << QString::number(double(ms) / 1000.0, 'f', 3) << " s";
        if (targetMs > 0)
            out << " (target " << QString::number(double(targetMs) / 1000.0, 'f', 1) << " s"
                << (met ? ", met)" : ", MISSED)");
        out << Qt::endl;
    };

    // TD_BENCH_REUSE=1 keeps a store an earlier run filled in the same directory, for
    // profiling the steps alone.
    const bool reuse = qEnvironmentVariableIsSet("TD_BENCH_REUSE") && QFile::exists(dbPath);
    if (reuse && !setupOnly) {
        out << "reusing " << dbPath << Qt::endl;
    } else if (!setupOnly) {
        QElapsedTimer t;
        t.start();
        QProcess setup;
        setup.setProcessChannelMode(QProcess::ForwardedChannels);
        setup.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--setup"), QString::number(count), dir});
        if (!setup.waitForFinished(600000) || setup.exitCode() != 0)
            return 2;
        report("setup in a child process: generate and store", t.elapsed(), 0);
    } else {
        // Setup, not a target: the rows a long-running install would have synced.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QElapsedTimer t;
        t.start();
        const QList<Transaction> rows = SyntheticTransactions::make(count, 11);
        TransactionStore writer(dbPath);
        if (!writer.open())
            return 2;
        QHash<QString, QList<Transaction>> byConnection;
        for (const Transaction &x : rows)
            byConnection[x.connectionId].append(x);
        for (auto it = byConnection.cbegin(); it != byConnection.cend(); ++it) {
            const Transaction &first = it.value().first();
            writer.upsert({first.connectionId, first.provider, first.connection}, it.value(), now);
        }
        return 0;
    }
    const qint64 rssBefore = statusKb("VmRSS:");

    TransactionsModel model;
    TransactionsFilterModel filter(&model);
    QElapsedTimer t;
    t.start();
    qint64 readMs = 0;
    {
        TransactionStore reader(dbPath);
        if (!reader.open())
            return 2;
        auto table = reader.loadAll();
        if (!table || table->size() != count)
            return 3;
        readMs = t.elapsed();
        model.setTable(table);
    }
    const qint64 loadMs = t.elapsed();
    report("load 1M from SQLite into the model", loadMs, 2000);
    out << "  of which reading the store " << QString::number(double(readMs) / 1000.0, 'f', 3)
        << " s, model and proxy " << QString::number(double(loadMs - readMs) / 1000.0, 'f', 3)
        << " s" << Qt::endl;
    out << "rows in proxy after load: " << filter.rowCount() << Qt::endl;

    t.restart();
    filter.sort(TransactionsModel::Amount, Qt::DescendingOrder);
    report("sort by amount", t.elapsed(), 1000);

    TransactionFilter text;
    text.text = QStringLiteral("uber");
    t.restart();
    filter.setFilter(text);
    const int matched = filter.rowCount();
    report("text filter \"uber\"", t.elapsed(), 200);
    out << "rows matching: " << matched << Qt::endl;

    filter.setFilter(TransactionFilter());
    const QList<int> rows = filter.sourceRows();
    const QString csvPath = QDir(dir).filePath(QStringLiteral("bench.csv"));
    t.restart();
    const ExportOutcome r =
        TransactionExporter::writeFile(csvPath, model.rows(), rows, CsvOptions());
    const qint64 exportMs = t.elapsed();
    report("CSV export of 1M sorted rows", exportMs, 1500);
    if (!r.ok || r.rows != count)
        return 4;
    out << "CSV bytes: " << QFileInfo(csvPath).size() << Qt::endl;

    // The workbook of the same rows, with progress; then one cancelled halfway.
    const QString xlsxPath = QDir(dir).filePath(QStringLiteral("bench.xlsx"));
    qint64 progressCalls = 0;
    t.restart();
    const ExportOutcome book = TransactionWorkbook::writeFile(xlsxPath, model.rows(), rows, {}, {},
                                                              [&progressCalls](qint64) {
                                                                  ++progressCalls;
                                                                  return true;
                                                              });
    const qint64 xlsxMs = t.elapsed();
    if (!book.ok || book.rows != count) {
        out << "XLSX export failed: " << book.error << Qt::endl;
        return 4;
    }
    out << "XLSX export of 1M sorted rows: " << xlsxMs << " ms, "
        << QFileInfo(xlsxPath).size() / 1024 / 1024 << " MB, " << progressCalls
        << " progress reports; XLSX/CSV ratio "
        << QString::number(double(xlsxMs) / double(qMax<qint64>(1, exportMs)), 'f', 2) << Qt::endl;
    QElapsedTimer sinceCancel;
    t.restart();
    const ExportOutcome cancelled = TransactionWorkbook::writeFile(
        QDir(dir).filePath(QStringLiteral("cancelled.xlsx")), model.rows(), rows, {}, {},
        [&sinceCancel, count](qint64 done) {
            if (done < count / 2)
                return true;
            if (!sinceCancel.isValid())
                sinceCancel.start();
            return false;
        });
    out << "XLSX cancelled at half: stopped " << sinceCancel.elapsed()
        << " ms after the request, nothing left: "
        << (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("cancelled.xlsx"))) ? "no" : "yes")
        << Qt::endl;
    ok = ok && cancelled.cancelled && sinceCancel.elapsed() < 2000;

    const qint64 rss = statusKb("VmRSS:");
    const qint64 peak = statusKb("VmHWM:");
    out << "resident memory: " << rss / 1024 << " MB now, " << peak / 1024
        << " MB peak, model share about " << (rss - rssBefore) / 1024 << " MB (target 400 MB"
        << (peak / 1024 <= 400 ? ", met)" : ", MISSED)") << Qt::endl;
    ok = ok && peak / 1024 <= 400;

    // The baseline the Figures issue names: the sqlite3 tool dumping the same rows from
    // disk as CSV, timed in this run (the machine is noisy; only the ratio means much).
    {
        QElapsedTimer dump;
        QProcess sqlite;
        sqlite.setStandardOutputFile(QDir(dir).filePath(QStringLiteral("sqlite3.csv")));
        dump.start();
        sqlite.start(QStringLiteral("sqlite3"),
                     {QStringLiteral("-csv"), QStringLiteral("-header"), dbPath,
                      QStringLiteral("SELECT date_ms, provider, connection, id, description,"
                                     " card_name, card_last_four, status, direction,"
                                     " amount_units, amount_scale, currency, fee_units,"
                                     " fee_scale FROM transactions")});
        if (sqlite.waitForFinished(600000) && sqlite.exitCode() == 0) {
            const qint64 sqliteMs = dump.elapsed();
            const double ratio = double(exportMs) / double(qMax<qint64>(1, sqliteMs));
            out << "sqlite3 -csv dump, same rows from disk: " << sqliteMs
                << " ms; ours/sqlite3 ratio " << QString::number(ratio, 'f', 3) << " (target 0.3"
                << (ratio <= 0.3 ? ", met)" : ", MISSED)") << Qt::endl;
            ok = ok && ratio <= 0.3;
        } else {
            out << "sqlite3 comparison not run (apt-get install sqlite3): " << sqlite.errorString()
                << Qt::endl;
            ok = false;
        }
    }

    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"), QString::fromLatin1(PythonScript), dbPath,
                  QDir(dir).filePath(QStringLiteral("python.csv"))});
    if (python.waitForFinished(600000) && python.exitCode() == 0) {
        const double pySeconds = python.readAllStandardOutput().trimmed().toDouble();
        out << "Python csv module, same rows: " << QString::number(pySeconds, 'f', 3)
            << " s; ours/Python ratio "
            << QString::number(double(exportMs) / 1000.0 / pySeconds, 'f', 3) << Qt::endl;
    } else {
        out << "Python csv comparison not run: " << python.errorString()
            << python.readAllStandardError() << Qt::endl;
    }
    return ok ? 0 : 1;
}
