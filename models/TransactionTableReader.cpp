#include "TransactionTableReader.h"

#include "TransactionTable.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <limits>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

// Text columns first, so that a connection (id, provider, name) and a card (id, name,
// last four) are adjacent cells of a row and their bytes form one key.
enum Column {
    ConnectionId,
    Provider,
    Connection,
    CardId,
    CardName,
    CardLastFour,
    Description,
    Currency,
    RawStatus,
    MerchantCountry,
    Status,
    Direction,
    Id,
    Extra, ///< TransactionExtra JSON; empty for most rows
    TextColumns,
    DateMs = TextColumns,
    AmountUnits,
    AmountScale,
    FeeUnits,
    FeeScale,
    ColumnCount
};
constexpr int IntColumns = ColumnCount - TextColumns;

const char Select[] =
    "SELECT connection_id, provider, connection, card_id, card_name, card_last_four, description,"
    " currency, raw_status, merchant_country, status, direction, id, extra, date_ms,"
    " amount_units, amount_scale, fee_units, fee_scale FROM transactions";

// Rows copied out of SQLite: each text cell as a 4-byte length and its UTF-8 bytes, so a
// run of adjacent cells is an unambiguous key; integers as they are (a NULL fee scale is -1).
struct Chunk
{
    static constexpr int Capacity = 8192;
    std::string bytes;
    std::vector<quint32> cellStarts; // TextColumns + 1 per row
    std::vector<qint64> ints;        // IntColumns per row
    int rows = 0;

    QByteArrayView cells(int row, int first, int last) const
    {
        const quint32 *starts = &cellStarts[size_t(row) * (TextColumns + 1)];
        return QByteArrayView(bytes.data() + starts[first], starts[last + 1] - starts[first]);
    }
    QString text(int row, int column) const
    {
        const QByteArrayView cell = cells(row, column, column);
        return QString::fromUtf8(cell.data() + sizeof(quint32), cell.size() - sizeof(quint32));
    }
    qint64 integer(int row, int column) const
    {
        return ints[size_t(row) * IntColumns + size_t(column - TextColumns)];
    }
};

// Chunks from the thread that steps SQLite to the thread that builds the table, so that
// SQLite's work and ours overlap on two cores. Bounded, so memory stays flat.
class ChunkQueue
{
public:
    void push(std::unique_ptr<Chunk> chunk)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_chunks.size() < 8 || m_closed; });
        m_chunks.push_back(std::move(chunk));
        m_changed.notify_all();
    }
    /// nullptr once closed and drained.
    std::unique_ptr<Chunk> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_chunks.empty() || m_closed; });
        if (m_chunks.empty())
            return nullptr;
        auto chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_changed.notify_all();
        return chunk;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Chunk>> m_chunks;
    bool m_closed = false;
};

// Maps the bytes of a run of cells to the index the table gave their text, so each distinct
// value is decoded and interned once. Rows arrive grouped by connection, so the previous
// key is compared before hashing.
class IndexCache
{
public:
    IndexCache(int first, int last) : m_first(first), m_last(last) {}

    template<typename Intern> int index(const Chunk &chunk, int row, Intern intern)
    {
        const QByteArrayView key = chunk.cells(row, m_first, m_last);
        if (m_lastIndex >= 0 && key == QByteArrayView(m_lastKey))
            return m_lastIndex;
        const QByteArray lookup = QByteArray::fromRawData(key.data(), key.size());
        auto it = m_indexes.constFind(lookup);
        if (it == m_indexes.cend()) {
            QStringList parts;
            for (int column = m_first; column <= m_last; ++column)
                parts.append(chunk.text(row, column));
            // The key points into the chunk: the stored one needs its own copy.
            it = m_indexes.insert(key.toByteArray(), intern(parts));
        }
        m_lastKey = it.key();
        m_lastIndex = it.value();
        return m_lastIndex;
    }

private:
    int m_first;
    int m_last;
    QByteArray m_lastKey;
    int m_lastIndex = -1;
    QHash<QByteArray, int> m_indexes;
};

std::optional<Transaction::Status> statusFromName(const QString &name)
{
    for (const Transaction::Status s : Transaction::Statuses) {
        if (Transaction::statusName(s) == name)
            return s;
    }
    return std::nullopt;
}

// Builds the table from the queued chunks.
class TableBuilder
{
public:
    explicit TableBuilder(TransactionTable &table) : m_table(table) {}

