#include "LinkPager.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace {

constexpr int kMaxPages = 20000; // a server that never stops is a bug, not a list

} // namespace

LinkPager::LinkPager(HttpClient *client, HttpRequest first, QString keyField, Parse parse,
                     QObject *parent)
    : QObject(parent), m_client(client), m_first(std::move(first)), m_keyField(std::move(keyField)),
      m_parse(std::move(parse))
{}

QFuture<Result<QList<QJsonObject>>> LinkPager::run()
{
    m_promise.start();
    QFuture<Result<QList<QJsonObject>>> future = m_promise.future();
    fetch(m_first);
    return future;
}

void LinkPager::stopBefore(const QDateTime &from, const QString &timeField)
{
    if (!from.isValid())
        return;
    m_stop = [from, timeField](const QJsonObject &o) {
        const QDateTime t = JsonFields::parseTime(o.value(timeField).toString());
        return t.isValid() && t < from;
    };
}

std::optional<HttpRequest> LinkPager::nextLink(const QJsonObject &page)
{
    const QJsonValue next = page.value(QStringLiteral("next"));
    if (!next.isString() || next.toString().isEmpty())
        return std::nullopt;
    return HttpRequest::getUrl(QUrl(next.toString()));
}

std::optional<HttpRequest> LinkPager::nextCursor(const QJsonObject &page, const HttpRequest &sent,
                                                 const QList<QJsonObject> &items)
{
    if (!page.value(QStringLiteral("has_more")).toBool() || items.isEmpty())
        return std::nullopt;
    HttpRequest next = sent;
    next.query.removeAllQueryItems(QStringLiteral("starting_after"));
    next.query.addQueryItem(QStringLiteral("starting_after"),
                            items.last().value(QStringLiteral("id")).toString());
    return next;
}

void LinkPager::fetch(const HttpRequest &request)
{
    ++m_pages;
    m_client->send(request).then(this, [this, request](const HttpResponse &r) {
        if (!r.ok()) {
            finish(Result<QList<QJsonObject>>::failure(r.error));
            return;
        }
        ProviderError e;
        const auto body = r.json(&e);
        if (!body) {
            finish(Result<QList<QJsonObject>>::failure(e));
            return;
        }
        Page page;
        QString why;
        if (!m_parse(*body, request, &page, &why)) {
            finish(Result<QList<QJsonObject>>::failure(r.parseError(why)));
            return;
        }
        bool stop = false;
        for (const QJsonObject &item : std::as_const(page.items)) {
            const QJsonValue k = item.value(m_keyField);
            const QString key = k.isString() ? k.toString() : QString::number(k.toInteger());
            if (!m_keys.contains(key)) {
                m_keys.insert(key);
                m_items.append(item);
            }
            stop = stop || (m_stop && m_stop(item));
        }
        if (stop || !page.next || page.items.isEmpty()) {
            finish(Result<QList<QJsonObject>>::success(m_items));
            return;
        }
        if (m_pages >= kMaxPages) {
            finish(Result<QList<QJsonObject>>::failure(
                r.parseError(QStringLiteral("the list did not end after %1 pages").arg(m_pages))));
            return;
        }
        fetch(*page.next);
    });
}

void LinkPager::finish(Result<QList<QJsonObject>> result)
{
    m_promise.addResult(std::move(result));
    m_promise.finish();
    deleteLater();
}
