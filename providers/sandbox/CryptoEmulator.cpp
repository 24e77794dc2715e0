#include "CryptoEmulator.h"

#include "SandboxPaging.h"

#include <QJsonArray>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

struct Spec
{
    const char *code;
    const char *name;
    const char *token;
    const char *chain;
    const char *usd;        ///< USD per unit
    const char *minimum;    ///< smallest withdrawal
    const char *networkFee; ///< per withdrawal, in the currency
    const char *address;    ///< what an address on that chain looks like
    bool stable;
};

const Spec kSpecs[] = {
    {"USDTTRC20", "Tether USD", "usdt", "trx", "0.9998", "10", "1.00",
     "^T[1-9A-HJ-NP-Za-km-z]{33}$", true},
    {"USDTARB", "Tether USD (Arbitrum)", "usdt", "arb", "0.9998", "5", "0.30",
     "^0x[0-9a-fA-F]{40}$", true},
    {"USDCERC20", "USD Coin", "usdc", "eth", "1.0001", "20", "3.50", "^0x[0-9a-fA-F]{40}$", true},
    {"BTC", "Bitcoin", "btc", "btc", "64250.12", "0.0005", "0.00005",
     "^(bc1[0-9a-z]{25,59}|[13][1-9A-HJ-NP-Za-km-z]{25,34})$", false},
    {"ETH", "Ethereum", "eth", "eth", "3180.55", "0.005", "0.0008", "^0x[0-9a-fA-F]{40}$", false},
};

const Spec *spec(const QString &code)
{
    for (const Spec &s : kSpecs) {
        if (code == QLatin1String(s.code))
            return &s;
    }
    return nullptr;
}

Money money(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

QString eight(const Money &m)
{
    return m.withScale(8, Money::Rounding::HalfEven)->toString(8);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

ServerResponse detail(int status, const QString &text)
{
    return ServerResponse::json(QJsonObject{{QStringLiteral("detail"), text}}, status);
}

ServerResponse fieldError(const QString &field, const QString &text)
{
    return ServerResponse::json(QJsonObject{{field, QJsonArray{text}}}, 400);
}

/// An amount from a JSON body: a number (documented) or a decimal string (also sent).
std::optional<Money> amountField(const QJsonObject &body, const char *name)
{
    const auto m = Money::fromJson(body.value(QLatin1String(name)));
    if (!m || m->isNegative() || m->isZero() || !m->withScale(8))
        return std::nullopt;
    return m->withScale(8);
}

/// ISO 8601, or a bare date (midnight UTC); invalid when empty or unreadable.
QDateTime parseDate(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        return d.isValid() ? QDateTime(d, QTime(0, 0), QTimeZone::utc()) : QDateTime();
    }
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc());
    return dt.toUTC();
}

const QString kPlatformFeePercent = QStringLiteral("1.0");

Money platformFee(const Money &amount)
{
    return *amount.checkedMul(*Money::parse(kPlatformFeePercent), 8)
                ->checkedDiv(Money::fromMinorUnits(100, 0), 8);
}

} // namespace

CryptoEmulator::CryptoEmulator(SandboxData &data, QString clientId, QString clientSecret)
    : m_data(quint32(data.between(1, 1 << 30))), m_clientId(std::move(clientId)),
      m_clientSecret(std::move(clientSecret))
{
    const QDateTime anchor = SandboxJson::anchor();
    for (const Spec &s : kSpecs) {
        m_master.insert(QLatin1String(s.code), Money::fromMinorUnits(0, 8));
        m_masterPending.insert(QLatin1String(s.code), Money::fromMinorUnits(0, 8));
    }
    const QStringList names = {QStringLiteral("Operations"), QStringLiteral("Payroll – EU"),
                               QStringLiteral("Treasury cold")};
    for (int i = 0; i < names.size(); ++i) {
        Wallet w;
        w.id = i + 1;
        w.walletId = QStringLiteral("w_") + data.hex(10);
        w.name = names[i];
        w.externalId = QStringLiteral("ext_%1").arg(100 + i);
        w.created = anchor.addDays(-400 + i * 30);
        w.amounts.insert(
            QStringLiteral("USDTTRC20"),
            *Money::fromMinorUnits(qint64(data.between(500, 40000)) * 100, 2).withScale(8));
        if (i != 1)
            w.amounts.insert(QStringLiteral("BTC"),
                             Money::fromMinorUnits(qint64(data.between(1000, 900000)) * 100, 8));
        for (auto it = w.amounts.begin(); it != w.amounts.end(); ++it)
            w.pending.insert(it.key(), Money::fromMinorUnits(0, 8));
        m_wallets.append(w);
    }
    // Eighteen months of history, oldest first, so that balance_after adds up to today's
    // balances; then reversed to the newest-first order the lists answer in.
    QDateTime when = anchor.addDays(-548);
    int historyId = 1;
    while (when < anchor) {
        const Spec &s = kSpecs[data.between(0, int(std::size(kSpecs)) - 1)];
        const QString code = QLatin1String(s.code);
        const bool stable = s.stable;
        const Money unit = stable ? Money::fromMinorUnits(100, 2) : money(s.minimum);
        const Money amount = *unit.checkedMul(
            Money::fromMinorUnits(data.between(stable ? 50 : 2, stable ? 5000 : 40), 0), 8);
        const int roll = data.between(0, 99);
        QString type;
        Money delta = amount;
        if (roll < 55) {
            type = QStringLiteral("payment");
            QJsonObject p{
                {QStringLiteral("transaction_id"), data.uuid()},
                {QStringLiteral("order_id"), QStringLiteral("order_%1").arg(historyId + 1000)},
                {QStringLiteral("order_description"),
                 data.chance(10) ? data.pick(SandboxData::hostileStrings())
                                 : QStringLiteral("Invoice %1").arg(historyId + 5000)},
                {QStringLiteral("amount"), eight(amount)},
                {QStringLiteral("currency"), code},
                {QStringLiteral("price_amount"),
                 SandboxJson::number(*amount.checkedMul(money(s.usd), 2))},
                {QStringLiteral("price_currency"), QStringLiteral("USD")},
                {QStringLiteral("status"), QStringLiteral("finished")},
                {QStringLiteral("blockchain"), QString::fromLatin1(s.chain).toUpper()},
                {QStringLiteral("token"), QString::fromLatin1(s.token).toUpper()},
                {QStringLiteral("created"), iso(when)},
                {QStringLiteral("updated"), iso(when.addSecs(600))},
            };
            m_payments.prepend(p);
        } else if (roll < 80 && m_master.value(code) > amount) {
            type = QStringLiteral("withdrawal");
            delta = *amount.checkedNegate();
            const Money network = money(s.networkFee);
            const Money platform = platformFee(amount);
            const Money fee = *network.checkedAdd(platform);
            m_withdrawals.prepend(QJsonObject{
                {QStringLiteral("id"), data.uuid()},
                {QStringLiteral("custom_id"), QJsonValue::Null},
                {QStringLiteral("amount"), eight(amount)},
                {QStringLiteral("fee"), eight(fee)},
                {QStringLiteral("network_fee"), eight(network)},
                {QStringLiteral("platform_fee"), eight(platform)},
                {QStringLiteral("final_amount"), eight(*amount.checkedSub(fee))},
                {QStringLiteral("currency"), code},
                {QStringLiteral("blockchain"), QString::fromLatin1(s.chain).toUpper()},
                {QStringLiteral("token"), QString::fromLatin1(s.token).toUpper()},
                {QStringLiteral("address"), QStringLiteral("0x") + data.hex(40)},
                {QStringLiteral("status"),
                 data.chance(92) ? QStringLiteral("completed") : QStringLiteral("failed")},
                {QStringLiteral("tx_hash"), data.hex(64)},
                {QStringLiteral("created"), iso(when)},
                {QStringLiteral("updated"), iso(when.addSecs(900))},
            });
        } else {
            type = QStringLiteral("deposit");
        }
        m_master[code] = *m_master.value(code).checkedAdd(delta)->withScale(8);
        m_history.prepend(QJsonObject{{QStringLiteral("id"), historyId++},
                                      {QStringLiteral("currency"), code},
                                      {QStringLiteral("type"), type},
                                      {QStringLiteral("amount"), eight(delta)},
                                      {QStringLiteral("balance_after"), eight(m_master[code])},
                                      {QStringLiteral("created"), iso(when)}});
        when = when.addSecs(data.between(3600, 3 * 86400));
    }
}

