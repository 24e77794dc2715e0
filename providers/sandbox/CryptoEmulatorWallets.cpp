// The crypto gateway emulator's wallets and transfers between them and the master account
// (CryptoEmulator's members, kept apart by resource).
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

QJsonObject CryptoEmulator::walletJson(const Wallet &w) const
{
    QJsonArray balances;
    for (auto it = w.amounts.begin(); it != w.amounts.end(); ++it)
        balances.append(QJsonObject{{QStringLiteral("currency"), it.key()},
                                    {QStringLiteral("amount"), eight(it.value())},
                                    {QStringLiteral("pending_amount"),
                                     eight(w.pending.value(it.key(), Money::fromMinorUnits(0, 8)))},
                                    {QStringLiteral("available_balance"), eight(it.value())}});
    return QJsonObject{{QStringLiteral("id"), w.id},
                       {QStringLiteral("name"), w.name},
                       {QStringLiteral("external_id"), w.externalId},
                       {QStringLiteral("wallet_id"), w.walletId},
                       {QStringLiteral("created"), iso(w.created)},
                       {QStringLiteral("updated"), iso(w.created.addDays(2))},
                       {QStringLiteral("balances"), balances}};
}

ServerResponse CryptoEmulator::wallets(const ServerRequest &r, const QStringList &parts)
{
    const QString second = parts.value(1);
    if (parts.size() == 1 && r.method == "GET") {
        QJsonArray accounts;
        for (const Wallet &w : std::as_const(m_wallets))
            accounts.append(walletJson(w));
        return ServerResponse::json(QJsonObject{{QStringLiteral("accounts"), accounts},
                                                {QStringLiteral("total"), int(accounts.size())}});
    }
    bool ok = false;
    const QJsonObject body = r.json(&ok).toObject();
    if (parts.size() == 1 && r.method == "POST") {
        const QString name = body.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty())
            return fieldError(QStringLiteral("name"), QStringLiteral("This field is required."));
        Wallet w;
        w.id = int(m_wallets.size()) + 1;
        w.walletId = QStringLiteral("w_") + m_data.hex(10);
        w.name = name;
        w.externalId = body.value(QStringLiteral("external_id")).toString();
        w.created = now();
        m_wallets.append(w);
        return ServerResponse::json(walletJson(w), 201);
    }
    if (second == QLatin1String("balances") && r.method == "POST") {
        const QString id = body.value(QStringLiteral("wallet_id")).toString().isEmpty()
                               ? body.value(QStringLiteral("external_id")).toString()
                               : body.value(QStringLiteral("wallet_id")).toString();
        const Wallet *w = findWallet(id);
        if (!w)
            return detail(404, QStringLiteral("Wallet not found."));
        const QJsonObject j = walletJson(*w);
        return ServerResponse::json(
            QJsonObject{{QStringLiteral("wallet_id"), w->walletId},
                        {QStringLiteral("name"), w->name},
                        {QStringLiteral("balances"), j.value(QStringLiteral("balances"))}});
    }
    if (second == QLatin1String("transfer-to-user") && r.method == "POST")
        return transfer(r, true);
    if (second == QLatin1String("withdraw-to-master") && r.method == "POST")
        return transfer(r, false);
    if (second == QLatin1String("transfer-history") && r.method == "POST") {
        const QString walletId = body.value(QStringLiteral("wallet_id")).toString();
        const Wallet *w = findWallet(walletId);
        if (!w)
            return detail(404, QStringLiteral("Wallet not found."));
        const QString status = body.value(QStringLiteral("status")).toString();
        const QString type = body.value(QStringLiteral("transfer_type")).toString();
        const QString currency = body.value(QStringLiteral("currency")).toString();
        QList<QJsonObject> hits;
        for (const auto &t : std::as_const(m_transfers)) {
            if (t.value(QStringLiteral("wallet_id")).toString() != w->walletId)
                continue;
            if (!status.isEmpty() && t.value(QStringLiteral("status")).toString() != status)
                continue;
            if (!type.isEmpty() && t.value(QStringLiteral("transfer_type")).toString() != type)
                continue;
            if (!currency.isEmpty() && t.value(QStringLiteral("currency")).toString() != currency)
                continue;
            hits.append(t);
        }
        const int limit = qBound(1, body.value(QStringLiteral("limit")).toInt(20), 100);
        const int offset = qMax(0, body.value(QStringLiteral("offset")).toInt(0));
        return ServerResponse::json(SandboxPaging::offsetPage(
            int(hits.size()), [&](int i) { return QJsonValue(hits.at(i)); }, limit, offset,
            url(QStringLiteral("/wallets/transfer-history/")), QUrlQuery()));
    }
    if (parts.size() == 2 && r.method == "GET") {
        const Wallet *w = findWallet(second);
        return w ? ServerResponse::json(walletJson(*w))
                 : detail(404, QStringLiteral("Wallet not found."));
    }
    return detail(404, QStringLiteral("Not found."));
}

ServerResponse CryptoEmulator::transfer(const ServerRequest &r, bool toSub)
{
    bool ok = false;
    const QJsonObject body = r.json(&ok).toObject();
    if (!ok)
        return detail(400, QStringLiteral("JSON parse error."));
    Wallet *w = findWallet(body.value(QStringLiteral("wallet_id")).toString());
    if (!w)
        return detail(404, QStringLiteral("Wallet not found."));
    const QString currency = body.value(QStringLiteral("currency")).toString();
    if (!CryptoSpecs::find(currency))
        return fieldError(QStringLiteral("currency"), QStringLiteral("Unknown currency."));
    const auto amount = amountField(body, "amount");
    if (!amount)
        return fieldError(QStringLiteral("amount"),
                          QStringLiteral("A positive amount with at most 8 decimals is required."));
    const Money available =
        toSub ? m_master.value(currency) : w->amounts.value(currency, Money::fromMinorUnits(0, 8));
    if (*amount > available)
        return fieldError(QStringLiteral("amount"), QStringLiteral("Insufficient balance."));
    const QString id = QStringLiteral("t_") + m_data.hex(12);
    if (toSub) {
        m_master[currency] = *m_master.value(currency).checkedSub(*amount);
        w->pending[currency] =
            *w->pending.value(currency, Money::fromMinorUnits(0, 8)).checkedAdd(*amount);
        record(currency, QStringLiteral("transfer_to_sub"), *amount->checkedNegate(), id);
    } else {
        w->amounts[currency] = *w->amounts.value(currency).checkedSub(*amount);
        m_masterPending[currency] = *m_masterPending.value(currency).checkedAdd(*amount);
    }
    // "Transfer History" shows no reply: an entry is the 202 reply's transfer_id with the
    // request's fields, its status (the filter's "completed") and when it completed.
    m_transfers.prepend(
        QJsonObject{{QStringLiteral("transfer_id"), id},
                    {QStringLiteral("wallet_id"), w->walletId},
                    {QStringLiteral("transfer_type"),
                     toSub ? QStringLiteral("to_sub") : QStringLiteral("to_master")},
                    {QStringLiteral("currency"), currency},
                    {QStringLiteral("amount"), eight(*amount)},
                    {QStringLiteral("status"), QStringLiteral("pending")},
                    {QStringLiteral("created"), iso(now())},
                    {QStringLiteral("completed_at"), QJsonValue::Null}});
    m_transferDue.insert(id, now().addSecs(5));
    return ServerResponse::json(
        QJsonObject{{QStringLiteral("status"), QStringLiteral("accepted")},
                    {QStringLiteral("transfer_id"), id},
                    {QStringLiteral("message"),
                     QStringLiteral("Transfer request accepted and is being processed")}},
        202);
}
