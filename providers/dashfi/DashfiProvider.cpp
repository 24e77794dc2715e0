#include "DashfiProvider.h"

#include "DashfiPager.h"
#include "DashfiParser.h"
#include "HttpClient.h"
#include "ProviderSupport.h"

#include <QCoreApplication>

using ProviderSupport::parseAll;

namespace {

/// The body of a successful `{"data": {"status": "ok", ...}}` answer, or the error.
Result<Done> okStatus(const HttpResponse &r)
{
    if (!r.ok())
        return Result<Done>::failure(r.error);
    ProviderError e;
    const auto json = r.json(&e);
    if (!json)
        return Result<Done>::failure(e);
    const QString status = json->toObject()
                               .value(QStringLiteral("data"))
                               .toObject()
                               .value(QStringLiteral("status"))
                               .toString();
    if (status != QLatin1String("ok"))
        return Result<Done>::failure(
            r.parseError(QStringLiteral("data.status is \"%1\", not \"ok\"").arg(status)));
    return Result<Done>::success({});
}

} // namespace

DashfiProvider::DashfiProvider(const QString &connectionName, QNetworkAccessManager *network,
                               const QUrl &baseUrl, const QString &apiKey, QObject *parent)
    : Provider(connectionName,
               new HttpClient(network, baseUrl, std::make_shared<BearerAuth>(apiKey)), parent)
{
    // Documented: 20 requests per second per customer. Stay a little under it so that
    // arrival jitter never trips the server's own count.
    m_http->setRateLimit(19, 4);
}

ConnectionKind DashfiProvider::connectionKind()
{
    // Base URLs as its document gives them (provider-docs/README.md).
    return {QStringLiteral("dashfi"),
            QStringLiteral("dash.fi"),
            {tr("API key")},
            {},
            QUrl(),
            QUrl(QStringLiteral("https://app.dash.fi/api-v1"))};
}

QFuture<Result<Done>> DashfiProvider::checkStatus()
{
    return m_http->send(HttpRequest::get(QStringLiteral("/status"))).then(this, &okStatus);
}

QFuture<Result<QList<Balance>>> DashfiProvider::fetchBalances()
{
    const QString connection = connectionName();
    return m_http->send(HttpRequest::get(QStringLiteral("/balance")))
        .then(this, [connection](const HttpResponse &r) {
            if (!r.ok()) {
                ProviderError e = r.error;
                if (r.status == 403 ||
                    e.providerMessage.contains(QStringLiteral("postpaid"), Qt::CaseInsensitive)) {
                    e.kind = ProviderError::Kind::Unsupported;
                    e.message = tr("Balance is not available for postpaid dash.fi accounts.");
                }
                return Result<QList<Balance>>::failure(e);
            }
            ProviderError e;
            const auto json = r.json(&e);
            QString why;
            const auto amount = json ? DashfiParser::balance(*json, &why) : std::nullopt;
            if (!amount)
                return Result<QList<Balance>>::failure(json ? r.parseError(why) : e);
            Balance b;
            b.provider = QStringLiteral("dashfi");
            b.connection = connection;
            b.account = tr("Prepaid balance");
            b.kind = Balance::Kind::Account;
            b.currency = QStringLiteral("USD");
            b.available = *amount;
            b.asOf = QDateTime::currentDateTimeUtc();
            return Result<QList<Balance>>::success({b});
        });
}

QFuture<Result<QList<Card>>> DashfiProvider::fetchCards()
{
    return findCards(CardSearch());
}

QFuture<Result<QList<Card>>> DashfiProvider::findCards(const CardSearch &search)
{
    QUrlQuery query;
    if (!search.name.isEmpty())
        query.addQueryItem(QStringLiteral("name"), ProviderSupport::encoded(search.name));
    if (!search.lastFour.isEmpty())
        query.addQueryItem(QStringLiteral("last_four"), ProviderSupport::encoded(search.lastFour));
    auto *pager =
        new DashfiPager(m_http, QStringLiteral("/cards"), query, QStringLiteral("id"), this);
    const QString connection = connectionName();
    return pager->run().then(this, [connection, search](const Result<QList<QJsonObject>> &r) {
        const Result<QList<Card>> cards = parseAll<Card>(r, connection, &DashfiParser::card);
        // The server's own notion of a name match may be wider; what is shown is ours.
        return cards.ok() ? Result<QList<Card>>::partial(search.filter(cards.value()), cards.gaps())
                          : cards;
    });
}

