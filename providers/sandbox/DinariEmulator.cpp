#include "DinariEmulator.h"

#include "DinariContract.h"

#include "PayoutValidator.h"
#include "SandboxData.h"

#include <QJsonArray>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace {

const QString kInsufficient = QStringLiteral("Insufficient balance in account");

QJsonObject reply(const QString &status, const QString &message, const QJsonObject &data)
{
    return QJsonObject{{QStringLiteral("status"), status},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("data"), data}};
}

/// The documented error shape: details under "details" (or "data" in some sections), an
/// error_code that is a number or a word. A numeric 4xx/5xx code is also the HTTP status;
/// a word code comes with HTTP 200, as the gateway's PHP samples expect.
ServerResponse failure(const QString &message, const QJsonValue &code, const QJsonObject &details,
                       const QString &detailsKey = QStringLiteral("details"))
{
    const int http = code.isDouble() && code.toInt() >= 400 ? code.toInt() : 200;
    return ServerResponse::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                            {QStringLiteral("message"), message},
                                            {QStringLiteral("error_code"), code},
                                            {detailsKey, details}},
                                http);
}

QString timeText(const QDateTime &t, bool spaced)
{
    return spaced ? SandboxJson::spaced(t) : t.toUTC().toString(Qt::ISODate);
}

} // namespace

DinariEmulator::DinariEmulator(SandboxData &data, QString accountId, QString apiKey)
    : m_data(quint32(data.between(1, 1 << 30))), m_accountId(std::move(accountId)),
      m_apiKey(std::move(apiKey)), m_payout(*Money::parse(u"50111.10")),
      m_float(*Money::parse(u"1022.25")), m_reserve(*Money::parse(u"100000.00"))
{
    const QDateTime anchor = SandboxJson::anchor();
    static const QStringList methods = {QStringLiteral("ACH"),   QStringLiteral("ACH"),
                                        QStringLiteral("SWIFT"), QStringLiteral("ZELLE"),
                                        QStringLiteral("ZELLE"), QStringLiteral("CARD_VIRTUAL")};
    static const QStringList statuses = {
        QStringLiteral("Completed"), QStringLiteral("COMPLETED"), QStringLiteral("Completed"),
        QStringLiteral("COMPLETED"), QStringLiteral("Completed"), QStringLiteral("FAILED"),
        QStringLiteral("Canceled"),  QStringLiteral("DECLINED"),  QStringLiteral("Completed")};
    // Virtual cards first, so that card loads in the history can point at them.
    for (int i = 0; i < 8; ++i) {
        Card c;
        c.id = data.hex(32);
        c.created = anchor.addDays(-data.between(30, 500)).addSecs(data.between(0, 86399));
        c.holderName =
            data.pick(SandboxData::firstNames()) + u' ' + data.pick(SandboxData::lastNames());
        c.holderEmail = QStringLiteral("cardholder%1@example.com").arg(i + 1);
        c.lastFour = data.digits(4);
        c.status = i == 5 ? QStringLiteral("PAUSED")
                          : (i == 7 ? QStringLiteral("CANCELED") : QStringLiteral("ACTIVE"));
        c.balance = i == 7 ? Money::fromMinorUnits(0, 2) : data.spend(50, 900);
        const int purchases = data.between(3, 12);
        QDateTime when = anchor.addSecs(-data.between(600, 86400));
        for (int p = 0; p < purchases; ++p) {
            Purchase pu;
            pu.id = data.hex(32);
            pu.amount = data.spend(2, 300);
            pu.status = data.chance(90) ? QStringLiteral("Completed")
                                        : QStringLiteral("REJECTED: Insufficient funds");
            pu.description = data.pick(SandboxData::merchants());
            pu.created = when;
            when = when.addSecs(-data.between(3600, 5 * 86400));
            c.purchases.append(pu);
        }
        m_cards.append(c);
    }
    // The four newest payouts are still INITIATED: sent within the last hour, so they stay
    // so for two hours of sandbox time whatever the time of day the sandbox starts.
    QDateTime when = anchor.addSecs(-data.between(60, 900));
    for (int i = 0; i < 420; ++i) {
        Transaction t;
        t.id = data.hex(32);
        t.created = when;
        t.spacedTime = data.chance(50);
        const bool incoming = data.chance(12);
        if (incoming) {
            t.method = QStringLiteral("DEPOSIT");
            t.direction = QStringLiteral("INCOMING");
            t.currency = data.chance(20) ? QStringLiteral("EUR") : QStringLiteral("USD");
            t.amount = data.spend(1000, 40000);
            t.fee = Money::fromMinorUnits(0, 2);
            t.recipient = QStringLiteral("Corporate funding");
            t.status = QStringLiteral("Completed");
            t.description = QStringLiteral("Wire deposit");
        } else {
            t.method = data.pick(methods);
            t.amount = data.spend(20, 5000);
            t.fee = feeFor(t.method, t.amount);
            t.recipient =
                data.pick(SandboxData::firstNames()) + u' ' + data.pick(SandboxData::lastNames());
            t.status = i < 4 ? QStringLiteral("INITIATED") : data.pick(statuses);
            t.description = data.chance(15) ? data.pick(SandboxData::hostileStrings())
                                            : QStringLiteral("Invoice #%1").arg(11000 + i);
            if (t.method == QLatin1String("CARD_VIRTUAL"))
                t.cardId = m_cards.at(data.between(0, int(m_cards.size()) - 1)).id;
        }
        m_transactions.append(t);
        when = when.addSecs(i < 3 ? -data.between(60, 600) : -data.between(600, 2 * 86400));
    }
}