void CryptoEmulator::setTokenLifetime(int seconds)
{
    QMutexLocker lock(&m_mutex);
    m_tokenLifetime = seconds;
}

int CryptoEmulator::tokensIssued() const
{
    QMutexLocker lock(&m_mutex);
    return m_tokensIssued;
}

Money CryptoEmulator::masterBalance(const QString &currency) const
{
    QMutexLocker lock(&m_mutex);
    return m_master.value(currency);
}

int CryptoEmulator::transferCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_transferDue.size());
}

QStringList CryptoEmulator::walletIds() const
{
    QMutexLocker lock(&m_mutex);
    QStringList ids;
    for (const Wallet &w : m_wallets)
        ids.append(w.walletId);
    return ids;
}

int CryptoEmulator::withdrawalCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_withdrawalCount;
}

Money CryptoEmulator::usdRate(const QString &currency)
{
    if (currency == QLatin1String("USD"))
        return Money::fromMinorUnits(1, 0);
    const Spec *s = spec(currency);
    return s ? money(s->usd) : Money();
}

CryptoEmulator::Wallet *CryptoEmulator::findWallet(const QString &walletId)
{
    for (auto &w : m_wallets) {
        if (w.walletId == walletId || QString::number(w.id) == walletId ||
            (!w.externalId.isEmpty() && w.externalId == walletId))
            return &w;
    }
    return nullptr;
}

void CryptoEmulator::record(const QString &currency, const QString &type, const Money &amount,
                            const QString &reference)
{
    const int id =
        m_history.isEmpty() ? 1 : m_history.first().value(QStringLiteral("id")).toInt() + 1;
    m_history.prepend(
        QJsonObject{{QStringLiteral("id"), id},
                    {QStringLiteral("currency"), currency},
                    {QStringLiteral("type"), type},
                    {QStringLiteral("amount"), eight(amount)},
                    {QStringLiteral("balance_after"), eight(m_master.value(currency))},
                    {QStringLiteral("reference"), reference},
                    {QStringLiteral("created"), iso(now())}});
}

void CryptoEmulator::progress()
{
    const QDateTime t = now();
    // Withdrawals: pending, processing after a minute, completed after ten.
    for (auto &w : m_withdrawals) {
        const QString status = w.value(QStringLiteral("status")).toString();
        if (status != QLatin1String("pending") && status != QLatin1String("processing"))
            continue;
        const qint64 age =
            QDateTime::fromString(w.value(QStringLiteral("created")).toString(), Qt::ISODate)
                .secsTo(t);
        const QString next = age >= 600 ? QStringLiteral("completed")
                                        : (age >= 60 ? QStringLiteral("processing") : status);
        if (next != status) {
            w.insert(QStringLiteral("status"), next);
            w.insert(QStringLiteral("updated"), iso(t));
            if (next == QLatin1String("completed"))
                w.insert(QStringLiteral("tx_hash"), m_data.hex(64));
        }
    }
    // Transfers between master and wallets settle five seconds after they were accepted.
    for (auto &tr : m_transfers) {
        const QString id = tr.value(QStringLiteral("transfer_id")).toString();
        if (tr.value(QStringLiteral("status")).toString() != QLatin1String("pending") ||
            m_transferDue.value(id) > t)
            continue;
        Wallet *w = findWallet(tr.value(QStringLiteral("wallet_id")).toString());
        const QString currency = tr.value(QStringLiteral("currency")).toString();
        const Money amount = *Money::parse(tr.value(QStringLiteral("amount")).toString());
        if (tr.value(QStringLiteral("transfer_type")).toString() == QLatin1String("to_sub")) {
            w->pending[currency] = *w->pending.value(currency).checkedSub(amount);
            w->amounts[currency] =
                *w->amounts.value(currency, Money::fromMinorUnits(0, 8)).checkedAdd(amount);
        } else {
            m_masterPending[currency] = *m_masterPending.value(currency).checkedSub(amount);
            m_master[currency] = *m_master.value(currency).checkedAdd(amount);
            record(currency, QStringLiteral("transfer_from_sub"), amount, id);
        }
        tr.insert(QStringLiteral("status"), QStringLiteral("completed"));
        tr.insert(QStringLiteral("completed_at"), iso(t));
    }
}

