#pragma once

#include "Clock.h"

/// A clock that says what the test sets, for rules that depend on the time.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now = QDateTime::currentDateTimeUtc()) : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};
