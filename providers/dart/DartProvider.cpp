#include "DartProvider.h"

#include "HttpClient.h"
#include "ProviderSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QUrlQuery userQuery(const QString &userName)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("dart_user_name"), ProviderSupport::encoded(userName));
    return q;
}

} // namespace

DartProvider::DartProvider(const QString &connectionName, QNetworkAccessManager *network,
                           const QUrl &baseUrl, const QString &token, const QStringList &customers,
                           QObject *parent)
    : Provider(connectionName,
               new HttpClient(network, baseUrl, std::make_shared<BearerAuth>(token)), parent),
      m_customers(customers)
{
    m_http->setRateLimit(10, 5);
}

ConnectionKind DartProvider::connectionKind()
{
    // Base URLs as its document gives them (provider-docs/README.md).
    return {QStringLiteral("dart"),
            QStringLiteral("DART"),
            {tr("API token")},
            {{QStringLiteral("customers"), tr("Customer user names"), true}},
            QUrl(),
            QUrl(QStringLiteral("https://api.dart.cash/api"))};
}

RecipientForm DartProvider::recipientForm() const
{
    // A customer is created under the user name typed, with a password DART keeps.
    RecipientForm f;
    f.password = true;
    f.tradeScripts = true;
    f.idPlaceholder = tr("e.g. billyjoel");
    f.kindName = tr("DART customer");
    return f;
}

QFuture<Result<Done>> DartProvider::checkStatus()
{
    // Any authenticated read proves the token; with no customer named, DART's answer to a
    // missing name (422) still comes only after the token was accepted.
    const QString who = m_customers.value(0);
    return m_http->send(HttpRequest::get(QStringLiteral("/customer/get"), userQuery(who)))
        .then(this, [who](const HttpResponse &r) {
            if (r.ok() || (who.isEmpty() && r.status == 422))
                return Result<Done>::success({});
            return Result<Done>::failure(r.error);
        });
}

QFuture<Result<QList<Balance>>> DartProvider::fetchBalances()
{
    QList<QFuture<Result<Balance>>> parts;
    const QString connection = connectionName();
    for (const QString &user : std::as_const(m_customers)) {
        parts.append(
            m_http
                ->send(HttpRequest::get(QStringLiteral("/customer/usdc-balance"), userQuery(user)))
                .then(this, [connection, user](const HttpResponse &r) {
                    const auto amount = ProviderSupport::read<Money>(r, &DartParser::usdcBalance);
                    if (!amount.ok())
                        return Result<Balance>::failure(amount.error());
                    Balance b;
                    b.provider = QStringLiteral("dart");
                    b.connection = connection;
                    b.account = user;
                    b.kind = Balance::Kind::Customer;
                    b.currency = QStringLiteral("USDC");
                    b.available = amount.value();
                    b.asOf = QDateTime::currentDateTimeUtc();
                    return Result<Balance>::success(b);
                }));
    }
    return QtFuture::whenAll(parts.begin(), parts.end())
        .then(this, [customers = m_customers](const QList<QFuture<Result<Balance>>> &done) {
            // A customer DART no longer answers for (deactivated, renamed) is named; the
            // others' wallets are kept. An error that is not the customer's own, or none
            // answering, fails the read.
            QList<Balance> out;
            QStringList gaps;
            for (qsizetype i = 0; i < done.size(); ++i) {
                const Result<Balance> &r = done.at(i).result();
                if (!r.ok() && !ProviderSupport::concernsOnlyTheItem(r.error()))
                    return Result<QList<Balance>>::failure(r.error());
                if (r.ok())
                    out.append(r.value());
                else
                    gaps.append(QStringLiteral("customer %1 could not be read: %2")
                                    .arg(customers.value(i), r.error().summary()));
            }
            if (out.isEmpty() && !done.isEmpty())
                return Result<QList<Balance>>::failure(done.first().result().error());
            return Result<QList<Balance>>::partial(out, gaps);
        });
}

