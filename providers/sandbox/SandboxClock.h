#pragma once

#include <QAtomicInteger>
#include <QDateTime>

/**
 * The sandbox's idea of now: real time plus an offset that tests and the demo can move
 * forward, so that withdrawals, batches and pending card charges progress on demand
 * instead of after real minutes.
 */
class SandboxClock
{
public:
    QDateTime now() const
    {
        return QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds.loadRelaxed());
    }
    void advance(qint64 seconds) { m_offsetSeconds.fetchAndAddRelaxed(seconds); }

private:
    QAtomicInteger<qint64> m_offsetSeconds = 0;
};
