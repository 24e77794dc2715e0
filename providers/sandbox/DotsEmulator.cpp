#include "DotsEmulator.h"

#include "SandboxPaging.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

ServerResponse error(int status, const QString &message)
{
    return ServerResponse::json(QJsonObject{{QStringLiteral("message"), message}}, status);
}

QString dotsTime(const QDateTime &t)
{
    // "2024-07-11T21:17:33.959976": microseconds, no zone.
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("417");
}

QDateTime fromDotsTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.left(23), Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

/// A whole number of cents as a JSON number, read through Money: 12.5 is refused.
std::optional<qint64> wholeCents(const QJsonValue &v)
{
    const auto m = v.isDouble() ? Money::fromJson(v) : std::nullopt;
    const auto whole = m ? m->withScale(0) : std::nullopt;
    return whole ? std::optional<qint64>(whole->minorUnits()) : std::nullopt;
}

const QStringList kPlatforms = {QStringLiteral("ach"), QStringLiteral("paypal"),
                                QStringLiteral("venmo"), QStringLiteral("default")};

} // namespace

DotsEmulator::DotsEmulator(SandboxData &data, QString clientId, QString apiKey, QString appId)
    : m_data(quint32(data.between(1, 1 << 30))), m_clientId(std::move(clientId)),
      m_apiKey(std::move(apiKey)), m_appId(std::move(appId))
{
    const QDateTime anchor = SandboxJson::anchor();
    QDateTime when = anchor.addDays(-500);
    for (int i = 0; i < 24; ++i) {
        const QString first = data.pick(SandboxData::firstNames());
        const QString last = data.pick(SandboxData::lastNames());
        when = when.addSecs(data.between(3600, 20 * 86400));
        m_users.prepend(QJsonObject{
            {QStringLiteral("id"), data.uuid()},
            {QStringLiteral("first_name"), first},
            {QStringLiteral("last_name"), last},
            {QStringLiteral("email"),
             QStringLiteral("%1.%2@example.com").arg(i).arg(last.toLower().remove(u'\''))},
            {QStringLiteral("phone_number"),
             QJsonObject{{QStringLiteral("country_code"), QStringLiteral("1")},
                         {QStringLiteral("phone_number"), QStringLiteral("415") + data.digits(7)}}},
            {QStringLiteral("status"),
             data.chance(80) ? QStringLiteral("verified") : QStringLiteral("unverified")},
            {QStringLiteral("verified"), true},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("internal_id"), QStringLiteral("user_%1").arg(1000 + i)}}},
            {QStringLiteral("created"), dotsTime(when)},
        });
    }
    for (auto &u : m_users)
        u.insert(QStringLiteral("verified"),
                 u.value(QStringLiteral("status")).toString() == QLatin1String("verified"));
    // A history of payouts over 18 months, newest first.
    when = anchor.addSecs(-data.between(600, 7200));
    static const QStringList statuses = {QStringLiteral("completed"), QStringLiteral("completed"),
                                         QStringLiteral("completed"), QStringLiteral("completed"),
                                         QStringLiteral("pending"),   QStringLiteral("failed")};
    for (int i = 0; i < 180; ++i) {
        const QJsonObject &u = m_users.at(data.between(0, int(m_users.size()) - 1));
        const QString platform = data.pick(kPlatforms);
        const qint64 cents = data.spend(5, 1500).minorUnits();
        const QString id = data.uuid();
        m_payouts.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("created"), dotsTime(when)},
            {QStringLiteral("user_id"), u.value(QStringLiteral("id"))},
            {QStringLiteral("status"), i < 3 ? QStringLiteral("pending") : data.pick(statuses)},
            {QStringLiteral("type"), QStringLiteral("payout")},
            {QStringLiteral("amount"), cents},
            {QStringLiteral("external_data"),
             QJsonObject{{QStringLiteral("account_id"), QString()},
                         {QStringLiteral("external_id"), QString()},
                         {QStringLiteral("platform"), platform == QLatin1String("default")
                                                          ? QStringLiteral("ach")
                                                          : platform}}},
            {QStringLiteral("transactions"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), 700000 + i},
                                    {QStringLiteral("amount"), cents},
                                    {QStringLiteral("created"), dotsTime(when)},
                                    {QStringLiteral("source_name"), QStringLiteral("TreasuryApp")},
                                    {QStringLiteral("destination_name"),
                                     u.value(QStringLiteral("first_name")).toString()},
                                    {QStringLiteral("type"), QStringLiteral("balance")},
                                    {QStringLiteral("metadata"), QString()}}}},
            {QStringLiteral("metadata"),
             data.chance(10) ? QJsonValue(QJsonObject{{QStringLiteral("memo"),
                                                       data.pick(SandboxData::hostileStrings())}})
                             : QJsonValue(QJsonValue::Null)},
        });
        when = when.addSecs(-data.between(1800, 3 * 86400));
    }
    m_payoutCount = 0;
}

