#pragma once

// What treasuryctl's command files share: waiting for a provider's answer, and one call
// through the provider the options name. Not a public header.

#include "ActionJournal.h"
#include "Provider.h"
#include "Treasuryctl.h"

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <memory>

namespace TreasuryctlSupport {

/// Runs the event loop until `done()` holds, asked again each time `sender` emits `signal`,
/// or `timeoutMs` passes; true when done. Nothing polls: the process sleeps in between.
template<typename Sender, typename Signal>
bool waitUntil(const std::function<bool()> &done, const Sender *sender, Signal signal,
               int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    deadline.start(timeoutMs);
    loop.exec();
    return done();
}

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

/// `call` changes something at the provider: journaled as the GUI journals it, pending
/// before it leaves and settled by its answer; nothing is sent when the journal cannot be
/// written.
template<typename T, typename Call>
std::optional<T> Treasuryctl::journaled(QCommandLineParser &parser, int *exit,
                                        const JournalAction &action, const QString &target,
                                        Call call, const std::optional<Money> &amount)
{
    using Cap = std::remove_reference_t<typename TreasuryctlSupport::FirstArgument<Call>::type>;
    Cap *cap = nullptr;
    const std::unique_ptr<Provider> p = providerOffering(parser, exit, &cap);
    if (!p)
        return std::nullopt;
    JournalEntry entry;
    entry.action = action;
    entry.target = target;
    entry.amount = amount;
    return journaledAt<T>(*p, exit, entry, call);
}

template<typename T, typename Call>
std::optional<T> Treasuryctl::journaledAt(Provider &p, int *exit, JournalEntry entry, Call call,
                                          JournalEntry::State *settled)
{
    using Cap = std::remove_reference_t<typename TreasuryctlSupport::FirstArgument<Call>::type>;
    auto *cap = qobject_cast<Cap *>(&p);
    if (!cap) {
        ProviderError e;
        e.kind = ProviderError::Kind::Unsupported;
        e.message = tr("%1 does not offer this.").arg(p.displayName());
        *exit = failWith(e);
        return std::nullopt;
    }
    const std::unique_ptr<ActionJournal> journal = openJournal(exit);
    if (!journal)
        return std::nullopt;
    if (entry.key.isEmpty())
        entry.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.provider = p.providerId();
    entry.connectionId = p.connectionId();
    entry.connection = p.connectionName();
    if (entry.amount && entry.currency.isEmpty())
        entry.currency = QStringLiteral("USD");
    const std::optional<qint64> id = journal->append(entry);
    if (!id) {
        *exit = fail(
            Local,
            tr("the journal cannot be written, so nothing is sent: %1").arg(journal->lastError()));
        return std::nullopt;
    }
    const Result<T> r = TreasuryctlSupport::await(call(*cap));
    const JournalEntry::State state = JournalEntry::stateAfter(r.ok() ? nullptr : &r.error());
    if (settled)
        *settled = state;
    const bool recorded =
        journal->update(*id, state, QString(), r.ok() ? QString() : r.error().summary());
    if (!r.ok()) {
        *exit = failWith(r.error());
        return std::nullopt;
    }
    if (!recorded) {
        *exit = fail(Local,
                     tr("done, but the journal could not record it: %1").arg(journal->lastError()));
        return std::nullopt;
    }
    return r.value();
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
    if (!r.complete())
        warnIncomplete(p->displayName(), r.gaps());
    return r.value();
}
