#include "DinariProvider.h"

#include "DinariParser.h"
#include "HttpClient.h"
#include "ProviderSupport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QUrlQuery serviceAction(const QString &action, const QString &cardId = QString())
{
    QUrlQuery q;
    HttpRequest::addFormField(q, QStringLiteral("SERVICE_ACTION"), action);
    if (!cardId.isEmpty())
        HttpRequest::addFormField(q, QStringLiteral("CARD_ACCOUNT_ID"), cardId);
    return q;
}

struct SendParameter
{
    PayoutField field;
    const char *name;
};

// The gateway's parameter for each of the app's payout fields.
const SendParameter SendParameters[] = {
    {PayoutField::RecipientName, "RECIPIENT_FULL_NAME"},
    {PayoutField::Email, "RECIPIENT_EMAILADDRESS"},
    {PayoutField::ZelleAddress, "RECIPIENT_ZELLE_ADDRESS"},
    {PayoutField::BankAccount, "RECIPIENT_BANK_ACCOUNT"},
    {PayoutField::BankRouting, "RECIPIENT_BANK_ROUTING"},
    {PayoutField::Street1, "RECIPIENT_STREET_1"},
    {PayoutField::Street2, "RECIPIENT_STREET_2"},
    {PayoutField::City, "RECIPIENT_CITY"},
    {PayoutField::Region, "RECIPIENT_REGION"},
    {PayoutField::PostalCode, "RECIPIENT_POSTAL_CODE"},
    {PayoutField::Country, "RECIPIENT_COUNTRY_ISO3"},
    {PayoutField::BankName, "RECIPIENT_BANK_NAME"},
    {PayoutField::BankStreet1, "RECIPIENT_BANK_STREET_1"},
    {PayoutField::BankStreet2, "RECIPIENT_BANK_STREET_2"},
    {PayoutField::BankCity, "RECIPIENT_BANK_CITY"},
    {PayoutField::BankRegion, "RECIPIENT_BANK_REGION"},
    {PayoutField::BankCountry, "RECIPIENT_BANK_COUNTRY_ISO3"},
    {PayoutField::RecipientAccountId, "RECIPIENT_ACCOUNT_ID"},
    {PayoutField::Description, "PUBLIC_TRANSACTION_DESCRIPTION"},
    {PayoutField::AdminNote, "CORPORATE_ADMINISTRATIVE_MESSAGE"},
};

// Each method has its documented endpoint; ACH's is the gateway's root.
std::pair<QString, QString> sendEndpoint(PayoutMethod method)
{
    switch (method) {
    case PayoutMethod::DinariAch:
        return {QStringLiteral("ACH"), QStringLiteral("/")};
    case PayoutMethod::DinariSwift:
        return {QStringLiteral("SWIFT"), QStringLiteral("/swift-transfer")};
    case PayoutMethod::DinariZelle:
        return {QStringLiteral("ZELLE"), QStringLiteral("/send-money")};
    case PayoutMethod::DinariVirtualCard:
        return {QStringLiteral("CARD_VIRTUAL"), QStringLiteral("/send-transaction")};
    default:
        return {}; // another provider's method
    }
}

// The account id and API key in every request's form, under the names each section of the
// document gives them: the ACH section calls them PUBLIC_KEY and API_SECRET.
std::shared_ptr<FormFieldAuth> credentials(const QString &accountId, const QString &apiKey)
{
    auto auth = std::make_shared<FormFieldAuth>(QStringLiteral("CORPORATE_ACCOUNT_ID"), accountId,
                                                QStringLiteral("GATEWAY_API_KEY"), apiKey);
    auth->setFieldsFor(sendEndpoint(PayoutMethod::DinariAch).second, QStringLiteral("PUBLIC_KEY"),
                       QStringLiteral("API_SECRET"));
    return auth;
}

} // namespace

DinariProvider::DinariProvider(const QString &connectionName, QNetworkAccessManager *network,
                               const QUrl &baseUrl, const QString &accountId, const QString &apiKey,
                               QObject *parent)
    : Provider(connectionName, new HttpClient(network, baseUrl, credentials(accountId, apiKey)),
               parent)
{
    m_http->setRateLimit(10, 5);
}

ConnectionKind DinariProvider::connectionKind()
{
    // Base URLs as its document gives them (provider-docs/README.md).
    // Dinari states a payout's fee only once it accepted it: the contract's fees, typed
    // here, show it before the first payout of each method.
    return {QStringLiteral("dinari"),
            QStringLiteral("Dinari"),
            {tr("Corporate account ID"), tr("Gateway API key")},
            {{FeeRule::settingKey(PayoutMethod::DinariAch), tr("ACH fee in your contract"), false,
              true},
             {FeeRule::settingKey(PayoutMethod::DinariSwift), tr("SWIFT fee in your contract"),
              false, true},
             {FeeRule::settingKey(PayoutMethod::DinariZelle), tr("Zelle fee in your contract"),
              false, true},
             {FeeRule::settingKey(PayoutMethod::DinariVirtualCard),
              tr("Virtual card fee in your contract"), false, true}},
            QUrl(QStringLiteral("https://sandbox.dinaricash.com")),
            QUrl(QStringLiteral("https://production.dinaricash.com"))};
}