QFuture<Result<Card>> DashfiProvider::fetchCard(const QString &cardId)
{
    const QString path = QStringLiteral("/cards/") + ProviderSupport::encoded(cardId);
    const QString connection = connectionName();
    return m_http->send(HttpRequest::get(path)).then(this, [connection](const HttpResponse &r) {
        return ProviderSupport::parseOne<Card>(r, connection, &DashfiParser::card,
                                               QStringLiteral("data"));
    });
}

QFuture<Result<Transaction>> DashfiProvider::fetchTransaction(const QString &token)
{
    const QString path = QStringLiteral("/transactions/") + ProviderSupport::encoded(token);
    const QString connection = connectionName();
    // Documented without the "data" wrapper the lists use.
    return m_http->send(HttpRequest::get(path)).then(this, [connection](const HttpResponse &r) {
        return ProviderSupport::parseOne<Transaction>(r, connection, &DashfiParser::transaction);
    });
}

QFuture<Result<Done>> DashfiProvider::setCardFrozen(const QString &cardId, bool frozen)
{
    const QString path = QStringLiteral("/cards/%1/%2")
                             .arg(ProviderSupport::encoded(cardId),
                                  frozen ? QStringLiteral("freeze") : QStringLiteral("unfreeze"));
    return m_http->send(HttpRequest::withoutBody("POST", path)).then(this, &okStatus);
}

QFuture<Result<Done>> DashfiProvider::cancelCard(const QString &cardId)
{
    // dash.fi calls it archiving: the card can never be used again.
    const QString path = QStringLiteral("/cards/") + ProviderSupport::encoded(cardId);
    return m_http->send(HttpRequest::withoutBody("DELETE", path)).then(this, &okStatus);
}

QFuture<Result<Done>> DashfiProvider::setCardLimit(const QString &cardId,
                                                   const std::optional<Money> &amount,
                                                   const QString &period)
{
    const QString path = QStringLiteral("/cards/%1/limit").arg(ProviderSupport::encoded(cardId));
    const QString type = amount ? period : QStringLiteral("NO-LIMIT");
    if (!CardLimitPeriods::dashfi().contains(type) || (amount && amount->isNegative())) {
        return ProviderSupport::refused<Done>(
            ProviderError::Kind::Client,
            tr("A spend limit is an amount of 0 or more for a period dash.fi knows."));
    }
    const Money value = amount ? *amount : Money::fromMinorUnits(0, 2);
    // The amount goes out as its exact decimal text, never through a double.
    HttpRequest request = HttpRequest::patchJson(path, QJsonDocument());
    request.json = ProviderSupport::jsonWithAmount(
        QJsonObject{{QStringLiteral("limit_type"), type}}, QStringLiteral("limit_amount"), value);
    return m_http->send(request).then(this, &okStatus);
}

QFuture<Result<Card>> DashfiProvider::createCard(const NewCard &request)
{
    QJsonObject body{{QStringLiteral("name"), request.name},
                     {QStringLiteral("category"), request.category},
                     {QStringLiteral("spending_frequency"), request.frequency}};
    if (!request.externalId.isEmpty())
        body.insert(QStringLiteral("external_id"), request.externalId);
    const QString connection = connectionName();
    return m_http->send(HttpRequest::postJson(QStringLiteral("/cards"), QJsonDocument(body)))
        .then(this, [connection](const HttpResponse &r) {
            return ProviderSupport::fromJson<Card>(r, [&](const QJsonValue &json) {
                QString why;
                const std::optional<Card> card = DashfiParser::card(
                    json.toObject().value(QStringLiteral("data")).toObject(), connection, &why);
                return card ? Result<Card>::success(*card)
                            : Result<Card>::failure(r.parseError(why));
            });
        });
}

QFuture<Result<QList<Transaction>>> DashfiProvider::fetchTransactions(const QDateTime &from,
                                                                      const QDateTime &to)
{
    QUrlQuery q;
    if (from.isValid())
        q.addQueryItem(QStringLiteral("begin"), from.toUTC().toString(Qt::ISODate));
    if (to.isValid())
        q.addQueryItem(QStringLiteral("end"), to.toUTC().toString(Qt::ISODate));
    auto *pager =
        new DashfiPager(m_http, QStringLiteral("/transactions"), q, QStringLiteral("token"), this);
    const QString connection = connectionName();
    return pager->run().then(this, [connection](const Result<QList<QJsonObject>> &r) {
        return parseAll<Transaction>(r, connection, &DashfiParser::transaction);
    });
}
