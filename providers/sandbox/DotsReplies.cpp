#include "DotsReplies.h"

#include "Money.h"

#include <QJsonObject>
#include <QTimeZone>

namespace DotsReplies {

ServerResponse error(int status, const QString &message)
{
    return ServerResponse::json(QJsonObject{{QStringLiteral("message"), message}}, status);
}

QString dotsTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("417");
}

QDateTime fromDotsTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.left(23), Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

std::optional<qint64> wholeCents(const QJsonValue &v)
{
    const auto m = v.isDouble() ? Money::fromJson(v) : std::nullopt;
    const auto whole = m ? m->withScale(0) : std::nullopt;
    return whole ? std::optional<qint64>(whole->minorUnits()) : std::nullopt;
}

ServerResponse byId(const QList<QJsonObject> &items, const QString &id, const QString &notFound)
{
    for (const QJsonObject &item : items) {
        if (item.value(QStringLiteral("id")).toString() == id)
            return ServerResponse::json(item);
    }
    return error(404, notFound);
}

std::optional<ServerResponse> postedObject(const ServerRequest &r, const QStringList &parts,
                                           QJsonObject *body)
{
    if (parts.size() != 1 || r.method != "POST")
        return error(405, QStringLiteral("Method not allowed."));
    bool ok = false;
    *body = r.json(&ok).toObject();
    if (!ok)
        return error(400, QStringLiteral("The request body is not valid JSON."));
    return std::nullopt;
}

const QStringList &platforms()
{
    static const QStringList list = {QStringLiteral("ach"), QStringLiteral("paypal"),
                                     QStringLiteral("venmo"), QStringLiteral("default")};
    return list;
}

} // namespace DotsReplies