QFuture<Result<DartParser::Customer>> DartProvider::customer(const QString &userName)
{
    return m_http->send(HttpRequest::get(QStringLiteral("/customer/get"), userQuery(userName)))
        .then(this, [](const HttpResponse &r) {
            return ProviderSupport::read<DartParser::Customer>(r, &DartParser::customer);
        });
}

QFuture<Result<QList<DartParser::TradeScript>>> DartProvider::tradeScripts(const QString &userName)
{
    return m_http
        ->send(
            HttpRequest::get(QStringLiteral("/customer/trade-script-details"), userQuery(userName)))
        .then(this, [](const HttpResponse &r) {
            return ProviderSupport::read<QList<DartParser::TradeScript>>(r,
                                                                         &DartParser::tradeScripts);
        });
}

QFuture<Result<Money>> DartProvider::tokenValue(const QString &userName, const QString &token)
{
    QUrlQuery q = userQuery(userName);
    q.addQueryItem(QStringLiteral("token"), ProviderSupport::encoded(token));
    return m_http->send(HttpRequest::get(QStringLiteral("/customer/token-value"), q))
        .then(this, [](const HttpResponse &r) {
            return ProviderSupport::read<Money>(r, &DartParser::tokenValue);
        });
}

QFuture<Result<Money>> DartProvider::usdcBalance(const QString &userName)
{
    return m_http
        ->send(HttpRequest::get(QStringLiteral("/customer/usdc-balance"), userQuery(userName)))
        .then(this, [](const HttpResponse &r) {
            return ProviderSupport::read<Money>(r, &DartParser::usdcBalance);
        });
}

QFuture<Result<QList<Recipient>>> DartProvider::fetchRecipients()
{
    QList<Recipient> list;
    for (const QString &user : std::as_const(m_customers))
        list.append({user, user, QString()});
    return ready(Result<QList<Recipient>>::success(list));
}

QFuture<Result<QString>> DartProvider::payoutAnchor(const PayoutRequest &request)
{
    return usdcBalance(request.value(PayoutField::DartCustomer))
        .then(this, [](const Result<Money> &r) {
            return r.ok() ? Result<QString>::success(r.value().toString())
                          : Result<QString>::failure(r.error());
        });
}

QFuture<Result<PayoutReceipt>> DartProvider::sendPayout(const PayoutRequest &request)
{
    const auto amount = request.amount.withScale(2);
    if (request.method != PayoutMethod::DartTransfer || !amount) {
        return ProviderSupport::refused<PayoutReceipt>(
            ProviderError::Kind::Unsupported,
            tr("DART transfers USDC in dollars and cents to a customer's main wallet."));
    }
    // The document's JSON body: userId is the customer's user name, the amount as text
    // (exact, never through a double).
    const QJsonObject body{{QStringLiteral("userId"), request.value(PayoutField::DartCustomer)},
                           {QStringLiteral("amount"), amount->toString()}};
    return m_http
        ->send(
            HttpRequest::postJson(QStringLiteral("/customer/transfer-amount"), QJsonDocument(body)))
        .then(this, [](const HttpResponse &r) {
            return ProviderSupport::read<PayoutReceipt>(r, [](const QJsonValue &v, QString *) {
                // DART answers a bare message and no id.
                PayoutReceipt receipt;
                receipt.rawStatus = v.isString()
                                        ? v.toString()
                                        : v.toObject().value(QStringLiteral("message")).toString();
                return std::optional<PayoutReceipt>(receipt);
            });
        });
}

