#include "SandboxPaging.h"

namespace SandboxPaging {

bool read(const QUrlQuery &query, int maxPerPage, Page *page, QString *error)
{
    auto number = [&](const char *key, int fallback, int *out) {
        const QString text = query.queryItemValue(QLatin1String(key));
        if (text.isEmpty()) {
            *out = fallback;
            return true;
        }
        bool ok = false;
        *out = text.toInt(&ok);
        if (!ok || *out < 1) {
            *error = QStringLiteral("The %1 must be a positive integer.").arg(QLatin1String(key));
            return false;
        }
        return true;
    };
    if (!number("page", 1, &page->page) || !number("per_page", 20, &page->perPage))
        return false;
    page->perPage = qMin(page->perPage, maxPerPage);
    return true;
}

QJsonObject wrap(int total, const std::function<QJsonValue(int)> &item, const Page &page,
                 const QUrl &pathUrl, const QUrlQuery &query)
{
    const int lastPage = qMax(1, (total + page.perPage - 1) / page.perPage);
    const int from = (page.page - 1) * page.perPage;
    QJsonArray data;
    for (int i = from; i < qMin(total, from + page.perPage); ++i)
        data.append(item(i));
    auto link = [&](int n) -> QJsonValue {
        if (n < 1 || n > lastPage)
            return QJsonValue::Null;
        QUrlQuery q = query;
        q.removeAllQueryItems(QStringLiteral("page"));
        q.removeAllQueryItems(QStringLiteral("per_page"));
        q.addQueryItem(QStringLiteral("per_page"), QString::number(page.perPage));
        q.addQueryItem(QStringLiteral("page"), QString::number(n));
        QUrl u = pathUrl;
        u.setQuery(q);
        return u.toString(QUrl::FullyEncoded);
    };
    const bool empty = data.isEmpty();
    return QJsonObject{
        {QStringLiteral("data"), data},
        {QStringLiteral("links"),
         QJsonObject{{QStringLiteral("first"), link(1)},
                     {QStringLiteral("last"), link(lastPage)},
                     {QStringLiteral("prev"), link(page.page - 1)},
                     {QStringLiteral("next"),
                      page.page < lastPage ? link(page.page + 1) : QJsonValue::Null}}},
        {QStringLiteral("meta"),
         QJsonObject{
             {QStringLiteral("current_page"), page.page},
             {QStringLiteral("from"), empty ? QJsonValue::Null : QJsonValue(from + 1)},
             {QStringLiteral("last_page"), lastPage},
             {QStringLiteral("path"), pathUrl.toString()},
             {QStringLiteral("per_page"), page.perPage},
             {QStringLiteral("to"), empty ? QJsonValue::Null : QJsonValue(from + int(data.size()))},
             {QStringLiteral("total"), total}}}};
}

namespace {

bool positive(const QUrlQuery &query, const char *key, int fallback, int low, int *out,
              QString *error)
{
    const QString text = query.queryItemValue(QLatin1String(key));
    if (text.isEmpty()) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    *out = text.toInt(&ok);
    if (!ok || *out < low) {
        *error = QStringLiteral("%1 must be a whole number of at least %2.")
                     .arg(QLatin1String(key))
                     .arg(low);
        return false;
    }
    return true;
}

} // namespace

bool readOffset(const QUrlQuery &query, int defaultLimit, int maxLimit, int *limit, int *offset,
                QString *error)
{
    if (!positive(query, "limit", defaultLimit, 1, limit, error) ||
        !positive(query, "offset", 0, 0, offset, error))
        return false;
    *limit = qMin(*limit, maxLimit);
    return true;
}

QJsonObject offsetPage(int total, const std::function<QJsonValue(int)> &item, int limit, int offset,
                       const QUrl &pathUrl, const QUrlQuery &query)
{
    QJsonArray results;
    for (int i = offset; i < qMin(total, offset + limit); ++i)
        results.append(item(i));
    auto link = [&](int at) -> QJsonValue {
        QUrlQuery q = query;
        q.removeAllQueryItems(QStringLiteral("limit"));
        q.removeAllQueryItems(QStringLiteral("offset"));
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        q.addQueryItem(QStringLiteral("offset"), QString::number(at));
        QUrl u = pathUrl;
        u.setQuery(q);
        return u.toString(QUrl::FullyEncoded);
    };
    return QJsonObject{
        {QStringLiteral("count"), total},
        {QStringLiteral("next"), offset + limit < total ? link(offset + limit) : QJsonValue::Null},
        {QStringLiteral("previous"), offset > 0 ? link(qMax(0, offset - limit)) : QJsonValue::Null},
        {QStringLiteral("results"), results}};
}

bool readCursor(const QUrlQuery &query, int maxLimit, int *limit, QString *error)
{
    if (!positive(query, "limit", 10, 1, limit, error))
        return false;
    *limit = qMin(*limit, maxLimit);
    return true;
}

QJsonObject cursorPage(const QStringList &ids, const std::function<QJsonValue(int)> &item,
                       int limit, const QUrlQuery &query)
{
    const QString after = query.queryItemValue(QStringLiteral("starting_after"));
    const QString before = query.queryItemValue(QStringLiteral("ending_before"));
    int from = 0;
    int to = int(ids.size());
    if (!after.isEmpty())
        from = int(ids.indexOf(after)) + 1; // an unknown id pages from the start
    if (!before.isEmpty() && ids.contains(before)) {
        to = int(ids.indexOf(before));
        from = qMax(0, to - limit);
    }
    QJsonArray data;
    for (int i = from; i < qMin(to, from + limit); ++i)
        data.append(item(i));
    const bool more = before.isEmpty() ? from + limit < to : from > 0;
    return QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("has_more"), more}};
}

} // namespace SandboxPaging
