#include "LinkPager.h"

#include "JsonFields.h"
#include "ProviderSupport.h"

#include <QJsonArray>

namespace {

// A server that never stops is a bug, not a list: a sync reads at most this much.
constexpr int kMaxPages = 2000;
constexpr int kMaxItems = 500000;

QString requestKey(const HttpRequest &r)
{
    return (r.absoluteUrl.isValid() ? r.absoluteUrl.toString() : r.path) + u'?' +
           r.query.toString(QUrl::FullyEncoded);
}

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
    m_seen.insert(requestKey(request));
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
        int fresh = 0;
        for (const QJsonObject &item : std::as_const(page.items)) {
            const QJsonValue k = item.value(m_keyField);
            const QString key = k.isString() ? k.toString() : QString::number(k.toInteger());
            const auto known = m_keys.constFind(key);
            if (known == m_keys.cend()) {
                m_keys.insert(key, m_items.size());
                m_items.append(item);
                ++fresh;
            } else if (m_items.at(*known) != item && !m_conflicts.contains(key)) {
                m_conflicts.append(key);
            }
        }
        if (!page.next) {
            finish(Result<QList<QJsonObject>>::success(m_items));
            return;
        }
        // A page that brings nothing new, or a link back, would only repeat itself: what was
        // read is kept, and the list says it may not be all.
        if (fresh == 0 || m_seen.contains(requestKey(*page.next))) {
            finish(Result<QList<QJsonObject>>::partial(
                m_items, {fresh == 0 ? QStringLiteral("page %1 of the list repeated items "
                                                      "already read; the pages after it were "
                                                      "not read")
                                           .arg(m_pages)
                                     : QStringLiteral("page %1 of the list links back to a page "
                                                      "already read; the pages after it were "
                                                      "not read")
                                           .arg(m_pages)}));
            return;
        }
        why.clear();
        if (m_pages >= kMaxPages || m_items.size() >= kMaxItems)
            why = QStringLiteral("the list did not end after %1 pages and %2 items; a sync reads "
                                 "no more")
                      .arg(m_pages)
                      .arg(m_items.size());
        if (!why.isEmpty()) {
            finish(Result<QList<QJsonObject>>::failure(r.parseError(why)));
            return;
        }
        fetch(*page.next);
    });
}

void LinkPager::finish(Result<QList<QJsonObject>> result)
{
    // The same item twice with other contents: the first is kept, and that is said.
    if (result.ok())
        result.addGaps(ProviderSupport::conflictingCopies(m_conflicts));
    m_promise.addResult(std::move(result));
    m_promise.finish();
    deleteLater();
}
