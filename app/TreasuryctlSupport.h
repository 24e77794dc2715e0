#pragma once

// What treasuryctl's command files share: waiting for a provider's answer, and one call
// through the provider the options name. Not a public header.

#include "Provider.h"
#include "Treasuryctl.h"

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

#include <memory>

namespace TreasuryctlSupport {

/// Blocks (with an event loop, so that the network runs) until `future` is done.
template<typename T> T await(const QFuture<T> &future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

} // namespace TreasuryctlSupport

template<typename T, typename Call>
std::optional<T> Treasuryctl::fetch(QCommandLineParser &parser, int *exit, Call call)
{
    const std::unique_ptr<Provider> p = provider(parser, exit);
    if (!p)
        return std::nullopt;
    const Result<T> r = TreasuryctlSupport::await(call(*p));
    if (!r.ok()) {
        *exit = failWith(r.error());
        return std::nullopt;
    }
    return r.value();
}
