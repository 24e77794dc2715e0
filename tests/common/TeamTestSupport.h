#pragma once

#include "SigningKey.h"
#include "TeamDatabase.h"

#include <QHash>

namespace TestSupport {

/// The hash of the team request `key` as `db`'s member reads it: what a decision names.
inline QString requestHash(TeamDatabase &db, const QString &key)
{
    const std::optional<TeamPayout> p = db.payout(key);
    return p ? p->requestHash : QString();
}

/// The signing key of the database role `user` in this test run: one per person, as each
/// person's keychain keeps one.
inline SigningKey keyOf(const QString &user)
{
    static QHash<QString, SigningKey> keys;
    const auto it = keys.constFind(user);
    if (it != keys.cend())
        return *it;
    return *keys.insert(user, *SigningKey::generate());
}

/// Gives an opened member's desktop its signing key and registers it, as a login does.
inline bool enrol(TeamDatabase &db)
{
    db.setSigningKey(keyOf(db.user()));
    return db.role().isEmpty() || db.registerKey().has_value();
}

} // namespace TestSupport
