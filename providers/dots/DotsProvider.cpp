#include "DotsProvider.h"

#include "DotsParser.h"
#include "HttpClient.h"
#include "LinkPager.h"
#include "PayoutValidator.h"
#include "ProviderSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

DotsProvider::DotsProvider(const QString &connectionName, QNetworkAccessManager *network,
                           const QUrl &baseUrl, const QString &clientId, const QString &apiKey,
                           const QString &appId, QObject *parent)
    : Provider(connectionName,
               new HttpClient(network, baseUrl, std::make_shared<BasicAuth>(clientId, apiKey)),
               parent),
      m_appId(appId.toUtf8())
{
    m_http->setRateLimit(10, 5);
}

ConnectionKind DotsProvider::connectionKind()
{
    // Base URLs as its document gives them (provider-docs/README.md).
    return {QStringLiteral("dots"),
            QStringLiteral("Dots"),
            {tr("Client ID"), tr("API key")},
            {{QStringLiteral("app_id"), tr("App ID (Api-App-Id)"), false}},
            QUrl(QStringLiteral("https://pls.senddotssandbox.com/api/v2")),
            QUrl(QStringLiteral("https://api.dots.dev/api/v2"))};
}

RecipientForm DotsProvider::recipientForm() const
{
    // Dots gives the id, wants a phone, and documents no way to change a user.
    RecipientForm f;
    f.providerGivesId = true;
    f.editable = false;
    f.phone = true;
    f.setupLink = true;
    f.idPlaceholder = tr("Given by Dots");
    f.kindName = tr("Dots user");
    return f;
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
        .then(this, [](const HttpResponse &r) { return ProviderSupport::answered(r); });
}

QFuture<Result<QList<QJsonObject>>> DotsProvider::list(const QString &path)
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
    // Dots documents no order for its lists: every page is read, and the caller applies
    // its range to what came back.
    return pager->run();
}

QFuture<Result<QList<QJsonObject>>> DotsProvider::fetchUsers()
{
    return list(QStringLiteral("/users"));
}

QFuture<Result<QList<Recipient>>> DotsProvider::fetchRecipients()
{
    return fetchUsers().then(this, [](const Result<QList<QJsonObject>> &users) {
        if (!users.ok())
            return Result<QList<Recipient>>::failure(users.error());
        QList<Recipient> list;
        for (const QJsonObject &u : users.value()) {
            const QString id = u.value(QStringLiteral("id")).toString();
            if (!id.isEmpty())
                list.append(
                    {id, DotsParser::userName(u), u.value(QStringLiteral("email")).toString()});
        }
        return Result<QList<Recipient>>::success(list);
    });
}

QFuture<Result<QList<Transaction>>> DotsProvider::fetchTransactions(const QDateTime &from,
                                                                    const QDateTime &to)
{
    const QString connection = connectionName();
    QList<QFuture<Result<QList<QJsonObject>>>> parts = {
        fetchUsers(), list(QStringLiteral("/payouts")), list(QStringLiteral("/transfers"))};
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
            const QStringList gaps = payouts.gaps() + transfers.gaps();
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
            return Result<QList<Transaction>>::partial(out, gaps);
        });
}

namespace {

const QString TransferKey = QStringLiteral("treasury_key");

Result<PayoutReceipt> receiptOf(const HttpResponse &response)
{
    ProviderError e;
    const auto json = ProviderSupport::json(response, &e);
    if (!json)
        return Result<PayoutReceipt>::failure(e);
    QString why;
    return ProviderSupport::parsed(DotsParser::receipt(json->toObject(), &why), why);
}

} // namespace

QFuture<Result<PayoutReceipt>> DotsProvider::sendPayout(const PayoutRequest &request)
{
    if (request.method == PayoutMethod::DotsTransfer)
        return sendTransfer(request);
    const auto cents = request.amount.withScale(2);
    const bool link = request.method == PayoutMethod::DotsPayoutLink;
    if ((request.method != PayoutMethod::DotsPayout && !link) || !cents ||
        request.currency != QLatin1String("USD") || request.idempotencyKey.isEmpty()) {
        return ProviderSupport::refused<PayoutReceipt>(
            ProviderError::Kind::Unsupported,
            tr("Dots pays out US dollars in cents, each payout with an idempotency key."));
    }
    QJsonObject body{{QStringLiteral("amount"), cents->minorUnits()},
                     {QStringLiteral("idempotency_key"), request.idempotencyKey}};
    if (link) {
        QJsonObject delivery{{QStringLiteral("method"), request.value(PayoutField::Delivery)}};
        if (!request.value(PayoutField::Message).isEmpty())
            delivery.insert(QStringLiteral("message"), request.value(PayoutField::Message));
        body.insert(QStringLiteral("delivery"), delivery);
        // The payee is an object: an email address, or a US phone with its country code.
        const QString payee = request.value(PayoutField::Payee);
        if (PayoutValidator::isEmail(payee))
            body.insert(QStringLiteral("payee"), QJsonObject{{QStringLiteral("email"), payee}});
        else if (!payee.isEmpty())
            body.insert(QStringLiteral("payee"),
                        QJsonObject{{QStringLiteral("country_code"), QStringLiteral("1")},
                                    {QStringLiteral("phone_number"), payee}});
        if (!request.value(PayoutField::Memo).isEmpty())
            body.insert(QStringLiteral("memo"), request.value(PayoutField::Memo));
    } else {
        body.insert(QStringLiteral("user_id"), request.value(PayoutField::DotsUser));
        body.insert(QStringLiteral("platform"), request.value(PayoutField::Platform));
        body.insert(QStringLiteral("fund"), true);
    }
    HttpRequest r = HttpRequest::postJson(
        link ? QStringLiteral("/payout-links") : QStringLiteral("/payouts"), QJsonDocument(body));
    if (!m_appId.isEmpty())
        r.setHeader("Api-App-Id", m_appId);
    // The key makes a repeat harmless: Dots answers it with the first payout.
    r.idempotent = true;
    return m_http->send(r).then(this, &receiptOf);
}