QFuture<Result<QJsonObject>> DinariProvider::post(const QString &path, const QUrlQuery &form)
{
    HttpRequest r = HttpRequest::postForm(path, form);
    return m_http->send(r).then(this, [](const HttpResponse &response) {
        ProviderError e;
        const auto data = DinariParser::data(response, &e);
        return data ? Result<QJsonObject>::success(*data) : Result<QJsonObject>::failure(e);
    });
}

QFuture<Result<Done>> DinariProvider::checkStatus()
{
    // Reading the balance is harmless; the gateway has no status call. The read is safe to
    // repeat, so it may be retried even though it is a POST.
    HttpRequest r = HttpRequest::postForm(QStringLiteral("/account/balance"), {});
    r.idempotent = true;
    r.read = true;
    return m_http->send(r).then(this, [](const HttpResponse &response) {
        ProviderError e;
        return DinariParser::data(response, &e) ? Result<Done>::success({})
                                                : Result<Done>::failure(e);
    });
}

QFuture<Result<QList<Balance>>> DinariProvider::fetchBalances()
{
    HttpRequest r = HttpRequest::postForm(QStringLiteral("/account/balance"), {});
    r.idempotent = true;
    r.read = true;
    const QString connection = connectionName();
    return m_http->send(r).then(this, [connection](const HttpResponse &response) {
        ProviderError e;
        const auto data = DinariParser::data(response, &e);
        if (!data)
            return Result<QList<Balance>>::failure(e);
        QString why;
        return ProviderSupport::parsed(DinariParser::balances(*data, connection, &why), why);
    });
}

QFuture<Result<QJsonObject>> DinariProvider::cardDetails(const QString &cardId)
{
    HttpRequest r = HttpRequest::postForm(
        QStringLiteral("/manage-cards"), serviceAction(QStringLiteral("GET_CARD_DETAILS"), cardId));
    r.idempotent = true;
    r.read = true;
    return m_http->send(r).then(this, [](const HttpResponse &response) {
        ProviderError e;
        const auto data = DinariParser::data(response, &e);
        return data ? Result<QJsonObject>::success(*data) : Result<QJsonObject>::failure(e);
    });
}

QFuture<Result<QList<Card>>> DinariProvider::fetchCards()
{
    // The list gives ids only; each card's details are fetched, a few at a time.
    HttpRequest list = HttpRequest::postForm(QStringLiteral("/manage-cards"),
                                             serviceAction(QStringLiteral("GET_CARD_LIST")));
    list.idempotent = true;
    list.read = true;
    const QString connection = connectionName();
    auto promise = std::make_shared<QPromise<Result<QList<Card>>>>();
    promise->start();
    m_http->send(list).then(this, [this, promise, connection](const HttpResponse &response) {
        ProviderError e;
        const auto data = DinariParser::data(response, &e);
        if (!data) {
            promise->addResult(Result<QList<Card>>::failure(e));
            promise->finish();
            return;
        }
        QStringList ids;
        for (const QJsonValue &v : data->value(QStringLiteral("LIST_CARDS")).toArray()) {
            if (!ids.contains(v.toString()) && !v.toString().isEmpty())
                ids.append(v.toString()); // the documented example repeats an id
        }
        if (ids.isEmpty()) {
            promise->addResult(Result<QList<Card>>::success({}));
            promise->finish();
            return;
        }
        // One card that cannot be read is named, the others are kept; an error that is not
        // the card's own (a stopped refresh, a lost connection), or none read at all, fails
        // the list.
        struct Gathered
        {
            int left = 0;
            QList<Card> cards;
            QStringList gaps;
            ProviderError first;
        };
        auto state = std::make_shared<Gathered>();
        state->left = int(ids.size());
        for (const QString &id : std::as_const(ids)) {
            cardDetails(id).then(this, [=](const Result<QJsonObject> &r) {
                QString why;
                const auto card =
                    r.ok() ? DinariParser::card(r.value(), connection, &why) : std::nullopt;
                if (card) {
                    state->cards.append(*card);
                } else {
                    const ProviderError e = r.ok() ? ProviderSupport::parseError(why) : r.error();
                    if (state->gaps.isEmpty() || !ProviderSupport::concernsOnlyTheItem(e))
                        state->first = e;
                    state->gaps.append(QStringLiteral("card %1 could not be read: %2")
                                           .arg(id.left(64), e.summary()));
                }
                if (--state->left > 0)
                    return;
                const bool failed =
                    state->cards.isEmpty() ||
                    (!state->gaps.isEmpty() && !ProviderSupport::concernsOnlyTheItem(state->first));
                promise->addResult(failed
                                       ? Result<QList<Card>>::failure(state->first)
                                       : Result<QList<Card>>::partial(state->cards, state->gaps));
                promise->finish();
            });
        }
    });
    return promise->future();
}

