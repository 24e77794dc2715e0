#include "CryptoProvider.h"

#include "CryptoParser.h"
#include "HttpClient.h"
#include "JsonFields.h"
#include "LinkPager.h"
#include "ProviderSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

CryptoProvider::CryptoProvider(const QString &connectionName, QNetworkAccessManager *network,
                               const QUrl &baseUrl, const QString &clientId,
                               const QString &clientSecret, QObject *parent)
    : Provider(connectionName,
               new HttpClient(network, baseUrl,
                              std::make_shared<OAuth2ClientCredentials>(
                                  QStringLiteral("/o/token/"), clientId, clientSecret,
                                  QStringLiteral("read write"))),
               parent)
{
    m_http->setRateLimit(10, 5);
}

ConnectionKind CryptoProvider::connectionKind()
{
    // Base URLs as its document gives them (provider-docs/README.md).
    return {QStringLiteral("crypto"),
            tr("Crypto gateway"),
            {tr("Client ID"), tr("Client secret")},
            {},
            QUrl(),
            QUrl()};
}

QFuture<Result<Done>> CryptoProvider::checkStatus()
{
    // /status/ is public; /user/me/ proves the credentials too.
    return m_http->send(HttpRequest::get(QStringLiteral("/user/me/")))
        .then(this, [](const HttpResponse &r) { return ProviderSupport::answered(r); });
}

QFuture<Result<QList<Balance>>> CryptoProvider::fetchBalances()
{
    const QString connection = connectionName();
    return m_http->send(HttpRequest::get(QStringLiteral("/user/balances/")))
        .then(this, [connection](const HttpResponse &r) {
            ProviderError e;
            const auto json = ProviderSupport::json(r, &e);
            if (!json)
                return Result<QList<Balance>>::failure(e);
            QString why;
            const auto list = CryptoParser::balances(*json, connection, &why);
            return list ? Result<QList<Balance>>::success(*list)
                        : Result<QList<Balance>>::failure(r.parseError(why));
        });
}

QFuture<Result<QList<QJsonObject>>> CryptoProvider::list(const QString &path,
                                                         const QUrlQuery &query, const QString &key)
{
    QUrlQuery q = query;
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    auto *pager = new LinkPager(
        m_http, HttpRequest::get(path, q), key,
        [](const QJsonValue &body, const HttpRequest &, LinkPager::Page *page, QString *why) {
            if (!CryptoParser::page(body, &page->items, why))
                return false;
            page->next = LinkPager::nextLink(body.toObject());
            return true;
        },
        this);
    // No order is documented for these lists: every page is read, and the callers apply
    // their range to what came back (withdrawals also take the documented start_date).
    return pager->run();
}

QFuture<Result<QList<Balance>>> CryptoProvider::fetchBalanceHistory(const QDateTime &from)
{
    const QString connection = connectionName();
    // Newest first: paging stops once past `from`.
    return list(QStringLiteral("/user/balances/history/"), {}, QStringLiteral("id"))
        .then(this, [connection, from](const Result<QList<QJsonObject>> &items) {
            auto out =
                ProviderSupport::parseAll<Balance>(items, connection, &CryptoParser::historyEntry);
            if (out.ok())
                out.value().removeIf([&from](const Balance &b) { return b.asOf < from; });
            return out;
        });
}

QFuture<Result<QList<Transaction>>> CryptoProvider::fetchTransactions(const QDateTime &from,
                                                                      const QDateTime &to)
{
    QUrlQuery range;
    if (from.isValid())
        range.addQueryItem(QStringLiteral("start_date"), from.toUTC().toString(Qt::ISODate));
    if (to.isValid())
        range.addQueryItem(QStringLiteral("end_date"), to.toUTC().toString(Qt::ISODate));
    QList<QFuture<Result<QList<QJsonObject>>>> parts = {
        list(QStringLiteral("/withdrawal/"), range, QStringLiteral("id")),
        // Payments have no date filter: newest first, paging stops past the range.
        list(QStringLiteral("/payments/"), {}, QStringLiteral("transaction_id"))};
    const QString connection = connectionName();
    return QtFuture::whenAll(parts.begin(), parts.end())
        .then(this, [connection, from, to](const QList<QFuture<Result<QList<QJsonObject>>>> &done) {
            auto out = ProviderSupport::parseAll<Transaction>(done[0].result(), connection,
                                                              &CryptoParser::withdrawal);
            if (!out.ok())
                return out;
            const auto payments = ProviderSupport::parseAll<Transaction>(
                done[1].result(), connection, &CryptoParser::payment);
            if (!payments.ok())
                return payments;
            out.addGaps(payments.gaps());
            for (const Transaction &t : payments.value()) {
                if ((!from.isValid() || t.date >= from) && (!to.isValid() || t.date <= to))
                    out.value().append(t);
            }
            return out;
        });
}

