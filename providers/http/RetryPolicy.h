#pragma once

#include <QByteArray>
#include <QDateTime>

struct HttpResponse;

/// When and how long to wait before trying an idempotent request again.
struct RetryPolicy
{
    int maxAttempts = 4; ///< including the first
    int baseDelayMs = 200;
    int maxDelayMs = 8000;
    int maxRetryAfterMs = 30000; ///< a longer Retry-After is reported, not waited out

    /// Network failures, timeouts, 429, 502, 503, 504. Never TLS or refused requests.
    static bool isTransient(const HttpResponse &response);
    /// Retry-After as delta-seconds or an HTTP date; -1 when absent or unreadable.
    static int retryAfterMs(const QByteArray &header, const QDateTime &nowUtc);
    /// Exponential backoff with equal jitter: half fixed, half random.
    int backoffMs(int attempt) const;
};
