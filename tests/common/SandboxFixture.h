#pragma once

#include "FaultInjector.h"
#include "SandboxServer.h"

#include <memory>

namespace TestSupport {

/// A sandbox listening on a free loopback port, with a dash.fi book small enough for the
/// test at hand; nullptr when it cannot listen. Header-only: tests that link the sandbox.
inline std::unique_ptr<SandboxServer> startedSandbox(int dashfiTransactions)
{
    SandboxServer::Options options;
    options.dashfiTransactions = dashfiTransactions;
    auto sandbox = std::make_unique<SandboxServer>(options);
    return sandbox->start() ? std::move(sandbox) : nullptr;
}

/// A fault for the next request of `method` to the provider's `path` only.
inline FaultRule faultOnce(const char *provider, const char *path, const QByteArray &method,
                           FaultRule::Kind kind)
{
    FaultRule rule;
    rule.provider = QLatin1String(provider);
    rule.path = QLatin1String(path);
    rule.method = method;
    rule.kind = kind;
    rule.remaining = 1;
    return rule;
}

} // namespace TestSupport
