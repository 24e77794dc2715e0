#include "ProviderError.h"

#include <QCoreApplication>

QString ProviderError::summary() const
{
    if (providerMessage.isEmpty() || message.contains(providerMessage))
        return message;
    return QCoreApplication::translate("ProviderError", "%1 The provider said: \"%2\"")
        .arg(message, providerMessage);
}

QString ProviderError::details() const
{
    QString s = summary();
    if (!method.isEmpty())
        s += QStringLiteral(" [%1 %2").arg(method, path);
    else if (!path.isEmpty())
        s += QStringLiteral(" [%1").arg(path);
    if (!method.isEmpty() || !path.isEmpty()) {
        if (httpStatus > 0)
            s += QStringLiteral(", HTTP %1").arg(httpStatus);
        s += QStringLiteral("]");
    }
    return s;
}

QString ProviderError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::Redirected:
        return QStringLiteral("redirected");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Client:
        return QStringLiteral("client");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Parse:
        return QStringLiteral("parse");
    case Kind::Provider:
        return QStringLiteral("provider");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}
