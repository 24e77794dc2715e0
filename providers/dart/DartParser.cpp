#include "DartParser.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace DartParser {

std::optional<Customer> customer(const QJsonValue &body, QString *error)
{
    JsonFields f(body.toObject(), QStringLiteral("DART customer"), error);
    Customer c;
    c.userName = f.text(QStringLiteral("dart_user_name"));
    c.firstName = f.optionalText(QStringLiteral("first_name"));
    c.lastName = f.optionalText(QStringLiteral("last_name"));
    c.email = f.optionalText(QStringLiteral("email"));
    return f.ok() ? std::optional<Customer>(c) : std::nullopt;
}

std::optional<Money> usdcBalance(const QJsonValue &body, QString *error)
{
    JsonFields f(body.toObject(), QStringLiteral("DART USDC balance"), error);
    const auto m = f.money(QStringLiteral("total_usdc_balance"));
    f.requireScale(QStringLiteral("total_usdc_balance"), m, QStringLiteral("USDC"));
    return f.ok() ? m : std::nullopt;
}

std::optional<Money> tokenValue(const QJsonValue &body, QString *error)
{
    JsonFields f(body.toObject(), QStringLiteral("DART token value"), error);
    const auto m = f.money(QStringLiteral("token_value"));
    return f.ok() ? m : std::nullopt;
}

std::optional<QList<TradeScript>> tradeScripts(const QJsonValue &body, QString *error)
{
    JsonFields root(body.toObject(), QStringLiteral("DART trade scripts"), error);
    const QJsonValue data = body.toObject().value(QStringLiteral("data"));
    if (!data.isArray()) {
        root.fail(QStringLiteral("data"), QStringLiteral("is missing or not a list"));
        return std::nullopt;
    }
    QList<TradeScript> out;
    for (const QJsonValue &v : data.toArray()) {
        JsonFields f(v.toObject(), QStringLiteral("DART trade script"), error);
        TradeScript s;
        s.name = f.text(QStringLiteral("trade_script_name"));
        const auto initial = f.money(QStringLiteral("initial_amount"));
        const auto current = f.money(QStringLiteral("current_amount"));
        const auto deposit = f.money(QStringLiteral("total_deposit"));
        s.status = f.optionalInt(QStringLiteral("status"), 0);
        s.activated =
            QDate::fromString(f.optionalText(QStringLiteral("activate_date")), Qt::ISODate);
        if (!f.ok() || !v.isObject())
            return std::nullopt;
        s.initialAmount = *initial;
        s.currentAmount = *current;
        s.totalDeposit = *deposit;
        out.append(s);
    }
    return out;
}

std::optional<QString> confirmation(const QJsonValue &body, QString *error)
{
    if (body.isString() && !body.toString().isEmpty())
        return body.toString();
    *error = QStringLiteral("DART reply: expected a confirmation text");
    return std::nullopt;
}

} // namespace DartParser