Money DinariEmulator::feeFor(const QString &method, const Money &amount)
{
    return DinariContract::fee(method, amount);
}

QJsonObject DinariEmulator::settings() const
{
    return DinariContract::settings();
}

Money DinariEmulator::payoutBalance() const
{
    QMutexLocker lock(&m_mutex);
    return m_payout;
}

QList<DinariEmulator::Card> DinariEmulator::cards() const
{
    QMutexLocker lock(&m_mutex);
    return m_cards;
}

QList<DinariEmulator::Transaction> DinariEmulator::transactions() const
{
    QMutexLocker lock(&m_mutex);
    return m_transactions;
}

int DinariEmulator::sentCount(const QString &method) const
{
    QMutexLocker lock(&m_mutex);
    if (!method.isEmpty())
        return m_sent.value(method);
    int n = 0;
    for (int v : m_sent)
        n += v;
    return n;
}

QString DinariEmulator::newId()
{
    return m_data.hex(32);
}

bool DinariEmulator::authorized(const QUrlQuery &form, const QString &path) const
{
    // Each section's own names: the ACH section (the gateway's root) says PUBLIC_KEY and
    // API_SECRET, every other section CORPORATE_ACCOUNT_ID and GATEWAY_API_KEY.
    const bool ach = path.isEmpty() || path == QLatin1String("/");
    const QString id = form.queryItemValue(ach ? QStringLiteral("PUBLIC_KEY")
                                               : QStringLiteral("CORPORATE_ACCOUNT_ID"));
    const QString key =
        form.queryItemValue(ach ? QStringLiteral("API_SECRET") : QStringLiteral("GATEWAY_API_KEY"));
    return id == m_accountId && key == m_apiKey;
}

void DinariEmulator::progress()
{
    // Initiated payouts complete two hours after they were sent (sandbox time).
    const QDateTime cutoff = now().addSecs(-2 * 3600);
    for (auto &t : m_transactions) {
        if (t.status == QLatin1String("INITIATED") && t.created < cutoff)
            t.status = QStringLiteral("COMPLETED");
    }
}

