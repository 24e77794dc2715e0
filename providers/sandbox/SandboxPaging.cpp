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

} // namespace SandboxPaging