QFuture<Result<UsdRates>> CryptoProvider::fetchUsdRates(const QStringList &currencies)
{
    using Priced = std::pair<QString, Result<ExchangeRate>>;
    QList<QFuture<Priced>> parts;
    for (const QString &c : currencies) {
        // The document's direction: from USD (its default) to the currency.
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("currency_from"), QStringLiteral("USD"));
        q.addQueryItem(QStringLiteral("currency_to"), c);
        q.addQueryItem(QStringLiteral("amount"), QStringLiteral("1"));
        q.addQueryItem(QStringLiteral("full"), QStringLiteral("true"));
        parts.append(m_http->send(HttpRequest::get(QStringLiteral("/rates/"), q))
                         .then(this, [c](const HttpResponse &r) {
                             ProviderError e;
                             const auto json = ProviderSupport::json(r, &e);
                             if (!json)
                                 return Priced(c, Result<ExchangeRate>::failure(e));
                             QString why;
                             std::optional<ExchangeRate> x = CryptoParser::rate(*json, c, &why);
                             if (!x)
                                 return Priced(c, Result<ExchangeRate>::failure(r.parseError(why)));
                             if (!x->at.isValid())
                                 x->at = QDateTime::currentDateTimeUtc();
                             return Priced(c, Result<ExchangeRate>::success(*x));
                         }));
    }
    return QtFuture::whenAll(parts.begin(), parts.end())
        .then(this, [](const QList<QFuture<Priced>> &done) {
            UsdRates out;
            for (const auto &f : done) {
                // A missing rate stays missing (never zero), with its reason; the others
                // still count.
                const Priced &p = f.result();
                if (p.second.ok())
                    out.rates.append(p.second.value());
                else
                    out.unavailable.insert(p.first, p.second.error().summary());
            }
            return Result<UsdRates>::success(out);
        });
}

QFuture<Result<QJsonObject>> CryptoProvider::postRead(const QString &path, const QByteArray &json)
{
    HttpRequest r = HttpRequest::postJson(path, QJsonDocument());
    r.json = json;
    r.idempotent = true; // a read: validating, estimating
    r.read = true;
    return m_http->send(r).then(this, [](const HttpResponse &response) {
        ProviderError e;
        const auto value = ProviderSupport::json(response, &e);
        return value ? Result<QJsonObject>::success(value->toObject())
                     : Result<QJsonObject>::failure(e);
    });
}

QFuture<Result<PayoutQuote>> CryptoProvider::quotePayout(const PayoutRequest &request)
{
    const QString address = request.value(PayoutField::Address);
    const QJsonObject currency{{QStringLiteral("currency"), request.currency}};
    QJsonObject withAddress = currency;
    withAddress.insert(QStringLiteral("address"), address);
    QJsonObject estimate = currency;
    estimate.insert(QStringLiteral("final_amount"), false);
    QList<QFuture<Result<QJsonObject>>> calls = {
        postRead(QStringLiteral("/withdrawal/validate-address/"),
                 QJsonDocument(withAddress).toJson(QJsonDocument::Compact)),
        postRead(QStringLiteral("/withdrawal/min-amount/"),
                 QJsonDocument(currency).toJson(QJsonDocument::Compact)),
        postRead(
            QStringLiteral("/withdrawal/estimate/"),
            ProviderSupport::jsonWithAmount(estimate, QStringLiteral("amount"), request.amount)),
        postRead(
            QStringLiteral("/withdrawal/fee-estimate/"),
            ProviderSupport::jsonWithAmount(withAddress, QStringLiteral("amount"), request.amount)),
    };
    const Money amount = request.amount;
    return QtFuture::whenAll(calls.begin(), calls.end())
        .then(this, [amount](const QList<QFuture<Result<QJsonObject>>> &done) {
            for (const auto &f : done) {
                if (!f.result().ok())
                    return Result<PayoutQuote>::failure(f.result().error());
            }
            QString why;
            auto quote = CryptoParser::quote(done[0].result().value(), done[1].result().value(),
                                             done[2].result().value(), done[3].result().value(),
                                             amount, &why);
            return ProviderSupport::parsed(std::move(quote), why);
        });
}

