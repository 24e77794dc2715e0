#pragma once

#include "AuditChain.h"
#include "TeamKeyRing.h"
#include "TeamPayout.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class QSqlQuery;

/**
 * The team database's rows as the client's types, read by column name: the SELECT lists
 * here name every column they give, so a column added to a table or a query moved around
 * never shifts what lands where.
 */
class TeamRows final
{
public:
    /// The columns payout() reads, for "SELECT ... FROM td.payouts".
    static const QString PayoutColumns;
    static TeamPayout payout(const QSqlQuery &q);
    /// The columns decision() reads (and "key"), for "SELECT ... FROM td.approvals".
    static const QString DecisionColumns;
    static TeamDecision decision(const QSqlQuery &q);
    /// From the columns required, reasons, usd and held_until.
    static TeamVerdict verdict(const QSqlQuery &q);
    static const QString AuditColumns;
    static AuditRow audit(const QSqlQuery &q);
    static const QString KeyColumns;
    static TeamKey key(const QSqlQuery &q);

    static QJsonObject objectOf(const QVariant &text);
    static QJsonArray arrayOf(const QVariant &text);
};
