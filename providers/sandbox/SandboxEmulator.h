#pragma once

#include "LoopbackHttpServer.h"
#include "SandboxClock.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

/// One provider's API as the sandbox plays it: state, auth and documented replies.
class SandboxEmulator
{
public:
    virtual ~SandboxEmulator() = default;
    /// Unique per emulator: the fault table and the request log use it ("dashfi-postpaid").
    virtual QString name() const = 0;
    /// The provider it plays: "dashfi", "dinari", "dots", "crypto", "dart".
    virtual QString provider() const { return name(); }
    virtual QString prefix() const = 0; ///< "/dashfi/api-v1"
    /// The credential a client needs, as the start line prints it (`id:secret` for two parts).
    virtual QString credential() const = 0;
    /// Handles one request; `path` is what follows the prefix ("/cards/12/freeze").
    virtual ServerResponse handle(const ServerRequest &request, const QString &path) = 0;

    /// Non-secret connection settings a client needs (Dots' app id, DART's user names).
    virtual QJsonObject settings() const { return {}; }

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    /// An absolute URL on this server for a path below the prefix.
    QUrl url(const QString &path) const { return m_baseUrl.resolved(QUrl(prefix() + path)); }
    void setClock(const SandboxClock *clock) { m_clock = clock; }
    QDateTime now() const
    {
        return (m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc()).addSecs(m_skewSeconds);
    }
    /// A provider whose clock is off (or that writes zone-less times in its own zone).
    void setSkew(qint64 seconds) { m_skewSeconds = seconds; }

private:
    qint64 m_skewSeconds = 0;
    QUrl m_baseUrl;
    const SandboxClock *m_clock = nullptr;
};
