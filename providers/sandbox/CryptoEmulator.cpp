#include "CryptoEmulator.h"

#include "CryptoReplies.h"
#include "CryptoSpecs.h"
#include "SandboxPaging.h"

#include <QJsonArray>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QTimeZone>

using namespace CryptoReplies;
using CryptoSpecs::eight;
using CryptoSpecs::money;
using CryptoSpecs::platformFee;
using CryptoSpecs::Spec;

CryptoEmulator::CryptoEmulator(SandboxData &data, QString clientId, QString clientSecret)
    : m_data(quint32(data.between(1, 1 << 30))), m_clientId(std::move(clientId)),
      m_clientSecret(std::move(clientSecret))
{
    const QDateTime anchor = SandboxJson::anchor();
    for (const Spec &s : CryptoSpecs::all()) {
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
        const Spec &s = CryptoSpecs::all().at(data.between(0, int(CryptoSpecs::all().size()) - 1));
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
                // The figures as Estimate Withdrawal names them: requested_amount leaves
                // the balance, the fee comes out of it, amount is what arrives.
                {QStringLiteral("requested_amount"), eight(amount)},
                {QStringLiteral("amount"), eight(*amount.checkedSub(fee))},
                {QStringLiteral("fee"), eight(fee)},
                {QStringLiteral("network_fee"), eight(network)},
                {QStringLiteral("platform_fee"), eight(platform)},
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
    const Spec *s = CryptoSpecs::find(currency);
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

// "Get Balance History" names its filters (currency, type, limit, offset) but shows no
// reply: each entry is a movement (id, currency, type, amount, created) with the balance
// after it (balance_after) and what caused it (reference), which a history must carry.
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
    // The document names POST /o/token/ but shows no reply: RFC 6749 sections 5.1 and 5.2
    // (access_token, token_type, expires_in; error, error_description) say what it holds.
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
    // "List OAuth Applications" shows no reply; authorization_grant_type is the OAuth
    // application's grant (RFC 6749 section 4.4, client credentials).
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
    for (const Spec &s : CryptoSpecs::all()) {
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
    // A rate below one keeps the digits a gateway's floating-point answer has (USD to BTC
    // is 0.0000155...); eight places would lose most of them.
    Money rate = *usdRate(from).checkedDiv(usdRate(to), 8);
    if (rate < Money::fromMinorUnits(1, 0))
        rate = *usdRate(from).checkedDiv(usdRate(to), 18);
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

ServerResponse CryptoEmulator::payments(const ServerRequest &r, const QStringList &parts)
{
    const QString second = parts.value(1);
    if (parts.size() == 1 && r.method == "GET") {
        int limit = 20, offset = 0;
        if (const auto bad = pageOf(r.query, &limit, &offset))
            return *bad;
        QList<QJsonObject> hits;
        for (const auto &p : std::as_const(m_payments)) {
            if (matches(p, r.query, {"status", "currency", "blockchain", "token"}))
                hits.append(p);
        }
        return ServerResponse::json(SandboxPaging::offsetPage(
            int(hits.size()), [&](int i) { return QJsonValue(hits.at(i)); }, limit, offset,
            url(QStringLiteral("/payments/")), r.query));
    }
    if (second == QLatin1String("min-amount") && r.method == "GET") {
        const Spec *s = CryptoSpecs::find(r.query.queryItemValue(QStringLiteral("currency")));
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
        const Spec *s = CryptoSpecs::find(body.value(QStringLiteral("currency")).toString());
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
            // "Create Payment" shows no reply: a payment is paid to an address of the gateway.
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
