#include "HttpClient.h"

#include "Redaction.h"

#include "HttpErrors.h"
#include "OneShotBody.h"
#include "TokenBucket.h"
#include "UrlPolicy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QSslError>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHttp, "treasury.http", QtInfoMsg)

namespace {
constexpr int MaxRedirects = 5;
}

struct HttpClient::Call
{
    HttpRequest request;
    QUrl url;
    QPromise<HttpResponse> promise;
    int attempts = 0;
    int redirects = 0;
    bool authRetried = false;
    bool aborted = false;
    bool pastDeadline = false;
    bool tooLarge = false;
    bool isTokenRequest = false;
    int readGeneration = 0;
    QString sslDetail;
    QElapsedTimer clock;
    QElapsedTimer operation; ///< since send(): retries and waits included
    int attemptDeadlineMs = 0;

    /// What is left of the operation's time.
    qint64 remainingMs() const { return request.operationMs - operation.elapsed(); }
};

namespace {
/// An attempt with less time than this left of its operation is not started.
constexpr int MinAttemptMs = 1000;
} // namespace

HttpClient::HttpClient(QNetworkAccessManager *network, const QUrl &baseUrl,
                       std::shared_ptr<Authenticator> auth, QObject *parent)
    : QObject(parent), m_network(network), m_baseUrl(baseUrl), m_auth(std::move(auth)),
      m_bucket(new TokenBucket(0, 1, this))
{}

HttpClient::~HttpClient()
{
    abortAll();
}

void HttpClient::setRateLimit(double requestsPerSecond, int burst)
{
    m_bucket->setRate(requestsPerSecond, burst);
}

