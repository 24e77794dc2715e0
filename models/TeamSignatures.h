#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

struct TeamPayout;

/**
 * What team members sign, and the check a desktop makes before it sends what the team
 * approved. Each statement is a canonical JSON object (RFC 8785, as TeamRequest), so every
 * desktop reads the same bytes: the maker signs the request's hash with the number of
 * approvals the policy asked for; an approver signs the hash, the decision and the note;
 * an admin signs a colleague's new key. The database stores signatures and cannot make
 * them: whoever runs it can change rows, not sign for a member whose key a desktop pinned.
 */
class TeamSignatures final
{
    Q_DECLARE_TR_FUNCTIONS(TeamSignatures)

public:
    /// Public keys (base64) a desktop takes as each member's, by member.
    using Keys = QHash<QString, QStringList>;

    static QByteArray requestStatement(const QString &hash, int required);
    static QByteArray decisionStatement(const QString &hash, bool approve, const QString &note);
    static QByteArray keyStatement(const QString &member, const QString &publicKey);

    /// `signature` is `member`'s over `statement` with one of the keys in `keys`.
    static bool signedBy(const Keys &keys, const QString &member, const QByteArray &statement,
                         const QString &signature);

    /// Why `payout` (as read after the claim, with `document` its claimed request) must not
    /// be sent: the maker's signature over its hash and required approvals, and as many
    /// approvals with valid signatures of distinct colleagues as it requires. Empty when
    /// it holds.
    static QString problemWith(const TeamPayout &payout, const Keys &keys);
};
