// The Dots emulator's payouts, payout links and batches (DotsEmulator's members, kept apart
// from users, flows and transfers), with their idempotency keys.
#include "DotsEmulator.h"

#include "DotsReplies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace DotsReplies;

QJsonObject DotsEmulator::makePayout(const QJsonObject &body, QString *why, int *status)
{
    *status = 400;
    const auto amount = wholeCents(body.value(QStringLiteral("amount")));
    if (!amount || *amount <= 0) {
        *why = QStringLiteral("amount must be a positive whole number of cents.");
        return {};
    }
    const QString userId = body.value(QStringLiteral("user_id")).toString();
    if (user(userId).isEmpty()) {
        *status = 404;
        *why = QStringLiteral("User not found.");
        return {};
    }
    const QString platform = body.value(QStringLiteral("platform")).toString();
    if (!platforms().contains(platform)) {
        *why = QStringLiteral("platform must be one of ach, paypal, venmo, default.");
        return {};
    }
    const qint64 cents = *amount;
    const bool fund = body.value(QStringLiteral("fund")).toVariant().toBool();
    if (fund && cents > m_appCents) {
        *why = QStringLiteral("Insufficient funds in the app wallet.");
        return {};
    }
    if (fund)
        m_appCents -= cents;
    ++m_payoutCount;
    const QString now = timestamp();
    QJsonObject p{
        {QStringLiteral("id"), m_data.uuid()},
        {QStringLiteral("created"), now},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("status"), QStringLiteral("created")},
        {QStringLiteral("type"), QStringLiteral("payout")},
        {QStringLiteral("amount"), cents},
        {QStringLiteral("external_data"),
         QJsonObject{
             {QStringLiteral("account_id"), body.value(QStringLiteral("account_id")).toString()},
             {QStringLiteral("external_id"), QString()},
             {QStringLiteral("platform"),
              platform == QLatin1String("default") ? QStringLiteral("ach") : platform}}},
        {QStringLiteral("transactions"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), m_data.between(100000, 999999)},
                                {QStringLiteral("amount"), cents},
                                {QStringLiteral("created"), now},
                                {QStringLiteral("source_name"), QStringLiteral("TreasuryApp")},
                                {QStringLiteral("destination_name"), userId},
                                {QStringLiteral("type"), QStringLiteral("balance")},
                                {QStringLiteral("metadata"), QString()}}}},
        {QStringLiteral("metadata"), body.value(QStringLiteral("metadata"))},
        {QStringLiteral("idempotency_key"), body.value(QStringLiteral("idempotency_key"))},
    };
    m_payouts.prepend(p);
    *status = 200;
    return p;
}

namespace {
QByteArray fingerprintOf(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}
QString keyOf(const QJsonObject &body)
{
    return body.value(QStringLiteral("idempotency_key")).toString();
}
} // namespace

void DotsEmulator::remember(const QJsonObject &body, const QJsonObject &answer)
{
    if (!keyOf(body).isEmpty())
        m_idempotent.insert(keyOf(body), {answer, fingerprintOf(body)});
}

std::optional<ServerResponse> DotsEmulator::replay(const QJsonObject &body) const
{
    const QString key = keyOf(body);
    const QByteArray fingerprint = fingerprintOf(body);
    const auto it = m_idempotent.constFind(key);
    if (key.isEmpty() || it == m_idempotent.cend())
        return std::nullopt;
    if (it->fingerprint != fingerprint)
        return error(409, QStringLiteral("idempotency_key was already used for a different "
                                         "request."));
    return ServerResponse::json(it->object).withHeader("Idempotent-Replayed", "true");
}

ServerResponse DotsEmulator::payouts(const ServerRequest &r, const QStringList &parts)
{
    if (parts.size() == 1 && r.method == "GET") {
        // Payouts older than a minute (sandbox time) have been paid.
        for (auto &p : m_payouts) {
            if (p.value(QStringLiteral("status")).toString() == QLatin1String("created") &&
                fromDotsTime(p.value(QStringLiteral("created")).toString()).secsTo(now()) > 60)
                p.insert(QStringLiteral("status"), QStringLiteral("completed"));
        }
        return list(r, m_payouts);
    }
    if (parts.size() == 2 && r.method == "GET")
        return byId(m_payouts, parts[1], QStringLiteral("Payout not found."));
    QJsonObject body;
    if (const auto bad = postedObject(r, parts, &body))
        return *bad;
    if (const auto first = replay(body))
        return *first;
    QString why;
    int status = 0;
    const QJsonObject p = makePayout(body, &why, &status);
    if (p.isEmpty())
        return error(status, why);
    remember(body, p);
    return ServerResponse::json(p);
}