int DotsEmulator::transferCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_transfers.size());
}

int DotsEmulator::payoutCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_payoutCount;
}

int DotsEmulator::linkCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_links.size());
}

qint64 DotsEmulator::appBalanceCents() const
{
    QMutexLocker lock(&m_mutex);
    return m_appCents;
}

QStringList DotsEmulator::userIds() const
{
    QMutexLocker lock(&m_mutex);
    QStringList ids;
    for (const auto &u : m_users)
        ids.append(u.value(QStringLiteral("id")).toString());
    return ids;
}

QString DotsEmulator::timestamp() const
{
    return dotsTime(now());
}

QJsonObject DotsEmulator::user(const QString &id) const
{
    for (const auto &u : m_users) {
        if (u.value(QStringLiteral("id")).toString() == id)
            return u;
    }
    return QJsonObject();
}

ServerResponse DotsEmulator::handle(const ServerRequest &r, const QString &path)
{
    QMutexLocker lock(&m_mutex);
    const QByteArray expected = "Basic " + (m_clientId + u':' + m_apiKey).toUtf8().toBase64();
    if (r.header("authorization") != expected)
        return error(401, QStringLiteral("Invalid API credentials."));
    const QByteArray appId = r.header("api-app-id");
    if (!appId.isEmpty() && appId != m_appId.toUtf8())
        return error(403, QStringLiteral("Api-App-Id does not belong to these credentials."));
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return error(404, QStringLiteral("Not found."));
    const QString &head = parts.first();
    if (head == QLatin1String("users"))
        return users(r, parts);
    if (head == QLatin1String("flows"))
        return flows(r, parts);
    if (head == QLatin1String("transfers"))
        return transfers(r, parts);
    if (head == QLatin1String("payouts"))
        return payouts(r, parts);
    if (head == QLatin1String("payout-links"))
        return payoutLinks(r, parts);
    if (head == QLatin1String("payout-batches"))
        return batches(r, parts);
    if (head == QLatin1String("apps") && parts.size() == 1 && r.method == "POST") {
        // Creating an app needs no Api-App-Id; the new app gets its own id.
        bool ok = false;
        const QString name =
            r.json(&ok).toObject().value(QStringLiteral("name")).toString().trimmed();
        if (!ok || name.isEmpty())
            return error(400, QStringLiteral("name is required."));
        return ServerResponse::json(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("app_") + m_data.hex(14)},
            {QStringLiteral("name"), name},
            {QStringLiteral("organization_id"), QStringLiteral("org_") + m_clientId.right(14)}});
    }
    return error(404, QStringLiteral("Not found."));
}

ServerResponse DotsEmulator::list(const ServerRequest &r, const QList<QJsonObject> &items) const
{
    int limit = 10;
    QString why;
    if (!SandboxPaging::readCursor(r.query, 100, &limit, &why))
        return error(400, why);
    QStringList ids;
    for (const auto &o : items)
        ids.append(o.value(QStringLiteral("id")).toString());
    return ServerResponse::json(SandboxPaging::cursorPage(
        ids, [&](int i) { return QJsonValue(items.at(i)); }, limit, r.query));
}

