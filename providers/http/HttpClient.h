#pragma once

#include "Authenticator.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "RetryPolicy.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class TokenBucket;

/**
 * The one way providers talk HTTP. Per connection it owns the auth strategy, a token
 * bucket rate limit, a cap on requests in flight, and the retry policy. Every request gets
 * a transfer timeout; TLS errors are never ignored; plain http is refused except to
 * loopback; a redirect is followed only within the same origin, so credentials never
 * travel to another host. The result is always an HttpResponse, with a ProviderError in
 * words when it failed.
 */
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    HttpClient(QNetworkAccessManager *network, const QUrl &baseUrl,
               std::shared_ptr<Authenticator> auth, QObject *parent = nullptr);
    ~HttpClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setRateLimit(double requestsPerSecond, int burst);
    /// Caps every request's transfer timeout (0: each request's own).
    void setTimeoutCap(int milliseconds) { m_timeoutCapMs = milliseconds; }
    /// Replaces every request's answer size cap (0: each request's own).
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }

    QFuture<HttpResponse> send(const HttpRequest &request);
    /// Resolves a request to the URL it would go to (base URL + path + query).
    QUrl resolve(const HttpRequest &request) const;
    /// Cancels everything queued or in flight; their futures finish as Cancelled.
    void abortAll();
    /// Cancels only the reads (HttpRequest::read) queued, waiting or in flight, the user
    /// having stopped a refresh; writes go on untouched. Their futures finish as Cancelled.
    void abortReads();

private:
    struct Call;
    using CallPtr = std::shared_ptr<Call>;

    void enqueue(const CallPtr &call, bool front = false);
    void pump();
    void withToken(const CallPtr &call);
    void fetchToken();
    void acquireThenTransmit(const CallPtr &call);
    void transmit(const CallPtr &call);
    void onReplyFinished(const CallPtr &call, QNetworkReply *reply);
    bool maybeRedirect(const CallPtr &call, const HttpResponse &response);
    bool maybeRetry(const CallPtr &call, const HttpResponse &response);
    static HttpResponse cancelledResponse();
    /// Cancels the calls `which` picks, wherever they are: queued, waiting or on the wire.
    void abortWhere(const std::function<bool(const Call &)> &which);
    void finish(const CallPtr &call, HttpResponse response);

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_baseUrl;
    std::shared_ptr<Authenticator> m_auth;
    RetryPolicy m_retry;
    TokenBucket *m_bucket;
    static constexpr int MaxInFlight = 6;
    int m_timeoutCapMs = 0;
    qint64 m_maxResponseBytes = 0;
    int m_active = 0;
    std::deque<CallPtr> m_pending;
    std::vector<CallPtr> m_tokenWaiters;
    std::vector<CallPtr> m_waitingForBucket;
    int m_readGeneration = 0; ///< bumped by abortReads: a read waiting to retry is dropped
    bool m_fetchingToken = false;
    QHash<QNetworkReply *, CallPtr> m_onTheWire;
};
