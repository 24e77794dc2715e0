#pragma once

#include <QElapsedTimer>
#include <QFuture>
#include <QStringList>
#include <QTest>

namespace TestSupport {

/// Spins the event loop until the future is done; fails loudly on timeout.
template<typename T> bool waitFor(const QFuture<T> &future, int timeoutMs = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    return future.isFinished();
}

/// An independent RFC 4180 reader, to check what we write reads back as meant.
QList<QStringList> parseCsv(const QByteArray &bytes, QChar delimiter = u',');

/// A fresh temporary HOME-like directory for settings and data, removed at exit.
QString makeTempDir();

} // namespace TestSupport