ServerResponse DotsEmulator::users(const ServerRequest &r, const QStringList &parts)
{
    if (parts.size() == 1 && r.method == "GET")
        return list(r, m_users);
    if (parts.size() == 2 && r.method == "GET") {
        const QJsonObject u = user(parts[1]);
        return u.isEmpty() ? error(404, QStringLiteral("User not found."))
                           : ServerResponse::json(u);
    }
    if (parts.size() != 1 || r.method != "POST")
        return error(405, QStringLiteral("Method not allowed."));
    bool ok = false;
    const QJsonObject body = r.json(&ok).toObject();
    if (!ok)
        return error(400, QStringLiteral("The request body is not valid JSON."));
    for (const char *field : {"first_name", "last_name", "email", "country_code", "phone_number"}) {
        if (body.value(QLatin1String(field)).toString().trimmed().isEmpty())
            return error(400, QStringLiteral("%1 is required.").arg(QLatin1String(field)));
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.match(body.value(QStringLiteral("email")).toString()).hasMatch())
        return error(400, QStringLiteral("email is not a valid email address."));
    const QString phone = body.value(QStringLiteral("phone_number")).toString();
    // Production refuses a phone number twice; the sandbox allows it, as documented.
    QJsonObject u{
        {QStringLiteral("id"), m_data.uuid()},
        {QStringLiteral("first_name"), body.value(QStringLiteral("first_name"))},
        {QStringLiteral("last_name"), body.value(QStringLiteral("last_name"))},
        {QStringLiteral("email"), body.value(QStringLiteral("email"))},
        {QStringLiteral("phone_number"),
         QJsonObject{{QStringLiteral("country_code"), body.value(QStringLiteral("country_code"))},
                     {QStringLiteral("phone_number"), phone}}},
        {QStringLiteral("status"), QStringLiteral("unverified")},
        {QStringLiteral("verified"), false},
        {QStringLiteral("metadata"), body.value(QStringLiteral("metadata")).isObject()
                                         ? body.value(QStringLiteral("metadata"))
                                         : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("created"), timestamp()},
    };
    m_users.prepend(u);
    return ServerResponse::json(u, 200);
}

ServerResponse DotsEmulator::flows(const ServerRequest &r, const QStringList &parts)
{
    if (parts.size() == 2 && r.method == "GET") {
        for (const auto &f : std::as_const(m_flows)) {
            if (f.value(QStringLiteral("id")).toString() == parts[1])
                return ServerResponse::json(f);
        }
        return error(404, QStringLiteral("Flow not found."));
    }
    if (parts.size() != 1 || r.method != "POST")
        return error(405, QStringLiteral("Method not allowed."));
    bool ok = false;
    const QJsonObject body = r.json(&ok).toObject();
    if (!ok)
        return error(400, QStringLiteral("The request body is not valid JSON."));
    static const QStringList known = {
        QStringLiteral("compliance"),       QStringLiteral("id-verification"),
        QStringLiteral("background-check"), QStringLiteral("manage-payments"),
        QStringLiteral("manage-payouts"),   QStringLiteral("payout"),
        QStringLiteral("redirect")};
    const QJsonArray steps = body.value(QStringLiteral("steps")).toArray();
    if (steps.isEmpty())
        return error(400, QStringLiteral("steps is required."));
    for (const auto &s : steps) {
        if (!known.contains(s.toString()))
            return error(400, QStringLiteral("Unknown step \"%1\".").arg(s.toString()));
    }
    const QString userId = body.value(QStringLiteral("user_id")).toString();
    if (!userId.isEmpty() && user(userId).isEmpty())
        return error(404, QStringLiteral("User not found."));
    const QString id = m_data.uuid();
    QJsonObject f{
        {QStringLiteral("completed_steps"), QJsonArray()},
        {QStringLiteral("created"), timestamp()},
        {QStringLiteral("id"), id},
        {QStringLiteral("link"), QStringLiteral("https://my-sandbox.dots.dev/flow/") + id},
        {QStringLiteral("metadata"), QJsonValue::Null},
        {QStringLiteral("payout_link_id"), QJsonValue::Null},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("user_id"), userId.isEmpty() ? QJsonValue::Null : QJsonValue(userId)},
    };
    m_flows.prepend(f);
    return ServerResponse::json(f);
}

