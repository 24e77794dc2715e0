#include "TeamCardAction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct KindName
{
    TeamCardAction::Kind kind;
    const char *method;
};

constexpr KindName Kinds[] = {{TeamCardAction::Kind::Unfreeze, "card.unfreeze"},
                              {TeamCardAction::Kind::Limit, "card.limit"},
                              {TeamCardAction::Kind::Create, "card.create"}};

} // namespace

QString TeamCardAction::method() const
{
    for (const KindName &k : Kinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.method);
    }
    return QString();
}

std::optional<TeamCardAction::Kind> TeamCardAction::kindOf(const QString &method)
{
    for (const KindName &k : Kinds) {
        if (method == QLatin1String(k.method))
            return k.kind;
    }
    return std::nullopt;
}

std::optional<Money> TeamCardAction::policyLimit() const
{
    if (period == QLatin1String("NO-LIMIT"))
        return std::nullopt;
    return limit;
}

QByteArray TeamCardAction::toJson() const
{
    QJsonObject o{
        {QStringLiteral("method"), method()},       {QStringLiteral("key"), key},
        {QStringLiteral("connection"), connection}, {QStringLiteral("card"), cardKey},
        {QStringLiteral("label"), cardLabel},       {QStringLiteral("currency"), currency}};
    if (kind == Kind::Limit) {
        // Amounts as text, never through a double.
        o.insert(QStringLiteral("limit"), limit ? limit->toString() : QString());
        o.insert(QStringLiteral("period"), period);
    }
    if (kind == Kind::Create)
        o.insert(QStringLiteral("new_card"),
                 QJsonObject{{QStringLiteral("name"), card.name},
                             // A text, like every value of a team request (TeamRequest).
                             {QStringLiteral("category"), QString::number(card.category)},
                             {QStringLiteral("frequency"), card.frequency},
                             {QStringLiteral("external_id"), card.externalId}});
    if (!emergencyUndo.isEmpty())
        o.insert(QStringLiteral("undoes"), emergencyUndo);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<TeamCardAction> TeamCardAction::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const std::optional<Kind> kind = kindOf(o.value(QStringLiteral("method")).toString());
    if (!kind)
        return std::nullopt;
    TeamCardAction a;
    a.kind = *kind;
    a.key = o.value(QStringLiteral("key")).toString();
    a.connection = o.value(QStringLiteral("connection")).toString();
    a.cardKey = o.value(QStringLiteral("card")).toString();
    a.cardLabel = o.value(QStringLiteral("label")).toString();
    a.currency = o.value(QStringLiteral("currency")).toString();
    a.period = o.value(QStringLiteral("period")).toString();
    a.emergencyUndo = o.value(QStringLiteral("undoes")).toString();
    if (const QString limit = o.value(QStringLiteral("limit")).toString(); !limit.isEmpty()) {
        a.limit = Money::parse(limit);
        if (!a.limit)
            return std::nullopt; // a limit that is not a number is not carried out
    }
    const QJsonObject card = o.value(QStringLiteral("new_card")).toObject();
    a.card.name = card.value(QStringLiteral("name")).toString();
    const QJsonValue category = card.value(QStringLiteral("category"));
    a.card.category =
        category.isString() ? category.toString().toInt() : category.toInt(a.card.category);
    a.card.frequency = card.value(QStringLiteral("frequency")).toString(a.card.frequency);
    a.card.externalId = card.value(QStringLiteral("external_id")).toString();
    if (a.key.isEmpty() || (a.kind != Kind::Create && a.cardKey.isEmpty()))
        return std::nullopt;
    return a;
}
