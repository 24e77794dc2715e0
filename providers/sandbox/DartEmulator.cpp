#include "DartEmulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QRegularExpression>

namespace {

ServerResponse message(int status, const QString &text)
{
    return ServerResponse::json(QJsonObject{{QStringLiteral("message"), text}}, status);
}

/// Laravel's validation failure.
// The document shows no error reply; its PHP samples are Laravel's (bearer "2|..."
// tokens are Sanctum's), so a refused request answers as Laravel validation does.
ServerResponse invalid(const QString &field, const QString &text)
{
    return ServerResponse::json(
        QJsonObject{{QStringLiteral("message"), text},
                    {QStringLiteral("errors"), QJsonObject{{field, QJsonArray{text}}}}},
        422);
}

ServerResponse bare(const QString &text)
{
    return ServerResponse::json(QJsonValue(text));
}

const QStringList kScripts = {QStringLiteral("Full Velocity Members Only"),
                              QStringLiteral("Steady Yield"), QStringLiteral("Momentum Alpha"),
                              QStringLiteral("Chaos Hedge")};
const QStringList kTokens = {QStringLiteral("Chaos"), QStringLiteral("Nova"),
                             QStringLiteral("Atlas")};

} // namespace

DartEmulator::DartEmulator(SandboxData &data, QString token) : m_token(std::move(token))
{
    const QStringList users = {QStringLiteral("billyjoel"), QStringLiteral("sagesmith"),
                               QStringLiteral("amara.okafor"), QStringLiteral("jonas_m"),
                               QStringLiteral("mei.chen")};
    const QStringList firsts = {QStringLiteral("Billy"), QStringLiteral("Sage"),
                                QStringLiteral("Amara"), QStringLiteral("Jonas"),
                                QStringLiteral("Mei")};
    const QStringList lasts = {QStringLiteral("Joel"), QStringLiteral("Smith"),
                               QStringLiteral("Okafor"), QStringLiteral("Müller"),
                               QStringLiteral("Chen")};
    const QDate today = SandboxJson::anchor().date();
    for (int i = 0; i < users.size(); ++i) {
        Customer c;
        c.userName = users[i];
        c.firstName = firsts[i];
        c.lastName = lasts[i];
        c.email = users[i] + QStringLiteral("@example.com");
        c.password = data.hex(12);
        c.usdc = data.spend(50, 25000);
        for (const QString &t : kTokens) {
            if (data.chance(60))
                c.tokens.insert(t, data.spend(1, 400));
        }
        const int scripts = data.between(1, 3);
        for (int s = 0; s < scripts; ++s) {
            TradeScript ts;
            ts.name = kScripts[(i + s) % kScripts.size()];
            ts.deposit = Money::fromMinorUnits(qint64(data.between(5, 500)) * 1000, 2);
            ts.initial = *ts.deposit.checkedSub(
                *ts.deposit.checkedMul(*Money::parse(u"0.015"), 2)); // the entry fee
            // Four decimals, as documented ("49.2500").
            ts.current =
                *ts.initial.checkedMul(Money::fromMinorUnits(data.between(8500, 13000), 4), 4);
            ts.deposit = *ts.deposit.withScale(4);
            ts.status = data.pick(QList<int>{1, 2, 5, 5, 5});
            ts.activated = today.addDays(-data.between(10, 500));
            c.scripts.append(ts);
        }
        m_customers.append(c);
    }
}

QJsonObject DartEmulator::settings() const
{
    QMutexLocker lock(&m_mutex);
    QJsonArray names;
    for (const Customer &c : m_customers)
        names.append(c.userName);
    return QJsonObject{{QStringLiteral("customers"), names}};
}

std::optional<DartEmulator::Customer> DartEmulator::customer(const QString &userName) const
{
    QMutexLocker lock(&m_mutex);
    for (const Customer &c : m_customers) {
        if (c.userName == userName)
            return c;
    }
    return std::nullopt;
}

