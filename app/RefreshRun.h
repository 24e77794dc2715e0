#pragma once

#include <QFuture>
#include <QObject>

struct ProviderError;

/**
 * One refresh: the provider calls it started (each with what is done with its answer),
 * how far it is, whether the user stopped it, and how many calls failed. It finishes once,
 * when the last of its work is done; work added while it runs joins it.
 */
class RefreshRun final : public QObject
{
    Q_OBJECT

public:
    explicit RefreshRun(QObject *parent = nullptr) : QObject(parent) {}

    /// Counts `work` as part of the run until it is done.
    void add(QFuture<void> work);
    bool isRunning() const { return m_outstanding > 0; }
    /// The user stopped it: its reads end as Cancelled, which are then no failures.
    void stop() { m_stopping = true; }
    bool isStopping() const { return m_stopping; }
    /// Whether `error` is only the user's stop.
    bool stoppedBy(const ProviderError &error) const;
    void countFailure() { ++m_failures; }
    int failures() const { return m_failures; }

signals:
    void progress(int done, int total);
    void finished(bool stopped);

private:
    int m_outstanding = 0;
    int m_started = 0;
    int m_failures = 0;
    bool m_stopping = false;
};
