#pragma once

#include <QMetaType>
#include <QString>

/**
 * What went wrong talking to a provider, in words a finance user understands, with the
 * technical facts beside it for the log window. It never carries credentials: the
 * request is named by method and path only, without query or body.
 */
struct ProviderError
{
    enum class Kind {
        None,
        Network,     ///< could not connect, host not found, connection lost
        Timeout,     ///< no complete answer in time
        Tls,         ///< certificate or handshake failure (never ignored)
        Refused,     ///< we refused to send: insecure URL, credentials in the URL
        Redirected,  ///< the provider answered a redirect we do not follow (after the request)
        TooLarge,    ///< the answer passed the size cap and was not read
        Auth,        ///< 401 / 403, or the provider said the credentials are wrong
        RateLimited, ///< 429
        NotFound,    ///< 404
        Client,      ///< other 4xx: the provider rejected the request
        Server,      ///< 5xx
        Parse,       ///< the answer is not what the documentation promises
        Provider,    ///< HTTP 200 with the provider's own error status
        Unsupported, ///< the provider or account does not offer this
        Cancelled
    };

    Kind kind = Kind::None;
    QString message; ///< for people, one sentence
    int httpStatus = 0;
    QString providerMessage; ///< what the provider itself said, if anything
    QString method;
    QString path;
    int retryAfterSeconds = -1;
    bool wasSent = false; ///< the request left this machine (it may have been carried out)

    bool isError() const { return kind != Kind::None; }
    /// True when a request that moves money may have been carried out although its
    /// answer was lost (timeout, dropped connection, 5xx, an unreadable, oversized or
    /// redirecting answer, or a request abandoned after it left): it must be reconciled
    /// before anything is sent again.
    bool leavesOutcomeUnknown() const
    {
        // No document says a 401 or 403 to a request means nothing was done: once the
        // request left, refused credentials are no proof that the money did not move.
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Server ||
               kind == Kind::Parse || kind == Kind::Redirected || kind == Kind::TooLarge ||
               ((kind == Kind::Cancelled || kind == Kind::Auth) && wasSent);
    }
    /// One line for a status bar or a row: the message plus the provider's words.
    QString summary() const;
    /// Everything, for the log window and stderr.
    QString details() const;
    static QString kindName(Kind kind);
};

Q_DECLARE_METATYPE(ProviderError)