QFuture<Result<PayoutReceipt>> DotsProvider::sendTransfer(const PayoutRequest &request)
{
    const auto cents = request.amount.withScale(2);
    if (!cents || request.amount.isNegative() || request.amount.isZero() ||
        request.currency != QLatin1String("USD") || request.idempotencyKey.isEmpty()) {
        return ProviderSupport::refused<PayoutReceipt>(
            ProviderError::Kind::Unsupported,
            tr("Dots transfers US dollars in cents, each transfer with a journal key."));
    }
    // Negative: from the app's wallet to the user's.
    const QJsonObject body{
        {QStringLiteral("amount"), -cents->minorUnits()},
        {QStringLiteral("user_id"), request.value(PayoutField::DotsUser)},
        {QStringLiteral("metadata"), QJsonObject{{TransferKey, request.idempotencyKey}}}};
    HttpRequest r = HttpRequest::postJson(QStringLiteral("/transfers"), QJsonDocument(body));
    if (!m_appId.isEmpty())
        r.setHeader("Api-App-Id", m_appId);
    return m_http->send(r).then(this, &receiptOf);
}

QFuture<Result<PayoutMatch>> DotsProvider::reconcileTransfer(const PayoutRequest &request)
{
    const QString key = request.idempotencyKey;
    return list(QStringLiteral("/transfers"))
        .then(this, [key](const Result<QList<QJsonObject>> &items) {
            if (!items.ok())
                return Result<PayoutMatch>::failure(items.error());
            if (!items.complete())
                return Result<PayoutMatch>::failure(
                    ProviderSupport::incompleteSearch(items.gaps()));
            PayoutMatch m;
            for (const QJsonObject &t : items.value()) {
                const QJsonObject meta = t.value(QStringLiteral("metadata")).toObject();
                if (meta.value(TransferKey).toString() != key)
                    continue;
                ++m.candidates;
                m.reference = t.value(QStringLiteral("id")).toString();
            }
            m.kind = m.candidates == 1   ? PayoutMatch::Kind::Found
                     : m.candidates == 0 ? PayoutMatch::Kind::NotFound
                                         : PayoutMatch::Kind::Ambiguous;
            m.evidence =
                tr("Dots lists %n transfer(s) carrying the journal's key", nullptr, m.candidates);
            return Result<PayoutMatch>::success(m);
        });
}

QFuture<Result<PayoutMatch>> DotsProvider::reconcilePayout(const PayoutRequest &request,
                                                           const QDateTime &, const QSet<QString> &)
{
    if (request.method == PayoutMethod::DotsTransfer)
        return reconcileTransfer(request);
    return sendPayout(request).then(this, [](const Result<PayoutReceipt> &r) {
        if (!r.ok())
            return Result<PayoutMatch>::failure(r.error());
        PayoutMatch m;
        m.kind = PayoutMatch::Kind::Found;
        m.reference = r.value().reference;
        m.candidates = 1;
        return Result<PayoutMatch>::success(m);
    });
}

QFuture<Result<PayoutBatchStatus>> DotsProvider::sendPayoutBatch(const QString &batchKey,
                                                                 const QList<PayoutRequest> &items)
{
    QJsonArray list;
    for (const PayoutRequest &p : items) {
        const auto cents = p.amount.withScale(2);
        if (!cents || p.idempotencyKey.isEmpty()) {
            return ProviderSupport::refused<PayoutBatchStatus>(
                ProviderError::Kind::Client,
                tr("Every batch item needs an amount in cents and its own key."));
        }
        list.append(QJsonObject{{QStringLiteral("user_id"), p.value(PayoutField::DotsUser)},
                                {QStringLiteral("amount"), cents->minorUnits()},
                                {QStringLiteral("platform"), p.value(PayoutField::Platform)},
                                {QStringLiteral("idempotency_key"), p.idempotencyKey},
                                {QStringLiteral("fund"), true}});
    }
    const QJsonObject body{{QStringLiteral("idempotency_key"), batchKey},
                           {QStringLiteral("items"), list}};
    HttpRequest r = HttpRequest::postJson(QStringLiteral("/payout-batches"), QJsonDocument(body));
    if (!m_appId.isEmpty())
        r.setHeader("Api-App-Id", m_appId);
    r.idempotent = true; // the batch key and every item's key make a repeat harmless
    return m_http->send(r).then(this, [](const HttpResponse &response) {
        return ProviderSupport::fromJson<PayoutBatchStatus>(response, &DotsParser::batch);
    });
}