ServerResponse DotsEmulator::payoutLinks(const ServerRequest &r, const QStringList &parts)
{
    if (parts.size() == 1 && r.method == "GET")
        return list(r, m_links);
    if (parts.size() == 2 && r.method == "GET")
        return byId(m_links, parts[1], QStringLiteral("Payout link not found."));
    QJsonObject body;
    if (const auto bad = postedObject(r, parts, &body))
        return *bad;
    if (const auto first = replay(body))
        return *first;
    const auto amount = wholeCents(body.value(QStringLiteral("amount")));
    if (!amount || *amount <= 0)
        return error(400, QStringLiteral("amount must be a positive whole number of cents."));
    const QJsonObject delivery = body.value(QStringLiteral("delivery")).toObject();
    const QString method =
        delivery.value(QStringLiteral("method")).toString(QStringLiteral("link"));
    static const QStringList methods = {QStringLiteral("sms"), QStringLiteral("link"),
                                        QStringLiteral("email"), QStringLiteral("all")};
    if (!methods.contains(method))
        return error(400, QStringLiteral("delivery.method must be sms, link, email or all."));
    const QJsonObject payee = body.value(QStringLiteral("payee")).toObject();
    if ((method == QLatin1String("email") || method == QLatin1String("all")) &&
        payee.value(QStringLiteral("email")).toString().isEmpty())
        return error(400, QStringLiteral("payee.email is required for email delivery."));
    if ((method == QLatin1String("sms") || method == QLatin1String("all")) &&
        payee.value(QStringLiteral("phone_number")).toString().isEmpty())
        return error(400, QStringLiteral("payee.phone_number is required for SMS delivery."));
    if (*amount > m_appCents)
        return error(400, QStringLiteral("Insufficient funds in the app wallet."));
    m_appCents -= *amount;
    const QString flowId = m_data.uuid();
    QJsonObject link{
        {QStringLiteral("accounting_data"),
         QJsonObject{{QStringLiteral("quickbooks_account_id"), QJsonValue::Null}}},
        {QStringLiteral("amount"), *amount},
        {QStringLiteral("claimed_user_id"), QJsonValue::Null},
        {QStringLiteral("created"), timestamp()},
        {QStringLiteral("delivery"),
         QJsonObject{
             {QStringLiteral("country_code"), payee.value(QStringLiteral("country_code"))},
             {QStringLiteral("email"), payee.value(QStringLiteral("email"))},
             {QStringLiteral("method"), method},
             {QStringLiteral("phone_number"), payee.value(QStringLiteral("phone_number"))}}},
        {QStringLiteral("description"), QJsonValue::Null},
        {QStringLiteral("flow_id"), flowId},
        {QStringLiteral("id"), m_data.uuid()},
        {QStringLiteral("link"), QStringLiteral("https://my-sandbox.dots.dev/flow/") + flowId},
        {QStringLiteral("memo"), body.value(QStringLiteral("memo"))},
        {QStringLiteral("metadata"), body.value(QStringLiteral("metadata"))},
        {QStringLiteral("payee"), payee},
        {QStringLiteral("status"),
         method == QLatin1String("link") ? QStringLiteral("created") : QStringLiteral("delivered")},
        {QStringLiteral("tax_exempt"), body.value(QStringLiteral("tax_exempt")).toBool()},
        {QStringLiteral("transfer_id"), m_data.uuid()},
    };
    m_links.prepend(link);
    // The link's flow, as Retrieve Flow shows one: the payee's payout step, not taken yet.
    m_flows.prepend(QJsonObject{
        {QStringLiteral("completed_steps"), QJsonArray()},
        {QStringLiteral("created"), link.value(QStringLiteral("created"))},
        {QStringLiteral("id"), flowId},
        {QStringLiteral("link"), link.value(QStringLiteral("link"))},
        {QStringLiteral("metadata"), QJsonValue::Null},
        {QStringLiteral("payout_link_id"), link.value(QStringLiteral("id"))},
        {QStringLiteral("steps"), QJsonArray{QStringLiteral("payout")}},
        {QStringLiteral("user_id"), QJsonValue::Null},
    });
    remember(body, link);
    return ServerResponse::json(link);
}

