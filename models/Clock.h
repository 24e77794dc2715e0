#pragma once

#include <QDateTime>

/**
 * What time it is, for every rule that depends on it (sync windows, recent payouts, the
 * balance chart's days), passed in so that tests can set it. Providers stamp what they
 * read with the time of reading and keep the system clock.
 */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    QDate todayUtc() const { return nowUtc().date(); }
    /// Today where the user is, for the dates people pick and files are named by.
    QDate today() const { return nowUtc().toLocalTime().date(); }

    /// The system's clock.
    static const Clock &system();
};