ServerResponse DotsEmulator::transfers(const ServerRequest &r, const QStringList &parts)
{
    if (parts.size() == 1 && r.method == "GET")
        return list(r, m_transfers);
    if (parts.size() != 1 || r.method != "POST")
        return error(405, QStringLiteral("Method not allowed."));
    bool ok = false;
    const QJsonObject body = r.json(&ok).toObject();
    if (!ok)
        return error(400, QStringLiteral("The request body is not valid JSON."));
    const auto amount = wholeCents(body.value(QStringLiteral("amount")));
    if (!amount || *amount == 0)
        return error(400, QStringLiteral("amount must be a whole, non-zero number of cents."));
    const QString userId = body.value(QStringLiteral("user_id")).toString();
    if (user(userId).isEmpty())
        return error(404, QStringLiteral("User not found."));
    // Negative: from the app to the user.
    const qint64 cents = *amount;
    if (cents < 0 && -cents > m_appCents)
        return error(400, QStringLiteral("Insufficient funds in the app wallet."));
    m_appCents += cents;
    const QString now = timestamp();
    QJsonObject t{
        {QStringLiteral("amount"), QString::number(cents)},
        {QStringLiteral("created"), now},
        {QStringLiteral("external_data"), QJsonObject()},
        {QStringLiteral("id"), m_data.uuid()},
        {QStringLiteral("metadata"), body.value(QStringLiteral("metadata"))},
        {QStringLiteral("status"), QStringLiteral("completed")},
        {QStringLiteral("status_history"),
         QJsonArray{QJsonObject{
             {QStringLiteral("status"), QStringLiteral("completed")},
             {QStringLiteral("timestamp"),
              QLocale::c().toString(this->now(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")) +
                  QStringLiteral(" GMT")}}}},
        {QStringLiteral("transactions"),
         QJsonArray{QJsonObject{
             {QStringLiteral("amount"), Money::fromMinorUnits(qAbs(cents), 2).toString(10)},
             {QStringLiteral("created"), now},
             {QStringLiteral("destination_name"), userId},
             {QStringLiteral("id"), m_data.between(100000, 999999)},
             {QStringLiteral("metadata"), QJsonValue::Null},
             {QStringLiteral("source_name"), QStringLiteral("TreasuryApp")},
             {QStringLiteral("type"), QStringLiteral("balance")}}}},
        {QStringLiteral("type"), QStringLiteral("balance")},
        {QStringLiteral("user_id"), userId},
    };
    m_transfers.prepend(t);
    return ServerResponse::json(t);
}

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
    if (!kPlatforms.contains(platform)) {
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

std::optional<ServerResponse> DotsEmulator::replay(const QString &key,
                                                   const QByteArray &fingerprint) const
{
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
    if (parts.size() == 2 && r.method == "GET") {
        for (const auto &p : std::as_const(m_payouts)) {
            if (p.value(QStringLiteral("id")).toString() == parts[1])
                return ServerResponse::json(p);
        }
        return error(404, QStringLiteral("Payout not found."));
    }
    if (parts.size() != 1 || r.method != "POST")
        return error(405, QStringLiteral("Method not allowed."));
    bool ok = false;
    const QJsonObject body = r.json(&ok).toObject();
    if (!ok)
        return error(400, QStringLiteral("The request body is not valid JSON."));
    const QString key = body.value(QStringLiteral("idempotency_key")).toString();
    const QByteArray fingerprint = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (const auto first = replay(key, fingerprint))
        return *first;
    QString why;
    int status = 0;
    const QJsonObject p = makePayout(body, &why, &status);
    if (p.isEmpty())
        return error(status, why);
    if (!key.isEmpty())
        m_idempotent.insert(key, {p, fingerprint});
    return ServerResponse::json(p);
}

ServerResponse DotsEmulator::payoutLinks(const ServerRequest &r, const QStringList &parts)
{
    if (parts.size() == 1 && r.method == "GET")
        return list(r, m_links);
    if (parts.size() == 2 && r.method == "GET") {
        for (const auto &l : std::as_const(m_links)) {
            if (l.value(QStringLiteral("id")).toString() == parts[1])
                return ServerResponse::json(l);
        }
        return error(404, QStringLiteral("Payout link not found."));
    }
    if (parts.size() != 1 || r.method != "POST")
        return error(405, QStringLiteral("Method not allowed."));
    bool ok = false;
    const QJsonObject body = r.json(&ok).toObject();
    if (!ok)
        return error(400, QStringLiteral("The request body is not valid JSON."));
    const QString key = body.value(QStringLiteral("idempotency_key")).toString();
    const QByteArray fingerprint = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (const auto first = replay(key, fingerprint))
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
    if (!key.isEmpty())
        m_idempotent.insert(key, {link, fingerprint});
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
    if (parts.size() != 1 || r.method != "POST")
        return error(405, QStringLiteral("Method not allowed."));
    bool ok = false;
    const QJsonObject body = r.json(&ok).toObject();
    if (!ok)
        return error(400, QStringLiteral("The request body is not valid JSON."));
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
                      {QStringLiteral("items_total"), int(list.size())},
                      {QStringLiteral("items_processed"), 0},
                      {QStringLiteral("items_succeeded"), 0},
                      {QStringLiteral("items_failed"), 0}};
    m_batchItems.insert(id, list);
    m_batches.prepend(batch);
    m_idempotent.insert(key, {batch, QByteArray()});
    return ServerResponse::json(batch);
}
