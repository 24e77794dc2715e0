#include "DashfiEmulator.h"

#include "SandboxData.h"
#include "SandboxPaging.h"

#include <QJsonArray>
#include <QMutexLocker>
#include <QTimeZone>

#include <algorithm>

namespace {

ServerResponse message(int status, const QString &text)
{
    return ServerResponse::json(QJsonObject{{QStringLiteral("message"), text}}, status);
}

ServerResponse okData(const QString &text)
{
    return ServerResponse::json(QJsonObject{
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                             {QStringLiteral("message"), text}}}});
}

// The document shows no error reply. Its paging (links, meta) is Laravel's, so a refused
// request answers as Laravel validation does: 422, "message" and "errors" per field.
ServerResponse invalid(const QString &field, const QString &text)
{
    return ServerResponse::json(
        QJsonObject{{QStringLiteral("message"), QStringLiteral("The given data was invalid.")},
                    {QStringLiteral("errors"), QJsonObject{{field, QJsonArray{text}}}}},
        422);
}

const QStringList cardNames = {
    QStringLiteral("Facebook Ads"),
    QStringLiteral("Google Ads – Search"),
    QStringLiteral("Google Ads – Display"),
    QStringLiteral("TikTok Ads"),
    QStringLiteral("Taboola"),
    QStringLiteral("Snap"),
    QStringLiteral("Amazon Ads"),
    QStringLiteral("FedEx"),
    QStringLiteral("UPS Ground"),
    QStringLiteral("USPS"),
    QStringLiteral("3PL Warehouse"),
    QStringLiteral("Shopify Plus"),
    QStringLiteral("Klaviyo"),
    QStringLiteral("AWS"),
    QStringLiteral("Slack"),
    QStringLiteral("Travel"),
    QStringLiteral("Office supplies"),
    QStringLiteral("Marketing, \"Q3\" push"),
    QStringLiteral("東京オフィス"),
    QStringLiteral("Team offsite\nMay"),
    QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Card\")"),
};

} // namespace

const QList<int> &DashfiEmulator::categories()
{
    static const QList<int> list = {6, 7, 8, 9, 10, 11, 21, 12, 13, 14, 15, 16, 17, 18, 19, 20};
    return list;
}

DashfiEmulator::DashfiEmulator(SandboxData &data, QString apiKey, int transactionCount,
                               bool postpaid, QString name)
    : m_name(std::move(name)), m_apiKey(std::move(apiKey)), m_postpaid(postpaid),
      m_balance(*Money::parse(u"50253.78"))
{
    m_clock.start();
    const QDateTime anchor = SandboxJson::anchor();
    const int cardCount = 36;
    QSet<QString> usedLastFour;
    for (int i = 0; i < cardCount; ++i) {
        Card c;
        c.id = m_nextCardId++;
        c.name = i < cardNames.size() ? cardNames[i]
                                      : QStringLiteral("%1 %2").arg(data.pick(cardNames)).arg(i);
        c.category = data.pick(categories());
        c.externalId = data.chance(30) ? QStringLiteral("ext-%1").arg(1000 + i) : QString();
        c.frequency = data.chance(85) ? QStringLiteral("recurring") : QStringLiteral("single-use");
        c.state = data.chance(20) ? QStringLiteral("PAUSED") : QStringLiteral("OPEN");
        static const QStringList types = {QStringLiteral("MONTHLY"), QStringLiteral("TRANSACTION"),
                                          QStringLiteral("FOREVER")};
        c.limitType = data.pick(types);
        c.spendLimit = data.chance(25)
                           ? Money::fromMinorUnits(0, 2)
                           : Money::fromMinorUnits(qint64(data.between(5, 400)) * 5000, 2);
        c.created = anchor.addDays(-data.between(560, 800)).addSecs(data.between(0, 86399));
        do {
            c.lastFour = data.digits(4);
        } while (usedLastFour.contains(c.lastFour));
        usedLastFour.insert(c.lastFour);
        m_cards.append(c);
    }
    // Transactions over the last 18 months, newest first.
    const qint64 spanSeconds = 548LL * 24 * 3600;
    QList<qint64> offsets;
    offsets.reserve(transactionCount);
    for (int i = 0; i < transactionCount; ++i)
        offsets.append(qint64(data.between(0, int(spanSeconds / 60))) * 60 + data.between(0, 59));
    std::sort(offsets.begin(), offsets.end());
    m_transactions.reserve(transactionCount);
    for (int i = 0; i < transactionCount; ++i) {
        Transaction t;
        t.token = data.uuid();
        t.date = anchor.addSecs(-offsets[i]);
        t.cardIndex = data.between(0, cardCount - 1);
        t.descriptor = data.pick(SandboxData::merchants());
        t.amount = data.spend(1, 2500);
        const bool recent = offsets[i] < 3 * 86400;
        const int roll = data.between(0, 99);
        if (recent && roll < 40)
            t.status = QStringLiteral("PENDING");
        else if (recent && roll < 55)
            t.status = QStringLiteral("SETTLING");
        else if (roll < 82)
            t.status = QStringLiteral("SETTLED");
        else if (roll < 88)
            t.status = QStringLiteral("DECLINED");
        else if (roll < 92)
            t.status = QStringLiteral("VOIDED");
        else if (roll < 94)
            t.status = QStringLiteral("BOUNCED");
        else if (roll < 97)
            t.status = QStringLiteral("PENDING");
        else
            t.status = QStringLiteral("SETTLING");
        t.country = data.chance(8) ? QString() : data.pick(SandboxData::countries());
        m_byToken.insert(t.token, int(m_transactions.size()));
        m_transactions.append(t);
    }
}