    void add(const Chunk &chunk)
    {
        TransactionTable &t = m_table;
        TransactionTable::SharedText text;
        for (int row = 0; row < chunk.rows; ++row) {
            text.connection = quint32(m_connections.index(chunk, row, [&t](const QStringList &p) {
                return t.internConnection(p[0], p[1], p[2]);
            }));
            text.card = quint32(m_cards.index(
                chunk, row, [&t](const QStringList &p) { return t.internCard(p[0], p[1], p[2]); }));
            text.description = quint32(m_descriptions.index(
                chunk, row, [&t](const QStringList &p) { return t.internDescription(p[0]); }));
            text.currency = quint32(m_currencies.index(
                chunk, row, [&t](const QStringList &p) { return t.internCurrency(p[0]); }));
            text.rawStatus = quint32(m_rawStatuses.index(
                chunk, row, [&t](const QStringList &p) { return t.internRawStatus(p[0]); }));
            text.country = quint32(m_countries.index(
                chunk, row, [&t](const QStringList &p) { return t.internCountry(p[0]); }));
            const auto status =
                Transaction::Status(m_statuses.index(chunk, row, [](const QStringList &p) {
                    return int(statusFromName(p[0]).value_or(Transaction::Status::Pending));
                }));
            const auto direction =
                Transaction::Direction(m_directions.index(chunk, row, [](const QStringList &p) {
                    return int(p[0] == QLatin1String("in") ? Transaction::Direction::In
                                                           : Transaction::Direction::Out);
                }));
            std::optional<Money> fee;
            if (chunk.integer(row, FeeScale) >= 0)
                fee = Money::fromMinorUnits(chunk.integer(row, FeeUnits),
                                            int(chunk.integer(row, FeeScale)));
            t.append(chunk.text(row, Id), chunk.integer(row, DateMs),
                     Money::fromMinorUnits(chunk.integer(row, AmountUnits),
                                           int(chunk.integer(row, AmountScale))),
                     fee, status, direction, text);
            if (const QByteArrayView extra = chunk.cells(row, Extra, Extra);
                extra.size() > qsizetype(sizeof(quint32)))
                t.setExtra(t.size() - 1, TransactionExtra::fromJson(QByteArray(
                                             extra.data() + sizeof(quint32),
                                             extra.size() - qsizetype(sizeof(quint32)))));
        }
    }

private:
    TransactionTable &m_table;
    IndexCache m_connections{ConnectionId, Connection};
    IndexCache m_cards{CardId, CardLastFour};
    IndexCache m_descriptions{Description, Description};
    IndexCache m_currencies{Currency, Currency};
    IndexCache m_rawStatuses{RawStatus, RawStatus};
    IndexCache m_countries{MerchantCountry, MerchantCountry};
    IndexCache m_statuses{Status, Status};
    IndexCache m_directions{Direction, Direction};
};

void copyRow(sqlite3_stmt *stmt, Chunk &chunk)
{
    for (int column = 0; column < TextColumns; ++column) {
        chunk.cellStarts.push_back(quint32(chunk.bytes.size()));
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
        const quint32 size = quint32(sqlite3_column_bytes(stmt, column));
        chunk.bytes.append(reinterpret_cast<const char *>(&size), sizeof size);
        chunk.bytes.append(data ? data : "", size);
    }
    chunk.cellStarts.push_back(quint32(chunk.bytes.size()));
    for (int column = TextColumns; column < ColumnCount; ++column) {
        const bool null = sqlite3_column_type(stmt, column) == SQLITE_NULL;
        chunk.ints.push_back(null && column == FeeScale ? -1 : sqlite3_column_int64(stmt, column));
    }
    ++chunk.rows;
}

std::unique_ptr<Chunk> newChunk()
{
    auto chunk = std::make_unique<Chunk>();
    chunk->bytes.reserve(Chunk::Capacity * 128);
    chunk->cellStarts.reserve(Chunk::Capacity * (TextColumns + 1));
    chunk->ints.reserve(Chunk::Capacity * IntColumns);
    return chunk;
}

sqlite3 *handleOf(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

std::shared_ptr<TransactionTable> TransactionTableReader::read(QSqlDatabase &db,
                                                               qint64 expectedRows)
{
    m_error.clear();
    sqlite3 *handle = handleOf(db);
    if (!handle) {
        m_error = QObject::tr("The local store is not an open SQLite database.");
        return nullptr;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(handle, Select, -1, &stmt, nullptr) != SQLITE_OK) {
        m_error = QObject::tr("The local store could not read transactions: %1")
                      .arg(QString::fromUtf8(sqlite3_errmsg(handle)));
        return nullptr;
    }
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> owner(stmt, sqlite3_finalize);

    auto table = std::make_shared<TransactionTable>();
    table->reserve(int(std::clamp<qint64>(expectedRows, 0, std::numeric_limits<int>::max())));
    // SQLite is stepped here, on the connection's own thread; the table is built beside it.
    ChunkQueue queue;
    std::thread builder([&queue, &table] {
        TableBuilder build(*table);
        while (const auto chunk = queue.pop())
            build.add(*chunk);
    });
    auto chunk = newChunk();
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        copyRow(stmt, *chunk);
        if (chunk->rows == Chunk::Capacity) {
            queue.push(std::move(chunk));
            chunk = newChunk();
        }
    }
    queue.push(std::move(chunk));
    queue.close();
    builder.join();
    if (rc != SQLITE_DONE) {
        m_error = QObject::tr("The local store could not read transactions: %1")
                      .arg(QString::fromUtf8(sqlite3_errmsg(handle)));
        return nullptr;
    }
    return table;
}