QUrl HttpClient::resolve(const HttpRequest &request) const
{
    if (request.absoluteUrl.isValid())
        return request.absoluteUrl;
    QUrl url = m_baseUrl;
    QString path = url.path();
    if (path.endsWith(u'/') && request.path.startsWith(u'/'))
        path.chop(1);
    url.setPath(path + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

QFuture<HttpResponse> HttpClient::send(const HttpRequest &request)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->url = resolve(request);
    call->readGeneration = m_readGeneration;
    call->operation.start();
    call->promise.start();
    QFuture<HttpResponse> future = call->promise.future();

    ProviderError refused = UrlPolicy::check(call->url);
    if (!refused.isError() && request.absoluteUrl.isValid() &&
        !UrlPolicy::sameOrigin(request.absoluteUrl, m_baseUrl)) {
        refused.kind = ProviderError::Kind::Refused;
        refused.message = QCoreApplication::translate(
                              "HttpClient", "Refused to follow a link to another host (%1).")
                              .arg(request.absoluteUrl.host());
    }
    if (refused.isError()) {
        HttpResponse r;
        r.error = refused;
        finish(call, r);
        return future;
    }
    enqueue(call);
    return future;
}

void HttpClient::abortAll()
{
    m_bucket->clear();
    m_fetchingToken = false;
    abortWhere([](const Call &) { return true; });
}

void HttpClient::abortReads()
{
    ++m_readGeneration;
    abortWhere([](const Call &c) { return !c.isTokenRequest && c.request.read; });
    pump();
}

void HttpClient::abortWhere(const std::function<bool(const Call &)> &which)
{
    std::vector<CallPtr> cancelled;
    // Queued: not counted as active yet.
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (which(**it)) {
            cancelled.push_back(*it);
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    // Waiting for a token or for the rate limit: active (a sign-in itself is not counted),
    // not on the wire. A bucket slot that comes later for one of them is skipped (aborted).
    for (auto *waiting : {&m_tokenWaiters, &m_waitingForBucket}) {
        for (auto it = waiting->begin(); it != waiting->end();) {
            if (!which(**it)) {
                ++it;
                continue;
            }
            (*it)->aborted = true;
            if (!(*it)->isTokenRequest) {
                --m_active;
                cancelled.push_back(*it);
            }
            it = waiting->erase(it);
        }
    }
    for (const auto &call : cancelled)
        finish(call, cancelledResponse());
    // On the wire: finished() completes them as Cancelled.
    const auto onTheWire = m_onTheWire;
    for (auto it = onTheWire.begin(); it != onTheWire.end(); ++it) {
        if (which(*it.value())) {
            it.value()->aborted = true;
            it.key()->abort();
        }
    }
}

HttpResponse HttpClient::cancelledResponse()
{
    HttpResponse cancelled;
    cancelled.error.kind = ProviderError::Kind::Cancelled;
    cancelled.error.message =
        QCoreApplication::translate("HttpClient", "The request was cancelled.");
    return cancelled;
}

void HttpClient::enqueue(const CallPtr &call, bool front)
{
    if (front)
        m_pending.push_front(call);
    else
        m_pending.push_back(call);
    pump();
}

void HttpClient::pump()
{
    while (m_active < MaxInFlight && !m_pending.empty()) {
        CallPtr call = m_pending.front();
        m_pending.pop_front();
        ++m_active;
        withToken(call);
    }
}

void HttpClient::withToken(const CallPtr &call)
{
    // A request that is not safe to send twice gets a token that outlives its deadline:
    // a 401 after it may have been carried out is not resent.
    const int validFor = call->request.idempotent ? 0 : call->request.deadlineMs;
    if (call->request.authenticated && m_auth && m_auth->needsToken(validFor)) {
        m_tokenWaiters.push_back(call);
        fetchToken();
        return;
    }
    acquireThenTransmit(call);
}

void HttpClient::acquireThenTransmit(const CallPtr &call)
{
    m_waitingForBucket.push_back(call);
    m_bucket->acquire([this, call] {
        const auto it = std::find(m_waitingForBucket.begin(), m_waitingForBucket.end(), call);
        if (it != m_waitingForBucket.end())
            m_waitingForBucket.erase(it);
        if (call->aborted)
            return; // cancelled while it waited, and finished then
        transmit(call);
    });
}

void HttpClient::fetchToken()
{
    if (m_fetchingToken)
        return;
    m_fetchingToken = true;
    auto tokenCall = std::make_shared<Call>();
    tokenCall->request = m_auth->tokenRequest();
    tokenCall->url = resolve(tokenCall->request);
    tokenCall->isTokenRequest = true;
    tokenCall->promise.start();
    acquireThenTransmit(tokenCall);
}

void HttpClient::transmit(const CallPtr &call)
{
    if (!m_network) {
        HttpResponse r;
        r.error.kind = ProviderError::Kind::Cancelled;
        r.error.message = QCoreApplication::translate("HttpClient", "The application is closing.");
        finish(call, r);
        return;
    }
    ++call->attempts;
    call->clock.start();
    if (m_timeoutCapMs > 0) {
        call->request.timeoutMs = qMin(call->request.timeoutMs, m_timeoutCapMs);
        call->request.deadlineMs = qMin(call->request.deadlineMs, m_timeoutCapMs);
    }
    if (m_maxResponseBytes > 0)
        call->request.maxResponseBytes = m_maxResponseBytes;
    call->pastDeadline = false;
    call->tooLarge = false;
    HttpRequest spec = call->request;
    QNetworkRequest req(call->url);
    req.setTransferTimeout(spec.timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("User-Agent", "TreasuryDesk/" TD_VERSION);
    if (spec.authenticated && m_auth)
        m_auth->apply(req, spec);
    for (const auto &h : spec.headers)
        req.setRawHeader(h.first, h.second);

    QByteArray body;
    if (spec.bodyKind == HttpRequest::Body::Json) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        body = spec.json;
    } else if (spec.bodyKind == HttpRequest::Body::Form) {
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
        // Encode '+' too, or a server reads it as a space.
        body = spec.form.toString(QUrl::FullyEncoded).replace('+', "%2B").toUtf8();
    }
    QNetworkReply *reply = nullptr;
    if (spec.idempotent) {
        reply = spec.bodyKind == HttpRequest::Body::None && spec.method == "GET"
                    ? m_network->get(req)
                    : m_network->sendCustomRequest(req, spec.method, body);
    } else {
        // Never let the network stack resend this request on its own (see OneShotBody).
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        req.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        auto *device = new OneShotBody(body);
        reply = m_network->sendCustomRequest(req, spec.method, device);
        device->setParent(reply);
    }
    m_onTheWire.insert(reply, call);
    // The idle timeout alone lets a server that trickles a byte at a time keep the request
    // forever; the deadline ends it, and the size cap ends an answer that never stops.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [call, reply] {
        call->pastDeadline = true;
        reply->abort();
    });
    // This attempt's deadline, within what is left of the operation.
    call->attemptDeadlineMs =
        int(qMax<qint64>(1, qMin<qint64>(spec.deadlineMs, call->remainingMs())));
    deadline->start(call->attemptDeadlineMs);
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [call, reply, cap = spec.maxResponseBytes](qint64 received, qint64 total) {
                if (received > cap || total > cap) {
                    call->tooLarge = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::sslErrors, reply, [call](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        call->sslDetail = texts.join(QStringLiteral("; "));
        // Deliberately not calling ignoreSslErrors(): the handshake fails.
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, call, reply] { onReplyFinished(call, reply); });
}

void HttpClient::onReplyFinished(const CallPtr &call, QNetworkReply *reply)
{
    m_onTheWire.remove(reply);
    reply->deleteLater();

    HttpResponse response;
    response.attempts = call->attempts;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Over a fast link the whole answer may be in before the cap could stop it.
    call->tooLarge = call->tooLarge || reply->bytesAvailable() > call->request.maxResponseBytes;
    if (reply->isOpen() && !call->tooLarge)
        response.body = reply->readAll();
    // Before anything reads it: a provider that echoes the credentials gets them back as
    // marks (a token being fetched is the answer itself, and stays).
    if (m_auth && !response.body.isEmpty())
        response.body = Redaction::apply(response.body, m_auth->secretForms(!call->isTokenRequest));
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.insert(pair.first.toLower(), pair.second);
    const QNetworkReply::NetworkError code = reply->error();
    response.error = HttpErrors::fromReply(code, response.status, call->url.host(),
                                           call->request.timeoutMs, response.body, call->sslDetail);
    if (call->tooLarge) {
        response.error.kind = ProviderError::Kind::TooLarge;
        response.error.message =
            QCoreApplication::translate("HttpClient",
                                        "The provider's answer was larger than %1 MB; it was "
                                        "not read.")
                .arg(qMax<qint64>(1, call->request.maxResponseBytes / (1024 * 1024)));
    } else if (code == QNetworkReply::OperationCanceledError && call->pastDeadline) {
        response.error.message =
            QCoreApplication::translate("HttpClient",
                                        "The provider's answer was not complete within %1 "
                                        "seconds.")
                .arg(qMax(1, call->attemptDeadlineMs / 1000));
    } else if (code == QNetworkReply::OperationCanceledError && call->aborted) {
        response.error.kind = ProviderError::Kind::Cancelled;
    }
    // It left: whatever went wrong after this, the provider may have carried it out.
    response.error.wasSent = true;
    if (response.status >= 300 && response.status < 400 && code == QNetworkReply::NoError)
        response.error.kind = ProviderError::Kind::Client; // settled by maybeRedirect
    response.error.method = QString::fromLatin1(call->request.method);
    response.error.path = call->url.path();
    if (response.error.kind == ProviderError::Kind::RateLimited)
        response.error.retryAfterSeconds =
            RetryPolicy::retryAfterMs(response.header("retry-after"),
                                      QDateTime::currentDateTimeUtc()) /
            1000;

    const qint64 elapsed = call->clock.elapsed();
    // A refused action (a payout, a freeze) is a warning; a failed read is warned about by
    // whoever asked for it (the refresh), so here it is one request among many.
    const bool refusedAction = !call->request.read && response.error.isError() &&
                               response.error.kind != ProviderError::Kind::Cancelled &&
                               !(response.status >= 300 && response.status < 400);
    // One pass: a path holding "%3" stays as it is.
    const QString line = QStringLiteral("%1 %2 %3 %4 ms %5")
                             .arg(QString::fromLatin1(call->request.method), call->url.path(),
                                  QString::number(response.status), QString::number(elapsed),
                                  ProviderError::kindName(response.error.kind));
    if (refusedAction)
        qCWarning(lcHttp).noquote() << line;
    else
        qCInfo(lcHttp).noquote() << line;

    if (call->isTokenRequest) {
        m_fetchingToken = false;
        ProviderError tokenError = response.error;
        if (!tokenError.isError())
            tokenError = m_auth->acceptToken(response);
        if (tokenError.isError() && maybeRetry(call, response))
            return;
        auto waiters = std::move(m_tokenWaiters);
        m_tokenWaiters.clear();
        for (const auto &waiter : waiters) {
            if (tokenError.isError()) {
                HttpResponse failed = response;
                failed.error = tokenError;
                if (tokenError.kind == ProviderError::Kind::Client)
                    failed.error.kind = ProviderError::Kind::Auth; // 400 invalid_client
                // Only the sign-in left; the request that waited for it never did.
                failed.error.wasSent = false;
                failed.error.message = QCoreApplication::translate(
                                           "HttpClient", "Signing in to the provider failed: %1")
                                           .arg(tokenError.message);
                --m_active;
                finish(waiter, failed);
            } else {
                acquireThenTransmit(waiter);
            }
        }
        pump();
        return;
    }

    --m_active;
    if (maybeRedirect(call, response) || maybeRetry(call, response)) {
        pump();
        return;
    }
    finish(call, response);
    pump();
}

bool HttpClient::maybeRedirect(const CallPtr &call, const HttpResponse &response)
{
    if (response.status < 300 || response.status >= 400)
        return false;
    const QByteArray location = response.header("location");
    HttpResponse failed = response;
    // Refused, but after the provider had the request: for a payout, its outcome is unknown.
    failed.error.kind = ProviderError::Kind::Redirected;
    const QUrl target = call->url.resolved(QUrl::fromEncoded(location));
    const bool methodKept = response.status == 307 || response.status == 308;
    const bool safeMethod = call->request.method == "GET" || call->request.method == "HEAD";
    if (location.isEmpty() || !target.isValid()) {
        failed.error.message =
            QCoreApplication::translate(
                "HttpClient", "The provider answered with a redirect (HTTP %1) without a target.")
                .arg(response.status);
    } else if (!UrlPolicy::sameOrigin(target, call->url)) {
        failed.error.message =
            QCoreApplication::translate("HttpClient",
                                        "The provider redirected to another host (%1). The "
                                        "redirect was not followed, so credentials stay with "
                                        "the provider.")
                .arg(target.host());
    } else if (call->redirects >= MaxRedirects) {
        failed.error.message =
            QCoreApplication::translate("HttpClient", "The provider redirected too many times.");
    } else if (!methodKept && !safeMethod) {
        failed.error.message =
            QCoreApplication::translate(
                "HttpClient",
                "The provider redirected a %1 request (HTTP %2); it was not repeated.")
                .arg(QString::fromLatin1(call->request.method))
                .arg(response.status);
    } else {
        ++call->redirects;
        call->url = target;
        enqueue(call, true);
        return true;
    }
    finish(call, failed);
    return true;
}

bool HttpClient::maybeRetry(const CallPtr &call, const HttpResponse &response)
{
    if (call->aborted)
        return false;
    // After a 401 the token is forgotten, so the next request fetches a fresh one. Only a
    // request safe to repeat is sent again: no document says a 401 means nothing was done,
    // so a payment's 401 goes back to its sender as it is.
    if (response.error.kind == ProviderError::Kind::Auth && response.status == 401 &&
        call->request.authenticated && !call->authRetried && m_auth && m_auth->invalidate() &&
        call->request.idempotent) {
        call->authRetried = true;
        enqueue(call, true);
        return true;
    }
    if (!call->request.idempotent || !RetryPolicy::isTransient(response) ||
        call->attempts >= m_retry.maxAttempts)
        return false;
    int delay = m_retry.backoffMs(call->attempts);
    // The operation's time bounds its retries: one that could not get a fair attempt in
    // is not made.
    const auto spent = [&] { return call->remainingMs() < delay + MinAttemptMs; };
    if (spent())
        return false;
    if (response.error.kind == ProviderError::Kind::RateLimited) {
        const int asked = RetryPolicy::retryAfterMs(response.header("retry-after"),
                                                    QDateTime::currentDateTimeUtc());
        if (asked > m_retry.maxRetryAfterMs)
            return false;
        if (asked >= 0)
            delay = asked;
        if (spent())
            return false;
    }
    if (call->isTokenRequest) {
        m_fetchingToken = true;
        QTimer::singleShot(delay, this, [this, call] { acquireThenTransmit(call); });
        return true;
    }
    QTimer::singleShot(delay, this, [this, call] {
        // A read the user stopped while it waited to be retried is not sent again.
        if (call->request.read && call->readGeneration != m_readGeneration)
            finish(call, cancelledResponse());
        else
            enqueue(call, true);
    });
    return true;
}

void HttpClient::finish(const CallPtr &call, HttpResponse response)
{
    if (response.error.isError()) {
        if (response.error.method.isEmpty())
            response.error.method = QString::fromLatin1(call->request.method);
        if (response.error.path.isEmpty())
            response.error.path = call->url.path();
    }
    response.attempts = call->attempts;
    call->promise.addResult(std::move(response));
    call->promise.finish();
}