QFuture<Result<QList<Recipient>>> CryptoProvider::fetchRecipients()
{
    return m_http->send(HttpRequest::get(QStringLiteral("/wallets/")))
        .then(this, [](const HttpResponse &response) {
            return ProviderSupport::fromJson<QList<Recipient>>(response, [](const QJsonValue &v) {
                QList<Recipient> list;
                for (const QJsonValue &a :
                     v.toObject().value(QStringLiteral("accounts")).toArray()) {
                    QString why;
                    const auto wallet = CryptoParser::walletSummary(a.toObject(), &why);
                    if (!wallet)
                        return Result<QList<Recipient>>::failure(ProviderSupport::parseError(why));
                    list.append(*wallet);
                }
                return Result<QList<Recipient>>::success(list);
            });
        });
}

QFuture<Result<Recipient>> CryptoProvider::createSubAccount(const QString &name,
                                                            const QString &externalId)
{
    QJsonObject body{{QStringLiteral("name"), name}};
    if (!externalId.isEmpty())
        body.insert(QStringLiteral("external_id"), externalId);
    // Not retried: a lost answer may hide a wallet that exists; the wallet list will say.
    return m_http->send(HttpRequest::postJson(QStringLiteral("/wallets/"), QJsonDocument(body)))
        .then(this, [](const HttpResponse &response) {
            return ProviderSupport::parseOne<Recipient>(
                response, QString(), [](const QJsonObject &o, const QString &, QString *why) {
                    return CryptoParser::walletSummary(o, why);
                });
        });
}

QFuture<Result<QList<Balance>>> CryptoProvider::fetchSubAccount(const QString &id)
{
    const QString path = QStringLiteral("/wallets/%1/").arg(ProviderSupport::encoded(id));
    const QString connection = connectionName();
    return m_http->send(HttpRequest::get(path)).then(this, [connection](const HttpResponse &r) {
        return ProviderSupport::parseOne<QList<Balance>>(r, connection, &CryptoParser::wallet);
    });
}

QFuture<Result<Transaction>> CryptoProvider::fetchTransaction(const QString &id)
{
    const QString path = QStringLiteral("/withdrawal/%1/").arg(ProviderSupport::encoded(id));
    const QString connection = connectionName();
    return m_http->send(HttpRequest::get(path)).then(this, [connection](const HttpResponse &r) {
        return ProviderSupport::parseOne<Transaction>(r, connection, &CryptoParser::withdrawal);
    });
}

QFuture<Result<PayoutState>> CryptoProvider::fetchPayoutState(const QString &reference)
{
    const QJsonObject body{{QStringLiteral("withdrawal_id"), reference}};
    return postRead(QStringLiteral("/withdrawal/status/"),
                    QJsonDocument(body).toJson(QJsonDocument::Compact))
        .then(this, [](const Result<QJsonObject> &r) {
            if (!r.ok())
                return Result<PayoutState>::failure(r.error());
            QString why;
            auto state = CryptoParser::withdrawalState(r.value(), &why);
            return ProviderSupport::parsed(std::move(state), why);
        });
}

QFuture<Result<QList<PayoutCurrency>>> CryptoProvider::fetchPayoutCurrencies()
{
    QUrlQuery q;
    for (const char *flag : {"full", "min_max", "withdrawal"})
        q.addQueryItem(QLatin1String(flag), QStringLiteral("true"));
    return m_http->send(HttpRequest::get(QStringLiteral("/currencies/"), q))
        .then(this, [](const HttpResponse &response) {
            return ProviderSupport::fromJson<QList<PayoutCurrency>>(
                response, [](const QJsonValue &v) {
                    QString why;
                    auto list = CryptoParser::currencies(v, &why);
                    return ProviderSupport::parsed(std::move(list), why);
                });
        });
}

QFuture<Result<PayoutReceipt>> CryptoProvider::sendPayout(const PayoutRequest &request)
{
    if (request.method == PayoutMethod::CryptoToSub ||
        request.method == PayoutMethod::CryptoToMaster)
        return sendTransfer(request);
    if (request.method != PayoutMethod::CryptoWithdrawal || request.idempotencyKey.isEmpty()) {
        return ProviderSupport::refused<PayoutReceipt>(
            ProviderError::Kind::Unsupported, tr("The crypto gateway sends withdrawals only."));
    }
    // custom_id carries the journal's key, so a lost answer can be looked up by it. The
    // gateway takes no idempotency key: this request is never retried.
    const QJsonObject body{{QStringLiteral("currency"), request.currency},
                           {QStringLiteral("address"), request.value(PayoutField::Address)},
                           {QStringLiteral("custom_id"), request.idempotencyKey}};
    HttpRequest r = HttpRequest::postJson(QStringLiteral("/withdrawal/"), QJsonDocument());
    r.json = ProviderSupport::jsonWithAmount(body, QStringLiteral("amount"), request.amount);
    return m_http->send(r).then(this, [](const HttpResponse &response) {
        return ProviderSupport::fromJson<PayoutReceipt>(response, [](const QJsonValue &v) {
            QString why;
            return ProviderSupport::parsed(CryptoParser::withdrawalReceipt(v.toObject(), &why),
                                           why);
        });
    });
}