QFuture<Result<PayoutMatch>> DartProvider::reconcilePayout(const PayoutRequest &request,
                                                           const QDateTime &, const QSet<QString> &)
{
    const auto before = Money::parse(request.anchor);
    const Money amount = request.amount;
    return usdcBalance(request.value(PayoutField::DartCustomer))
        .then(this, [before, amount](const Result<Money> &now) {
            if (!now.ok())
                return Result<PayoutMatch>::failure(now.error());
            PayoutMatch m;
            const auto expected = before ? before->checkedAdd(amount) : std::nullopt;
            if (expected && now.value() == *expected) {
                m.kind = PayoutMatch::Kind::Found;
                m.candidates = 1;
                m.evidence = tr("The customer's USDC balance rose by the amount (%1 to %2).")
                                 .arg(before->toString(), now.value().toString());
            } else if (before && now.value() == *before) {
                m.kind = PayoutMatch::Kind::NotFound;
            } else {
                // The balance moved by something else too: a person has to look.
                m.kind = PayoutMatch::Kind::Ambiguous;
            }
            return Result<PayoutMatch>::success(m);
        });
}

QFuture<Result<Done>> DartProvider::restrictTradeScripts(const QString &customer, int hours)
{
    QUrlQuery form;
    HttpRequest::addFormField(form, QStringLiteral("dart_user_name"), customer);
    HttpRequest::addFormField(form, QStringLiteral("external_tsp_status"), QStringLiteral("false"));
    HttpRequest::addFormField(form, QStringLiteral("tsp_duration"), QString::number(hours));
    return m_http->send(HttpRequest::postForm(QStringLiteral("/customer/update-tsp-status"), form))
        .then(this, [](const HttpResponse &r) { return ProviderSupport::answered(r); });
}

QFuture<Result<RecipientProfile>> DartProvider::fetchRecipient(const QString &id)
{
    return customer(id).then(this, [](const Result<DartParser::Customer> &r) {
        if (!r.ok())
            return Result<RecipientProfile>::failure(r.error());
        RecipientProfile p;
        p.id = r.value().userName;
        p.firstName = r.value().firstName;
        p.lastName = r.value().lastName;
        p.email = r.value().email;
        return Result<RecipientProfile>::success(p);
    });
}

QFuture<Result<RecipientProfile>> DartProvider::saveRecipient(const RecipientProfile &profile,
                                                              const QString &password)
{
    const bool create = !m_customers.contains(profile.id);
    QUrlQuery form;
    HttpRequest::addFormField(
        form, create ? QStringLiteral("user_name") : QStringLiteral("dart_user_name"), profile.id);
    HttpRequest::addFormField(form, QStringLiteral("first_name"), profile.firstName);
    HttpRequest::addFormField(form, QStringLiteral("last_name"), profile.lastName);
    HttpRequest::addFormField(form, QStringLiteral("email"), profile.email);
    if (!password.isEmpty())
        HttpRequest::addFormField(form, QStringLiteral("password"), password);
    const QString path =
        create ? QStringLiteral("/customer/create") : QStringLiteral("/customer/update");
    return m_http->send(HttpRequest::postForm(path, form))
        .then(this, [this, profile, create](const HttpResponse &r) {
            const auto done = ProviderSupport::read<QString>(r, &DartParser::confirmation);
            if (!done.ok())
                return Result<RecipientProfile>::failure(done.error());
            if (create)
                m_customers.append(profile.id);
            return Result<RecipientProfile>::success(profile);
        });
}

QFuture<Result<QList<TradeScriptInfo>>> DartProvider::fetchTradeScripts(const QString &id)
{
    return tradeScripts(id).then(this, [](const Result<QList<DartParser::TradeScript>> &r) {
        if (!r.ok())
            return Result<QList<TradeScriptInfo>>::failure(r.error());
        QList<TradeScriptInfo> list;
        for (const DartParser::TradeScript &t : r.value())
            list.append(
                {t.name, t.initialAmount, t.currentAmount, t.totalDeposit, t.status, t.activated});
        return Result<QList<TradeScriptInfo>>::success(list);
    });
}

QFuture<Result<Money>> DartProvider::fetchTokenValue(const QString &id, const QString &token)
{
    return tokenValue(id, token);
}

QString DartProvider::requestFieldName(PayoutField field) const
{
    return field == PayoutField::DartCustomer ? QStringLiteral("userId") : QString();
}
