#include "TeamPolicy.h"

#include "Currency.h"
#include "Payout.h"
#include "ProviderNames.h"

#include <QJsonArray>
#include <QLocale>

namespace {

const QStringList RuleKeys = {"name",        "provider",   "connection", "method",
                              "currency",    "min_amount", "min_usd",    "new_counterparty",
                              "new_country", "approvals"};
const QStringList PolicyKeys = {"rules",      "daily_limit_usd", "daily_approvals",
                                "hold_hours", "card_approvals",  "usd_rates"};

/// The rules a new team starts with (schema 1), named in English in the database: their
/// conditions say the same in the reader's language.
const QStringList DefaultNames = {"any amount to a new country",
                                  "over 25,000 USD to a new counterparty", "over 50,000 USD"};

QJsonObject without(const QJsonObject &o, const QStringList &keys)
{
    QJsonObject rest = o;
    for (const QString &k : keys)
        rest.remove(k);
    return rest;
}

} // namespace

QString PolicyRule::conditions() const
{
    const QLocale locale;
    QStringList parts;
    if (minUsd)
        parts << TeamPolicy::tr("over %1 USD")
                     .arg(Currency::formatLocale(*minUsd, QStringLiteral("USD"), locale));
    if (minAmount)
        parts << TeamPolicy::tr("over %1 %2")
                     .arg(Currency::formatLocale(*minAmount, currency, locale),
                          currency.isEmpty() ? TeamPolicy::tr("in the payout's currency")
                                             : currency);
    else if (!currency.isEmpty())
        parts << TeamPolicy::tr("in %1").arg(currency);
    if (newCounterparty)
        parts << TeamPolicy::tr("to a new counterparty");
    if (newCountry)
        parts << TeamPolicy::tr("to a new country");
    if (!method.isEmpty()) {
        const auto m = PayoutMethods::fromKey(method);
        parts << TeamPolicy::tr("by %1").arg(m ? PayoutMethods::name(*m) : method);
    }
    if (!provider.isEmpty())
        parts << TeamPolicy::tr("at %1").arg(ProviderNames::display(provider));
    if (!connection.isEmpty())
        parts << TeamPolicy::tr("from connection %1").arg(connection);
    if (parts.isEmpty())
        return TeamPolicy::tr("any payout");
    return parts.join(QStringLiteral(" · "));
}

QString PolicyRule::givenName() const
{
    return name == QLatin1String("unnamed rule") || DefaultNames.contains(name) ? QString() : name;
}

bool PolicyRule::sameRuleAs(const PolicyRule &o) const
{
    return provider == o.provider && connection == o.connection && method == o.method &&
           currency == o.currency && minAmount == o.minAmount && minUsd == o.minUsd &&
           newCounterparty == o.newCounterparty && newCountry == o.newCountry &&
           approvals == o.approvals;
}

PolicyRule PolicyRule::fromJson(const QJsonObject &o)
{
    // Amounts as the database reads them with ::numeric, text (as the defaults) or a JSON
    // number, by Money's one rule for JSON numbers.
    PolicyRule r;
    r.name = o.value(QStringLiteral("name")).toString();
    r.provider = o.value(QStringLiteral("provider")).toString();
    r.connection = o.value(QStringLiteral("connection")).toString();
    r.method = o.value(QStringLiteral("method")).toString();
    r.currency = o.value(QStringLiteral("currency")).toString();
    r.minAmount = Money::fromJson(o.value(QStringLiteral("min_amount")));
    r.minUsd = Money::fromJson(o.value(QStringLiteral("min_usd")));
    r.newCounterparty = o.value(QStringLiteral("new_counterparty")).toBool();
    r.newCountry = o.value(QStringLiteral("new_country")).toBool();
    r.approvals = o.value(QStringLiteral("approvals")).toInt(1);
    r.other = without(o, RuleKeys);
    return r;
}

TeamPolicy TeamPolicy::fromJson(const QJsonObject &doc)
{
    TeamPolicy p;
    for (const QJsonValue &v : doc.value(QStringLiteral("rules")).toArray())
        p.rules << PolicyRule::fromJson(v.toObject());
    p.dailyLimitUsd = Money::fromJson(doc.value(QStringLiteral("daily_limit_usd")));
    p.dailyApprovals = doc.value(QStringLiteral("daily_approvals")).toInt(1);
    p.holdHours = doc.value(QStringLiteral("hold_hours")).toInt(24);
    const QJsonObject cards = doc.value(QStringLiteral("card_approvals")).toObject();
    p.unfreezeApprovals = cards.value(QStringLiteral("unfreeze")).toInt(0);
    p.createApprovals = cards.value(QStringLiteral("create")).toInt(0);
    p.limitRaiseApprovals = cards.value(QStringLiteral("limit_raise")).toInt(0);
    const QJsonObject rates = doc.value(QStringLiteral("usd_rates")).toObject();
    for (auto it = rates.begin(); it != rates.end(); ++it) {
        // Kept as written; a JSON number as Money reads it (problem() names anything else).
        const auto rate = Money::fromJson(it.value());
        p.usdRates.insert(it.key(), it.value().isString() ? it.value().toString()
                                    : rate                ? rate->toString()
                                                          : QString());
    }
    p.other = without(doc, PolicyKeys);
    // What card_approvals holds beyond the three it edits survives too.
    if (const QJsonObject rest = without(cards, {"unfreeze", "create", "limit_raise"});
        !rest.isEmpty())
        p.other.insert(QStringLiteral("card_approvals"), rest);
    return p;
}

