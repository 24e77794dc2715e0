// The crypto gateway emulator's withdrawals: list, details, status, address checks, estimates and
// creation (CryptoEmulator's members, kept apart by resource).
#include "CryptoEmulator.h"

#include "CryptoReplies.h"
#include "CryptoSpecs.h"
#include "SandboxPaging.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace CryptoReplies;
using CryptoSpecs::eight;
using CryptoSpecs::money;
using CryptoSpecs::platformFee;
using CryptoSpecs::Spec;

ServerResponse CryptoEmulator::withdrawals(const ServerRequest &r, const QStringList &parts)
{
    const QString second = parts.value(1);
    if (parts.size() == 1 && r.method == "GET") {
        int limit = 20, offset = 0;
        if (const auto bad = pageOf(r.query, &limit, &offset))
            return *bad;
        const QDateTime start =
            parseDate(r.query.queryItemValue(QStringLiteral("start_date"), QUrl::FullyDecoded));
        const QDateTime endRaw =
            parseDate(r.query.queryItemValue(QStringLiteral("end_date"), QUrl::FullyDecoded));
        // A bare end date includes that whole day.
        const QDateTime end =
            endRaw.isValid() && r.query.queryItemValue(QStringLiteral("end_date")).size() == 10
                ? endRaw.addDays(1).addMSecs(-1)
                : endRaw;
        QList<QJsonObject> hits;
        for (const auto &w : std::as_const(m_withdrawals)) {
            bool keep = matches(w, r.query, {"status", "blockchain", "token", "custom_id"});
            const QDateTime created =
                QDateTime::fromString(w.value(QStringLiteral("created")).toString(), Qt::ISODate);
            if ((start.isValid() && created < start) || (end.isValid() && created > end))
                keep = false;
            if (keep)
                hits.append(w);
        }
        if (r.query.queryItemValue(QStringLiteral("sort")) == QLatin1String("created"))
            std::reverse(hits.begin(), hits.end());
        return ServerResponse::json(SandboxPaging::offsetPage(
            int(hits.size()), [&](int i) { return QJsonValue(hits.at(i)); }, limit, offset,
            url(QStringLiteral("/withdrawal/")), r.query));
    }
    if (second == QLatin1String("available-currencies") && r.method == "GET") {
        QJsonArray list;
        for (auto it = m_master.begin(); it != m_master.end(); ++it) {
            if (!it.value().isZero())
                list.append(it.key());
        }
        return ServerResponse::json(QJsonObject{{QStringLiteral("currencies"), list}});
    }
    if (parts.size() == 2 && r.method == "GET") {
        for (const auto &w : std::as_const(m_withdrawals)) {
            if (w.value(QStringLiteral("id")).toString() == second)
                return ServerResponse::json(w);
        }
        return detail(404, QStringLiteral("Withdrawal not found."));
    }
    bool ok = false;
    const QJsonObject body = r.json(&ok).toObject();
    if (!ok)
        return detail(400, QStringLiteral("JSON parse error."));
    if (parts.size() == 1 && r.method == "POST")
        return createWithdrawal(body);
    if (second == QLatin1String("status") && r.method == "POST") {
        const QString id = body.value(QStringLiteral("withdrawal_id")).toString();
        for (const auto &w : std::as_const(m_withdrawals)) {
            if (w.value(QStringLiteral("id")).toString() == id)
                return ServerResponse::json(
                    QJsonObject{{QStringLiteral("withdrawal_id"), id},
                                {QStringLiteral("status"), w.value(QStringLiteral("status"))},
                                {QStringLiteral("tx_hash"), w.value(QStringLiteral("tx_hash"))},
                                {QStringLiteral("updated"), w.value(QStringLiteral("updated"))}});
        }
        return detail(404, QStringLiteral("Withdrawal not found."));
    }
    const Spec *s = CryptoSpecs::find(body.value(QStringLiteral("currency")).toString());
    if (second == QLatin1String("validate-address") && r.method == "POST") {
        if (!s)
            return fieldError(QStringLiteral("currency"),
                              QStringLiteral("One of currency, blockchain or type is required."));
        const QString address = body.value(QStringLiteral("address")).toString();
        const bool valid = QRegularExpression(QLatin1String(s->address)).match(address).hasMatch();
        QJsonObject o{{QStringLiteral("address"), address},
                      {QStringLiteral("currency"), QLatin1String(s->code)},
                      {QStringLiteral("valid"), valid}};
        if (!valid)
            o.insert(QStringLiteral("message"), QStringLiteral("This is not a %1 address.")
                                                    .arg(QString::fromLatin1(s->chain).toUpper()));
        return ServerResponse::json(o);
    }
    if (!s)
        return fieldError(QStringLiteral("currency"), QStringLiteral("Unknown currency."));
    if (second == QLatin1String("min-amount") && r.method == "POST")
        return ServerResponse::json(
            QJsonObject{{QStringLiteral("currency"), QLatin1String(s->code)},
                        {QStringLiteral("min_amount"), eight(money(s->minimum))}});
    const auto amount = amountField(body, "amount");
    if (!amount)
        return fieldError(QStringLiteral("amount"),
                          QStringLiteral("A positive amount with at most 8 decimals is required."));
    const Money network = money(s->networkFee);
    if (second == QLatin1String("fee-estimate") && r.method == "POST")
        return ServerResponse::json(
            QJsonObject{{QStringLiteral("currency"), QLatin1String(s->code)},
                        {QStringLiteral("amount"), eight(*amount)},
                        {QStringLiteral("network_fee"), eight(network)},
                        {QStringLiteral("platform_fee"), eight(platformFee(*amount))},
                        {QStringLiteral("fee"), eight(*network.checkedAdd(platformFee(*amount)))}});
    if (second == QLatin1String("estimate") && r.method == "POST") {
        // final_amount: the amount is what arrives; otherwise what leaves the balance.
        const bool final = body.value(QStringLiteral("final_amount")).toBool();
        const Money platform = platformFee(*amount);
        const Money fee = *network.checkedAdd(platform);
        const Money requested = final ? *amount->checkedAdd(fee) : *amount;
        const Money arrives = final ? *amount : *amount->checkedSub(fee);
        return ServerResponse::json(
            QJsonObject{{QStringLiteral("requested_amount"), eight(requested)},
                        {QStringLiteral("fee"), eight(fee)},
                        {QStringLiteral("amount"), eight(arrives)},
                        {QStringLiteral("currency"), QLatin1String(s->code)},
                        {QStringLiteral("blockchain"), QString::fromLatin1(s->chain).toUpper()},
                        {QStringLiteral("token"), QString::fromLatin1(s->token).toUpper()},
                        {QStringLiteral("platform_fee"), eight(platform)},
                        {QStringLiteral("network_fee"), eight(network)}});
    }
    return detail(404, QStringLiteral("Not found."));
}

