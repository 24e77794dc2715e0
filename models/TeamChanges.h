#pragma once

#include "TeamPayout.h"

#include <QList>
#include <QStringList>

/**
 * What a desktop reads again after a notification, from the audit rows added since its
 * last read. Every change in the team database appends an audit row in the same
 * transaction, and rows get their numbers one transaction at a time (td.audit_chain holds
 * a lock until commit), so "the rows after the last one seen" is exactly what changed.
 * A notification only wakes the desktop: one that no audit row backs reads nothing.
 */
struct TeamChanges
{
    struct Row
    {
        qint64 seq = 0;
        QString action;
        QString object;
    };

    QStringList payoutKeys; ///< payouts whose row or decisions changed
    bool allPayouts = false;
    bool members = false;
    bool keys = false;
    bool policy = false;
    bool connections = false;
    bool changes = false;

    bool isEmpty() const
    {
        return payoutKeys.isEmpty() && !allPayouts && !members && !keys && !policy &&
               !connections && !changes;
    }

    /// Everything, as at login.
    static TeamChanges everything();
    /// What `rows` say changed; an action this build does not know reads everything.
    static TeamChanges from(const QList<Row> &rows);
    /// `all` with each of `changed` put in place of the payout with its key (or added),
    /// newest first, as TeamDatabase::payouts() orders them.
    static QList<TeamPayout> merged(QList<TeamPayout> all, const QList<TeamPayout> &changed);
};
