#pragma once

#include "AuditChain.h"

#include <QCoreApplication>
#include <QHash>

/**
 * Checks every signature in the team's audit log against the keys this desktop pinned:
 * each key change an admin signed, each request its maker signed, each decision its
 * approver signed. A row the database's operator appended (correctly hashed, but signed by
 * nobody whose key counts here) is named, the first one first. (Whether a payout had
 * enough signed approvals is checked where it matters, before it is sent.)
 */
class AuditSignatures final
{
    Q_DECLARE_TR_FUNCTIONS(AuditSignatures)

public:
    struct Verdict
    {
        bool ok = true;
        qint64 firstBadSeq = 0;
        QString problem;
        qint64 signatures = 0; ///< valid signatures checked
    };

    /// `rows` in order; `pinned`: member → public key this desktop pinned.
    static Verdict verify(const QList<AuditRow> &rows, const QHash<QString, QString> &pinned);
};
