#pragma once

#include "Balance.h"
#include "ConnectionRef.h"
#include "StoreDatabase.h"
#include "UsdValuation.h"

#include <QDate>
#include <QList>

/// One day's consolidated USD value.
struct DailyTotal
{
    QDate day; ///< UTC
    Money usd;
    /// Some account counts here with its first reading, taken on a later day: history
    /// starts after this day, and the value is carried back, not read.
    bool carriedBack = false;
};

/**
 * Balances as they were read, kept in the local store (at most one snapshot per
 * connection every 15 minutes), and the consolidated USD total per day that the Balances
 * page charts. A day without a reading carries the last one forward, and an account first
 * read later counts with that first reading on the days before (marked carriedBack), so
 * an account's first reading is never charted as money coming in.
 */
class BalanceHistory final
{
public:
    explicit BalanceHistory(const QString &path) : m_db(path) {}
    bool open() { return m_db.open(); }
    QString lastError() const { return m_error.isEmpty() ? m_db.lastError() : m_error; }

    /// Records one connection's balances read at `at`; false on a store error. A reading
    /// within 15 minutes of the last one of the connection is skipped (still true).
    bool record(const ConnectionRef &connection, const QList<Balance> &balances,
                const QDateTime &at);
    /// Readings the provider kept itself (each with its asOf), e.g. the crypto gateway's
    /// balance history; a reading already stored is replaced, not doubled.
    bool recordPast(const ConnectionRef &connection, const QList<Balance> &balances);
    /// Every snapshot since `from`, oldest first, asOf set to when it was taken.
    QList<Balance> since(const QDateTime &from);
    /// The USD total per UTC day from `from` to `to`, valued with `valuation` (today's
    /// rates: the chart says so); accounts without a rate are left out, as in the total.
    static QList<DailyTotal> dailyTotals(const QList<Balance> &snapshots,
                                         const UsdValuation &valuation, const QDate &from,
                                         const QDate &to);

private:
    bool insert(const ConnectionRef &connection, const QList<Balance> &balances,
                const QDateTime &at);

    StoreDatabase m_db;
    QString m_error;
};
