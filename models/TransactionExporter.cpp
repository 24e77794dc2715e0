#include "TransactionExporter.h"

#include "CsvBuffer.h"
#include "CsvFormat.h"
#include "Currency.h"
#include "TransactionColumns.h"
#include "TransactionTable.h"
#include "TransactionTotals.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <deque>

#include "SafeFile.h"
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

namespace {

using TransactionColumns::cellText;
using TransactionColumns::Column;

bool isNumberColumn(Column c)
{
    return TransactionColumns::isMoney(c) || c == Column::Date;
}

// 2022-05-26T16:28:28Z, the 20 bytes written to buf; false outside years 0 to 9999.
bool writeIsoDate(char *buf, qint64 ms)
{
    // Civil date from days since 1970 (H. Hinnant's algorithm): QDateTime::toString is
    // several times slower, which a million-row export feels.
    qint64 secs = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    qint64 days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    const int sod = int(secs - days * 86400);
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const int doe = int(days - era * 146097);
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int day = doy - (153 * mp + 2) / 5 + 1;
    const int month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999)
        return false;
    auto two = [buf](int at, int value) {
        buf[at] = char('0' + value / 10);
        buf[at + 1] = char('0' + value % 10);
    };
    two(0, int(year / 100));
    two(2, int(year % 100));
    buf[4] = '-';
    two(5, month);
    buf[7] = '-';
    two(8, day);
    buf[10] = 'T';
    two(11, sod / 3600);
    buf[13] = ':';
    two(14, sod / 60 % 60);
    buf[16] = ':';
    two(17, sod % 60);
    buf[19] = 'Z';
    return true;
}

using CellWriter = std::function<void(CsvBuffer &, int row)>;

// The careful way for the rare cell: quoting, formula guard and UTF-8, through a scratch
// buffer that keeps its capacity from cell to cell.
void appendCarefully(CsvBuffer &out, const QString &text, char delimiter, bool isNumber = false,
                     bool digitsAsText = false)
{
    thread_local QByteArray scratch;
    scratch.resize(0);
    CsvFormat::appendCell(scratch, text, delimiter, isNumber, digitsAsText);
    out.append(scratch);
}

void encodeAt(std::vector<QByteArray> &cells, int index, const QString &text, char delimiter)
{
    if (size_t(index) >= cells.size())
        cells.resize(size_t(index) + 1);
    CsvFormat::appendCell(cells[size_t(index)], text, delimiter);
}

// Text shared across rows (connection, card, merchant, ...) is quoted and encoded once per
// distinct value, not once per row: a million-row export is mostly memcpy.
std::vector<CellWriter> cellWriters(const TransactionTable &table,
                                    const std::vector<Column> &columns, const CsvOptions &options)
{
    const char delimiter = options.delimiter;
    const char decimal = options.decimalPoint;
    const bool digits = options.digitsAsText;
    // Our own digits: only the decimal mark differs, and amounts carry no grouping.
    auto localized = [decimal](char *text, qsizetype size) {
        if (decimal != '.')
            std::replace(text, text + size, '.', decimal);
    };
    auto pooled = [&](const TransactionColumns::Pool &p) {
        const int count = (table.*p.count)();
        auto cells = std::make_shared<std::vector<QByteArray>>(static_cast<size_t>(count));
        for (int i = 0; i < count; ++i)
            CsvFormat::appendCell((*cells)[size_t(i)], (table.*p.text)(i), delimiter, false,
                                  digits);
        return CellWriter([cells, &table, index = p.index](CsvBuffer &out, int row) {
            out.append((*cells)[size_t((table.*index)(row))]);
        });
    };
    std::vector<CellWriter> writers;
    for (const Column c : columns) {
        if (const TransactionColumns::Pool *shared = TransactionColumns::poolOf(c)) {
            writers.push_back(pooled(*shared));
            continue;
        }
        switch (c) {
        case Column::Amount: {
            // The currency's scale looked up once per currency, not per row.
            std::vector<int> scales;
            for (int i = 0; i < table.currencyCount(); ++i)
                scales.push_back(Currency::scale(table.currencyAt(i)));
            writers.push_back([&table, scales, localized](CsvBuffer &out, int row) {
                // Trailing zeros beyond the currency's scale go; within it copyTo pads.
                const int scale = scales[size_t(table.currencyIndex(row))];
                const Money amount = table.signedAmount(row);
                char *to = out.room(Money::MaxTextSize);
                const int n =
                    (amount.scale() > scale ? amount.normalized() : amount).copyTo(to, scale);
                localized(to, n);
                out.added(n);
            });
            break;
        }
        case Column::Status:
        case Column::Direction: {
            // A handful of values: each encoded once.
            std::vector<QByteArray> cells;
            if (c == Column::Status) {
                for (const Transaction::Status s : Transaction::Statuses)
                    encodeAt(cells, int(s), Transaction::statusName(s), delimiter);
            } else {
                for (const auto d : {Transaction::Direction::Out, Transaction::Direction::In})
                    encodeAt(cells, int(d), Transaction::directionName(d), delimiter);
            }
            writers.push_back([&table, c, cells](CsvBuffer &out, int row) {
                out.append(cells[size_t(c == Column::Status ? int(table.status(row))
                                                            : int(table.direction(row)))]);
            });
            break;
        }
        case Column::Date:
            writers.push_back([&table, plain = options.spreadsheetDates](CsvBuffer &out, int row) {
                char *to = out.room(20);
                if (!writeIsoDate(to, table.dateMs(row))) {
                    out.append(TransactionExporter::isoDate(table.dateMs(row)).toLatin1());
                } else if (plain) {
                    to[10] = ' '; // 2026-12-02 04:00:00, still UTC
                    out.added(19);
                } else {
                    out.added(20);
                }
            });
            break;
        case Column::Fee:
        case Column::FiatAmount:
        case Column::NetworkFee:
        case Column::PlatformFee:
            writers.push_back([&table, c, delimiter, localized](CsvBuffer &out, int row) {
                const qsizetype from = out.size();
                appendCarefully(out, cellText(table, row, c), delimiter, true);
                localized(out.data() + from, out.size() - from);
            });
            break;
        case Column::TransactionId:
            // Ids are nearly always plain ASCII that needs neither quotes nor a guard: those
            // are copied as they are, the rest go the careful way.
            writers.push_back([&table, delimiter, digits](CsvBuffer &out, int row) {
                const QString &id = table.id(row);
                char *to = out.room(id.size());
                // What CsvFormat::neutralized guards against (tab and CR fail below); digits
                // alone go the careful way when a spreadsheet would read them as a number.
                bool plain = !id.isEmpty() && !QStringView(u"=+-@").contains(id.front()) &&
                             !(digits && CsvFormat::isDigits(id));
                for (qsizetype i = 0; plain && i < id.size(); ++i) {
                    const char16_t ch = id.at(i).unicode();
                    plain = ch >= 0x20 && ch < 0x7F && ch != '"' && ch != char16_t(delimiter);
                    to[i] = char(ch);
                }
                if (plain)
                    out.added(id.size());
                else
                    appendCarefully(out, id, delimiter, false, digits);
            });
            break;
        default:
            writers.push_back([&table, c, delimiter, digits](CsvBuffer &out, int row) {
                appendCarefully(out, cellText(table, row, c), delimiter, isNumberColumn(c), digits);
            });
            break;
        }
    }
    return writers;
}

} // namespace