QJsonObject TeamPolicy::toJson() const
{
    QJsonObject doc = other;
    QJsonArray list;
    for (const PolicyRule &r : rules) {
        QJsonObject o = r.other;
        auto text = [&o](const char *key, const QString &value) {
            if (!value.isEmpty())
                o.insert(QLatin1String(key), value);
        };
        text("name", r.name);
        text("provider", r.provider);
        text("connection", r.connection);
        text("method", r.method);
        text("currency", r.currency);
        if (r.minAmount)
            o.insert(QStringLiteral("min_amount"), r.minAmount->normalized().toString());
        if (r.minUsd)
            o.insert(QStringLiteral("min_usd"), r.minUsd->normalized().toString());
        if (r.newCounterparty)
            o.insert(QStringLiteral("new_counterparty"), true);
        if (r.newCountry)
            o.insert(QStringLiteral("new_country"), true);
        o.insert(QStringLiteral("approvals"), r.approvals);
        list.append(o);
    }
    doc.insert(QStringLiteral("rules"), list);
    if (dailyLimitUsd)
        doc.insert(QStringLiteral("daily_limit_usd"), dailyLimitUsd->normalized().toString());
    doc.insert(QStringLiteral("daily_approvals"), dailyApprovals);
    doc.insert(QStringLiteral("hold_hours"), holdHours);
    QJsonObject cards = other.value(QStringLiteral("card_approvals")).toObject();
    cards.insert(QStringLiteral("unfreeze"), unfreezeApprovals);
    cards.insert(QStringLiteral("create"), createApprovals);
    cards.insert(QStringLiteral("limit_raise"), limitRaiseApprovals);
    doc.insert(QStringLiteral("card_approvals"), cards);
    QJsonObject rates;
    for (auto it = usdRates.begin(); it != usdRates.end(); ++it)
        rates.insert(it.key(), it.value());
    doc.insert(QStringLiteral("usd_rates"), rates);
    return doc;
}

QStringList TeamPolicy::lines() const
{
    const QLocale locale;
    QStringList out;
    for (const PolicyRule &r : rules)
        out << tr("%1: %n approval(s)", nullptr, r.approvals).arg(r.conditions());
    if (dailyLimitUsd)
        out << tr("a person's payouts above %1 USD in a day: %n approval(s)", nullptr,
                  dailyApprovals)
                   .arg(Currency::formatLocale(*dailyLimitUsd, QStringLiteral("USD"), locale));
    out << tr("a new bank account or address waits %n hour(s)", nullptr, holdHours);
    if (unfreezeApprovals > 0)
        out << tr("unfreezing a card: %n approval(s)", nullptr, unfreezeApprovals);
    if (createApprovals > 0)
        out << tr("a new card: %n approval(s)", nullptr, createApprovals);
    if (limitRaiseApprovals > 0)
        out << tr("a card limit above the last one the team set: %n approval(s)", nullptr,
                  limitRaiseApprovals);
    QStringList rates;
    for (auto it = usdRates.begin(); it != usdRates.end(); ++it) {
        const auto rate = Money::parse(it.value());
        rates
            << tr("1 %1 = %2 USD").arg(it.key(), rate ? rate->toLocaleString(locale) : it.value());
    }
    if (!rates.isEmpty())
        out << tr("amounts valued at %1").arg(rates.join(QStringLiteral(", ")));
    return out;
}

QString TeamPolicy::problem() const
{
    for (auto it = usdRates.begin(); it != usdRates.end(); ++it) {
        const auto rate = Money::parse(it.value());
        if (it.key().size() < 3 || !rate || rate->isNegative() || rate->isZero())
            return tr("The USD rate of “%1” must be a currency code and a number above "
                      "zero, such as 1.08.")
                .arg(it.key());
    }
    for (const PolicyRule &r : rules)
        if (r.approvals < 1)
            return tr("Each rule needs at least one approval.");
    return QString();
}

QString TeamPolicy::reasonText(const QJsonObject &reason)
{
    const QString rule = reason.value(QStringLiteral("rule")).toString();
    QString text;
    if (rule == QLatin1String("daily total")) {
        const auto limit = Money::fromJson(reason.value(QStringLiteral("limit_usd")));
        text = limit ? tr("a person's daily total above %1 USD")
                           .arg(Currency::formatLocale(*limit, QStringLiteral("USD"), QLocale()))
                     : tr("a person's daily total");
    } else if (rule == QLatin1String("card unfreeze")) {
        text = tr("unfreezing a card");
    } else if (rule == QLatin1String("new card")) {
        text = tr("a new card");
    } else if (rule == QLatin1String("higher card limit")) {
        text = tr("a card limit above the last one the team set");
    } else if (reason.contains(QStringLiteral("conditions"))) {
        text = PolicyRule::fromJson(reason.value(QStringLiteral("conditions")).toObject())
                   .conditions();
        // A name the team gave it goes with it; the database's own words do not.
        if (!rule.isEmpty() && rule != QLatin1String("unnamed rule") &&
            !DefaultNames.contains(rule))
            text = tr("%1 (“%2”)").arg(text, rule);
    } else {
        text = rule; // from a database older than the conditions in each reason
    }
    if (reason.value(QStringLiteral("no_usd_rate")).toBool())
        text = tr("%1, applied because the policy has no USD rate for the currency").arg(text);
    return text;
}

QString TeamPolicy::reasonsText(const QJsonArray &reasons)
{
    QStringList texts;
    for (const QJsonValue &r : reasons)
        texts << reasonText(r.toObject());
    return texts.join(QStringLiteral("; "));
}
