#pragma once

#include "RetryPolicy.h"

#include <optional>

/// How a provider's requests are timed, where the defaults do not fit (tests that give up
/// on a lost answer quickly, a slow network).
struct ProviderOptions
{
    int timeoutCapMs = 0; ///< caps every request's timeout and deadline; 0: each request's own
    std::optional<RetryPolicy> retry; ///< replaces the provider's retry policy
    qint64 maxResponseBytes = 0;      ///< replaces every request's size cap; 0: each request's own
};