QDateTime DartEmulator::restrictedUntil(const QString &userName) const
{
    QMutexLocker lock(&m_mutex);
    for (const Customer &c : m_customers) {
        if (c.userName == userName)
            return c.restrictedUntil;
    }
    return QDateTime();
}

int DartEmulator::transferCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_transfers;
}

DartEmulator::Customer *DartEmulator::find(const QString &userName)
{
    for (Customer &c : m_customers) {
        if (c.userName == userName)
            return &c;
    }
    return nullptr;
}

ServerResponse DartEmulator::handle(const ServerRequest &r, const QString &path)
{
    QMutexLocker lock(&m_mutex);
    if (r.header("authorization") != "Bearer " + m_token.toUtf8())
        return message(401, QStringLiteral("Unauthenticated."));
    const bool get = r.method == "GET";
    const bool post = r.method == "POST";
    if (post && path == QLatin1String("/customer/create"))
        return create(r);
    if (post && path == QLatin1String("/customer/update"))
        return update(r);
    if (post && path == QLatin1String("/customer/update-tsp-status"))
        return restrict(r);
    if (post && path == QLatin1String("/customer/transfer-amount"))
        return transfer(r);
    if (!get)
        return message(405, QStringLiteral("The %1 method is not supported for this route.")
                                .arg(QString::fromLatin1(r.method)));
    const QString userName =
        r.query.queryItemValue(QStringLiteral("dart_user_name"), QUrl::FullyDecoded);
    static const QStringList reads = {
        QStringLiteral("/customer/get"), QStringLiteral("/customer/trade-script-details"),
        QStringLiteral("/customer/usdc-balance"), QStringLiteral("/customer/token-value")};
    if (!reads.contains(path))
        return message(404, QStringLiteral("Not Found"));
    if (userName.isEmpty())
        return invalid(QStringLiteral("dart_user_name"),
                       QStringLiteral("The dart user name field is required."));
    const Customer *c = find(userName);
    if (!c)
        return message(404, QStringLiteral("Customer not found."));
    if (path == QLatin1String("/customer/get"))
        return ServerResponse::json(QJsonObject{{QStringLiteral("first_name"), c->firstName},
                                                {QStringLiteral("last_name"), c->lastName},
                                                {QStringLiteral("dart_user_name"), c->userName},
                                                {QStringLiteral("email"), c->email}});
    if (path == QLatin1String("/customer/usdc-balance"))
        return ServerResponse::json(
            QJsonObject{{QStringLiteral("total_usdc_balance"), c->usdc.toString(2)}});
    if (path == QLatin1String("/customer/token-value")) {
        const QString token = r.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
        if (token.isEmpty())
            return invalid(QStringLiteral("token"), QStringLiteral("The token field is required."));
        if (!c->tokens.contains(token))
            return message(404, QStringLiteral("Token not found for this customer."));
        return ServerResponse::json(
            QJsonObject{{QStringLiteral("token_value"), c->tokens.value(token).toString(2)}});
    }
    QJsonArray data;
    for (const TradeScript &s : c->scripts)
        data.append(
            QJsonObject{{QStringLiteral("trade_script_name"), s.name},
                        {QStringLiteral("initial_amount"), s.initial.toString(2)},
                        {QStringLiteral("current_amount"), s.current.toString(4)},
                        {QStringLiteral("status"), s.status},
                        {QStringLiteral("total_deposit"), s.deposit.toString(4)},
                        {QStringLiteral("activate_date"), s.activated.toString(Qt::ISODate)}});
    return ServerResponse::json(QJsonObject{{QStringLiteral("data"), data}});
}