QList<DashfiEmulator::Card> DashfiEmulator::cards() const
{
    QMutexLocker lock(&m_mutex);
    return m_cards;
}

int DashfiEmulator::settlePending(int count)
{
    QMutexLocker lock(&m_mutex);
    int moved = 0;
    for (auto &t : m_transactions) {
        if (moved >= count)
            break;
        if (t.status != QLatin1String("PENDING"))
            continue;
        t.status = QStringLiteral("SETTLED");
        t.amount = *t.amount.checkedAdd(Money::fromMinorUnits(150, 2)); // a tip arrives
        ++moved;
    }
    return moved;
}

void DashfiEmulator::evolve()
{
    const QDateTime cutoff = now().addSecs(-SettleAfterSeconds);
    const QDateTime oldestPending = SandboxJson::anchor().addSecs(-SettleAfterSeconds - 86400);
    // Newest first: only the recent run can still be on its way.
    for (auto &t : m_transactions) {
        if (t.date < oldestPending)
            break;
        if (t.date >= cutoff)
            continue;
        if (t.status == QLatin1String("PENDING")) {
            t.status = QStringLiteral("SETTLED");
            t.amount = *t.amount.checkedAdd(Money::fromMinorUnits(150, 2)); // a tip arrives
        } else if (t.status == QLatin1String("SETTLING")) {
            t.status = QStringLiteral("SETTLED");
        }
    }
}

bool DashfiEmulator::allow()
{
    const qint64 now = m_clock.elapsed();
    m_tokens = qMin<double>(m_ratePerSecond,
                            m_tokens + double(now - m_lastRefillMs) * m_ratePerSecond / 1000.0);
    m_lastRefillMs = now;
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

DashfiEmulator::Card *DashfiEmulator::findCard(const QString &id)
{
    for (auto &c : m_cards) {
        if (QString::number(c.id) == id && c.state != QLatin1String("ARCHIVED"))
            return &c;
    }
    return nullptr;
}

QJsonObject DashfiEmulator::cardJson(const Card &c, bool createForm) const
{
    QJsonObject o{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("category"), c.category},
        {QStringLiteral("external_id"),
         c.externalId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.externalId)},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("spending_frequency"), c.frequency},
        {QStringLiteral("state"), c.state},
        {QStringLiteral("embedded_url"),
         baseUrl()
             .resolved(QUrl(QStringLiteral("/%1/embed/card/%2").arg(m_name).arg(c.id)))
             .toString()},
        {QStringLiteral("last_four"), c.lastFour},
    };
    if (createForm) {
        // The documented create reply: a number 0, TRANSACTION, and "create_at".
        o.insert(QStringLiteral("spend_limit"), 0);
        o.insert(QStringLiteral("spend_limit_duration"), QStringLiteral("TRANSACTION"));
        o.insert(QStringLiteral("create_at"), SandboxJson::isoMicros(c.created));
    } else {
        o.insert(QStringLiteral("spend_limit"), c.spendLimit.toString(2));
        o.insert(QStringLiteral("spend_limit_duration"), c.limitType);
        o.insert(QStringLiteral("created_at"), SandboxJson::isoMicros(c.created));
    }
    return o;
}

QJsonObject DashfiEmulator::transactionJson(const Transaction &t) const
{
    const Card &c = m_cards.at(t.cardIndex);
    return QJsonObject{
        {QStringLiteral("token"), t.token},
        {QStringLiteral("amount"), SandboxJson::number(t.amount)},
        {QStringLiteral("descriptor"), t.descriptor},
        {QStringLiteral("card"), QJsonObject{{QStringLiteral("id"), c.id},
                                             {QStringLiteral("name"), c.name},
                                             {QStringLiteral("last_four"), c.lastFour}}},
        {QStringLiteral("date"), SandboxJson::isoMicros(t.date)},
        {QStringLiteral("status"), t.status},
        {QStringLiteral("merchant_country"),
         t.country.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.country)},
    };
}

