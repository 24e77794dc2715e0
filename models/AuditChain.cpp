#include "AuditChain.h"

#include <QCryptographicHash>
#include <QStringList>

#include <algorithm>
#include <cctype>

QByteArray AuditChain::canonical(const AuditRow &row)
{
    QByteArray out;
    for (const QString &field :
         {QString::number(row.seq), row.at, row.actor, row.action, row.object, row.detail}) {
        const QByteArray bytes = field.toUtf8();
        out += QByteArray::number(bytes.size()) + ':' + bytes;
    }
    return out;
}

QByteArray AuditChain::hashOf(const AuditRow &row)
{
    return QCryptographicHash::hash(row.previousHash + canonical(row), QCryptographicHash::Sha256);
}

QString AuditCheckpoint::toText() const
{
    return QString::number(seq) + u':' + QString::fromLatin1(hash.toHex());
}

std::optional<AuditCheckpoint> AuditCheckpoint::fromText(const QString &text)
{
    const QStringList parts = text.trimmed().split(u':');
    bool ok = false;
    const qint64 seq = parts.value(0).toLongLong(&ok);
    const QByteArray hex = parts.value(1).toLatin1();
    // A SHA-256 in hex: 64 digits, nothing else.
    if (parts.size() != 2 || !ok || seq < 1 || hex.size() != 64 ||
        !std::all_of(hex.cbegin(), hex.cend(), [](char c) { return std::isxdigit(c); }))
        return std::nullopt;
    return AuditCheckpoint{seq, QByteArray::fromHex(hex)};
}

AuditChain::Verdict AuditChain::verify(const QList<AuditRow> &rows,
                                       const std::optional<AuditCheckpoint> &seen)
{
    Verdict v;
    v.compared = seen.has_value();
    QByteArray previous;
    qint64 expected = 1;
    bool seenFound = !seen || seen->seq == 0;
    for (const AuditRow &row : rows) {
        const auto bad = [&](const QString &problem) {
            v.ok = false;
            v.firstBadSeq = row.seq;
            v.problem = problem;
        };
        if (row.seq != expected) {
            bad(tr("row %1 is missing").arg(expected));
            v.firstBadSeq = expected;
        } else if (row.previousHash != previous)
            bad(tr("row %1 does not follow from the row before it").arg(row.seq));
        else if (hashOf(row) != row.hash)
            bad(tr("row %1 was changed after it was written").arg(row.seq));
        else if (seen && row.seq == seen->seq && row.hash != seen->hash)
            bad(tr("row %1 is not the row this desktop saw: the log was rewritten").arg(row.seq));
        if (!v.ok)
            return v;
        if (seen && row.seq == seen->seq)
            seenFound = true;
        previous = row.hash;
        ++expected;
        ++v.rows;
        v.end = {row.seq, row.hash};
    }
    if (!seenFound) {
        v.ok = false;
        v.firstBadSeq = seen->seq;
        v.problem = tr("the log ends at row %1, before row %2 this desktop saw: rows were "
                       "removed")
                        .arg(v.end.seq)
                        .arg(seen->seq);
    }
    return v;
}
