#pragma once

#include "HttpErrors.h"
#include "HttpResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <optional>

/// What every fuzz target does with its bytes first: treat them as a provider's answer,
/// read the error text the UI would show from them, and find the JSON in them, if any.
namespace FuzzInput {

/// The bytes as a 200 answer's body (and *response), and its JSON when there is some.
inline std::optional<QJsonValue> json(const uint8_t *data, size_t size, HttpResponse *response)
{
    response->status = 200;
    response->body = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    // The same bytes as an error page: what the user would read must come out whole.
    (void)HttpErrors::providerMessage(response->body);
    ProviderError e;
    return response->json(&e);
}

/// The same, for targets that need only the JSON.
inline std::optional<QJsonValue> json(const uint8_t *data, size_t size)
{
    HttpResponse response;
    return json(data, size, &response);
}

/// The connection name the parsers stamp on what they read.
inline const QString Connection = QStringLiteral("fuzz");

/// Every object in `value`, depth first and at most `limit`, so that a parser of list items
/// also meets items nested anywhere in the input.
inline QList<QJsonObject> objects(const QJsonValue &value, int limit = 64)
{
    QList<QJsonObject> out;
    QList<QJsonValue> todo{value};
    while (!todo.isEmpty() && out.size() < limit) {
        const QJsonValue v = todo.takeLast();
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            out.append(o);
            for (auto it = o.begin(); it != o.end(); ++it)
                todo.append(it.value());
        } else if (v.isArray()) {
            for (const QJsonValue &item : v.toArray())
                todo.append(item);
        }
    }
    return out;
}

} // namespace FuzzInput