QFuture<Result<PayoutReceipt>> CryptoProvider::sendTransfer(const PayoutRequest &request)
{
    const bool toSub = request.method == PayoutMethod::CryptoToSub;
    // Amounts go as the documented 8-place text.
    const auto amount = request.amount.withScale(8);
    if (!amount) {
        return ProviderSupport::refused<PayoutReceipt>(
            ProviderError::Kind::Client, tr("The gateway moves amounts with at most 8 decimals."));
    }
    const QJsonObject body{{QStringLiteral("wallet_id"), request.value(PayoutField::Wallet)},
                           {QStringLiteral("currency"), request.currency},
                           {QStringLiteral("amount"), amount->toString()}};
    return m_http
        ->send(HttpRequest::postJson(toSub ? QStringLiteral("/wallets/transfer-to-user/")
                                           : QStringLiteral("/wallets/withdraw-to-master/"),
                                     QJsonDocument(body)))
        .then(this, [](const HttpResponse &response) {
            return ProviderSupport::fromJson<PayoutReceipt>(response, [](const QJsonValue &v) {
                QString why;
                JsonFields f(v.toObject(), QStringLiteral("transfer"), &why);
                PayoutReceipt r;
                r.reference = f.id(QStringLiteral("transfer_id"));
                r.rawStatus = f.optionalText(QStringLiteral("status"));
                return f.ok() ? Result<PayoutReceipt>::success(r)
                              : Result<PayoutReceipt>::failure(ProviderSupport::parseError(why));
            });
        });
}

namespace {
/// A withdrawal record fits the request when what it says of amount, currency and address
/// agrees; the amount may be the requested one or, after the fee, the sent one.
bool sameWithdrawal(const QJsonObject &o, const PayoutRequest &request)
{
    const QString currency = o.value(QStringLiteral("currency")).toString();
    const QString address = o.value(QStringLiteral("address")).toString();
    if ((!currency.isEmpty() && currency != request.currency) ||
        (!address.isEmpty() && address != request.value(PayoutField::Address)))
        return false;
    bool anyAmount = false;
    for (const char *field : {"requested_amount", "amount"}) {
        const QJsonValue v = o.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull())
            continue;
        anyAmount = true;
        if (Money::fromJson(v) == std::optional<Money>(request.amount))
            return true;
    }
    return !anyAmount;
}
} // namespace

// Paged with limit and offset as the document's request shows; every page is read (the
// document states no order), up to a bound past which the history is incomplete.
struct CryptoProvider::TransferPaging
{
    static constexpr int Limit = 100;
    static constexpr int MaxPages = 50;
    QJsonObject filter;
    QPromise<Result<QList<QJsonObject>>> promise;
    QList<QJsonObject> items;
    int offset = 0;
    int pages = 0;

    void finish(Result<QList<QJsonObject>> result)
    {
        promise.addResult(std::move(result));
        promise.finish();
    }
};

QFuture<Result<QList<QJsonObject>>> CryptoProvider::transferHistory(const QJsonObject &filter)
{
    auto paging = std::make_shared<TransferPaging>();
    paging->filter = filter;
    paging->promise.start();
    requestTransferPage(paging);
    return paging->promise.future();
}

void CryptoProvider::requestTransferPage(const std::shared_ptr<TransferPaging> &paging)
{
    QJsonObject body = paging->filter;
    body.insert(QStringLiteral("limit"), TransferPaging::Limit);
    body.insert(QStringLiteral("offset"), paging->offset);
    // The page in flight holds the paging; if this provider goes first, the promise ends
    // with it (cancelled), never left waiting.
    postRead(QStringLiteral("/wallets/transfer-history/"),
             QJsonDocument(body).toJson(QJsonDocument::Compact))
        .then(this, [this, paging](const Result<QJsonObject> &r) {
            if (!r.ok())
                return paging->finish(Result<QList<QJsonObject>>::failure(r.error()));
            const QJsonArray results = r.value().value(QStringLiteral("results")).toArray();
            for (const QJsonValue &v : results)
                paging->items.append(v.toObject());
            ++paging->pages;
            const QJsonValue more = r.value().value(QStringLiteral("next"));
            if (results.size() < TransferPaging::Limit || more.isNull())
                return paging->finish(Result<QList<QJsonObject>>::success(paging->items));
            if (paging->pages >= TransferPaging::MaxPages)
                return paging->finish(Result<QList<QJsonObject>>::partial(
                    paging->items, {QStringLiteral("the transfer history did not end after %1 "
                                                   "pages")
                                        .arg(TransferPaging::MaxPages)}));
            paging->offset += TransferPaging::Limit;
            requestTransferPage(paging);
        });
}

