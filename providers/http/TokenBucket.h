#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

/// A token bucket: `rate` requests per second on average, bursts of up to `burst`.
/// Waiters are served in order, from the event loop; a rate of 0 means no limit.
class TokenBucket final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenBucket)

public:
    TokenBucket(double ratePerSecond, int burst, QObject *parent = nullptr);
    void setRate(double ratePerSecond, int burst);
    void acquire(std::function<void()> onGranted);
    void clear();
    int waiting() const { return int(m_waiters.size()); }

private:
    void refill();
    void drain();

    double m_rate;
    double m_burst;
    double m_tokens;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    QTimer m_timer;
    std::deque<std::function<void()>> m_waiters;
};
