#include "DashfiParser.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace DashfiParser {

std::optional<Card> card(const QJsonObject &o, const QString &connection, QString *error)
{
    JsonFields f(o, QStringLiteral("dash.fi card"), error);
    Card c;
    c.provider = QStringLiteral("dashfi");
    c.connection = connection;
    c.id = f.id(QStringLiteral("id"));
    c.name = f.text(QStringLiteral("name"));
    c.lastFour = f.text(QStringLiteral("last_four"));
    c.rawState = f.text(QStringLiteral("state"));
    if (f.ok() && c.rawState == QLatin1String("OPEN"))
        c.state = Card::State::Open;
    else if (f.ok() &&
             (c.rawState == QLatin1String("PAUSED") || c.rawState == QLatin1String("FROZEN")))
        c.state = Card::State::Frozen;
    else if (f.ok() &&
             (c.rawState == QLatin1String("ARCHIVED") || c.rawState == QLatin1String("DELETED")))
        c.state = Card::State::Cancelled;
    else if (f.ok())
        f.fail(QStringLiteral("state"), QStringLiteral("unknown value \"%1\"").arg(c.rawState));
    const std::optional<Money> limit = f.money(QStringLiteral("spend_limit"), true);
    if (limit && !limit->isZero())
        c.spendLimit = limit;
    c.spendLimitPeriod = f.optionalText(QStringLiteral("spend_limit_duration"));
    c.category = f.optionalInt(QStringLiteral("category"), -1);
    c.spendingFrequency = f.optionalText(QStringLiteral("spending_frequency"));
    // The list says created_at; the create reply says create_at.
    c.created = o.contains(QStringLiteral("created_at"))
                    ? f.time(QStringLiteral("created_at"), true)
                    : f.time(QStringLiteral("create_at"), true);
    c.embeddedUrl = QUrl(f.optionalText(QStringLiteral("embedded_url")));
    // Ours, sent on create: a card whose creation answer was lost is found by it.
    c.externalId = f.optionalText(QStringLiteral("external_id"));
    if (f.ok() && (c.lastFour.size() != 4 || !std::all_of(c.lastFour.begin(), c.lastFour.end(),
                                                          [](QChar ch) { return ch.isDigit(); })))
        f.fail(QStringLiteral("last_four"), QStringLiteral("not four digits"));
    return f.ok() ? std::optional<Card>(c) : std::nullopt;
}

std::optional<Transaction> transaction(const QJsonObject &o, const QString &connection,
                                       QString *error)
{
    JsonFields f(o, QStringLiteral("dash.fi transaction"), error);
    Transaction t;
    t.provider = QStringLiteral("dashfi");
    t.connection = connection;
    t.id = f.text(QStringLiteral("token"));
    const std::optional<Money> amount = f.money(QStringLiteral("amount"));
    t.description = f.optionalText(QStringLiteral("descriptor"));
    const QJsonObject cardObject = f.object(QStringLiteral("card"), true);
    if (!cardObject.isEmpty()) {
        JsonFields cf(cardObject, QStringLiteral("dash.fi transaction card"), error);
        t.cardId = cf.id(QStringLiteral("id"));
        t.cardName = cf.optionalText(QStringLiteral("name"));
        t.cardLastFour = cf.optionalText(QStringLiteral("last_four"));
        if (!cf.ok())
            return std::nullopt;
    }
    t.date = f.time(QStringLiteral("date"));
    t.rawStatus = f.text(QStringLiteral("status"));
    t.merchantCountry = f.optionalText(QStringLiteral("merchant_country"));
    f.requireScale(QStringLiteral("amount"), amount, t.currency); // dash.fi is in dollars
    if (!f.ok())
        return std::nullopt;
    static const QHash<QString, Transaction::Status> statuses = {
        {QStringLiteral("PENDING"), Transaction::Status::Pending},
        {QStringLiteral("SETTLING"), Transaction::Status::Pending},
        {QStringLiteral("SETTLED"), Transaction::Status::Settled},
        {QStringLiteral("DECLINED"), Transaction::Status::Declined},
        {QStringLiteral("VOIDED"), Transaction::Status::Cancelled},
        {QStringLiteral("BOUNCED"), Transaction::Status::Failed},
    };
    if (!statuses.contains(t.rawStatus)) {
        f.fail(QStringLiteral("status"), QStringLiteral("unknown value \"%1\"").arg(t.rawStatus));
        return std::nullopt;
    }
    t.status = statuses.value(t.rawStatus);
    // A negative card amount is money coming back (a refund).
    t.direction = amount->isNegative() ? Transaction::Direction::In : Transaction::Direction::Out;
    t.amount = amount->isNegative() ? *amount->checkedNegate() : *amount;
    t.currency = QStringLiteral("USD");
    t.raw = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return t;
}

bool page(const QJsonValue &body, QList<QJsonObject> *items, PageMeta *meta, QString *error)
{
    const QJsonObject root = body.toObject();
    JsonFields f(root, QStringLiteral("dash.fi page"), error);
    if (!body.isObject()) {
        f.fail(QStringLiteral("(root)"), QStringLiteral("not an object"));
        return false;
    }
    const QJsonValue data = root.value(QStringLiteral("data"));
    if (!data.isArray()) {
        f.fail(QStringLiteral("data"), QStringLiteral("missing or not a list"));
        return false;
    }
    for (const QJsonValue &v : data.toArray()) {
        if (!v.isObject()) {
            f.fail(QStringLiteral("data[]"), QStringLiteral("an item is not an object"));
            return false;
        }
        items->append(v.toObject());
    }
    const QJsonObject m = f.object(QStringLiteral("meta"), true);
    JsonFields mf(m, QStringLiteral("dash.fi page meta"), error);
    meta->currentPage = mf.optionalInt(QStringLiteral("current_page"), 1);
    meta->lastPage = mf.optionalInt(QStringLiteral("last_page"), meta->currentPage);
    meta->perPage = mf.optionalInt(QStringLiteral("per_page"), int(items->size()));
    meta->total = mf.optionalInt(QStringLiteral("total"), -1);
    const QJsonValue next =
        root.value(QStringLiteral("links")).toObject().value(QStringLiteral("next"));
    meta->next = next.isString() ? QUrl(next.toString()) : QUrl();
    return f.ok() && mf.ok();
}

std::optional<Money> balance(const QJsonValue &body, QString *error)
{
    JsonFields f(body.toObject().value(QStringLiteral("data")).toObject(),
                 QStringLiteral("dash.fi balance"), error);
    const auto m = f.money(QStringLiteral("balance"));
    f.requireScale(QStringLiteral("balance"), m, QStringLiteral("USD"));
    return f.ok() ? m : std::nullopt;
}

} // namespace DashfiParser