QFuture<Result<PayoutMatch>> CryptoProvider::reconcileTransfer(const PayoutRequest &request,
                                                               const QDateTime &sentAt,
                                                               const QSet<QString> &known)
{
    const QJsonObject filter{
        {QStringLiteral("wallet_id"), request.value(PayoutField::Wallet)},
        {QStringLiteral("transfer_type"), request.method == PayoutMethod::CryptoToSub
                                              ? QStringLiteral("to_sub")
                                              : QStringLiteral("to_master")},
        {QStringLiteral("currency"), request.currency}};
    const Money amount = request.amount;
    const QString currency = request.currency;
    return transferHistory(filter).then(this, [amount, currency, sentAt,
                                               known](const Result<QList<QJsonObject>> &r) {
        if (!r.ok())
            return Result<PayoutMatch>::failure(r.error());
        if (!r.complete())
            return Result<PayoutMatch>::failure(ProviderSupport::incompleteSearch(r.gaps()));
        QList<Transaction> moves;
        for (const QJsonObject &o : r.value()) {
            Transaction t;
            t.id = o.value(QStringLiteral("transfer_id")).toString();
            const std::optional<Money> moved = Money::fromJson(o.value(QStringLiteral("amount")));
            // A move whose amount cannot be read could be this payout: the search
            // proves nothing then.
            if (!moved)
                return Result<PayoutMatch>::failure(ProviderSupport::incompleteSearch(
                    {QStringLiteral("transfer %1 has no readable amount").arg(t.id.left(64))}));
            t.amount = *moved;
            t.currency = o.value(QStringLiteral("currency")).toString();
            t.date = JsonFields::parseTime(o.value(QStringLiteral("created")).toString());
            t.direction = Transaction::Direction::Out;
            moves.append(t);
        }
        PayoutMatch m = PayoutMatcher::match(amount, currency, sentAt, moves, known);
        m.recordsRead = int(moves.size());
        return Result<PayoutMatch>::success(m);
    });
}

QFuture<Result<PayoutMatch>> CryptoProvider::reconcilePayout(const PayoutRequest &request,
                                                             const QDateTime &sentAt,
                                                             const QSet<QString> &known)
{
    if (request.method == PayoutMethod::CryptoToSub ||
        request.method == PayoutMethod::CryptoToMaster)
        return reconcileTransfer(request, sentAt, known);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("custom_id"), request.idempotencyKey);
    HttpRequest r = HttpRequest::get(QStringLiteral("/withdrawal/"), q);
    return m_http->send(r).then(this, [request](const HttpResponse &response) {
        return ProviderSupport::fromJson<PayoutMatch>(response, [&request](const QJsonValue &v) {
            const QJsonArray results = v.toObject().value(QStringLiteral("results")).toArray();
            PayoutMatch m;
            m.recordsRead = int(results.size());
            // Our key alone is not enough: what it names must be this payout. A record
            // under our key that differs is for a person to look at, not a match.
            int differing = 0;
            for (const QJsonValue &item : results) {
                const QJsonObject o = item.toObject();
                if (!sameWithdrawal(o, request)) {
                    ++differing;
                    continue;
                }
                ++m.candidates;
                m.reference = o.value(QStringLiteral("id")).toString();
            }
            if (m.candidates == 1 && differing == 0)
                m.kind = PayoutMatch::Kind::Found;
            else if (m.candidates + differing > 0)
                m.kind = PayoutMatch::Kind::Ambiguous;
            if (m.kind != PayoutMatch::Kind::Found)
                m.reference.clear();
            m.candidates += differing;
            return Result<PayoutMatch>::success(m);
        });
    });
}

QString CryptoProvider::requestFieldName(PayoutField field) const
{
    switch (field) {
    case PayoutField::Address:
        return QStringLiteral("address");
    case PayoutField::Wallet:
        return QStringLiteral("wallet_id");
    default:
        return QString();
    }
}
