#pragma once

#include "TransactionStore.h"

#include <QDateTime>

#include <optional>

/// Where a connection's next transaction sync starts.
namespace SyncWindow {

/// dash.fi settles pending charges with a changed amount within days, and the others move
/// statuses in that time: every sync reads this far back from its cursor.
constexpr int TrailingDays = 10;

/// What is new since the cursor, plus the trailing window; invalid (everything) when the
/// connection was never synced.
inline QDateTime from(const std::optional<SyncState> &state)
{
    return state && state->cursor.isValid() ? state->cursor.addDays(-TrailingDays) : QDateTime();
}

} // namespace SyncWindow
