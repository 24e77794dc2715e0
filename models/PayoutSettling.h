#pragma once

#include <QDateTime>

/**
 * How long absence from a provider's records is not proof that a payout was not sent,
 * and how often to look again meanwhile. A slow gateway may commit a payment long after
 * the client gave up waiting: until `windowSeconds` after the send, a payout not found
 * stays unknown and is checked again with growing pauses; after it, a person decides.
 */
struct PayoutSettling
{
    int windowSeconds = 3600;    ///< by the app's clock, from when the payout was journaled
    int firstCheckMs = 30000;    ///< the pause before the second check
    int maxCheckMs = 10 * 60000; ///< the longest pause between two checks
    /// Records are searched this far either side of the send, for clocks and zones that
    /// are off (a zone-less time in the provider's zone is up to 14 h away from UTC).
    static constexpr int SkewSeconds = 24 * 3600;

    /// The pause after `checksDone` checks: doubling from firstCheckMs, capped.
    int pauseAfter(int checksDone) const
    {
        qint64 ms = firstCheckMs;
        for (int i = 1; i < checksDone && ms < maxCheckMs; ++i)
            ms *= 2;
        return int(qMin<qint64>(ms, maxCheckMs));
    }
    /// True once absence may be shown to a person as "not found".
    bool windowOver(const QDateTime &sentAt, const QDateTime &now) const
    {
        return sentAt.secsTo(now) >= windowSeconds;
    }
};