ServerResponse DashfiEmulator::handle(const ServerRequest &r, const QString &path)
{
    QMutexLocker lock(&m_mutex);
    if (r.header("authorization") != "Bearer " + m_apiKey.toUtf8())
        return message(401, QStringLiteral("Unauthenticated."));
    if (!allow()) {
        ++m_rateLimited;
        ServerResponse limited = message(429, QStringLiteral("Too Many Attempts."));
        limited.withHeader("Retry-After", "1")
            .withHeader("X-RateLimit-Limit", QByteArray::number(m_ratePerSecond))
            .withHeader("X-RateLimit-Remaining", "0");
        return limited;
    }
    evolve();
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return message(404, QStringLiteral("Not Found."));
    const QString &head = parts[0];
    if (head == QLatin1String("status") && parts.size() == 1 && r.method == "GET")
        return ServerResponse::json(
            QJsonObject{{QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}}});
    if (head == QLatin1String("balance") && parts.size() == 1 && r.method == "GET") {
        if (m_postpaid)
            return message(403, QStringLiteral("Balance is not available for POSTPAID customers."));
        return ServerResponse::json(
            QJsonObject{{QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("balance"), m_balance.toString(2)}}}});
    }
    if (head == QLatin1String("cards")) {
        if (parts.size() == 1 && r.method == "GET")
            return listCards(r);
        if (parts.size() == 1 && r.method == "POST")
            return createCard(r);
        return cardAction(r, parts);
    }
    if (head == QLatin1String("transactions")) {
        if (parts.size() == 1 && r.method == "GET")
            return listTransactions(r);
        if (parts.size() == 2 && r.method == "GET") {
            const int index = m_byToken.value(parts[1], -1);
            if (index < 0)
                return message(404, QStringLiteral("Transaction not found."));
            // Documented without the "data" wrapper.
            return ServerResponse::json(transactionJson(m_transactions.at(index)));
        }
    }
    return message(404, QStringLiteral("Not Found."));
}

ServerResponse DashfiEmulator::listCards(const ServerRequest &r)
{
    SandboxPaging::Page page;
    QString error;
    if (!SandboxPaging::read(r.query, 100, &page, &error))
        return invalid(QStringLiteral("page"), error);
    const QString name = r.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    const QString lastFour = r.query.queryItemValue(QStringLiteral("last_four"));
    QList<int> hits;
    for (int i = 0; i < m_cards.size(); ++i) {
        const Card &c = m_cards[i];
        if (c.state == QLatin1String("ARCHIVED"))
            continue;
        if (!name.isEmpty() && !c.name.contains(name, Qt::CaseInsensitive))
            continue;
        if (!lastFour.isEmpty() && c.lastFour != lastFour)
            continue;
        hits.append(i);
    }
    return ServerResponse::json(SandboxPaging::wrap(
        int(hits.size()), [&](int i) { return QJsonValue(cardJson(m_cards.at(hits[i]), false)); },
        page, baseUrl().resolved(QUrl(prefix() + QStringLiteral("/cards"))), r.query));
}

ServerResponse DashfiEmulator::createCard(const ServerRequest &r)
{
    bool ok = false;
    const QJsonObject body = r.json(&ok).toObject();
    if (!ok)
        return message(400, QStringLiteral("Malformed JSON body."));
    const QString name = body.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty())
        return invalid(QStringLiteral("name"), QStringLiteral("The name field is required."));
    const QJsonValue category = body.value(QStringLiteral("category"));
    if (!category.isDouble() || !categories().contains(category.toInt()))
        return invalid(QStringLiteral("category"),
                       QStringLiteral("The selected category is invalid."));
    const QString frequency = body.value(QStringLiteral("spending_frequency")).toString();
    if (frequency != QLatin1String("single-use") && frequency != QLatin1String("recurring"))
        return invalid(QStringLiteral("spending_frequency"),
                       QStringLiteral("The selected spending frequency is invalid."));
    Card c;
    c.id = m_nextCardId++;
    c.name = name;
    c.category = category.toInt();
    c.frequency = frequency;
    c.externalId = body.value(QStringLiteral("external_id")).toString();
    c.spendLimit = Money::fromMinorUnits(0, 2);
    c.limitType = QStringLiteral("TRANSACTION");
    c.created = QDateTime::currentDateTimeUtc();
    c.lastFour = QStringLiteral("%1").arg(1000 + (c.id * 7919) % 9000, 4, 10, QLatin1Char('0'));
    m_cards.append(c);
    return ServerResponse::json(QJsonObject{{QStringLiteral("data"), cardJson(c, true)}}, 201);
}

