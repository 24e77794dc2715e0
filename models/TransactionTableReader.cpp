#include "TransactionTableReader.h"

#include "TransactionTable.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace {

// Decodes each distinct UTF-8 value once; rows arrive grouped, so the last value is
// checked before the hash.
class Utf8Cache
{
public:
    const QString &text(sqlite3_stmt *stmt, int column)
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
        const int size = sqlite3_column_bytes(stmt, column);
        const QByteArray key = QByteArray::fromRawData(data ? data : "", size);
        if (m_last != m_values.cend() && m_last.key() == key)
            return m_last.value();
        m_last = m_values.constFind(key);
        if (m_last == m_values.cend()) {
            // fromRawData points into SQLite's buffer: the stored key needs its own copy.
            m_last =
                m_values.insert(QByteArray(key.constData(), key.size()), QString::fromUtf8(key));
        }
        return m_last.value();
    }

private:
    QHash<QByteArray, QString> m_values;
    QHash<QByteArray, QString>::const_iterator m_last = m_values.cend();
};

enum Column {
    Provider,
    Connection,
    Id,
    DateMs,
    Description,
    CardId,
    CardName,
    CardLastFour,
    Status,
    RawStatus,
    Direction,
    AmountUnits,
    AmountScale,
    Currency,
    FeeUnits,
    FeeScale,
    MerchantCountry,
    ColumnCount
};

const char Select[] = "SELECT provider, connection, id, date_ms, description, card_id, card_name,"
                      " card_last_four, status, raw_status, direction, amount_units, amount_scale,"
                      " currency, fee_units, fee_scale, merchant_country FROM transactions";

sqlite3 *handleOf(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

std::optional<Transaction::Status> statusFromName(const QString &name)
{
    for (const Transaction::Status s : Transaction::Statuses) {
        if (Transaction::statusName(s) == name)
            return s;
    }
    return std::nullopt;
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
    Utf8Cache texts[ColumnCount];
    QHash<QString, Transaction::Status> statuses;
    Transaction t;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        t.provider = texts[Provider].text(stmt, Provider);
        t.connection = texts[Connection].text(stmt, Connection);
        t.id = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, Id)),
                                 sqlite3_column_bytes(stmt, Id));
        t.date = QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(stmt, DateMs), Qt::UTC);
        t.description = texts[Description].text(stmt, Description);
        t.cardId = texts[CardId].text(stmt, CardId);
        t.cardName = texts[CardName].text(stmt, CardName);
        t.cardLastFour = texts[CardLastFour].text(stmt, CardLastFour);
        const QString &status = texts[Status].text(stmt, Status);
        auto known = statuses.constFind(status);
        if (known == statuses.cend())
            known = statuses.insert(status,
                                    statusFromName(status).value_or(Transaction::Status::Pending));
        t.status = known.value();
        t.rawStatus = texts[RawStatus].text(stmt, RawStatus);
        t.direction = texts[Direction].text(stmt, Direction) == QLatin1String("in")
                          ? Transaction::Direction::In
                          : Transaction::Direction::Out;
        t.amount = Money::fromMinorUnits(sqlite3_column_int64(stmt, AmountUnits),
                                         sqlite3_column_int(stmt, AmountScale));
        t.currency = texts[Currency].text(stmt, Currency);
        t.fee.reset();
        if (sqlite3_column_type(stmt, FeeUnits) != SQLITE_NULL)
            t.fee = Money::fromMinorUnits(sqlite3_column_int64(stmt, FeeUnits),
                                          sqlite3_column_int(stmt, FeeScale));
        t.merchantCountry = texts[MerchantCountry].text(stmt, MerchantCountry);
        table->append(t);
    }
    if (rc != SQLITE_DONE) {
        m_error = QObject::tr("The local store could not read transactions: %1")
                      .arg(QString::fromUtf8(sqlite3_errmsg(handle)));
        return nullptr;
    }
    return table;
}