ServerResponse CryptoEmulator::handle(const ServerRequest &r, const QString &path)
{
    QMutexLocker lock(&m_mutex);
    if (path == QLatin1String("/o/token/") && r.method == "POST")
        return token(r);
    if (path == QLatin1String("/status/") && r.method == "GET")
        return ServerResponse::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    const QByteArray auth = r.header("authorization");
    if (!auth.startsWith("Bearer "))
        return detail(401, QStringLiteral("Authentication credentials were not provided."));
    const QString presented = QString::fromLatin1(auth.mid(7));
    const auto it = m_tokens.constFind(presented);
    if (it == m_tokens.cend())
        return detail(401, QStringLiteral("Invalid token."));
    if (it->expires <= now())
        return detail(401, QStringLiteral("Token has expired."));
    progress();
    return route(r, path.split(u'/', Qt::SkipEmptyParts), *it);
}

ServerResponse CryptoEmulator::token(const ServerRequest &r)
{
    const QUrlQuery form = r.form();
    QString id = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    QString secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    const QByteArray auth = r.header("authorization");
    if (auth.startsWith("Basic ")) {
        const QString pair = QString::fromUtf8(QByteArray::fromBase64(auth.mid(6)));
        id = pair.section(u':', 0, 0);
        secret = pair.section(u':', 1);
    }
    auto oauthError = [](int status, const char *code, const QString &text) {
        return ServerResponse::json(QJsonObject{{QStringLiteral("error"), QLatin1String(code)},
                                                {QStringLiteral("error_description"), text}},
                                    status);
    };
    if (form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("client_credentials"))
        return oauthError(400, "unsupported_grant_type",
                          QStringLiteral("Only client_credentials is supported."));
    if (id != m_clientId || secret != m_clientSecret)
        return oauthError(401, "invalid_client", QStringLiteral("Client authentication failed."));
    QStringList scopes = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded)
                             .split(u' ', Qt::SkipEmptyParts);
    if (scopes.isEmpty())
        scopes = {QStringLiteral("read"), QStringLiteral("write")};
    for (const QString &s : scopes) {
        if (s != QLatin1String("read") && s != QLatin1String("write") &&
            s != QLatin1String("admin"))
            return oauthError(400, "invalid_scope", QStringLiteral("Unknown scope \"%1\".").arg(s));
    }
    const QString token = m_data.hex(30);
    m_tokens.insert(token, {now().addSecs(m_tokenLifetime), scopes});
    ++m_tokensIssued;
    return ServerResponse::json(
        QJsonObject{{QStringLiteral("access_token"), token},
                    {QStringLiteral("expires_in"), m_tokenLifetime},
                    {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                    {QStringLiteral("scope"), scopes.join(u' ')}});
}

ServerResponse CryptoEmulator::route(const ServerRequest &r, const QStringList &parts,
                                     const Token &token)
{
    const bool write = r.method != "GET";
    const QString need =
        parts.value(0) == QLatin1String("user") && parts.value(1) == QLatin1String("fees")
            ? QStringLiteral("admin")
            : (write ? QStringLiteral("write") : QStringLiteral("read"));
    if (!token.scopes.contains(need))
        return detail(403, QStringLiteral("You do not have permission to perform this action."));
    const QString head = parts.value(0);
    const QString second = parts.value(1);
    if (head == QLatin1String("currencies") && parts.size() == 1)
        return currencies(r);
    if (head == QLatin1String("rates") && parts.size() == 1)
        return rates(r);
    if (head == QLatin1String("user")) {
        if (second == QLatin1String("balances") && parts.size() == 2)
            return balances();
        if (second == QLatin1String("balances") && parts.value(2) == QLatin1String("history"))
            return history(r);
        if (second == QLatin1String("me"))
            return ServerResponse::json(
                QJsonObject{{QStringLiteral("name"), QStringLiteral("Treasury Desk Demo Ltd")},
                            {QStringLiteral("transaction_fee"), 1.0},
                            {QStringLiteral("is_fee_paid_by_user"), false},
                            {QStringLiteral("webhook_callback_url"), QJsonValue::Null},
                            {QStringLiteral("webhook_secret_masked"), QJsonValue::Null}});
        if (second == QLatin1String("fees"))
            return ServerResponse::json(QJsonObject{
                {QStringLiteral("fees"),
                 QJsonObject{{QStringLiteral("USDTTRC20"), QStringLiteral("12.50000000")}}}});
        if (second == QLatin1String("webhooks") && r.method == "POST") {
            const QString url = r.field(QStringLiteral("callback_url"));
            if (!url.startsWith(QLatin1String("https://")))
                return fieldError(QStringLiteral("callback_url"),
                                  QStringLiteral("Enter a valid https URL."));
            return ServerResponse::json(QJsonObject{
                {QStringLiteral("callback_url"), url},
                {QStringLiteral("secret"), QStringLiteral("sec_") + m_data.hex(16)},
                {QStringLiteral("message"),
                 QStringLiteral("Webhook settings created successfully. Please save your "
                                "secret - it will not be shown again.")}});
        }
    }
    if (head == QLatin1String("wallets"))
        return wallets(r, parts);
    if (head == QLatin1String("payments"))
        return payments(r, parts);
    if (head == QLatin1String("withdrawal"))
        return withdrawals(r, parts);
    if (head == QLatin1String("o") && second == QLatin1String("apps")) {
        if (r.method == "GET")
            return ServerResponse::json(
                QJsonArray{QJsonObject{{QStringLiteral("id"), 1},
                                       {QStringLiteral("name"), QStringLiteral("Treasury Desk")},
                                       {QStringLiteral("client_id"), m_clientId},
                                       {QStringLiteral("authorization_grant_type"),
                                        QStringLiteral("client-credentials")}}});
        return detail(403, QStringLiteral("Managing OAuth applications is disabled in the "
                                          "sandbox."));
    }
    return detail(404, QStringLiteral("Not found."));
}