ServerResponse DartEmulator::create(const ServerRequest &r)
{
    const QString userName = r.field(QStringLiteral("user_name")).trimmed();
    for (const char *f : {"first_name", "last_name", "user_name", "email", "password"}) {
        if (r.field(QLatin1String(f)).trimmed().isEmpty())
            return invalid(QLatin1String(f), QStringLiteral("The %1 field is required.")
                                                 .arg(QString::fromLatin1(f).replace(u'_', u' ')));
    }
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9._-]{3,40}$"));
    if (!name.match(userName).hasMatch())
        return invalid(QStringLiteral("user_name"),
                       QStringLiteral("The user name may only contain letters, numbers, dots, "
                                      "dashes and underscores (3 to 40)."));
    if (find(userName))
        return invalid(QStringLiteral("user_name"),
                       QStringLiteral("The user name has already been taken."));
    if (!r.field(QStringLiteral("email")).contains(u'@'))
        return invalid(QStringLiteral("email"),
                       QStringLiteral("The email must be a valid email address."));
    Customer c;
    c.userName = userName;
    c.firstName = r.field(QStringLiteral("first_name"));
    c.lastName = r.field(QStringLiteral("last_name"));
    c.email = r.field(QStringLiteral("email"));
    c.password = r.field(QStringLiteral("password"));
    c.usdc = Money::fromMinorUnits(0, 2);
    m_customers.append(c);
    return bare(QStringLiteral("Customer Created Successfully."));
}

ServerResponse DartEmulator::update(const ServerRequest &r)
{
    Customer *c = find(r.field(QStringLiteral("dart_user_name")));
    if (!c)
        return message(404, QStringLiteral("Customer not found."));
    const QString email = r.field(QStringLiteral("email"));
    if (!email.isEmpty() && !email.contains(u'@'))
        return invalid(QStringLiteral("email"),
                       QStringLiteral("The email must be a valid email address."));
    if (!r.field(QStringLiteral("first_name")).isEmpty())
        c->firstName = r.field(QStringLiteral("first_name"));
    if (!r.field(QStringLiteral("last_name")).isEmpty())
        c->lastName = r.field(QStringLiteral("last_name"));
    if (!email.isEmpty())
        c->email = email;
    if (!r.field(QStringLiteral("password")).isEmpty())
        c->password = r.field(QStringLiteral("password"));
    return bare(QStringLiteral("Customer Updated Successfully."));
}

ServerResponse DartEmulator::restrict(const ServerRequest &r)
{
    Customer *c = find(r.field(QStringLiteral("dart_user_name")));
    if (!c)
        return message(404, QStringLiteral("Customer not found."));
    const QString status = r.field(QStringLiteral("external_tsp_status")).toLower();
    if (status != QLatin1String("false") && status != QLatin1String("true"))
        return invalid(QStringLiteral("external_tsp_status"),
                       QStringLiteral("The external tsp status field must be true or false."));
    if (status == QLatin1String("true")) {
        c->restrictedUntil = QDateTime();
        return bare(QStringLiteral("Customer Tsp Access Enabled"));
    }
    bool ok = false;
    const int hours = r.field(QStringLiteral("tsp_duration")).toInt(&ok);
    if (!ok || hours < 1 || hours > 8760)
        return invalid(QStringLiteral("tsp_duration"),
                       QStringLiteral("The tsp duration must be a whole number of hours."));
    c->restrictedUntil = now().addSecs(qint64(hours) * 3600);
    return bare(QStringLiteral("Customer Tsp Access Disabled"));
}

ServerResponse DartEmulator::transfer(const ServerRequest &r)
{
    // The document's request body: JSON {"userId": the customer's user name, "amount"}.
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    const QString userId = body.value(QStringLiteral("userId")).toString();
    if (userId.isEmpty())
        return invalid(QStringLiteral("userId"), QStringLiteral("The user id field is required."));
    Customer *c = find(userId);
    if (!c)
        return message(404, QStringLiteral("Customer not found."));
    const QJsonValue amountValue = body.value(QStringLiteral("amount"));
    const auto amount = amountValue.isString() ? Money::parse(amountValue.toString().trimmed())
                                               : Money::fromJson(amountValue);
    if (!amount || amount->isNegative() || amount->isZero() || !amount->withScale(2))
        return invalid(QStringLiteral("amount"),
                       QStringLiteral("The amount must be a positive number with at most two "
                                      "decimals."));
    c->usdc = *c->usdc.checkedAdd(*amount)->withScale(2);
    ++m_transfers;
    return bare(QStringLiteral("Amount Transferred Successfully."));
}
