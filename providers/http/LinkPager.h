#pragma once

#include "HttpClient.h"
#include "Result.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPromise>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

/**
 * Fetches a list page by page where each page says how to get the next one: a `next`
 * link (limit/offset lists) or a cursor (`starting_after` the last id, while
 * `has_more`). Pages are fetched one after another because each depends on the last.
 * Items are kept once, by key. No order is assumed: a list is read to its end.
 * A page that repeats what was read, or links back, ends the paging with a partial result
 * that says so: the items read are kept, never taken as the whole list.
 */
class LinkPager final : public QObject
{
    Q_OBJECT

public:
    struct Page
    {
        QList<QJsonObject> items;
        std::optional<HttpRequest> next;
    };
    /// Reads one page's items and the request for the next page, if any.
    using Parse = std::function<bool(const QJsonValue &body, const HttpRequest &sent, Page *page,
                                     QString *error)>;

    LinkPager(HttpClient *client, HttpRequest first, QString keyField, Parse parse,
              QObject *parent = nullptr);
    /// Stop after the page holding an item whose `timeField` is earlier than `from` (none
    /// if invalid): lists are newest first, so every later item is older too.
    QFuture<Result<QList<QJsonObject>>> run();

    /// The next request of a limit/offset list: its `next` link, if any.
    static std::optional<HttpRequest> nextLink(const QJsonObject &page);
    /// The next request of a cursor list: the same request, starting after the last id.
    static std::optional<HttpRequest> nextCursor(const QJsonObject &page, const HttpRequest &sent,
                                                 const QList<QJsonObject> &items);

private:
    void fetch(const HttpRequest &request);
    void finish(Result<QList<QJsonObject>> result);

    HttpClient *m_client;
    HttpRequest m_first;
    QString m_keyField;
    Parse m_parse;
    QPromise<Result<QList<QJsonObject>>> m_promise;
    QList<QJsonObject> m_items;
    QHash<QString, qsizetype> m_keys; ///< key -> where in m_items
    QStringList m_conflicts;          ///< keys listed again with other contents
    QSet<QString> m_seen; ///< every page request sent: a link back to one is not followed
    int m_pages = 0;
};