QStringList TransactionExporter::defaultColumns()
{
    return TransactionColumns::defaultNames();
}

QStringList TransactionExporter::allColumns()
{
    return TransactionColumns::allNames();
}

CsvOptions CsvOptions::spreadsheet(QChar localeDecimalPoint)
{
    CsvOptions o;
    o.decimalPoint = localeDecimalPoint == u',' ? ',' : '.';
    o.delimiter = o.decimalPoint == ',' ? ';' : ',';
    o.spreadsheetDates = true;
    o.digitsAsText = true;
    o.bom = true;
    return o;
}

QString TransactionExporter::value(const TransactionTable &table, int row, const QString &column)
{
    const std::optional<Column> c = TransactionColumns::of(column);
    return c ? cellText(table, row, *c) : QString();
}

QString TransactionExporter::isoDate(qint64 ms)
{
    char text[20];
    if (writeIsoDate(text, ms))
        return QString::fromLatin1(text, 20);
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

ExportOutcome TransactionExporter::write(QIODevice *device, const TransactionTable &table,
                                         const QList<int> &rows, const CsvOptions &options,
                                         const Progress &progress)
{
    ExportOutcome outcome;
    const QStringList names = options.columns.isEmpty() ? defaultColumns() : options.columns;
    std::vector<Column> columns;
    for (const QString &name : names) {
        const std::optional<Column> c = TransactionColumns::of(name);
        if (!c) {
            outcome.error = QObject::tr("Unknown column \"%1\".").arg(name);
            return outcome;
        }
        columns.push_back(*c);
    }
    QByteArray head;
    if (options.bom)
        head += "\xEF\xBB\xBF";
    for (size_t i = 0; i < columns.size(); ++i) {
        if (i > 0)
            head += options.delimiter;
        head += names.at(qsizetype(i)).toUtf8();
    }
    head += "\r\n";
    const std::vector<CellWriter> writers = cellWriters(table, columns, options);
    const char delimiter = options.delimiter;
    // Rows are formatted in blocks on every core, a window of blocks at a time, and written
    // in order; the digest (only a manifest needs it) runs beside the writing. The writers
    // only read the table and their own pools, so blocks can share them.
    auto format = [&](qsizetype from, qsizetype to) {
        CsvBuffer out((to - from) * 112);
        for (qsizetype n = from; n < to; ++n) {
            const int row = rows.at(n);
            for (size_t i = 0; i < writers.size(); ++i) {
                if (i > 0)
                    out.append(delimiter);
                writers[i](out, row);
            }
            out.append("\r\n", 2);
        }
        return out.take();
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QFuture<void> hashing;
    // Every return below waits for the digest thread, which uses hash.
    const auto joinHashing = qScopeGuard([&hashing] { hashing.waitForFinished(); });
    auto put = [&](QByteArray chunk) {
        const bool written = device->write(chunk) == chunk.size();
        if (options.manifest) {
            hashing.waitForFinished();
            hashing = QtConcurrent::run([&hash, chunk = std::move(chunk)] { hash.addData(chunk); });
        }
        return written;
    };
    if (!put(head)) {
        outcome.error = device->errorString();
        return outcome;
    }
    // Blocks go to the pool as fast as it takes them, a few ahead of the one being
    // written, so that writing overlaps formatting and memory stays a few blocks.
    constexpr qsizetype BlockRows = 8192;
    const size_t ahead = size_t(qMax(2, QThread::idealThreadCount()) * 2);
    std::deque<QFuture<QByteArray>> inFlight;
    qsizetype next = 0;
    auto submit = [&] {
        while (inFlight.size() < ahead && next < rows.size()) {
            const qsizetype to = qMin(rows.size(), next + BlockRows);
            inFlight.push_back(QtConcurrent::run(format, next, to));
            next = to;
        }
    };
    // Every return below first lets the blocks still running finish: they use this frame.
    const auto joinBlocks = qScopeGuard([&inFlight] {
        for (QFuture<QByteArray> &block : inFlight)
            block.waitForFinished();
    });
    submit();
    qsizetype done = 0;
    while (!inFlight.empty()) {
        QByteArray chunk = inFlight.front().result();
        inFlight.pop_front();
        done = qMin(rows.size(), done + BlockRows);
        submit();
        if (!put(std::move(chunk))) {
            outcome.error = device->errorString();
            return outcome;
        }
        if (progress && done < rows.size() && !progress(done)) {
            outcome.cancelled = true;
            outcome.error = QObject::tr("Export cancelled.");
            return outcome;
        }
    }
    if (progress)
        progress(rows.size());
    outcome.ok = true;
    outcome.rows = rows.size();
    hashing.waitForFinished();
    if (options.manifest)
        outcome.sha256 = hash.result().toHex();
    return outcome;
}

QString TransactionExporter::manifestPath(const QString &csvPath)
{
    return csvPath + QStringLiteral(".manifest.json");
}

ExportOutcome TransactionExporter::writeFile(const QString &path, const TransactionTable &table,
                                             const QList<int> &rows, const CsvOptions &options,
                                             const Progress &progress)
{
    QSaveFile file(path);
    ExportOutcome outcome;
    if (!SafeFile::open(file, &outcome.error))
        return outcome;
    outcome = write(&file, table, rows, options, progress);
    if (!outcome.ok) {
        file.cancelWriting();
        return outcome;
    }
    if (!SafeFile::commit(file, &outcome.error)) {
        outcome.ok = false;
        return outcome;
    }
    if (!options.manifest) {
        // An older export's manifest would vouch for this file with a wrong SHA-256.
        if (QFileInfo(manifestPath(path)).isFile() && !QFile::remove(manifestPath(path))) {
            outcome.ok = false;
            outcome.error = QObject::tr("The CSV was written, but an older manifest %1 beside "
                                        "it could not be removed; delete it by hand.")
                                .arg(manifestPath(path));
        }
        return outcome;
    }
    const QJsonObject manifest{
        {QStringLiteral("file"), QFileInfo(path).fileName()},
        {QStringLiteral("sha256"), QString::fromLatin1(outcome.sha256)},
        {QStringLiteral("rows"), outcome.rows},
        {QStringLiteral("columns"),
         QJsonArray::fromStringList(options.columns.isEmpty() ? defaultColumns()
                                                              : options.columns)},
        {QStringLiteral("delimiter"), QString(QLatin1Char(options.delimiter))},
        {QStringLiteral("decimal_point"), QString(QLatin1Char(options.decimalPoint))},
        {QStringLiteral("dates"), options.spreadsheetDates
                                      ? QStringLiteral("yyyy-MM-dd HH:mm:ss UTC")
                                      : QStringLiteral("ISO 8601 UTC")},
        {QStringLiteral("bom"), options.bom},
        {QStringLiteral("digit_text"),
         options.digitsAsText ? QStringLiteral("=\"…\" formula") : QStringLiteral("as is")},
        {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("filters"), options.filters},
        {QStringLiteral("totals"),
         TransactionTotals::toJson(TransactionTotals::compute(table, rows))},
        {QStringLiteral("generator"), QStringLiteral("Treasury Desk " TD_VERSION)},
    };
    QSaveFile side(manifestPath(path));
    QString why;
    if (!SafeFile::open(side, &why) || side.write(QJsonDocument(manifest).toJson()) < 0 ||
        !SafeFile::commit(side, &why)) {
        outcome.ok = false;
        outcome.error = QObject::tr("The CSV was written, but not its manifest %1: %2")
                            .arg(side.fileName(), why.isEmpty() ? SafeFile::writeError(side) : why);
    }
    return outcome;
}