ServerResponse CryptoEmulator::createWithdrawal(const QJsonObject &body)
{
    const Spec *s = CryptoSpecs::find(body.value(QStringLiteral("currency")).toString());
    if (!s) {
        // Option 2: blockchain and token with a fiat price amount.
        const QString chain = body.value(QStringLiteral("blockchain")).toString().toLower();
        const QString token = body.value(QStringLiteral("token")).toString().toLower();
        for (const Spec &candidate : CryptoSpecs::all()) {
            if (chain == QLatin1String(candidate.chain) && token == QLatin1String(candidate.token))
                s = &candidate;
        }
    }
    if (!s)
        return fieldError(QStringLiteral("currency"), QStringLiteral("Unknown currency."));
    std::optional<Money> amount = amountField(body, "amount");
    if (!amount && body.contains(QStringLiteral("price_amount"))) {
        const auto price = amountField(body, "price_amount");
        if (price)
            amount = price->checkedDiv(money(s->usd), 8);
    }
    if (!amount)
        return fieldError(QStringLiteral("amount"),
                          QStringLiteral("A positive amount with at most 8 decimals is required."));
    const QString address = body.value(QStringLiteral("address")).toString();
    if (!QRegularExpression(QLatin1String(s->address)).match(address).hasMatch())
        return fieldError(QStringLiteral("address"), QStringLiteral("Invalid address."));
    if (*amount < money(s->minimum))
        return fieldError(QStringLiteral("amount"),
                          QStringLiteral("The minimum is %1.").arg(eight(money(s->minimum))));
    const QString code = QLatin1String(s->code);
    if (*amount > m_master.value(code))
        return fieldError(QStringLiteral("amount"), QStringLiteral("Insufficient balance."));
    const Money network = money(s->networkFee);
    const Money platform = platformFee(*amount);
    const Money fee = *network.checkedAdd(platform);
    m_master[code] = *m_master.value(code).checkedSub(*amount);
    const QString id = m_data.uuid();
    record(code, QStringLiteral("withdrawal"), *amount->checkedNegate(), id);
    ++m_withdrawalCount;
    const QJsonObject w{
        {QStringLiteral("id"), id},
        {QStringLiteral("custom_id"), body.value(QStringLiteral("custom_id"))},
        // As Estimate Withdrawal names the figures: requested_amount leaves the balance,
        // amount arrives.
        {QStringLiteral("requested_amount"), eight(*amount)},
        {QStringLiteral("amount"), eight(*amount->checkedSub(fee))},
        {QStringLiteral("fee"), eight(fee)},
        {QStringLiteral("network_fee"), eight(network)},
        {QStringLiteral("platform_fee"), eight(platform)},
        {QStringLiteral("currency"), code},
        {QStringLiteral("blockchain"), QString::fromLatin1(s->chain).toUpper()},
        {QStringLiteral("token"), QString::fromLatin1(s->token).toUpper()},
        {QStringLiteral("address"), address},
        {QStringLiteral("status"), QStringLiteral("pending")},
        // No withdrawal reply is shown; "Check Withdrawal Status" implies a state, and a
        // withdrawal on chain has a transaction hash (null until broadcast).
        {QStringLiteral("tx_hash"), QJsonValue::Null},
        {QStringLiteral("created"), iso(now())},
        {QStringLiteral("updated"), iso(now())},
    };
    m_withdrawals.prepend(w);
    return ServerResponse::json(w, 201);
}