void DotsEmulator::advanceBatch(QJsonObject &batch)
{
    // Each read of a batch lets it process up to five more items.
    const QString id = batch.value(QStringLiteral("id")).toString();
    QList<QJsonObject> &items = m_batchItems[id];
    int processed = batch.value(QStringLiteral("items_processed")).toInt();
    int succeeded = batch.value(QStringLiteral("items_succeeded")).toInt();
    int failed = batch.value(QStringLiteral("items_failed")).toInt();
    for (int n = 0; n < 5 && processed < items.size(); ++n, ++processed) {
        QJsonObject item = items[processed];
        item.insert(QStringLiteral("fund"), true);
        const QString key = item.value(QStringLiteral("idempotency_key")).toString();
        if (!key.isEmpty() && m_idempotent.contains(key)) {
            ++succeeded; // already paid by an earlier request with the same key
            continue;
        }
        QString why;
        int status = 0;
        const QJsonObject p = makePayout(item, &why, &status);
        if (p.isEmpty()) {
            ++failed;
            // Why an item failed; the document counts failures but shows no item.
            items[processed].insert(QStringLiteral("error"), why);
            continue;
        }
        if (!key.isEmpty())
            m_idempotent.insert(key, {p, QByteArray()});
        ++succeeded;
    }
    batch.insert(QStringLiteral("items_processed"), processed);
    batch.insert(QStringLiteral("items_succeeded"), succeeded);
    batch.insert(QStringLiteral("items_failed"), failed);
    batch.insert(QStringLiteral("status"), processed >= items.size()
                                               ? QStringLiteral("completed")
                                               : (processed == 0 ? QStringLiteral("processing")
                                                                 : QStringLiteral("paying_out")));
}

ServerResponse DotsEmulator::batches(const ServerRequest &r, const QStringList &parts)
{
    if (parts.size() == 1 && r.method == "GET")
        return list(r, m_batches);
    if (parts.size() == 2 && r.method == "GET") {
        for (auto &b : m_batches) {
            if (b.value(QStringLiteral("id")).toString() == parts[1]) {
                advanceBatch(b);
                return ServerResponse::json(b);
            }
        }
        return error(404, QStringLiteral("Payout batch not found."));
    }
    QJsonObject body;
    if (const auto bad = postedObject(r, parts, &body))
        return *bad;
    const QString key = body.value(QStringLiteral("idempotency_key")).toString();
    if (key.isEmpty())
        return error(400, QStringLiteral("idempotency_key is required for a batch."));
    if (m_idempotent.contains(key)) {
        const QString first = m_idempotent[key].object.value(QStringLiteral("id")).toString();
        for (const auto &b : std::as_const(m_batches)) {
            if (b.value(QStringLiteral("id")).toString() == first)
                return ServerResponse::json(b).withHeader("Idempotent-Replayed", "true");
        }
    }
    const QJsonArray items = body.value(QStringLiteral("items")).toArray();
    if (items.isEmpty() || items.size() > 1000)
        return error(400, QStringLiteral("items must hold 1 to 1000 payouts."));
    QList<QJsonObject> list;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        if (item.value(QStringLiteral("idempotency_key")).toString().isEmpty())
            return error(400, QStringLiteral("items[%1].idempotency_key is required.").arg(i));
        list.append(item);
    }
    const QString id = m_data.uuid();
    QJsonObject batch{{QStringLiteral("id"), id},
                      {QStringLiteral("created"), now().toString(Qt::ISODateWithMs)},
                      {QStringLiteral("status"), QStringLiteral("created")},
                      {QStringLiteral("idempotency_key"), key},
                      {QStringLiteral("metadata"), body.value(QStringLiteral("metadata"))},
                      // Beyond "Get Payout Batch" (processed, succeeded, failed): how many
                      // items the batch has, which the request's item list implies.
                      {QStringLiteral("items_total"), int(list.size())},
                      {QStringLiteral("items_processed"), 0},
                      {QStringLiteral("items_succeeded"), 0},
                      {QStringLiteral("items_failed"), 0}};
    m_batchItems.insert(id, list);
    m_batches.prepend(batch);
    m_idempotent.insert(key, {batch, QByteArray()});
    return ServerResponse::json(batch);
}