QFuture<Result<Card>> DinariProvider::fetchCard(const QString &cardId)
{
    const QString connection = connectionName();
    return cardDetails(cardId).then(this, [connection](const Result<QJsonObject> &r) {
        if (!r.ok())
            return Result<Card>::failure(r.error());
        QString why;
        auto card = DinariParser::card(r.value(), connection, &why);
        return ProviderSupport::parsed(std::move(card), why);
    });
}

QFuture<Result<QList<Transaction>>> DinariProvider::fetchCardTransactions(const QString &cardId)
{
    const QString connection = connectionName();
    return cardDetails(cardId).then(this, [connection](const Result<QJsonObject> &r) {
        if (!r.ok())
            return Result<QList<Transaction>>::failure(r.error());
        QString why;
        const auto card = DinariParser::card(r.value(), connection, &why);
        auto list = card ? DinariParser::cardPurchases(r.value(), *card, &why) : std::nullopt;
        return ProviderSupport::parsed(std::move(list), why);
    });
}

QFuture<Result<Done>> DinariProvider::setCardFrozen(const QString &cardId, bool frozen)
{
    return post(QStringLiteral("/manage-cards"),
                serviceAction(
                    frozen ? QStringLiteral("PAUSE_CARD") : QStringLiteral("UNPAUSE_CARD"), cardId))
        .then(this, [](const Result<QJsonObject> &r) {
            return r.ok() ? Result<Done>::success({}) : Result<Done>::failure(r.error());
        });
}

QFuture<Result<Done>> DinariProvider::cancelCard(const QString &cardId)
{
    return post(QStringLiteral("/manage-cards"),
                serviceAction(QStringLiteral("CANCEL_CARD"), cardId))
        .then(this, [](const Result<QJsonObject> &r) {
            return r.ok() ? Result<Done>::success({}) : Result<Done>::failure(r.error());
        });
}

QFuture<Result<QList<Transaction>>> DinariProvider::fetchTransactions(const QDateTime &from,
                                                                      const QDateTime &to)
{
    QUrlQuery q;
    // The gateway takes YYYY-MM-DDTHH:MM:SS without a zone; we send UTC.
    const QString format = QStringLiteral("yyyy-MM-ddTHH:mm:ss");
    if (from.isValid())
        HttpRequest::addFormField(q, QStringLiteral("DATETIME_START"),
                                  from.toUTC().toString(format));
    if (to.isValid())
        HttpRequest::addFormField(q, QStringLiteral("DATETIME_END"), to.toUTC().toString(format));
    HttpRequest::addFormField(q, QStringLiteral("LIST_ORDER"), QStringLiteral("DESCENDING"));
    // The documented list item does not say which way the money went; the documented
    // TRANSACTION_DIRECTION filter does: one list per direction.
    QList<QFuture<Result<QList<Transaction>>>> lists;
    for (const char *direction : {"OUTGOING", "INCOMING"}) {
        QUrlQuery filtered = q;
        HttpRequest::addFormField(filtered, QStringLiteral("TRANSACTION_DIRECTION"),
                                  QLatin1String(direction));
        lists.append(listTransactions(filtered));
    }
    return QtFuture::whenAll(lists.begin(), lists.end())
        .then(this, [](const QList<QFuture<Result<QList<Transaction>>>> &done) {
            for (const auto &f : done) {
                if (!f.result().ok())
                    return f.result();
            }
            return Result<QList<Transaction>>::partial(
                DinariParser::byDirection(done.at(0).result().value(), done.at(1).result().value()),
                done.at(0).result().gaps() + done.at(1).result().gaps());
        });
}

QFuture<Result<QList<Transaction>>> DinariProvider::listTransactions(const QUrlQuery &form)
{
    HttpRequest r = HttpRequest::postForm(QStringLiteral("/list-transactions"), form);
    r.idempotent = true;
    r.read = true;
    const QString connection = connectionName();
    return m_http->send(r).then(this, [connection](const HttpResponse &response) {
        ProviderError e;
        const auto data = DinariParser::data(response, &e);
        if (!data)
            return Result<QList<Transaction>>::failure(e);
        QList<QJsonObject> items;
        for (const QJsonValue &v : data->value(QStringLiteral("TRANSACTION_LIST_ARRAY")).toArray())
            items.append(v.toObject());
        return ProviderSupport::parseAll<Transaction>(Result<QList<QJsonObject>>::success(items),
                                                      connection, &DinariParser::transaction);
    });
}

