#pragma once

#include "ProviderError.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>

#include <optional>

/// What came back: status, headers, body, and the error if it was not a success.
struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    ProviderError error;
    int attempts = 0;

    bool ok() const { return !error.isError(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }

    /// The body as JSON (any top-level value, DART answers bare strings). On failure
    /// *error says why in words: an HTML page, malformed JSON, an empty body.
    std::optional<QJsonValue> json(ProviderError *error) const;
    /// A ProviderError of kind Parse about this response, naming what was wrong.
    ProviderError parseError(const QString &what) const;
};