ServerResponse CryptoEmulator::currencies(const ServerRequest &r) const
{
    const bool full = r.query.queryItemValue(QStringLiteral("full")) == QLatin1String("true");
    const bool minMax = r.query.queryItemValue(QStringLiteral("min_max")) == QLatin1String("true");
    const bool usd =
        minMax && r.query.queryItemValue(QStringLiteral("include_usd")) == QLatin1String("true");
    const bool withdrawal =
        r.query.queryItemValue(QStringLiteral("withdrawal")) == QLatin1String("true");
    QJsonArray list;
    for (const Spec &s : kSpecs) {
        const QString code = QLatin1String(s.code);
        if (withdrawal && !m_master.value(code).isNegative() && m_master.value(code).isZero())
            continue;
        if (!full && !minMax) {
            list.append(code);
            continue;
        }
        QJsonObject o{{QStringLiteral("currency"), code},
                      {QStringLiteral("name"), QLatin1String(s.name)},
                      {QStringLiteral("token"), QLatin1String(s.token)},
                      {QStringLiteral("blockchain"), QLatin1String(s.chain)},
                      {QStringLiteral("is_popular"), s.stable},
                      {QStringLiteral("is_stable"), s.stable}};
        if (minMax) {
            const Money max = *money(s.minimum).checkedMul(Money::fromMinorUnits(10000, 0), 8);
            o.insert(QStringLiteral("min_amount"), eight(money(s.minimum)));
            o.insert(QStringLiteral("max_amount"), eight(max));
            if (usd) {
                o.insert(QStringLiteral("min_amount_usd"),
                         money(s.minimum).checkedMul(money(s.usd), 2)->toString(2));
                o.insert(QStringLiteral("max_amount_usd"),
                         max.checkedMul(money(s.usd), 2)->toString(2));
            }
        }
        list.append(o);
    }
    return ServerResponse::json(QJsonObject{{QStringLiteral("currencies"), list}});
}

ServerResponse CryptoEmulator::rates(const ServerRequest &r) const
{
    const QString from = r.query.queryItemValue(QStringLiteral("currency_from")).isEmpty()
                             ? QStringLiteral("USD")
                             : r.query.queryItemValue(QStringLiteral("currency_from"));
    const QString to = r.query.queryItemValue(QStringLiteral("currency_to"));
    if (to.isEmpty())
        return fieldError(QStringLiteral("currency_to"), QStringLiteral("This field is required."));
    if (usdRate(from).isZero() || usdRate(to).isZero())
        return fieldError(QStringLiteral("currency_to"), QStringLiteral("Unknown currency."));
    const QString amountText = r.query.queryItemValue(QStringLiteral("amount"));
    const auto amount = amountText.isEmpty() ? Money::parse(u"1.0") : Money::parse(amountText);
    if (!amount || amount->isNegative())
        return fieldError(QStringLiteral("amount"), QStringLiteral("A valid number is required."));
    const Money rate = *usdRate(from).checkedDiv(usdRate(to), 8);
    const Money estimated = *amount->checkedMul(rate, 8);
    // Rates come back as JSON numbers, as documented.
    QJsonObject o{{QStringLiteral("currency_from"), from},
                  {QStringLiteral("currency_to"), to},
                  {QStringLiteral("amount"), SandboxJson::number(*amount)},
                  {QStringLiteral("estimated_amount"), SandboxJson::number(estimated.normalized())},
                  {QStringLiteral("rate"), SandboxJson::number(rate.normalized())}};
    if (r.query.queryItemValue(QStringLiteral("full")) == QLatin1String("true")) {
        const Money fee = platformFee(estimated);
        o.insert(QStringLiteral("estimated_amount"),
                 SandboxJson::number(estimated.checkedSub(fee)->normalized()));
        o.insert(QStringLiteral("fee_percentage"), 1.0);
        o.insert(QStringLiteral("fee_amount"), SandboxJson::number(fee.normalized()));
        o.insert(QStringLiteral("timestamp"),
                 QDateTime(now().date(), QTime(now().time().hour(), now().time().minute()),
                           QTimeZone::utc())
                     .toString(Qt::ISODate));
    }
    return ServerResponse::json(o);
}

