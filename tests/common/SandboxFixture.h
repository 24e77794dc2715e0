#pragma once

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

} // namespace TestSupport
