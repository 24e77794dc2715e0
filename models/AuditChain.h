#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/// One row of the team's audit log as the database returned it.
struct AuditRow
{
    qint64 seq = 0;
    QString at; ///< as the hash covers it: UTC, microseconds, ISO 8601
    QString actor;
    QString action;
    QString object;
    QString detail; ///< the server's text of the JSON detail, hashed as is
    QByteArray previousHash;
    QByteArray hash;
};

/// Where a desktop last saw the log end: it may only grow from there.
struct AuditCheckpoint
{
    qint64 seq = 0;
    QByteArray hash;

    /// "SEQ:HASH" (hash in hex): to keep elsewhere, and to give a new desktop to start from.
    QString toText() const;
    /// Reads toText()'s form; nullopt for anything else.
    static std::optional<AuditCheckpoint> fromText(const QString &text);
};

/**
 * Recomputes the audit log's hash chain on the client, so that a database that was
 * changed behind the functions' back (a row altered, removed or a chain rebuilt from an
 * earlier point) is found: hash = SHA-256(previous hash || canonical row).
 */
class AuditChain final
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    struct Verdict
    {
        bool ok = true;
        qint64 firstBadSeq = 0; ///< the first row that does not match
        QString problem;
        AuditCheckpoint end; ///< the last row checked
        qint64 rows = 0;
        bool compared = false; ///< a checkpoint was given: the log only grew from it
        qint64 signatures = 0; ///< signatures checked against this desktop's pinned keys
    };

    /// The text a row's hash covers: each field as its byte length, ':' and the field.
    static QByteArray canonical(const AuditRow &row);
    static QByteArray hashOf(const AuditRow &row);
    /// `rows` in sequence order from the first; `seen`, where this desktop saw it end.
    static Verdict verify(const QList<AuditRow> &rows, const std::optional<AuditCheckpoint> &seen);
};