ServerResponse CryptoEmulator::balances() const
{
    QJsonObject account;
    for (auto it = m_master.begin(); it != m_master.end(); ++it) {
        // ETH's pending amount comes as a number: "some replies use numbers".
        const Money pending = m_masterPending.value(it.key());
        account.insert(
            it.key(), QJsonObject{{QStringLiteral("amount"), eight(it.value())},
                                  {QStringLiteral("pending_amount"),
                                   it.key() == QLatin1String("ETH") ? SandboxJson::number(pending)
                                                                    : QJsonValue(eight(pending))}});
    }
    QMap<QString, QJsonArray> byCurrency;
    QMap<QString, Money> totals, pendings;
    for (const Wallet &w : m_wallets) {
        for (auto it = w.amounts.begin(); it != w.amounts.end(); ++it) {
            const Money pending = w.pending.value(it.key(), Money::fromMinorUnits(0, 8));
            byCurrency[it.key()].append(
                QJsonObject{{QStringLiteral("account_name"), w.name},
                            {QStringLiteral("account_id"), w.walletId},
                            {QStringLiteral("amount"), eight(it.value())},
                            {QStringLiteral("pending_amount"), eight(pending)},
                            {QStringLiteral("available_balance"), eight(it.value())}});
            totals[it.key()] =
                *totals.value(it.key(), Money::fromMinorUnits(0, 8)).checkedAdd(it.value());
            pendings[it.key()] =
                *pendings.value(it.key(), Money::fromMinorUnits(0, 8)).checkedAdd(pending);
        }
    }
    QJsonObject subs;
    for (auto it = byCurrency.begin(); it != byCurrency.end(); ++it)
        subs.insert(it.key(),
                    QJsonObject{{QStringLiteral("total_amount"), eight(totals.value(it.key()))},
                                {QStringLiteral("total_pending"), eight(pendings.value(it.key()))},
                                {QStringLiteral("accounts"), it.value()}});
    return ServerResponse::json(
        QJsonObject{{QStringLiteral("account"), account},
                    {QStringLiteral("sub_accounts"), subs},
                    {QStringLiteral("statistics"),
                     QJsonObject{{QStringLiteral("currencies_count"), int(m_master.size())},
                                 {QStringLiteral("subaccounts_count"), int(m_wallets.size())}}}});
}

ServerResponse CryptoEmulator::history(const ServerRequest &r) const
{
    int limit = 50, offset = 0;
    QString why;
    if (!SandboxPaging::readOffset(r.query, 50, 500, &limit, &offset, &why))
        return fieldError(QStringLiteral("limit"), why);
    const QString currency = r.query.queryItemValue(QStringLiteral("currency"));
    const QString type = r.query.queryItemValue(QStringLiteral("type"));
    QList<QJsonObject> hits;
    for (const auto &h : m_history) {
        if (!currency.isEmpty() && h.value(QStringLiteral("currency")).toString() != currency)
            continue;
        if (!type.isEmpty() && h.value(QStringLiteral("type")).toString() != type)
            continue;
        hits.append(h);
    }
    return ServerResponse::json(SandboxPaging::offsetPage(
        int(hits.size()), [&](int i) { return QJsonValue(hits.at(i)); }, limit, offset,
        url(QStringLiteral("/user/balances/history/")), r.query));
}

QJsonObject CryptoEmulator::walletJson(const Wallet &w) const
{
    QJsonArray balances;
    for (auto it = w.amounts.begin(); it != w.amounts.end(); ++it)
        balances.append(QJsonObject{{QStringLiteral("currency"), it.key()},
                                    {QStringLiteral("amount"), eight(it.value())},
                                    {QStringLiteral("pending_amount"),
                                     eight(w.pending.value(it.key(), Money::fromMinorUnits(0, 8)))},
                                    {QStringLiteral("available_balance"), eight(it.value())}});
    return QJsonObject{{QStringLiteral("id"), w.id},
                       {QStringLiteral("name"), w.name},
                       {QStringLiteral("external_id"), w.externalId},
                       {QStringLiteral("wallet_id"), w.walletId},
                       {QStringLiteral("created"), iso(w.created)},
                       {QStringLiteral("updated"), iso(w.created.addDays(2))},
                       {QStringLiteral("balances"), balances}};
}

ServerResponse CryptoEmulator::wallets(const ServerRequest &r, const QStringList &parts)
{
    const QString second = parts.value(1);
    if (parts.size() == 1 && r.method == "GET") {
        QJsonArray accounts;
        for (const Wallet &w : std::as_const(m_wallets))
            accounts.append(walletJson(w));
        return ServerResponse::json(QJsonObject{{QStringLiteral("accounts"), accounts},
                                                {QStringLiteral("total"), int(accounts.size())}});
    }
    bool ok = false;
    const QJsonObject body = r.json(&ok).toObject();
    if (parts.size() == 1 && r.method == "POST") {
        const QString name = body.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty())
            return fieldError(QStringLiteral("name"), QStringLiteral("This field is required."));
        Wallet w;
        w.id = int(m_wallets.size()) + 1;
        w.walletId = QStringLiteral("w_") + m_data.hex(10);
        w.name = name;
        w.externalId = body.value(QStringLiteral("external_id")).toString();
        w.created = now();
        m_wallets.append(w);
        return ServerResponse::json(walletJson(w), 201);
    }
    if (second == QLatin1String("balances") && r.method == "POST") {
        const QString id = body.value(QStringLiteral("wallet_id")).toString().isEmpty()
                               ? body.value(QStringLiteral("external_id")).toString()
                               : body.value(QStringLiteral("wallet_id")).toString();
        const Wallet *w = findWallet(id);
        if (!w)
            return detail(404, QStringLiteral("Wallet not found."));
        const QJsonObject j = walletJson(*w);
        return ServerResponse::json(
            QJsonObject{{QStringLiteral("wallet_id"), w->walletId},
                        {QStringLiteral("name"), w->name},
                        {QStringLiteral("balances"), j.value(QStringLiteral("balances"))}});
    }
    if (second == QLatin1String("transfer-to-user") && r.method == "POST")
        return transfer(r, true);
    if (second == QLatin1String("withdraw-to-master") && r.method == "POST")
        return transfer(r, false);
    if (second == QLatin1String("transfer-history") && r.method == "POST") {
        const QString walletId = body.value(QStringLiteral("wallet_id")).toString();
        const Wallet *w = findWallet(walletId);
        if (!w)
            return detail(404, QStringLiteral("Wallet not found."));
        const QString status = body.value(QStringLiteral("status")).toString();
        const QString type = body.value(QStringLiteral("transfer_type")).toString();
        const QString currency = body.value(QStringLiteral("currency")).toString();
        QList<QJsonObject> hits;
        for (const auto &t : std::as_const(m_transfers)) {
            if (t.value(QStringLiteral("wallet_id")).toString() != w->walletId)
                continue;
            if (!status.isEmpty() && t.value(QStringLiteral("status")).toString() != status)
                continue;
            if (!type.isEmpty() && t.value(QStringLiteral("transfer_type")).toString() != type)
                continue;
            if (!currency.isEmpty() && t.value(QStringLiteral("currency")).toString() != currency)
                continue;
            hits.append(t);
        }
        const int limit = qBound(1, body.value(QStringLiteral("limit")).toInt(20), 100);
        const int offset = qMax(0, body.value(QStringLiteral("offset")).toInt(0));
        return ServerResponse::json(SandboxPaging::offsetPage(
            int(hits.size()), [&](int i) { return QJsonValue(hits.at(i)); }, limit, offset,
            url(QStringLiteral("/wallets/transfer-history/")), QUrlQuery()));
    }
    if (parts.size() == 2 && r.method == "GET") {
        const Wallet *w = findWallet(second);
        return w ? ServerResponse::json(walletJson(*w))
                 : detail(404, QStringLiteral("Wallet not found."));
    }
    return detail(404, QStringLiteral("Not found."));
}