ServerResponse DinariEmulator::handle(const ServerRequest &r, const QString &path)
{
    QMutexLocker lock(&m_mutex);
    if (r.method != "POST")
        return ServerResponse::raw(405, "text/html",
                                   "<html><body><h1>405 Method Not Allowed</h1></body></html>");
    const QUrlQuery form = r.form();
    if (!authorized(form, path)) {
        return failure(QStringLiteral("Failed to retrieve account balance."), 401,
                       QJsonObject{{QStringLiteral("GATEWAY_DATETIME"), SandboxJson::spaced(now())},
                                   {QStringLiteral("CORPORATE_ACCOUNT_ID"),
                                    form.queryItemValue(QStringLiteral("CORPORATE_ACCOUNT_ID"))},
                                   {QStringLiteral("GATEWAY_ERROR"),
                                    QStringLiteral("Invalid Corporate Account ID or Gateway "
                                                   "API Key.")}},
                       QStringLiteral("data"));
    }
    progress();
    if (path == QLatin1String("/account/balance"))
        return balance();
    if (path.isEmpty() || path == QLatin1String("/") ||
        path == QLatin1String("/send-transaction") || path == QLatin1String("/send-money") ||
        path == QLatin1String("/swift-transfer"))
        return send(form, path);
    if (path == QLatin1String("/manage-cards"))
        return manageCards(form);
    if (path == QLatin1String("/list-transactions"))
        return listTransactions(form);
    if (path == QLatin1String("/transaction/status"))
        return cancel(form);
    return ServerResponse::raw(404, "text/html",
                               "<html><body><h1>404 Not Found</h1></body></html>");
}

ServerResponse DinariEmulator::balance() const
{
    return ServerResponse::json(
        reply(QStringLiteral("success"), QStringLiteral("Account balance retrieved successfully."),
              QJsonObject{{QStringLiteral("GATEWAY_DATETIME"), SandboxJson::spaced(now())},
                          {QStringLiteral("CORPORATE_ACCOUNT_ID"), m_accountId},
                          {QStringLiteral("ACCOUNT_SERVICE_STATUS"), QStringLiteral("LIVE")},
                          {QStringLiteral("ACCOUNT_CURRENCY_ISO3"), QStringLiteral("USD")},
                          {QStringLiteral("PAYOUT_BALANCE"), SandboxJson::number(m_payout)},
                          {QStringLiteral("FLOAT_BALANCE"), SandboxJson::number(m_float)},
                          {QStringLiteral("RESERVE_BALANCE"), SandboxJson::number(m_reserve)}}));
}

