#pragma once

#include "TeamDatabase.h"

namespace TestSupport {

/// The hash of the team request `key` as `db`'s member reads it: what a decision names.
inline QString requestHash(TeamDatabase &db, const QString &key)
{
    const std::optional<TeamPayout> p = db.payout(key);
    return p ? p->requestHash : QString();
}

} // namespace TestSupport
