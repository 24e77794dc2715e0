#include "HttpErrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HttpErrors", text);
}

QString errorsIn(const QJsonObject &o);
/// `{"field": ["why"]}` (Django REST framework's form): "field: why".
QString fieldErrorsIn(const QJsonObject &o);

QString messageIn(const QJsonObject &o)
{
    const QString errors = errorsIn(o);
    const QString message = o.value(QLatin1String("message")).toString();
    if (!message.isEmpty() && !errors.isEmpty())
        return message + QStringLiteral(" (") + errors + u')';
    if (!errors.isEmpty() && message.isEmpty())
        return errors;
    for (const char *key :
         {"message", "error_description", "detail", "error", "GATEWAY_ERROR", "GATEWAY_MESSAGE"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
        if (v.isObject()) {
            const QString inner = messageIn(v.toObject());
            if (!inner.isEmpty())
                return inner;
        }
    }
    for (const char *key : {"details", "data"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isObject()) {
            const QString inner = messageIn(v.toObject());
            if (!inner.isEmpty())
                return inner;
        }
    }
    return QString();
}

QString errorsIn(const QJsonObject &o)
{
    const QJsonValue errors = o.value(QLatin1String("errors"));
    if (errors.isArray() && !errors.toArray().isEmpty()) {
        const QJsonValue first = errors.toArray().first();
        return first.isString() ? first.toString() : messageIn(first.toObject());
    }
    if (errors.isObject())
        return fieldErrorsIn(errors.toObject());
    return QString();
}

QString fieldErrorsIn(const QJsonObject &o)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        const QString text = v.isArray() ? v.toArray().first().toString() : v.toString();
        if (!text.isEmpty())
            return it.key() + QStringLiteral(": ") + text;
    }
    return QString();
}

} // namespace

namespace HttpErrors {

QString providerMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QString message = messageIn(doc.object());
        return (message.isEmpty() ? fieldErrorsIn(doc.object()) : message).left(500);
    }
    if (doc.isArray() && !doc.array().isEmpty() && doc.array().first().isString())
        return doc.array().first().toString().left(500);
    return QString();
}

ProviderError fromReply(QNetworkReply::NetworkError code, int status, const QString &host,
                        int timeoutMs, const QByteArray &body, const QString &sslDetail)
{
    using K = ProviderError::Kind;
    ProviderError e;
    e.httpStatus = status;
    if (status >= 200 && status < 300 && code == QNetworkReply::NoError)
        return e;

    if (status >= 400) {
        e.providerMessage = providerMessage(body);
        if (status == 401 || status == 403) {
            e.kind = K::Auth;
            e.message = tr("The provider rejected the credentials (HTTP %1). Check the "
                           "connection's API key.")
                            .arg(status);
        } else if (status == 404) {
            e.kind = K::NotFound;
            e.message = tr("The provider does not know this item or address (HTTP 404).");
        } else if (status == 429) {
            e.kind = K::RateLimited;
            e.message = tr("The provider is limiting requests (HTTP 429); try again shortly.");
        } else if (status < 500) {
            e.kind = K::Client;
            e.message = tr("The provider rejected the request (HTTP %1).").arg(status);
        } else {
            e.kind = K::Server;
            e.message =
                tr("The provider had a problem answering (HTTP %1). Try again later.").arg(status);
        }
        return e;
    }

    switch (code) {
    case QNetworkReply::NoError:
        // 1xx/3xx left unfollowed: the caller decides what they mean.
        e.kind = K::Client;
        e.message = tr("The provider answered with an unexpected HTTP status %1.").arg(status);
        break;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        e.kind = K::Timeout;
        e.message =
            tr("The provider did not answer within %1 seconds.").arg(qMax(1, timeoutMs / 1000));
        break;
    case QNetworkReply::ConnectionRefusedError:
        e.kind = K::Network;
        e.message = tr("Could not connect to %1: the connection was refused.").arg(host);
        break;
    case QNetworkReply::HostNotFoundError:
        e.kind = K::Network;
        e.message = tr("%1 could not be found. Check the address and the internet "
                       "connection.")
                        .arg(host);
        break;
    case QNetworkReply::ContentReSendError:
        e.kind = K::Network;
        e.message = tr("The connection to %1 was lost after the request was sent. It was not "
                       "sent again; whether the provider carried it out is unknown.")
                        .arg(host);
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.kind = K::Network;
        e.message = tr("%1 closed the connection before the answer was complete.").arg(host);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = K::Tls;
        e.message =
            tr("The secure connection to %1 could not be verified%2. Nothing was "
               "sent.")
                .arg(host, sslDetail.isEmpty() ? QString() : QStringLiteral(": ") + sslDetail);
        break;
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        e.kind = K::Network;
        e.message = tr("%1 sent an answer that is not valid HTTP.").arg(host);
        break;
    default:
        e.kind = K::Network;
        e.message = tr("The connection to %1 failed (network error %2).").arg(host).arg(int(code));
        break;
    }
    return e;
}

} // namespace HttpErrors
