#include "HttpResponse.h"

#include "JsonKeys.h"
#include "JsonNumbers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray head = body.left(512).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") ||
           head.contains("<head>") || head.contains("<body");
}

} // namespace

ProviderError HttpResponse::parseError(const QString &what) const
{
    ProviderError e = error;
    e.kind = ProviderError::Kind::Parse;
    e.httpStatus = status;
    e.message =
        QCoreApplication::translate("HttpResponse", "The provider's answer could not be read: %1.")
            .arg(what);
    return e;
}

std::optional<QJsonValue> HttpResponse::json(ProviderError *err) const
{
    auto fail = [&](const QString &what) -> std::optional<QJsonValue> {
        if (err)
            *err = parseError(what);
        return std::nullopt;
    };
    if (body.trimmed().isEmpty())
        return fail(QCoreApplication::translate("HttpResponse", "the answer was empty"));
    if (looksLikeHtml(body) || header("content-type").startsWith("text/html"))
        return fail(QCoreApplication::translate(
            "HttpResponse", "it sent a web page instead of data (an error page, perhaps)"));
    if (const QString key = JsonKeys::firstRepeated(body); !key.isNull())
        return fail(QCoreApplication::translate("HttpResponse",
                                                "the field \"%1\" appears twice in one object")
                        .arg(key.left(64)));
    // Wrapping in an array lets a bare string or number through, as DART sends them.
    QJsonParseError pe;
    const QJsonDocument doc =
        QJsonDocument::fromJson("[" + JsonNumbers::keepExact(body) + "\n]", &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return fail(QCoreApplication::translate("HttpResponse", "malformed JSON near byte %1")
                        .arg(qMax(0, pe.offset - 1)));
    return doc.array().at(0);
}