ServerResponse CryptoEmulator::transfer(const ServerRequest &r, bool toSub)
{
    bool ok = false;
    const QJsonObject body = r.json(&ok).toObject();
    if (!ok)
        return detail(400, QStringLiteral("JSON parse error."));
    Wallet *w = findWallet(body.value(QStringLiteral("wallet_id")).toString());
    if (!w)
        return detail(404, QStringLiteral("Wallet not found."));
    const QString currency = body.value(QStringLiteral("currency")).toString();
    if (!spec(currency))
        return fieldError(QStringLiteral("currency"), QStringLiteral("Unknown currency."));
    const auto amount = amountField(body, "amount");
    if (!amount)
        return fieldError(QStringLiteral("amount"),
                          QStringLiteral("A positive amount with at most 8 decimals is required."));
    const Money available =
        toSub ? m_master.value(currency) : w->amounts.value(currency, Money::fromMinorUnits(0, 8));
    if (*amount > available)
        return fieldError(QStringLiteral("amount"), QStringLiteral("Insufficient balance."));
    const QString id = QStringLiteral("t_") + m_data.hex(12);
    if (toSub) {
        m_master[currency] = *m_master.value(currency).checkedSub(*amount);
        w->pending[currency] =
            *w->pending.value(currency, Money::fromMinorUnits(0, 8)).checkedAdd(*amount);
        record(currency, QStringLiteral("transfer_to_sub"), *amount->checkedNegate(), id);
    } else {
        w->amounts[currency] = *w->amounts.value(currency).checkedSub(*amount);
        m_masterPending[currency] = *m_masterPending.value(currency).checkedAdd(*amount);
    }
    m_transfers.prepend(
        QJsonObject{{QStringLiteral("transfer_id"), id},
                    {QStringLiteral("wallet_id"), w->walletId},
                    {QStringLiteral("transfer_type"),
                     toSub ? QStringLiteral("to_sub") : QStringLiteral("to_master")},
                    {QStringLiteral("currency"), currency},
                    {QStringLiteral("amount"), eight(*amount)},
                    {QStringLiteral("status"), QStringLiteral("pending")},
                    {QStringLiteral("created"), iso(now())},
                    {QStringLiteral("completed_at"), QJsonValue::Null}});
    m_transferDue.insert(id, now().addSecs(5));
    return ServerResponse::json(
        QJsonObject{{QStringLiteral("status"), QStringLiteral("accepted")},
                    {QStringLiteral("transfer_id"), id},
                    {QStringLiteral("message"),
                     QStringLiteral("Transfer request accepted and is being processed")}},
        202);
}

