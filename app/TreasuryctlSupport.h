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

/// The type of a lambda's one parameter, so that fetch can ask for the capability it takes.
template<typename F> struct FirstArgument : FirstArgument<decltype(&F::operator())>
{
};
template<typename C, typename R, typename A> struct FirstArgument<R (C::*)(A) const>
{
    using type = A;
};

} // namespace TreasuryctlSupport

template<typename Cap>
std::unique_ptr<Provider> Treasuryctl::providerOffering(QCommandLineParser &parser, int *exit,
                                                        Cap **cap)
{
    std::unique_ptr<Provider> p = provider(parser, exit);
    *cap = qobject_cast<Cap *>(p.get());
    if (p && !*cap) {
        ProviderError e;
        e.kind = ProviderError::Kind::Unsupported;
        e.message = tr("%1 does not offer this.").arg(p->displayName());
        *exit = failWith(e);
        p.reset();
    }
    return p;
}

/// `call` takes the capability it needs (CardSource &, …), which the provider must offer.
template<typename T, typename Call>
std::optional<T> Treasuryctl::fetch(QCommandLineParser &parser, int *exit, Call call)
{
    using Cap = std::remove_reference_t<typename TreasuryctlSupport::FirstArgument<Call>::type>;
    Cap *cap = nullptr;
    const std::unique_ptr<Provider> p = providerOffering(parser, exit, &cap);
    if (!p)
        return std::nullopt;
    const Result<T> r = TreasuryctlSupport::await(call(*cap));
    if (!r.ok()) {
        *exit = failWith(r.error());
        return std::nullopt;
    }
    return r.value();
}
