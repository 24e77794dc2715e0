#pragma once

#include "HttpResponse.h"
#include "JsonFields.h"
#include "Payout.h"
#include "Result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <optional>

/// Small pieces every provider client shares when turning answers into results.
namespace ProviderSupport {

/// What every provider's answer to a payout carries: its id, status and creation time.
inline PayoutReceipt receiptHead(JsonFields &f, const QString &id, const QString &status,
                                 const QString &created)
{
    PayoutReceipt r;
    r.reference = f.id(id);
    r.rawStatus = f.optionalText(status);
    r.created = f.time(created, true);
    return r;
}

/// `body` as compact JSON with `amount` set to the exact decimal number, never passing
/// through a double.
inline QByteArray jsonWithAmount(QJsonObject body, const QString &key, const Money &amount)
{
    const QString marker = QStringLiteral("@amount@");
    body.insert(key, marker);
    QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    json.replace('"' + marker.toLatin1() + '"', amount.normalized().toString().toLatin1());
    return json;
}

/// An id or name as one URL path segment or query value, percent-encoded.
inline QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

/// A request refused before it was sent: nothing left the app.
template<typename T> QFuture<Result<T>> refused(ProviderError::Kind kind, const QString &message)
{
    ProviderError e;
    e.kind = kind;
    e.message = message;
    return QtFuture::makeReadyFuture(Result<T>::failure(e));
}

/// A Parse error in words, naming what could not be read.
inline ProviderError parseError(const QString &why)
{
    ProviderError e;
    e.kind = ProviderError::Kind::Parse;
    e.message =
        QCoreApplication::translate("Provider", "The provider's answer could not be read: %1.")
            .arg(why);
    return e;
}

/// A parser's outcome as a Result: the value, or a Parse error with the parser's reason.
template<typename T> Result<T> parsed(std::optional<T> value, const QString &why)
{
    return value ? Result<T>::success(std::move(*value)) : Result<T>::failure(parseError(why));
}

/// The answer's JSON, or the transport error, or a Parse error (HTML, malformed, empty).
inline std::optional<QJsonValue> json(const HttpResponse &r, ProviderError *error)
{
    if (!r.ok()) {
        *error = r.error;
        return std::nullopt;
    }
    return r.json(error);
}

/// Done when the answer is JSON (whatever it says), else its error.
inline Result<Done> answered(const HttpResponse &r)
{
    ProviderError e;
    return json(r, &e) ? Result<Done>::success({}) : Result<Done>::failure(e);
}

/// The answer's JSON read by `parse(json, &why)`, which returns an optional<T>; a Parse
/// error naming the request when it returns none.
template<typename T, typename Parse> Result<T> read(const HttpResponse &r, Parse parse)
{
    ProviderError e;
    const std::optional<QJsonValue> body = json(r, &e);
    if (!body)
        return Result<T>::failure(e);
    QString why;
    std::optional<T> value = parse(*body, &why);
    return value ? Result<T>::success(std::move(*value)) : Result<T>::failure(r.parseError(why));
}

/// The answer's JSON handed to `parse` (which returns a Result<T>), or why there is none.
template<typename T, typename Parse> Result<T> fromJson(const HttpResponse &r, Parse parse)
{
    ProviderError e;
    const std::optional<QJsonValue> value = json(r, &e);
    return value ? parse(*value) : Result<T>::failure(e);
}

/// One item of an answer (under `wrapper` where the provider wraps it) parsed by `parse`.
template<typename T, typename Parse>
Result<T> parseOne(const HttpResponse &r, const QString &connection, Parse parse,
                   const QString &wrapper = QString())
{
    return fromJson<T>(r, [&](const QJsonValue &body) {
        const QJsonValue item = wrapper.isEmpty() ? body : body.toObject().value(wrapper);
        if (!item.isObject())
            return Result<T>::failure(
                parseError(wrapper.isEmpty() ? QStringLiteral("the answer is not an object")
                                             : QStringLiteral("%1 is not an object").arg(wrapper)));
        QString why;
        return parsed(parse(item.toObject(), connection, &why), why);
    });
}

/// A search through a list that left items out proves neither that something is there
/// nor that it is not: a Parse error, so a payout looked for stays unknown.
inline ProviderError incompleteSearch(const QStringList &gaps)
{
    return parseError(QStringLiteral("the list searched could not be read in full (%1)")
                          .arg(gaps.join(QStringLiteral("; "))));
}

/// Whether a failed request for one item of a list (a card's details, a customer's wallet)
/// says something about that item alone: unreadable, unknown or refused for it. A cut
/// connection, a timeout, refused credentials or a stopped refresh concern every item, and
/// fail the list rather than thin it out.
inline bool concernsOnlyTheItem(const ProviderError &e)
{
    using K = ProviderError::Kind;
    return e.kind == K::Parse || e.kind == K::NotFound || e.kind == K::Client ||
           e.kind == K::Provider;
}

/// How many unreadable items a list names one by one; the rest are counted.
constexpr int NamedGaps = 10;

/// The gaps of a list in which these items (by key) came twice with different contents:
/// the first copy of each is what was kept, and that is said.
inline QStringList conflictingCopies(const QStringList &keys)
{
    QStringList gaps;
    for (const QString &key : keys)
        gaps << QStringLiteral("item %1 is listed twice with different contents; the first is "
                               "kept")
                    .arg(key.left(64));
    return gaps;
}

/// An item that could not be read, named by its position and id (if it has one) and why.
inline QString unreadableItem(const QJsonObject &item, int position, int count, const QString &why)
{
    QString id;
    for (const char *key :
         {"id", "token", "ID", "TRANSACTION_ID", "CARD_ID", "uuid", "transaction_id"}) {
        const QJsonValue v = item.value(QLatin1String(key));
        if (v.isString() || v.isDouble()) {
            id = v.isString() ? v.toString().left(64) : QString::number(v.toInteger());
            break;
        }
    }
    return id.isEmpty() ? QStringLiteral("item %1 of %2 could not be read: %3")
                              .arg(position)
                              .arg(count)
                              .arg(why)
                        : QStringLiteral("item %1 of %2 (id \"%3\") could not be read: %4")
                              .arg(position)
                              .arg(count)
                              .arg(id, why);
}

/// Parses every item. One that cannot be read is left out and named as a gap, with the
/// field and why; the others are kept, and the list's own gaps travel with them.
template<typename T, typename Parse>
Result<QList<T>> parseAll(const Result<QList<QJsonObject>> &items, const QString &connection,
                          Parse parse)
{
    if (!items.ok())
        return Result<QList<T>>::failure(items.error());
    QList<T> out;
    QStringList gaps = items.gaps();
    int unreadable = 0;
    const qsizetype count = items.value().size();
    out.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const QJsonObject &o = items.value().at(i);
        QString why;
        std::optional<T> item = parse(o, connection, &why);
        if (item) {
            out.append(std::move(*item));
        } else if (++unreadable <= NamedGaps) {
            gaps.append(unreadableItem(o, int(i + 1), int(count), why));
        }
    }
    if (unreadable > NamedGaps)
        gaps.append(QStringLiteral("%1 more items could not be read").arg(unreadable - NamedGaps));
    return Result<QList<T>>::partial(std::move(out), std::move(gaps));
}

} // namespace ProviderSupport