ServerResponse DashfiEmulator::cardAction(const ServerRequest &r, const QStringList &parts)
{
    Card *card = parts.size() >= 2 ? findCard(parts[1]) : nullptr;
    if (!card)
        return message(404, QStringLiteral("Card not found."));
    if (parts.size() == 2 && r.method == "GET")
        return ServerResponse::json(QJsonObject{{QStringLiteral("data"), cardJson(*card, false)}});
    if (parts.size() == 2 && r.method == "DELETE") {
        card->state = QStringLiteral("ARCHIVED");
        return okData(QStringLiteral("card archived"));
    }
    if (parts.size() == 3 && r.method == "POST" && parts[2] == QLatin1String("freeze")) {
        card->state = QStringLiteral("PAUSED");
        return okData(QStringLiteral("card freeze"));
    }
    if (parts.size() == 3 && r.method == "POST" && parts[2] == QLatin1String("unfreeze")) {
        card->state = QStringLiteral("OPEN");
        return okData(QStringLiteral("card unfreeze"));
    }
    if (parts.size() == 3 && r.method == "PATCH" && parts[2] == QLatin1String("limit")) {
        bool ok = false;
        const QJsonObject body = r.json(&ok).toObject();
        if (!ok)
            return message(400, QStringLiteral("Malformed JSON body."));
        const auto amount = Money::fromJson(body.value(QStringLiteral("limit_amount")));
        if (!amount || amount->isNegative() || !amount->withScale(2))
            return invalid(QStringLiteral("limit_amount"),
                           QStringLiteral("The limit amount must be a dollars.cents amount."));
        const QString type = body.value(QStringLiteral("limit_type")).toString();
        static const QStringList types = {QStringLiteral("MONTHLY"), QStringLiteral("TRANSACTION"),
                                          QStringLiteral("FOREVER"), QStringLiteral("NO-LIMIT")};
        if (!types.contains(type))
            return invalid(QStringLiteral("limit_type"),
                           QStringLiteral("The selected limit type is invalid."));
        if (type == QLatin1String("NO-LIMIT") && !amount->isZero())
            return invalid(QStringLiteral("limit_amount"),
                           QStringLiteral("The limit amount must be 0 when the type is NO-LIMIT."));
        card->spendLimit = *amount->withScale(2);
        card->limitType = type == QLatin1String("NO-LIMIT") ? QStringLiteral("MONTHLY") : type;
        return okData(QStringLiteral("Card limit updated successfully."));
    }
    return message(405, QStringLiteral("Method not allowed."));
}

ServerResponse DashfiEmulator::listTransactions(const ServerRequest &r)
{
    SandboxPaging::Page page;
    QString error;
    if (!SandboxPaging::read(r.query, 100, &page, &error))
        return invalid(QStringLiteral("page"), error);
    auto bound = [&](const char *key, bool end, QDateTime *out) {
        const QString text = r.query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
        if (text.isEmpty())
            return true;
        QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!dt.isValid()) {
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (!d.isValid())
                return false;
            dt = QDateTime(d, end ? QTime(23, 59, 59, 999) : QTime(0, 0), QTimeZone::utc());
        }
        *out = dt.toUTC();
        return true;
    };
    QDateTime begin, end;
    if (!bound("begin", false, &begin))
        return invalid(QStringLiteral("begin"), QStringLiteral("The begin is not a valid date."));
    if (!bound("end", true, &end))
        return invalid(QStringLiteral("end"), QStringLiteral("The end is not a valid date."));
    // Newest first: the range is one contiguous run.
    int first = 0;
    int last = int(m_transactions.size());
    if (end.isValid())
        first = int(std::partition_point(m_transactions.begin(), m_transactions.end(),
                                         [&](const Transaction &t) { return t.date > end; }) -
                    m_transactions.begin());
    if (begin.isValid())
        last = int(std::partition_point(m_transactions.begin(), m_transactions.end(),
                                        [&](const Transaction &t) { return t.date >= begin; }) -
                   m_transactions.begin());
    const int total = qMax(0, last - first);
    return ServerResponse::json(SandboxPaging::wrap(
        total, [&](int i) { return QJsonValue(transactionJson(m_transactions.at(first + i))); },
        page, baseUrl().resolved(QUrl(prefix() + QStringLiteral("/transactions"))), r.query));
}
