#include "TeamSignatures.h"

#include "SigningKey.h"
#include "TeamPayout.h"
#include "TeamRequest.h"

#include <QJsonObject>
#include <QSet>

namespace {

QByteArray statement(const QJsonObject &o)
{
    // Texts only: canonical() cannot refuse it.
    return TeamRequest::canonical(o).value_or(QByteArray());
}

} // namespace

QByteArray TeamSignatures::requestStatement(const QString &hash, int required)
{
    return statement({{QStringLiteral("type"), QStringLiteral("treasury-desk request")},
                      {QStringLiteral("hash"), hash},
                      {QStringLiteral("required"), QString::number(required)}});
}

QByteArray TeamSignatures::decisionStatement(const QString &hash, bool approve, const QString &note)
{
    return statement({{QStringLiteral("type"), QStringLiteral("treasury-desk decision")},
                      {QStringLiteral("hash"), hash},
                      {QStringLiteral("decision"),
                       approve ? QStringLiteral("approve") : QStringLiteral("reject")},
                      {QStringLiteral("note"), note}});
}

QByteArray TeamSignatures::keyStatement(const QString &member, const QString &publicKey)
{
    return statement({{QStringLiteral("type"), QStringLiteral("treasury-desk key")},
                      {QStringLiteral("member"), member},
                      {QStringLiteral("public_key"), publicKey}});
}

bool TeamSignatures::signedBy(const Keys &keys, const QString &member, const QByteArray &statement,
                              const QString &signature)
{
    const QStringList own = keys.value(member);
    return std::any_of(own.cbegin(), own.cend(), [&](const QString &key) {
        return SigningKey::verify(key, statement, signature);
    });
}

QString TeamSignatures::problemWith(const TeamPayout &p, const Keys &keys)
{
    if (p.requestHash.isEmpty() || p.requestHash != TeamRequest::hash(p.request))
        return tr("the request does not match its hash");
    if (!keys.contains(p.maker))
        return tr("no key of %1, who asked for it, is pinned on this desktop").arg(p.maker);
    if (!signedBy(keys, p.maker, requestStatement(p.requestHash, p.verdict.required),
                  p.makerSignature))
        return tr("%1's signature does not cover this request with %2 approvals")
            .arg(p.maker)
            .arg(p.verdict.required);
    QSet<QString> approvers;
    for (const TeamDecision &d : p.decisions) {
        if (d.approver == p.maker ||
            !signedBy(keys, d.approver, decisionStatement(p.requestHash, d.approved, d.note),
                      d.signature))
            continue;
        if (!d.approved)
            return tr("%1 rejected it").arg(d.approver);
        approvers.insert(d.approver);
    }
    if (approvers.size() < p.verdict.required)
        return tr("%n of %1 approvals carry a valid signature from a pinned key", nullptr,
                  int(approvers.size()))
            .arg(p.verdict.required);
    return {};
}