QFuture<Result<PayoutState>> DinariProvider::fetchPayoutState(const QString &reference)
{
    QUrlQuery q;
    HttpRequest::addFormField(q, QStringLiteral("TRANSACTION_ID"), reference);
    return listTransactions(q).then(this, [reference](const Result<QList<Transaction>> &list) {
        if (!list.ok())
            return Result<PayoutState>::failure(list.error());
        // A gateway that ignored the filter sends more than the one asked for.
        for (const Transaction &t : list.value()) {
            if (t.id == reference)
                return Result<PayoutState>::success(
                    PayoutState{reference, t.rawStatus, QString(), t.date, {}});
        }
        if (!list.complete())
            return Result<PayoutState>::failure(ProviderSupport::incompleteSearch(list.gaps()));
        ProviderError e;
        e.kind = ProviderError::Kind::Provider;
        e.message = tr("Dinari's transaction list has no transaction %1.").arg(reference);
        return Result<PayoutState>::failure(e);
    });
}

QFuture<Result<PayoutReceipt>> DinariProvider::sendPayout(const PayoutRequest &request)
{
    const auto [method, path] = sendEndpoint(request.method);
    const auto amount = request.amount.withScale(2);
    if (method.isEmpty() || !amount || request.currency != QLatin1String("USD")) {
        return ProviderSupport::refused<PayoutReceipt>(
            ProviderError::Kind::Unsupported,
            tr("Dinari sends this payout only in US dollars and cents."));
    }
    QUrlQuery form;
    HttpRequest::addFormField(form, QStringLiteral("SEND_METHOD"), method);
    HttpRequest::addFormField(form, QStringLiteral("SEND_CURRENCY_ISO3"), request.currency);
    HttpRequest::addFormField(form, QStringLiteral("SEND_AMOUNT"), amount->toString());
    for (const SendParameter &p : SendParameters) {
        const QString value = request.value(p.field);
        if (!value.isEmpty())
            HttpRequest::addFormField(form, QLatin1String(p.name), value);
    }
    // post() never retries: the gateway takes no idempotency key, so a lost answer is
    // settled from its transaction list, not by sending again.
    return post(path, form).then(this, [](const Result<QJsonObject> &r) {
        if (!r.ok())
            return Result<PayoutReceipt>::failure(r.error());
        QString why;
        return ProviderSupport::parsed(DinariParser::receipt(r.value(), &why), why);
    });
}

QFuture<Result<PayoutReceipt>> DinariProvider::cancelPayout(const QString &reference)
{
    QUrlQuery q;
    HttpRequest::addFormField(q, QStringLiteral("TRANSACTION_ID"), reference);
    return post(QStringLiteral("/transaction/status"), q)
        .then(this, [](const Result<QJsonObject> &r) {
            if (!r.ok())
                return Result<PayoutReceipt>::failure(r.error());
            QString why;
            return ProviderSupport::parsed(DinariParser::cancellation(r.value(), &why), why);
        });
}

QFuture<Result<QList<Card>>> DinariProvider::findCards(const CardSearch &search)
{
    return fetchCards().then([search](const Result<QList<Card>> &all) {
        return all.ok() ? Result<QList<Card>>::partial(search.filter(all.value()), all.gaps())
                        : all;
    });
}

QFuture<Result<PayoutMatch>> DinariProvider::reconcilePayout(const PayoutRequest &request,
                                                             const QDateTime &sentAt,
                                                             const QSet<QString> &knownReferences)
{
    return fetchTransactions(PayoutMatcher::windowStart(sentAt), PayoutMatcher::windowEnd(sentAt))
        .then(this, [request, sentAt, knownReferences](const Result<QList<Transaction>> &list) {
            if (!list.ok())
                return Result<PayoutMatch>::failure(list.error());
            if (!list.complete())
                return Result<PayoutMatch>::failure(ProviderSupport::incompleteSearch(list.gaps()));
            PayoutMatch m = PayoutMatcher::match(request.amount, request.currency, sentAt,
                                                 list.value(), knownReferences);
            // The documented list names no recipient: say what the match rests on.
            if (m.kind == PayoutMatch::Kind::Found)
                m.evidence = tr("Found in Dinari's transaction list as %1: the only payment out "
                                "of %2 %3 within a day of the send that no other payout claims. "
                                "Dinari's list names no recipient, so that was not compared.")
                                 .arg(m.reference, request.amount.toString(), request.currency);
            return Result<PayoutMatch>::success(m);
        });
}

QString DinariProvider::requestFieldName(PayoutField field) const
{
    for (const SendParameter &p : SendParameters) {
        if (p.field == field)
            return QLatin1String(p.name);
    }
    return QString();
}
