#pragma once

#include "LoopbackHttpServer.h"

#include <QString>
#include <QUrl>

/// One provider's API as the sandbox plays it: state, auth and documented replies.
class SandboxEmulator
{
public:
    virtual ~SandboxEmulator() = default;
    virtual QString name() const = 0;   ///< "dashfi", "dinari", "dots", "crypto", "dart"
    virtual QString prefix() const = 0; ///< "/dashfi/api-v1"
    /// The credential a client needs, as the start line prints it (`id:secret` for two parts).
    virtual QString credential() const = 0;
    /// Handles one request; `path` is what follows the prefix ("/cards/12/freeze").
    virtual ServerResponse handle(const ServerRequest &request, const QString &path) = 0;

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }

private:
    QUrl m_baseUrl;
};
