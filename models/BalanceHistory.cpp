#include "BalanceHistory.h"

#include <QSqlError>
#include <QSqlQuery>

#include <map>

bool BalanceHistory::record(const ConnectionRef &connection, const QList<Balance> &balances,
                            const QDateTime &at)
{
    m_error.clear();
    QSqlDatabase &db = m_db.db();
    QSqlQuery last(db);
    last.prepare(QStringLiteral("SELECT max(taken_ms) FROM balance_snapshots"
                                " WHERE connection_id = ?"));
    last.addBindValue(connection.id);
    if (last.exec() && last.next() && !last.value(0).isNull() &&
        at.toMSecsSinceEpoch() - last.value(0).toLongLong() < 15 * 60 * 1000)
        return true;
    return insert(connection, balances, at);
}

bool BalanceHistory::recordPast(const ConnectionRef &connection, const QList<Balance> &balances)
{
    m_error.clear();
    return insert(connection, balances, QDateTime());
}

bool BalanceHistory::insert(const ConnectionRef &connection, const QList<Balance> &balances,
                            const QDateTime &at)
{
    QSqlDatabase &db = m_db.db();
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO balance_snapshots (connection_id, provider, connection, account,"
        " currency, taken_ms, available_units, available_scale) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Balance &b : balances) {
        insert.addBindValue(connection.id);
        insert.addBindValue(connection.provider);
        insert.addBindValue(connection.name);
        insert.addBindValue(b.account);
        insert.addBindValue(b.currency);
        // One time for a reading taken now; each balance's own for a provider's history.
        insert.addBindValue((at.isValid() ? at : b.asOf).toMSecsSinceEpoch());
        insert.addBindValue(b.available.minorUnits());
        insert.addBindValue(b.available.scale());
        if (!insert.exec()) {
            m_error = insert.lastError().text();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

QList<Balance> BalanceHistory::since(const QDateTime &from)
{
    QList<Balance> out;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT provider, connection, account, currency, taken_ms,"
                             " available_units, available_scale, connection_id"
                             " FROM balance_snapshots WHERE taken_ms >= ? ORDER BY taken_ms"));
    q.addBindValue(from.toMSecsSinceEpoch());
    if (!q.exec())
        return out;
    while (q.next()) {
        Balance b;
        b.connectionId = q.value(7).toString();
        b.provider = q.value(0).toString();
        b.connection = q.value(1).toString();
        b.account = q.value(2).toString();
        b.currency = q.value(3).toString();
        b.asOf = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
        b.available = Money::fromMinorUnits(q.value(5).toLongLong(), q.value(6).toInt());
        out.append(b);
    }
    return out;
}

QList<DailyTotal> BalanceHistory::dailyTotals(const QList<Balance> &snapshots,
                                              const UsdValuation &valuation, const QDate &from,
                                              const QDate &to)
{
    const auto keyOf = [](const Balance &b) {
        return b.connectionId + u'\x1f' + b.account + u'\x1f' + b.currency;
    };
    // Each account's first reading, for the days before it (snapshots are oldest first).
    std::map<QString, Balance> first;
    for (const Balance &b : snapshots)
        first.emplace(keyOf(b), b);
    // The latest reading of each account up to the end of each day, carried forward.
    std::map<QString, Balance> latest;
    QList<DailyTotal> days;
    qsizetype next = 0;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const qint64 end = day.addDays(1).startOfDay(Qt::UTC).toMSecsSinceEpoch();
        for (; next < snapshots.size() && snapshots.at(next).asOf.toMSecsSinceEpoch() < end; ++next)
            latest[keyOf(snapshots.at(next))] = snapshots.at(next);
        if (latest.empty())
            continue; // before any reading at all: no history to show

        DailyTotal t{day, Money::fromMinorUnits(0, 2)};
        for (const auto &[key, firstReading] : first) {
            const auto read = latest.find(key);
            t.carriedBack = t.carriedBack || read == latest.end();
            const Balance &b = read == latest.end() ? firstReading : read->second;
            const std::optional<Money> usd = valuation.usd(b);
            if (const std::optional<Money> sum = usd ? t.usd.checkedAdd(*usd) : std::nullopt)
                t.usd = *sum;
        }
        days.append(t);
    }
    return days;
}