ServerResponse DinariEmulator::send(const QUrlQuery &form, const QString &path)
{
    auto field = [&](const char *name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).trimmed();
    };
    const QString method = field("SEND_METHOD");
    auto invalid = [&](const QString &what) {
        return failure(QStringLiteral("Transaction failed due to invalid input."), 400,
                       QJsonObject{{QStringLiteral("TRANSACTION_STATUS"), QStringLiteral("Failed")},
                                   {QStringLiteral("GATEWAY_MESSAGE"), what},
                                   {QStringLiteral("GATEWAY_ERROR"), what},
                                   {QStringLiteral("CORPORATE_ACCOUNT_ID"), m_accountId}});
    };
    // Each method has its own path; ACH is documented without one (and with send-transaction).
    const QHash<QString, QStringList> paths = {
        {QStringLiteral("ACH"),
         {QString(), QStringLiteral("/"), QStringLiteral("/send-transaction")}},
        {QStringLiteral("CARD_VIRTUAL"), {QStringLiteral("/send-transaction")}},
        {QStringLiteral("ZELLE"), {QStringLiteral("/send-money")}},
        {QStringLiteral("SWIFT"), {QStringLiteral("/swift-transfer")}},
    };
    if (!paths.contains(method) || !paths.value(method).contains(path))
        return invalid(
            QStringLiteral("SEND_METHOD \"%1\" is not accepted at this endpoint.").arg(method));
    if (field("SEND_CURRENCY_ISO3") != QLatin1String("USD"))
        return invalid(QStringLiteral("SEND_CURRENCY_ISO3 must be USD."));
    const auto parsed = Money::parse(field("SEND_AMOUNT"));
    const auto amount = parsed ? parsed->withScale(2) : std::nullopt;
    if (!amount || amount->isNegative() || amount->isZero())
        return invalid(QStringLiteral("SEND_AMOUNT must be a positive amount in dollars and "
                                      "cents."));
    auto required = [&](std::initializer_list<const char *> names) -> QString {
        for (const char *n : names) {
            const QString v = field(n);
            if (v.isEmpty() || v.size() > 200)
                return QStringLiteral("%1 is required (1 to 200 characters).")
                    .arg(QLatin1String(n));
        }
        return QString();
    };
    QString problem;
    QString recipient = field("RECIPIENT_FULL_NAME");
    if (method == QLatin1String("ACH")) {
        problem = required({"RECIPIENT_FULL_NAME", "RECIPIENT_BANK_ACCOUNT"});
        if (problem.isEmpty() &&
            !PayoutValidator::isAbaRoutingNumber(field("RECIPIENT_BANK_ROUTING")))
            problem = QStringLiteral("RECIPIENT_BANK_ROUTING is not a valid ABA routing number.");
    } else if (method == QLatin1String("SWIFT")) {
        problem =
            required({"RECIPIENT_FULL_NAME", "RECIPIENT_STREET_1", "RECIPIENT_CITY",
                      "RECIPIENT_REGION", "RECIPIENT_BANK_ACCOUNT", "RECIPIENT_BANK_NAME",
                      "RECIPIENT_BANK_STREET_1", "RECIPIENT_BANK_CITY", "RECIPIENT_BANK_REGION"});
        static const QRegularExpression bic(
            QStringLiteral("^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$"));
        static const QRegularExpression iso3(QStringLiteral("^[A-Z]{3}$"));
        if (problem.isEmpty() && !bic.match(field("RECIPIENT_BANK_ROUTING")).hasMatch())
            problem = QStringLiteral("RECIPIENT_BANK_ROUTING must be a BIC of 8 or 11 characters.");
        if (problem.isEmpty() && (!iso3.match(field("RECIPIENT_COUNTRY_ISO3")).hasMatch() ||
                                  !iso3.match(field("RECIPIENT_BANK_COUNTRY_ISO3")).hasMatch()))
            problem = QStringLiteral("Country codes must be ISO 3166 alpha-3.");
    } else if (method == QLatin1String("ZELLE")) {
        const QString address = field("RECIPIENT_ZELLE_ADDRESS");
        static const QRegularExpression phone(QStringLiteral("^\\d{10}$"));
        if (!PayoutValidator::isEmail(address) && !phone.match(address).hasMatch())
            problem = QStringLiteral("RECIPIENT_ZELLE_ADDRESS must be an email address or a "
                                     "10-digit US phone number.");
        recipient = address;
    } else {
        problem = required({"RECIPIENT_FULL_NAME"});
        if (problem.isEmpty() && !PayoutValidator::isEmail(field("RECIPIENT_EMAILADDRESS")))
            problem = QStringLiteral("RECIPIENT_EMAILADDRESS must be a valid email address.");
    }
    if (!problem.isEmpty())
        return invalid(problem);

    const FeeRule contract = DinariContract::forMethod(method);
    const Money fee = *contract.feeFor(*amount, 2);
    const Money total = *amount->checkedAdd(fee);
    const bool spaced = method == QLatin1String("ZELLE") || method == QLatin1String("SWIFT");
    // ZELLE and SWIFT spell the method key right; ACH and CARD_VIRTUAL carry the typo.
    const QString methodKey = spaced ? QStringLiteral("TRANSACTION_SEND_METHOD")
                                     : QStringLiteral("TANSACTION_SEND_METHOD");
    QJsonObject data{
        {QStringLiteral("TRANSACTION_ID"), newId()},
        {QStringLiteral("TRANSACTION_DATETIME_CREATED"), timeText(now(), spaced)},
        {QStringLiteral("TRANSACTION_CURRENCY_ISO3"), QStringLiteral("USD")},
        {QStringLiteral("TRANSACTION_SEND_AMOUNT"), SandboxJson::number(*amount)},
        {methodKey, method == QLatin1String("ACH") ? QStringLiteral("Bank Transfer") : method},
        {QStringLiteral("SEND_FEE_FIXED_AMOUNT"), SandboxJson::number(contract.fixed)},
        {QStringLiteral("SEND_FEE_PERCENTAGE"), SandboxJson::number(contract.percent)},
        {QStringLiteral("SEND_FEE_PERCENTAGE_AMOUNT"),
         SandboxJson::number(*fee.checkedSub(contract.fixed))},
        {QStringLiteral("SEND_FEE_TOTAL_AMOUNT"), SandboxJson::number(fee)},
        {QStringLiteral("PAYOUT_BALANCE_BEFORE_TRANSACTION"), SandboxJson::number(m_payout)},
        {QStringLiteral("FLOAT_BALANCE_BEFORE_TRANSACTION"), SandboxJson::number(m_float)},
        {QStringLiteral("RESERVE_BALANCE_BEFORE_TRANSACTION"), SandboxJson::number(m_reserve)},
        {QStringLiteral("CORPORATE_ACCOUNT_ID"), m_accountId},
    };
    if (total > m_payout) {
        data.insert(QStringLiteral("TRANSACTION_STATUS"), QStringLiteral("Failed"));
        data.insert(QStringLiteral("GATEWAY_MESSAGE"), kInsufficient);
        data.insert(QStringLiteral("PAYOUT_BALANCE_AFTER_TRANSACTION"),
                    SandboxJson::number(m_payout));
        return failure(QStringLiteral("Transaction failed due to insufficient balance."), 402,
                       data);
    }
    m_payout = *m_payout.checkedSub(total);
    Transaction t;
    t.id = data.value(QStringLiteral("TRANSACTION_ID")).toString();
    t.created = now();
    t.spacedTime = spaced;
    t.method = method;
    t.amount = *amount;
    t.fee = fee;
    t.recipient = recipient;
    t.description = field("PUBLIC_TRANSACTION_DESCRIPTION");
    t.status = method == QLatin1String("CARD_VIRTUAL") ? QStringLiteral("Completed")
                                                       : QStringLiteral("INITIATED");
    if (method == QLatin1String("CARD_VIRTUAL")) {
        Card c;
        c.id = newId();
        c.created = now();
        c.balance = *amount;
        c.holderName = recipient;
        c.holderEmail = field("RECIPIENT_EMAILADDRESS");
        c.lastFour = m_data.digits(4);
        m_cards.prepend(c);
        t.cardId = c.id;
        data.insert(QStringLiteral("RECIPIENT_ACCOUNT_ID"), m_data.hex(32));
        data.insert(QStringLiteral("CARD_ACCOUNT_ID"), c.id);
        data.insert(QStringLiteral("RECIPIENT_CARD_NUMBER"),
                    QStringLiteral("411111******") + c.lastFour);
        data.insert(QStringLiteral("RECIPIENT_CARD_CVV"), QStringLiteral("***"));
        data.insert(QStringLiteral("RECIPIENT_CARD_EXPIRATION_DATE"),
                    now().addYears(3).toString(QStringLiteral("MM/yy")));
    }
    m_transactions.prepend(t);
    m_sent[method] += 1;
    data.insert(QStringLiteral("TRANSACTION_STATUS"), t.status);
    data.insert(QStringLiteral("GATEWAY_MESSAGE"),
                QStringLiteral("Success! The transaction has been initiated."));
    data.insert(QStringLiteral("PAYOUT_BALANCE_AFTER_TRANSACTION"), SandboxJson::number(m_payout));
    data.insert(QStringLiteral("FLOAT_BALANCE_AFTER_TRANSACTION"), SandboxJson::number(m_float));
    data.insert(QStringLiteral("RESERVE_BALANCE_AFTER_TRANSACTION"),
                SandboxJson::number(m_reserve));
    return ServerResponse::json(reply(QStringLiteral("success"),
                                      QStringLiteral("Transaction initiated successfully"), data));
}

