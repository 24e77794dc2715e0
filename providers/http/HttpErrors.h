#pragma once

#include "ProviderError.h"

#include <QByteArray>
#include <QNetworkReply>

/// Turns what QNetworkReply reports into a ProviderError in words.
namespace HttpErrors {

ProviderError fromReply(QNetworkReply::NetworkError code, int status, const QString &host,
                        int timeoutMs, const QByteArray &body, const QString &sslDetail);
/// The provider's own message in a JSON error body ("message", "error", "detail", ...).
QString providerMessage(const QByteArray &body);

} // namespace HttpErrors
