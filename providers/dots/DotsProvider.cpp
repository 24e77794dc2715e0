#include "DotsProvider.h"

#include "DotsParser.h"
#include "HttpClient.h"
#include "LinkPager.h"
#include "ProviderSupport.h"

#include <QHash>

DotsProvider::DotsProvider(const QString &connectionName, QNetworkAccessManager *network,
                           const QUrl &baseUrl, const QString &clientId, const QString &apiKey,
                           const QString &appId, QObject *parent)
    : Provider(connectionName, parent),
      m_http(new HttpClient(network, baseUrl, std::make_shared<BasicAuth>(clientId, apiKey), this)),
      m_appId(appId.toUtf8())
{
    m_http->setRateLimit(10, 5);
}

Provider::Capabilities DotsProvider::capabilities() const
{
    return Capability::Status | Capability::Transactions | Capability::Payouts |
           Capability::Customers;
}

HttpRequest DotsProvider::get(const QString &path, const QUrlQuery &query) const
{
    HttpRequest r = HttpRequest::get(path, query);
    if (!m_appId.isEmpty())
        r.setHeader("Api-App-Id", m_appId);
    return r;
}

QFuture<Result<Done>> DotsProvider::checkStatus()
{
    return m_http->send(get(QStringLiteral("/users"), QUrlQuery(QStringLiteral("limit=1"))))
        .then(this, [](const HttpResponse &r) {
            ProviderError e;
            return ProviderSupport::json(r, &e) ? Result<Done>::success({})
                                                : Result<Done>::failure(e);
        });
}

QFuture<Result<QList<QJsonObject>>> DotsProvider::list(const QString &path, const QDateTime &from)
{
    auto *pager = new LinkPager(
        m_http, get(path, QUrlQuery(QStringLiteral("limit=100"))), QStringLiteral("id"),
        [](const QJsonValue &body, const HttpRequest &sent, LinkPager::Page *page, QString *why) {
            if (!DotsParser::page(body, &page->items, why))
                return false;
            page->next = LinkPager::nextCursor(body.toObject(), sent, page->items);
            return true;
        },
        this);
    pager->stopBefore(from, QStringLiteral("created"));
    return pager->run();
}

QFuture<Result<QList<QJsonObject>>> DotsProvider::fetchUsers()
{
    return list(QStringLiteral("/users"), QDateTime());
}

QFuture<Result<QList<Transaction>>> DotsProvider::fetchTransactions(const QDateTime &from,
                                                                    const QDateTime &to)
{
    const QString connection = connectionName();
    QList<QFuture<Result<QList<QJsonObject>>>> parts = {fetchUsers(),
                                                        list(QStringLiteral("/payouts"), from),
                                                        list(QStringLiteral("/transfers"), from)};
    return QtFuture::whenAll(parts.begin(), parts.end())
        .then(this, [connection, from, to](const QList<QFuture<Result<QList<QJsonObject>>>> &done) {
            for (const auto &f : done) {
                if (!f.result().ok())
                    return Result<QList<Transaction>>::failure(f.result().error());
            }
            QHash<QString, QString> names;
            const Result<QList<QJsonObject>> users = done[0].result();
            for (const QJsonObject &u : users.value())
                names.insert(u.value(QStringLiteral("id")).toString(), DotsParser::userName(u));
            auto payouts = ProviderSupport::parseAll<Transaction>(done[1].result(), connection,
                                                                  &DotsParser::payout);
            auto transfers = ProviderSupport::parseAll<Transaction>(done[2].result(), connection,
                                                                    &DotsParser::transfer);
            if (!payouts.ok())
                return payouts;
            if (!transfers.ok())
                return transfers;
            QList<Transaction> all = payouts.takeValue();
            all += transfers.takeValue();
            QList<Transaction> out;
            for (Transaction &t : all) {
                // Dots lists have no date filter: the range is applied here.
                if ((from.isValid() && t.date < from) || (to.isValid() && t.date > to))
                    continue;
                const QString userId = QJsonDocument::fromJson(t.raw)
                                           .object()
                                           .value(QStringLiteral("user_id"))
                                           .toString();
                const QString name = names.value(userId);
                if (!name.isEmpty())
                    t.description.replace(userId, name);
                out.append(t);
            }
            return Result<QList<Transaction>>::success(out);
        });
}
