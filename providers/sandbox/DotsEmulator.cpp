#include "DotsEmulator.h"

#include "DotsReplies.h"
#include "SandboxPaging.h"

#include <QJsonArray>
#include <QMutexLocker>
#include <QRegularExpression>

using namespace DotsReplies;

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
        const QString platform = data.pick(platforms());
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

bool DotsEmulator::completeFlow(const QString &flowId, const QString &userId)
{
    QMutexLocker lock(&m_mutex);
    for (QJsonObject &f : m_flows) {
        if (f.value(QStringLiteral("id")).toString() != flowId)
            continue;
        f.insert(QStringLiteral("completed_steps"), f.value(QStringLiteral("steps")));
        f.insert(QStringLiteral("user_id"), userId);
        return true;
    }
    return false;
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
    // The document creates a flow with POST /flows/ (the slash is part of the path); a
    // Django-style server does not take a POST without it.
    if (head == QLatin1String("flows") && r.method == "POST" && parts.size() == 1 &&
        !path.endsWith(u'/'))
        return error(404, QStringLiteral("Not found."));
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
    QJsonObject body;
    if (const auto bad = postedObject(r, parts, &body))
        return *bad;
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
    if (parts.size() == 2 && r.method == "GET")
        return byId(m_flows, parts[1], QStringLiteral("Flow not found."));
    QJsonObject body;
    if (const auto bad = postedObject(r, parts, &body))
        return *bad;
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
    QJsonObject body;
    if (const auto bad = postedObject(r, parts, &body))
        return *bad;
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