DinariEmulator::Card *DinariEmulator::findCard(const QString &id)
{
    for (auto &c : m_cards) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QJsonObject DinariEmulator::cardDetails(const Card &c) const
{
    QJsonArray purchases;
    for (const Purchase &p : c.purchases)
        purchases.append(QJsonObject{
            {QStringLiteral("TRANSACTION_ID"), p.id},
            {QStringLiteral("AMOUNT"), SandboxJson::number(p.amount)},
            {QStringLiteral("TRANSACTION_STATUS"), p.status},
            // Not in "Manage Cards"; "Webhook Updates - Card Purchases" names a purchase's
            // PURCHASE_DESCRIPTION, and a client must do without it.
            {QStringLiteral("PURCHASE_DESCRIPTION"), p.description},
            {QStringLiteral("TRANSACTION_DATETIME_CREATED"), SandboxJson::spaced(p.created)}});
    return QJsonObject{
        {QStringLiteral("GATEWAY_DATETIME"), SandboxJson::spaced(now())},
        {QStringLiteral("CARD_ACCOUNT_ID"), c.id},
        {QStringLiteral("CARD_DATETIME_CREATED"), SandboxJson::spaced(c.created)},
        {QStringLiteral("CARD_CURRENCY_ISO3"), QStringLiteral("USD")},
        {QStringLiteral("CARD_BALANCE"), SandboxJson::number(c.balance)},
        {QStringLiteral("CARD_STATUS"), c.status},
        // Beyond the "Manage Cards" example, each named in another section and optional to
        // the client (tst_documented_replies reads the bare example): the e-mail is
        // "Webhook Updates - Card Status"'s CARDHOLDER_EMAILADDRESS, the masked number the
        // CARD_VIRTUAL send reply's RECIPIENT_CARD_NUMBER. No section names a holder's name
        // field: none is sent.
        {QStringLiteral("CARDHOLDER_EMAILADDRESS"), c.holderEmail},
        {QStringLiteral("RECIPIENT_CARD_NUMBER"), QStringLiteral("411111******") + c.lastFour},
        {QStringLiteral("LIST_TANSACTIONS"), purchases},
        {QStringLiteral("CORPORATE_ACCOUNT_ID"), m_accountId},
    };
}

ServerResponse DinariEmulator::manageCards(const QUrlQuery &form)
{
    const QString action = form.queryItemValue(QStringLiteral("SERVICE_ACTION"));
    if (action == QLatin1String("GET_CARD_LIST")) {
        QJsonArray ids;
        for (const Card &c : std::as_const(m_cards))
            ids.append(c.id);
        return ServerResponse::json(
            reply(QStringLiteral("success"), QStringLiteral("Transaction processed successfully."),
                  QJsonObject{{QStringLiteral("GATEWAY_DATETIME"), SandboxJson::spaced(now())},
                              {QStringLiteral("LIST_CARDS"), ids},
                              {QStringLiteral("CORPORATE_ACCOUNT_ID"), m_accountId}}));
    }
    static const QStringList actions = {
        QStringLiteral("GET_CARD_DETAILS"), QStringLiteral("PAUSE_CARD"),
        QStringLiteral("UNPAUSE_CARD"), QStringLiteral("CANCEL_CARD")};
    auto cardError = [&](int code, const QString &message) {
        return failure(message, code,
                       QJsonObject{{QStringLiteral("TRANSACTION_DATETIME_CREATED"),
                                    now().toString(Qt::ISODate)},
                                   {QStringLiteral("TRANSACTION_STATUS"), QStringLiteral("Failed")},
                                   {QStringLiteral("GATEWAY_MESSAGE"), message},
                                   {QStringLiteral("GATEWAY_ERROR"), message},
                                   {QStringLiteral("CORPORATE_ACCOUNT_ID"), m_accountId}});
    };
    if (!actions.contains(action))
        return cardError(400, QStringLiteral("SERVICE_ACTION \"%1\" is not known.").arg(action));
    Card *card = findCard(form.queryItemValue(QStringLiteral("CARD_ACCOUNT_ID")));
    if (!card)
        return cardError(404, QStringLiteral("CARD_ACCOUNT_ID not found."));
    if (action != QLatin1String("GET_CARD_DETAILS")) {
        if (card->status == QLatin1String("CANCELED"))
            return cardError(409, QStringLiteral("The card is canceled."));
        if (action == QLatin1String("PAUSE_CARD"))
            card->status = QStringLiteral("PAUSED");
        else if (action == QLatin1String("UNPAUSE_CARD"))
            card->status = QStringLiteral("ACTIVE");
        else {
            // The balance reverts to the corporate payout account.
            card->status = QStringLiteral("CANCELED");
            m_payout = *m_payout.checkedAdd(card->balance);
            card->balance = Money::fromMinorUnits(0, 2);
        }
    }
    return ServerResponse::json(reply(QStringLiteral("success"),
                                      QStringLiteral("Transaction processed successfully."),
                                      cardDetails(*card)));
}

QJsonObject DinariEmulator::listItem(const Transaction &t) const
{
    QJsonObject o{
        {QStringLiteral("TRANSACTION_ID"), t.id},
        {QStringLiteral("TRANSACTION_DATETIME_CREATED"), timeText(t.created, t.spacedTime)},
        {QStringLiteral("TRANSACTION_STATUS"), t.status},
        {QStringLiteral("TRANSACTION_CURRENCY_ISO3"), t.currency},
        {QStringLiteral("TRANSACTION_SEND_AMOUNT"), SandboxJson::number(t.amount)},
        {QStringLiteral("GATEWAY_MESSAGE"),
         t.status.compare(QLatin1String("FAILED"), Qt::CaseInsensitive) == 0
             ? QStringLiteral("Insufficient funds")
             : QStringLiteral("Transaction processed successfully")}};
    // Only the fields of the documented list item ("List Transactions", Success Response):
    // no method, fee, recipient, description or card, which a client must not rely on.
    return o;
}

ServerResponse DinariEmulator::listTransactions(const QUrlQuery &form) const
{
    auto field = [&](const char *name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).trimmed();
    };
    auto bound = [&](const char *name, QDateTime *out) {
        const QString text = field(name);
        if (text.isEmpty())
            return true;
        QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
        if (!dt.isValid())
            return false;
        if (dt.timeSpec() == Qt::LocalTime)
            dt.setTimeZone(QTimeZone::utc());
        *out = dt.toUTC();
        return true;
    };
    QDateTime start, end;
    if (!bound("DATETIME_START", &start) || !bound("DATETIME_END", &end))
        return failure(QStringLiteral("Failed to fetch transaction list."), 400,
                       QJsonObject{{QStringLiteral("GATEWAY_DATETIME"), SandboxJson::spaced(now())},
                                   {QStringLiteral("CORPORATE_ACCOUNT_ID"), m_accountId},
                                   {QStringLiteral("GATEWAY_ERROR"),
                                    QStringLiteral("DATETIME_START and DATETIME_END must be "
                                                   "YYYY-MM-DDTHH:MM:SS.")}});
    const QString id = field("TRANSACTION_ID");
    const QString direction = field("TRANSACTION_DIRECTION").toUpper();
    const bool ascending = field("LIST_ORDER").toUpper() == QLatin1String("ASCENDING");
    QJsonArray list;
    auto consider = [&](const Transaction &t) {
        if (!id.isEmpty() && t.id != id)
            return;
        if (!direction.isEmpty() && t.direction != direction)
            return;
        if (start.isValid() && t.created < start)
            return;
        if (end.isValid() && t.created > end)
            return;
        list.append(listItem(t));
    };
    if (ascending)
        std::for_each(m_transactions.rbegin(), m_transactions.rend(), consider);
    else
        std::for_each(m_transactions.begin(), m_transactions.end(), consider);
    return ServerResponse::json(
        reply(QStringLiteral("success"), QStringLiteral("Transaction list fetched successfully."),
              QJsonObject{{QStringLiteral("GATEWAY_DATETIME"), SandboxJson::spaced(now())},
                          {QStringLiteral("CORPORATE_ACCOUNT_ID"), m_accountId},
                          {QStringLiteral("CUSTOMER_ID"), field("CUSTOMER_ID")},
                          {QStringLiteral("TRANSACTION_LIST_ARRAY"), list}}));
}