ServerResponse CryptoEmulator::payments(const ServerRequest &r, const QStringList &parts)
{
    const QString second = parts.value(1);
    if (parts.size() == 1 && r.method == "GET") {
        int limit = 20, offset = 0;
        QString why;
        if (!SandboxPaging::readOffset(r.query, 20, 100, &limit, &offset, &why))
            return fieldError(QStringLiteral("limit"), why);
        QList<QJsonObject> hits;
        for (const auto &p : std::as_const(m_payments)) {
            bool keep = true;
            for (const char *key : {"status", "currency", "blockchain", "token"}) {
                const QString want = r.query.queryItemValue(QLatin1String(key));
                if (!want.isEmpty() &&
                    p.value(QLatin1String(key)).toString().compare(want, Qt::CaseInsensitive) != 0)
                    keep = false;
            }
            if (keep)
                hits.append(p);
        }
        return ServerResponse::json(SandboxPaging::offsetPage(
            int(hits.size()), [&](int i) { return QJsonValue(hits.at(i)); }, limit, offset,
            url(QStringLiteral("/payments/")), r.query));
    }
    if (second == QLatin1String("min-amount") && r.method == "GET") {
        const Spec *s = spec(r.query.queryItemValue(QStringLiteral("currency")));
        if (!s)
            return fieldError(QStringLiteral("currency"), QStringLiteral("Unknown currency."));
        return ServerResponse::json(
            QJsonObject{{QStringLiteral("currency"), QLatin1String(s->code)},
                        {QStringLiteral("min_amount"), SandboxJson::number(money(s->minimum))},
                        {QStringLiteral("max_amount"),
                         SandboxJson::number(
                             *money(s->minimum).checkedMul(Money::fromMinorUnits(10000, 0), 8))},
                        {QStringLiteral("blockchain"), QString::fromLatin1(s->chain).toUpper()},
                        {QStringLiteral("token"), QString::fromLatin1(s->token).toUpper()}});
    }
    bool ok = false;
    const QJsonObject body = r.json(&ok).toObject();
    if (second == QLatin1String("status") && r.method == "POST") {
        const QString id = body.value(QStringLiteral("transaction_id")).toString();
        for (const auto &p : std::as_const(m_payments)) {
            if (p.value(QStringLiteral("transaction_id")).toString() == id)
                return ServerResponse::json(p);
        }
        return detail(404, QStringLiteral("Payment not found."));
    }
    if (parts.size() == 1 && r.method == "POST") {
        const Spec *s = spec(body.value(QStringLiteral("currency")).toString());
        if (!s)
            return fieldError(QStringLiteral("currency"), QStringLiteral("Unknown currency."));
        const auto price = amountField(body, "amount");
        if (!price)
            return fieldError(QStringLiteral("amount"),
                              QStringLiteral("A valid amount is required."));
        const QJsonObject p{
            {QStringLiteral("transaction_id"), m_data.uuid()},
            {QStringLiteral("order_id"), body.value(QStringLiteral("order_id"))},
            {QStringLiteral("order_description"), body.value(QStringLiteral("order_description"))},
            {QStringLiteral("amount"), eight(*price->checkedDiv(money(s->usd), 8))},
            {QStringLiteral("currency"), QLatin1String(s->code)},
            {QStringLiteral("price_amount"), SandboxJson::number(*price)},
            {QStringLiteral("price_currency"), QStringLiteral("USD")},
            {QStringLiteral("status"), QStringLiteral("waiting")},
            {QStringLiteral("pay_address"), QStringLiteral("T") + m_data.hex(33)},
            {QStringLiteral("blockchain"), QString::fromLatin1(s->chain).toUpper()},
            {QStringLiteral("token"), QString::fromLatin1(s->token).toUpper()},
            {QStringLiteral("created"), iso(now())},
            {QStringLiteral("updated"), iso(now())}};
        m_payments.prepend(p);
        return ServerResponse::json(p, 201);
    }
    return detail(404, QStringLiteral("Not found."));
}

ServerResponse CryptoEmulator::withdrawals(const ServerRequest &r, const QStringList &parts)
{
    const QString second = parts.value(1);
    if (parts.size() == 1 && r.method == "GET") {
        int limit = 20, offset = 0;
        QString why;
        if (!SandboxPaging::readOffset(r.query, 20, 100, &limit, &offset, &why))
            return fieldError(QStringLiteral("limit"), why);
        const QDateTime start =
            parseDate(r.query.queryItemValue(QStringLiteral("start_date"), QUrl::FullyDecoded));
        const QDateTime endRaw =
            parseDate(r.query.queryItemValue(QStringLiteral("end_date"), QUrl::FullyDecoded));
        // A bare end date includes that whole day.
        const QDateTime end =
            endRaw.isValid() && r.query.queryItemValue(QStringLiteral("end_date")).size() == 10
                ? endRaw.addDays(1).addMSecs(-1)
                : endRaw;
        QList<QJsonObject> hits;
        for (const auto &w : std::as_const(m_withdrawals)) {
            bool keep = true;
            for (const char *key : {"status", "blockchain", "token", "custom_id"}) {
                const QString want = r.query.queryItemValue(QLatin1String(key));
                if (!want.isEmpty() &&
                    w.value(QLatin1String(key)).toString().compare(want, Qt::CaseInsensitive) != 0)
                    keep = false;
            }
            const QDateTime created =
                QDateTime::fromString(w.value(QStringLiteral("created")).toString(), Qt::ISODate);
            if ((start.isValid() && created < start) || (end.isValid() && created > end))
                keep = false;
            if (keep)
                hits.append(w);
        }
        if (r.query.queryItemValue(QStringLiteral("sort")) == QLatin1String("created"))
            std::reverse(hits.begin(), hits.end());
        return ServerResponse::json(SandboxPaging::offsetPage(
            int(hits.size()), [&](int i) { return QJsonValue(hits.at(i)); }, limit, offset,
            url(QStringLiteral("/withdrawal/")), r.query));
    }
    if (second == QLatin1String("available-currencies") && r.method == "GET") {
        QJsonArray list;
        for (auto it = m_master.begin(); it != m_master.end(); ++it) {
            if (!it.value().isZero())
                list.append(it.key());
        }
        return ServerResponse::json(QJsonObject{{QStringLiteral("currencies"), list}});
    }
    if (parts.size() == 2 && r.method == "GET") {
        for (const auto &w : std::as_const(m_withdrawals)) {
            if (w.value(QStringLiteral("id")).toString() == second)
                return ServerResponse::json(w);
        }
        return detail(404, QStringLiteral("Withdrawal not found."));
    }
    bool ok = false;
    const QJsonObject body = r.json(&ok).toObject();
    if (!ok)
        return detail(400, QStringLiteral("JSON parse error."));
    if (parts.size() == 1 && r.method == "POST")
        return createWithdrawal(body);
    if (second == QLatin1String("status") && r.method == "POST") {
        const QString id = body.value(QStringLiteral("withdrawal_id")).toString();
        for (const auto &w : std::as_const(m_withdrawals)) {
            if (w.value(QStringLiteral("id")).toString() == id)
                return ServerResponse::json(
                    QJsonObject{{QStringLiteral("withdrawal_id"), id},
                                {QStringLiteral("status"), w.value(QStringLiteral("status"))},
                                {QStringLiteral("tx_hash"), w.value(QStringLiteral("tx_hash"))},
                                {QStringLiteral("updated"), w.value(QStringLiteral("updated"))}});
        }
        return detail(404, QStringLiteral("Withdrawal not found."));
    }
    const Spec *s = spec(body.value(QStringLiteral("currency")).toString());
    if (second == QLatin1String("validate-address") && r.method == "POST") {
        if (!s)
            return fieldError(QStringLiteral("currency"),
                              QStringLiteral("One of currency, blockchain or type is required."));
        const QString address = body.value(QStringLiteral("address")).toString();
        const bool valid = QRegularExpression(QLatin1String(s->address)).match(address).hasMatch();
        QJsonObject o{{QStringLiteral("address"), address},
                      {QStringLiteral("currency"), QLatin1String(s->code)},
                      {QStringLiteral("valid"), valid}};
        if (!valid)
            o.insert(QStringLiteral("message"), QStringLiteral("This is not a %1 address.")
                                                    .arg(QString::fromLatin1(s->chain).toUpper()));
        return ServerResponse::json(o);
    }
    if (!s)
        return fieldError(QStringLiteral("currency"), QStringLiteral("Unknown currency."));
    if (second == QLatin1String("min-amount") && r.method == "POST")
        return ServerResponse::json(
            QJsonObject{{QStringLiteral("currency"), QLatin1String(s->code)},
                        {QStringLiteral("min_amount"), eight(money(s->minimum))}});
    const auto amount = amountField(body, "amount");
    if (!amount)
        return fieldError(QStringLiteral("amount"),
                          QStringLiteral("A positive amount with at most 8 decimals is required."));
    const Money network = money(s->networkFee);
    if (second == QLatin1String("fee-estimate") && r.method == "POST")
        return ServerResponse::json(
            QJsonObject{{QStringLiteral("currency"), QLatin1String(s->code)},
                        {QStringLiteral("amount"), eight(*amount)},
                        {QStringLiteral("network_fee"), eight(network)},
                        {QStringLiteral("platform_fee"), eight(platformFee(*amount))},
                        {QStringLiteral("fee"), eight(*network.checkedAdd(platformFee(*amount)))}});
    if (second == QLatin1String("estimate") && r.method == "POST") {
        // final_amount: the amount is what arrives; otherwise what leaves the balance.
        const bool final = body.value(QStringLiteral("final_amount")).toBool();
        const Money platform = platformFee(*amount);
        const Money fee = *network.checkedAdd(platform);
        const Money requested = final ? *amount->checkedAdd(fee) : *amount;
        const Money arrives = final ? *amount : *amount->checkedSub(fee);
        return ServerResponse::json(
            QJsonObject{{QStringLiteral("requested_amount"), eight(requested)},
                        {QStringLiteral("fee"), eight(fee)},
                        {QStringLiteral("amount"), eight(arrives)},
                        {QStringLiteral("currency"), QLatin1String(s->code)},
                        {QStringLiteral("blockchain"), QString::fromLatin1(s->chain).toUpper()},
                        {QStringLiteral("token"), QString::fromLatin1(s->token).toUpper()},
                        {QStringLiteral("platform_fee"), eight(platform)},
                        {QStringLiteral("network_fee"), eight(network)}});
    }
    return detail(404, QStringLiteral("Not found."));
}

