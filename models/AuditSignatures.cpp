#include "AuditSignatures.h"

#include "TeamKeyRing.h"
#include "TeamSignatures.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject detailOf(const AuditRow &row)
{
    return QJsonDocument::fromJson(row.detail.toUtf8()).object();
}

QString text(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString();
}

} // namespace

AuditSignatures::Verdict AuditSignatures::verify(const QList<AuditRow> &rows,
                                                 const QHash<QString, QString> &pinned)
{
    // The keys as the log tells their story, reviewed against what this desktop pinned.
    QList<TeamKey> keys;
    for (const AuditRow &row : rows) {
        const QJsonObject d = detailOf(row);
        if (row.action == QLatin1String("register key"))
            keys.append({row.seq, row.actor, text(d, "public_key"), {}, {}});
        else if (row.action == QLatin1String("approve key"))
            for (TeamKey &k : keys)
                if (k.member == text(d, "member") && k.publicKey == text(d, "public_key")) {
                    k.approvedBy = row.actor;
                    k.approval = text(d, "signature");
                }
    }
    const TeamKeyRing ring = TeamKeyRing::review(keys, pinned);
    Verdict v;
    const auto bad = [&v](qint64 seq, const QString &problem) {
        if (v.ok || seq < v.firstBadSeq) {
            v.ok = false;
            v.firstBadSeq = seq;
            v.problem = problem;
        }
    };
    for (const TeamKeyRing::Notice &n : ring.notices())
        if (n.kind == TeamKeyRing::Notice::Kind::Refused)
            bad(n.id, tr("row %1: %2").arg(n.id).arg(n.text));

    bool signing = false; // from the row that says the log holds signatures (schema 7)
    for (const AuditRow &row : rows) {
        if (!v.ok && row.seq >= v.firstBadSeq)
            break;
        if (row.action == QLatin1String("signatures"))
            signing = true;
        if (!signing)
            continue;
        const QJsonObject d = detailOf(row);
        const QString signature = text(d, "signature");
        const auto check = [&](const QByteArray &statement, const QString &what) {
            if (TeamSignatures::signedBy(ring.keys(), row.actor, statement, signature))
                ++v.signatures;
            else
                bad(row.seq, tr("row %1: %2 is not signed with a key of %3 that this desktop "
                                "trusts")
                                 .arg(row.seq)
                                 .arg(what, row.actor));
        };
        if (row.action == QLatin1String("approve key")) {
            check(TeamSignatures::keyStatement(text(d, "member"), text(d, "public_key")),
                  tr("the approval of %1's key").arg(text(d, "member")));
        } else if (row.action == QLatin1String("sign")) {
            check(TeamSignatures::requestStatement(text(d, "hash"), text(d, "required").toInt()),
                  tr("the request %1").arg(row.object));
        } else if (row.action == QLatin1String("approve") ||
                   row.action == QLatin1String("reject")) {
            check(TeamSignatures::decisionStatement(
                      text(d, "hash"), row.action == QLatin1String("approve"), text(d, "note")),
                  tr("the decision on %1").arg(row.object));
        }
    }
    return v;
}
