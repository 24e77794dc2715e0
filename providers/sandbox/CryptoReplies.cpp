#include "CryptoReplies.h"

#include "SandboxPaging.h"

#include <QJsonArray>
#include <QTimeZone>

namespace CryptoReplies {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

ServerResponse detail(int status, const QString &text)
{
    return ServerResponse::json(QJsonObject{{QStringLiteral("detail"), text}}, status);
}

ServerResponse fieldError(const QString &field, const QString &text)
{
    return ServerResponse::json(QJsonObject{{field, QJsonArray{text}}}, 400);
}

std::optional<Money> amountField(const QJsonObject &body, const char *name)
{
    const auto m = Money::fromJson(body.value(QLatin1String(name)));
    if (!m || m->isNegative() || m->isZero() || !m->withScale(8))
        return std::nullopt;
    return m->withScale(8);
}

QDateTime parseDate(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        return d.isValid() ? QDateTime(d, QTime(0, 0), QTimeZone::utc()) : QDateTime();
    }
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc());
    return dt.toUTC();
}

std::optional<ServerResponse> pageOf(const QUrlQuery &query, int *limit, int *offset)
{
    QString why;
    if (!SandboxPaging::readOffset(query, 20, 100, limit, offset, &why))
        return fieldError(QStringLiteral("limit"), why);
    return std::nullopt;
}

bool matches(const QJsonObject &item, const QUrlQuery &query,
             std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString want = query.queryItemValue(QLatin1String(key));
        if (!want.isEmpty() &&
            item.value(QLatin1String(key)).toString().compare(want, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

} // namespace CryptoReplies