ServerResponse CryptoEmulator::createWithdrawal(const QJsonObject &body)
{
    const Spec *s = spec(body.value(QStringLiteral("currency")).toString());
    if (!s) {
        // Option 2: blockchain and token with a fiat price amount.
        const QString chain = body.value(QStringLiteral("blockchain")).toString().toLower();
        const QString token = body.value(QStringLiteral("token")).toString().toLower();
        for (const Spec &candidate : kSpecs) {
            if (chain == QLatin1String(candidate.chain) && token == QLatin1String(candidate.token))
                s = &candidate;
        }
    }
    if (!s)
        return fieldError(QStringLiteral("currency"), QStringLiteral("Unknown currency."));
    std::optional<Money> amount = amountField(body, "amount");
    if (!amount && body.contains(QStringLiteral("price_amount"))) {
        const auto price = amountField(body, "price_amount");
        if (price)
            amount = price->checkedDiv(money(s->usd), 8);
    }
    if (!amount)
        return fieldError(QStringLiteral("amount"),
                          QStringLiteral("A positive amount with at most 8 decimals is required."));
    const QString address = body.value(QStringLiteral("address")).toString();
    if (!QRegularExpression(QLatin1String(s->address)).match(address).hasMatch())
        return fieldError(QStringLiteral("address"), QStringLiteral("Invalid address."));
    if (*amount < money(s->minimum))
        return fieldError(QStringLiteral("amount"),
                          QStringLiteral("The minimum is %1.").arg(eight(money(s->minimum))));
    const QString code = QLatin1String(s->code);
    if (*amount > m_master.value(code))
        return fieldError(QStringLiteral("amount"), QStringLiteral("Insufficient balance."));
    const Money network = money(s->networkFee);
    const Money platform = platformFee(*amount);
    const Money fee = *network.checkedAdd(platform);
    m_master[code] = *m_master.value(code).checkedSub(*amount);
    const QString id = m_data.uuid();
    record(code, QStringLiteral("withdrawal"), *amount->checkedNegate(), id);
    ++m_withdrawalCount;
    const QJsonObject w{
        {QStringLiteral("id"), id},
        {QStringLiteral("custom_id"), body.value(QStringLiteral("custom_id"))},
        {QStringLiteral("amount"), eight(*amount)},
        {QStringLiteral("fee"), eight(fee)},
        {QStringLiteral("network_fee"), eight(network)},
        {QStringLiteral("platform_fee"), eight(platform)},
        {QStringLiteral("final_amount"), eight(*amount->checkedSub(fee))},
        {QStringLiteral("currency"), code},
        {QStringLiteral("blockchain"), QString::fromLatin1(s->chain).toUpper()},
        {QStringLiteral("token"), QString::fromLatin1(s->token).toUpper()},
        {QStringLiteral("address"), address},
        {QStringLiteral("status"), QStringLiteral("pending")},
        {QStringLiteral("tx_hash"), QJsonValue::Null},
        {QStringLiteral("created"), iso(now())},
        {QStringLiteral("updated"), iso(now())},
    };
    m_withdrawals.prepend(w);
    return ServerResponse::json(w, 201);
}