QFuture<Result<PayoutBatchStatus>> DotsProvider::fetchPayoutBatch(const QString &id)
{
    return m_http->send(get(QStringLiteral("/payout-batches/") + id))
        .then(this, [](const HttpResponse &response) {
            return ProviderSupport::fromJson<PayoutBatchStatus>(response, &DotsParser::batch);
        });
}

QFuture<Result<QList<PayoutBatchStatus>>> DotsProvider::fetchPayoutBatches(const QDateTime &from)
{
    return list(QStringLiteral("/payout-batches"))
        .then(this, [from](const Result<QList<QJsonObject>> &items) {
            if (!items.ok())
                return Result<QList<PayoutBatchStatus>>::failure(items.error());
            QList<PayoutBatchStatus> out;
            for (const QJsonObject &o : items.value()) {
                const Result<PayoutBatchStatus> b = DotsParser::batch(o);
                if (!b.ok())
                    return Result<QList<PayoutBatchStatus>>::failure(b.error());
                // Every page is read (no order is documented); older batches are left here.
                if (!from.isValid() || b.value().created >= from)
                    out.append(b.value());
            }
            return Result<QList<PayoutBatchStatus>>::success(out);
        });
}

QFuture<Result<RecipientProfile>> DotsProvider::fetchRecipient(const QString &id)
{
    return m_http->send(get(QStringLiteral("/users/") + id))
        .then(this, [](const HttpResponse &response) {
            return ProviderSupport::fromJson<RecipientProfile>(response, &DotsParser::profile);
        });
}

QFuture<Result<RecipientProfile>> DotsProvider::saveRecipient(const RecipientProfile &profile,
                                                              const QString &)
{
    if (!profile.id.isEmpty()) {
        return ProviderSupport::refused<RecipientProfile>(
            ProviderError::Kind::Unsupported,
            tr("Dots documents no way to change a user once created."));
    }
    const QJsonObject body{{QStringLiteral("first_name"), profile.firstName},
                           {QStringLiteral("last_name"), profile.lastName},
                           {QStringLiteral("email"), profile.email},
                           {QStringLiteral("country_code"), profile.countryCode},
                           {QStringLiteral("phone_number"), profile.phone}};
    HttpRequest r = HttpRequest::postJson(QStringLiteral("/users"), QJsonDocument(body));
    if (!m_appId.isEmpty())
        r.setHeader("Api-App-Id", m_appId);
    // Not retried: a second user would be made (the sandbox allows duplicate phones).
    return m_http->send(r).then(this, [](const HttpResponse &response) {
        return ProviderSupport::fromJson<RecipientProfile>(response, &DotsParser::profile);
    });
}

QFuture<Result<PayoutState>> DotsProvider::fetchLinkState(const QString &flowId)
{
    return m_http
        ->send(
            get(QStringLiteral("/flows/") + QString::fromLatin1(QUrl::toPercentEncoding(flowId))))
        .then(this, [](const HttpResponse &response) {
            return ProviderSupport::fromJson<PayoutState>(response, [](const QJsonValue &v) {
                QString why;
                return ProviderSupport::parsed(DotsParser::flowState(v.toObject(), &why), why);
            });
        });
}

QFuture<Result<QUrl>> DotsProvider::recipientSetupLink(const QString &id)
{
    const QJsonObject body{{QStringLiteral("user_id"), id},
                           {QStringLiteral("steps"), QJsonArray{QStringLiteral("manage-payouts")}}};
    // The document's path, with its slash.
    HttpRequest r = HttpRequest::postJson(QStringLiteral("/flows/"), QJsonDocument(body));
    if (!m_appId.isEmpty())
        r.setHeader("Api-App-Id", m_appId);
    return m_http->send(r).then(this, [](const HttpResponse &response) {
        return ProviderSupport::fromJson<QUrl>(response, [](const QJsonValue &v) {
            const QUrl link(v.toObject().value(QStringLiteral("link")).toString());
            // Only a web page is handed to the browser.
            if (!link.isValid() || link.scheme() != QLatin1String("https"))
                return Result<QUrl>::failure(ProviderSupport::parseError(
                    QStringLiteral("flow link is not an https address")));
            return Result<QUrl>::success(link);
        });
    });
}

QString DotsProvider::requestFieldName(PayoutField field) const
{
    // As sendPayout writes them; a link's delivery is an object.
    switch (field) {
    case PayoutField::DotsUser:
        return QStringLiteral("user_id");
    case PayoutField::Platform:
        return QStringLiteral("platform");
    case PayoutField::Delivery:
        return QStringLiteral("delivery.method");
    case PayoutField::Message:
        return QStringLiteral("delivery.message");
    case PayoutField::Payee:
        return QStringLiteral("payee");
    case PayoutField::Memo:
        return QStringLiteral("memo");
    default:
        return QString();
    }
}
