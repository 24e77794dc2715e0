#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

/// Laravel-style page/per_page paging with `links` and `meta`, as dash.fi answers.
namespace SandboxPaging {

struct Page
{
    int page = 1;
    int perPage = 20;
};

/// Reads page and per_page from the query; per_page is capped at maxPerPage, as real
/// servers cap it. Returns false with *error for a value that is not a positive integer.
bool read(const QUrlQuery &query, int maxPerPage, Page *page, QString *error);
/// Builds one page of `total` items (only that page's items are made) and wraps it with
/// links (full URLs keeping the other query items) and meta.
QJsonObject wrap(int total, const std::function<QJsonValue(int)> &item, const Page &page,
                 const QUrl &pathUrl, const QUrlQuery &query);

/// limit/offset paging as the crypto gateway answers (Django REST framework style):
/// {"count", "next", "previous", "results"}. Reads limit (1..maxLimit) and offset.
bool readOffset(const QUrlQuery &query, int defaultLimit, int maxLimit, int *limit, int *offset,
                QString *error);
QJsonObject offsetPage(int total, const std::function<QJsonValue(int)> &item, int limit, int offset,
                       const QUrl &pathUrl, const QUrlQuery &query);

/// Cursor paging as Dots answers: `limit`, `starting_after`, `ending_before` (object ids),
/// newest first, {"data": [...], "has_more": bool}. `ids` are in list order.
bool readCursor(const QUrlQuery &query, int maxLimit, int *limit, QString *error);
QJsonObject cursorPage(const QStringList &ids, const std::function<QJsonValue(int)> &item,
                       int limit, const QUrlQuery &query);

} // namespace SandboxPaging
