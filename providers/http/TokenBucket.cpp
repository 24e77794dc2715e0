#include "TokenBucket.h"

#include <cmath>

TokenBucket::TokenBucket(double ratePerSecond, int burst, QObject *parent)
    : QObject(parent), m_rate(ratePerSecond), m_burst(qMax(1, burst)), m_tokens(m_burst)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TokenBucket::drain);
}

void TokenBucket::setRate(double ratePerSecond, int burst)
{
    refill();
    m_rate = ratePerSecond;
    m_burst = qMax(1, burst);
    m_tokens = qMin(m_tokens, m_burst);
}

void TokenBucket::acquire(std::function<void()> onGranted)
{
    m_waiters.push_back(std::move(onGranted));
    drain();
}

void TokenBucket::clear()
{
    m_waiters.clear();
    m_timer.stop();
}

void TokenBucket::refill()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_tokens = qMin(m_burst, m_tokens + m_rate * double(now - m_lastNs) / 1e9);
    m_lastNs = now;
}

void TokenBucket::drain()
{
    if (m_rate <= 0) {
        while (!m_waiters.empty()) {
            auto cb = std::move(m_waiters.front());
            m_waiters.pop_front();
            cb();
        }
        return;
    }
    refill();
    while (!m_waiters.empty() && m_tokens >= 1.0) {
        m_tokens -= 1.0;
        auto cb = std::move(m_waiters.front());
        m_waiters.pop_front();
        cb();
    }
    if (!m_waiters.empty() && !m_timer.isActive()) {
        const double wait = (1.0 - m_tokens) / m_rate;
        m_timer.start(int(std::ceil(wait * 1000.0)));
    }
}
