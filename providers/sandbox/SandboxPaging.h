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

} // namespace SandboxPaging
