#pragma once

#include "TeamSignatures.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

/// A public key a member registered with the team, with the admin's signed approval when
/// it replaced an earlier one.
struct TeamKey
{
    qint64 id = 0; ///< order of registration (td.keys' id, or the audit row's sequence)
    QString member;
    QString publicKey;
    QString approvedBy;
    QString approval; ///< approvedBy's signature over TeamSignatures::keyStatement
};

/**
 * Which keys this desktop takes as each member's. A member's first key is pinned the first
 * time a desktop sees it (colleagues compare fingerprints out of band); a later key counts
 * only with a signature of another member whose key counts, over keyStatement. A key the
 * database shows that does not lead from the pinned one is refused, and the pinned key
 * stays: signatures made with the other are not the member's.
 */
class TeamKeyRing final
{
    Q_DECLARE_TR_FUNCTIONS(TeamKeyRing)

public:
    struct Notice
    {
        enum class Kind { New, Changed, Refused, Waiting };
        Kind kind;
        QString member;
        QString text;
        qint64 id = 0;     ///< the key row it is about
        QString publicKey; ///< the key it is about (a waiting one, for an admin to sign)
    };

    /// `keys` in registration order; `pinned`: member → key this desktop pinned.
    static TeamKeyRing review(const QList<TeamKey> &keys, const QHash<QString, QString> &pinned);

    /// Every key that counts, per member (old ones too: what was signed stays signed).
    const TeamSignatures::Keys &keys() const { return m_keys; }
    /// member → the key to pin now.
    const QHash<QString, QString> &pins() const { return m_pins; }
    const QList<Notice> &notices() const { return m_notices; }
    /// The first refused key's row, 0 when none.
    qint64 firstRefused() const;

private:
    TeamSignatures::Keys m_keys;
    QHash<QString, QString> m_pins;
    QList<Notice> m_notices;
};
Q_DECLARE_METATYPE(TeamKeyRing)
