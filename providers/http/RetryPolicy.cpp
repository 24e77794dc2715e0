#include "RetryPolicy.h"

#include "HttpResponse.h"

#include <QRandomGenerator>

bool RetryPolicy::isTransient(const HttpResponse &response)
{
    using K = ProviderError::Kind;
    switch (response.error.kind) {
    case K::Network:
    case K::Timeout:
    case K::RateLimited:
        return true;
    case K::Server:
        return response.status == 502 || response.status == 503 || response.status == 504;
    default:
        return false;
    }
}

int RetryPolicy::retryAfterMs(const QByteArray &header, const QDateTime &nowUtc)
{
    const QByteArray v = header.trimmed();
    if (v.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = v.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : int(qMin<qint64>(seconds, 24 * 3600) * 1000);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qBound<qint64>(0, nowUtc.msecsTo(when), 24LL * 3600 * 1000));
}

int RetryPolicy::backoffMs(int attempt) const
{
    const qint64 exp = qMin<qint64>(maxDelayMs, qint64(baseDelayMs) << qBound(0, attempt - 1, 20));
    const qint64 half = exp / 2;
    return int(half + QRandomGenerator::global()->bounded(half + 1));
}