ServerResponse DinariEmulator::cancel(const QUrlQuery &form)
{
    const QString id = form.queryItemValue(QStringLiteral("TRANSACTION_ID"));
    auto it = std::find_if(m_transactions.begin(), m_transactions.end(),
                           [&](const Transaction &t) { return t.id == id; });
    const QJsonObject balances{
        {QStringLiteral("PAYOUT_BALANCE_BEFORE_CANCEL"), SandboxJson::number(m_payout)},
        {QStringLiteral("PAYOUT_BALANCE_AFTER_CANCEL"), SandboxJson::number(m_payout)},
        {QStringLiteral("FLOAT_BALANCE_BEFORE_CANCEL"), SandboxJson::number(m_float)},
        {QStringLiteral("FLOAT_BALANCE_AFTER_CANCEL"), SandboxJson::number(m_float)},
        {QStringLiteral("RESERVE_BALANCE_BEFORE_CANCEL"), SandboxJson::number(m_reserve)},
        {QStringLiteral("RESERVE_BALANCE_AFTER_CANCEL"), SandboxJson::number(m_reserve)},
    };
    auto refuse = [&](int code, const QString &why) {
        QJsonObject d = balances;
        d.insert(QStringLiteral("TRANSACTION_ID"), id);
        d.insert(QStringLiteral("GATEWAY_ERROR"), why);
        d.insert(QStringLiteral("CORPORATE_ACCOUNT_ID"), m_accountId);
        return failure(QStringLiteral("Transaction cancellation failed."), code, d);
    };
    if (it == m_transactions.end())
        return refuse(404, QStringLiteral("TRANSACTION_ID not found."));
    if (it->status != QLatin1String("INITIATED"))
        return refuse(403, QStringLiteral("Only an initiated transaction can be canceled; this "
                                          "one is %1.")
                               .arg(it->status));
    // The refund: the amount and the send fee come back, less the cancel fee (the same
    // schedule as the send fee).
    const FeeRule contract = DinariContract::forMethod(it->method);
    const Money cancelFee = *contract.feeFor(it->amount, 2);
    const Money before = m_payout;
    const Money refund = *it->amount.checkedAdd(it->fee)->checkedSub(cancelFee);
    m_payout = *m_payout.checkedAdd(refund);
    it->status = QStringLiteral("Canceled");
    const Money percentPart = *cancelFee.checkedSub(contract.fixed);
    QJsonObject d{
        {QStringLiteral("TRANSACTION_ID"), it->id},
        {QStringLiteral("TRANSACTION_DATETIME_CREATED"), SandboxJson::spaced(it->created)},
        {QStringLiteral("TRANSACTION_CURRENCY_ISO3"), it->currency},
        {QStringLiteral("SEND_AMOUNT"), SandboxJson::number(it->amount)},
        {QStringLiteral("TRANSACTION_STATUS"), it->status},
        {QStringLiteral("GATEWAY_MESSAGE"),
         QStringLiteral("Success! The transaction has been canceled.")},
        {QStringLiteral("TRANSACTION_SEND_METHOD"), it->method},
        {QStringLiteral("SEND_FEE_TOTAL_AMOUNT"), SandboxJson::number(it->fee)},
        {QStringLiteral("CANCEL_FEE_FIXED_AMOUNT"), SandboxJson::number(contract.fixed)},
        {QStringLiteral("CANCEL_FEE_PERCENTAGE_AMOUNT"), SandboxJson::number(percentPart)},
        {QStringLiteral("CANCEL_FEE_TOTAL_AMOUNT"), SandboxJson::number(cancelFee)},
        {QStringLiteral("PAYOUT_BALANCE_BEFORE_CANCEL"), SandboxJson::number(before)},
        {QStringLiteral("PAYOUT_BALANCE_AFTER_CANCEL"), SandboxJson::number(m_payout)},
        {QStringLiteral("FLOAT_BALANCE_BEFORE_CANCEL"), SandboxJson::number(m_float)},
        {QStringLiteral("FLOAT_BALANCE_AFTER_CANCEL"), SandboxJson::number(m_float)},
        {QStringLiteral("RESERVE_BALANCE_BEFORE_CANCEL"), SandboxJson::number(m_reserve)},
        {QStringLiteral("RESERVE_BALANCE_AFTER_CANCEL"), SandboxJson::number(m_reserve)},
        {QStringLiteral("CORPORATE_ACCOUNT_ID"), m_accountId},
    };
    return ServerResponse::json(
        reply(QStringLiteral("success"), QStringLiteral("Transaction canceled successfully."), d));
}
