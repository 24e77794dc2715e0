#include "CryptoParser.h"

#include "JsonFields.h"
#include "ProviderSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace CryptoParser {

// Stored as written (balance history continues it); shown translated (BalanceAccount).
const char *const MasterAccount = QT_TRANSLATE_NOOP("BalanceAccount", "Master account");

namespace {

/// A sub-account's balance in one currency: available_balance when given, else amount.
std::optional<Balance> subAccountBalance(JsonFields &f, const QJsonObject &o, const QString &name,
                                         const QString &currency, const QString &connection,
                                         const QDateTime &asOf)
{
    Balance b;
    b.provider = QStringLiteral("crypto");
    b.connection = connection;
    b.account = name;
    b.kind = Balance::Kind::SubAccount;
    b.currency = currency;
    const auto available = o.contains(QStringLiteral("available_balance"))
                               ? f.money(QStringLiteral("available_balance"))
                               : f.money(QStringLiteral("amount"));
    b.pending = f.money(QStringLiteral("pending_amount"), true);
    f.requireScale(QStringLiteral("available_balance"), available, currency);
    f.requireScale(QStringLiteral("pending_amount"), b.pending, currency);
    if (!f.ok())
        return std::nullopt;
    b.available = *available;
    b.asOf = asOf;
    return b;
}

} // namespace

std::optional<QList<Balance>> balances(const QJsonValue &body, const QString &connection,
                                       QString *error)
{
    const QJsonObject root = body.toObject();
    JsonFields f(root, QStringLiteral("crypto balances"), error);
    const QJsonObject account = f.object(QStringLiteral("account"));
    const QJsonObject subs = f.object(QStringLiteral("sub_accounts"), true);
    if (!f.ok())
        return std::nullopt;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Balance> out;
    for (auto it = account.begin(); it != account.end(); ++it) {
        JsonFields cf(it.value().toObject(), QStringLiteral("crypto balance %1").arg(it.key()),
                      error);
        Balance b;
        b.provider = QStringLiteral("crypto");
        b.connection = connection;
        b.account = QLatin1String(MasterAccount);
        b.kind = Balance::Kind::Account;
        b.currency = it.key();
        const auto amount = cf.money(QStringLiteral("amount"));
        b.pending = cf.money(QStringLiteral("pending_amount"), true);
        cf.requireScale(QStringLiteral("amount"), amount, b.currency);
        cf.requireScale(QStringLiteral("pending_amount"), b.pending, b.currency);
        if (!cf.ok() || !it.value().isObject())
            return std::nullopt;
        b.available = *amount;
        b.asOf = now;
        out.append(b);
    }
    for (auto it = subs.begin(); it != subs.end(); ++it) {
        const QJsonArray accounts =
            it.value().toObject().value(QStringLiteral("accounts")).toArray();
        for (const QJsonValue &v : accounts) {
            JsonFields af(v.toObject(), QStringLiteral("crypto sub-account"), error);
            const QString name = af.text(QStringLiteral("account_name"));
            const auto b = subAccountBalance(af, v.toObject(), name, it.key(), connection, now);
            if (!b)
                return std::nullopt;
            out.append(*b);
        }
    }
    return out;
}

std::optional<QList<Balance>> wallet(const QJsonObject &o, const QString &connection,
                                     QString *error)
{
    JsonFields f(o, QStringLiteral("crypto wallet"), error);
    const QString name = f.text(QStringLiteral("name"));
    f.id(QStringLiteral("wallet_id"));
    const QJsonValue list = o.value(QStringLiteral("balances"));
    if (!f.ok())
        return std::nullopt;
    if (!list.isArray() && !list.isUndefined()) {
        f.fail(QStringLiteral("balances"), QStringLiteral("is not a list"));
        return std::nullopt;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Balance> out;
    for (const QJsonValue &v : list.toArray()) {
        JsonFields bf(v.toObject(), QStringLiteral("crypto wallet balance"), error);
        const QString currency = bf.text(QStringLiteral("currency"));
        if (!bf.ok() || !v.isObject())
            return std::nullopt;
        const auto b = subAccountBalance(bf, v.toObject(), name, currency, connection, now);
        if (!b)
            return std::nullopt;
        out.append(*b);
    }
    return out;
}

std::optional<Recipient> walletSummary(const QJsonObject &o, QString *error)
{
    JsonFields f(o, QStringLiteral("crypto wallet"), error);
    // Braced: the fields are read in order, so the first problem is the one named.
    const Recipient r{f.id(QStringLiteral("wallet_id")), f.text(QStringLiteral("name")),
                      f.optionalText(QStringLiteral("external_id"))};
    return f.ok() ? std::make_optional(r) : std::nullopt;
}

std::optional<PayoutState> withdrawalState(const QJsonObject &o, QString *error)
{
    JsonFields f(o, QStringLiteral("withdrawal status"), error);
    PayoutState s;
    s.reference = f.id(QStringLiteral("withdrawal_id"));
    s.rawStatus = f.text(QStringLiteral("status"));
    s.chainReference = f.optionalText(QStringLiteral("tx_hash"));
    s.updated = f.time(QStringLiteral("updated"), true);
    return f.ok() ? std::make_optional(s) : std::nullopt;
}

std::optional<QList<PayoutCurrency>> currencies(const QJsonValue &body, QString *error)
{
    JsonFields f(body.toObject(), QStringLiteral("currencies"), error);
    const QJsonValue list = body.toObject().value(QStringLiteral("currencies"));
    if (!list.isArray()) {
        f.fail(QStringLiteral("currencies"), QStringLiteral("is not a list"));
        return std::nullopt;
    }
    QList<PayoutCurrency> out;
    for (const QJsonValue &v : list.toArray()) {
        PayoutCurrency c;
        if (v.isString()) { // the short form: codes only
            c.code = v.toString();
        } else {
            JsonFields cf(v.toObject(), QStringLiteral("currency"), error);
            c.code = cf.text(QStringLiteral("currency"));
            c.name = cf.optionalText(QStringLiteral("name"));
            c.network = cf.optionalText(QStringLiteral("blockchain"));
            c.minimum = cf.money(QStringLiteral("min_amount"), true);
            c.maximum = cf.money(QStringLiteral("max_amount"), true);
            if (!cf.ok() || !v.isObject())
                return std::nullopt;
        }
        if (c.code.isEmpty()) {
            f.fail(QStringLiteral("currencies"), QStringLiteral("holds an empty code"));
            return std::nullopt;
        }
        out.append(c);
    }
    return out;
}

namespace {

std::optional<Transaction> common(const QJsonObject &o, const QString &connection,
                                  const QString &what, const char *idField, QString *error,
                                  JsonFields &f)
{
    Q_UNUSED(error);
    Transaction t;
    t.provider = QStringLiteral("crypto");
    t.connection = connection;
    t.id = f.id(QLatin1String(idField));
    t.date = f.time(QStringLiteral("created"));
    t.rawStatus = f.text(QStringLiteral("status"));
    t.currency = f.text(QStringLiteral("currency"));
    const auto amount = f.money(QStringLiteral("amount"));
    f.requireScale(QStringLiteral("amount"), amount, t.currency);
    if (!f.ok())
        return std::nullopt;
    if (amount->isNegative()) {
        f.fail(QStringLiteral("amount"), QStringLiteral("is negative"));
        return std::nullopt;
    }
    Q_UNUSED(what);
    t.amount = *amount;
    t.raw = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return t;
}

// What the record was priced at in fiat (price_amount in price_currency), as the
// payment and the fiat-denominated withdrawal name it; a price without its currency is
// kept as it came, never given one.
void fiatPrice(JsonFields &f, TransactionExtra &extra)
{
    extra.fiatAmount = f.money(QStringLiteral("price_amount"), true);
    extra.fiatCurrency = f.optionalText(QStringLiteral("price_currency"));
}

} // namespace

std::optional<Balance> historyEntry(const QJsonObject &o, const QString &connection, QString *error)
{
    JsonFields f(o, QStringLiteral("crypto balance history"), error);
    Balance b;
    b.provider = QStringLiteral("crypto");
    b.connection = connection;
    // The same account name as the live balances, so the history continues them.
    b.account = QLatin1String(MasterAccount);
    b.currency = f.text(QStringLiteral("currency"));
    const std::optional<Money> after = f.money(QStringLiteral("balance_after"));
    b.asOf = f.time(QStringLiteral("created"));
    b.cause = f.optionalText(QStringLiteral("type"));
    if (!f.ok() || !after)
        return std::nullopt;
    b.available = *after;
    return b;
}

std::optional<Transaction> withdrawal(const QJsonObject &o, const QString &connection,
                                      QString *error)
{
    JsonFields f(o, QStringLiteral("crypto withdrawal"), error);
    auto t = common(o, connection, QStringLiteral("withdrawal"), "id", error, f);
    if (!t)
        return std::nullopt;
    t->fee = f.money(QStringLiteral("fee"), true);
    // Estimate Withdrawal names the figures: requested_amount leaves the balance, the fee
    // comes out of it, amount is what arrives. The row keeps what arrived with the fee
    // beside it, so that the two add up to what left; figures that do not are not guessed
    // at.
    const std::optional<Money> requested = f.money(QStringLiteral("requested_amount"), true);
    f.requireScale(QStringLiteral("fee"), t->fee, t->currency);
    t->extra.networkFee = f.money(QStringLiteral("network_fee"), true);
    t->extra.platformFee = f.money(QStringLiteral("platform_fee"), true);
    t->extra.chainReference = f.optionalText(QStringLiteral("tx_hash"));
    fiatPrice(f, t->extra);
    const QString address = f.optionalText(QStringLiteral("address"));
    if (!f.ok())
        return std::nullopt;
    if (requested && requested->checkedSub(t->fee.value_or(Money())) != t->amount) {
        f.fail(QStringLiteral("requested_amount"),
               QStringLiteral("is not amount plus fee (%1 + %2)")
                   .arg(t->amount.toString(), t->fee.value_or(Money()).toString()));
        return std::nullopt;
    }
    t->direction = Transaction::Direction::Out;
    t->description = QStringLiteral("Withdrawal to %1").arg(address);
    const QString s = t->rawStatus.toLower();
    if (s == QLatin1String("completed") || s == QLatin1String("finished"))
        t->status = Transaction::Status::Settled;
    else if (s == QLatin1String("pending") || s == QLatin1String("processing") ||
             s == QLatin1String("sending") || s == QLatin1String("created"))
        t->status = Transaction::Status::Pending;
    else if (s == QLatin1String("failed"))
        t->status = Transaction::Status::Failed;
    else if (s == QLatin1String("rejected"))
        t->status = Transaction::Status::Declined;
    else if (s == QLatin1String("cancelled") || s == QLatin1String("canceled"))
        t->status = Transaction::Status::Cancelled;
    else {
        f.fail(QStringLiteral("status"), QStringLiteral("unknown value \"%1\"").arg(t->rawStatus));
        return std::nullopt;
    }
    return t;
}

std::optional<Transaction> payment(const QJsonObject &o, const QString &connection, QString *error)
{
    JsonFields f(o, QStringLiteral("crypto payment"), error);
    auto t = common(o, connection, QStringLiteral("payment"), "transaction_id", error, f);
    if (!t)
        return std::nullopt;
    const QString order = f.optionalText(QStringLiteral("order_id"));
    const QString description = f.optionalText(QStringLiteral("order_description"));
    fiatPrice(f, t->extra);
    if (!f.ok())
        return std::nullopt;
    t->direction = Transaction::Direction::In;
    t->description = description.isEmpty() ? order : description;
    const QString s = t->rawStatus.toLower();
    if (s == QLatin1String("finished") || s == QLatin1String("confirmed") ||
        s == QLatin1String("completed"))
        t->status = Transaction::Status::Settled;
    else if (s == QLatin1String("waiting") || s == QLatin1String("confirming") ||
             s == QLatin1String("sending") || s == QLatin1String("partially_paid"))
        t->status = Transaction::Status::Pending;
    else if (s == QLatin1String("failed"))
        t->status = Transaction::Status::Failed;
    else if (s == QLatin1String("expired"))
        t->status = Transaction::Status::Cancelled;
    else if (s == QLatin1String("refunded"))
        t->status = Transaction::Status::Reversed;
    else {
        f.fail(QStringLiteral("status"), QStringLiteral("unknown value \"%1\"").arg(t->rawStatus));
        return std::nullopt;
    }
    return t;
}

bool page(const QJsonValue &body, QList<QJsonObject> *items, QString *error)
{
    const QJsonObject root = body.toObject();
    JsonFields f(root, QStringLiteral("crypto list"), error);
    const QJsonValue results = root.value(QStringLiteral("results"));
    if (!body.isObject() || !results.isArray()) {
        f.fail(QStringLiteral("results"), QStringLiteral("is missing or not a list"));
        return false;
    }
    for (const QJsonValue &v : results.toArray()) {
        if (!v.isObject()) {
            f.fail(QStringLiteral("results[]"),
                   QStringLiteral("holds an item that is not an object"));
            return false;
        }
        items->append(v.toObject());
    }
    return true;
}

std::optional<ExchangeRate> rate(const QJsonValue &body, const QString &currency, QString *error)
{
    JsonFields f(body.toObject(), QStringLiteral("crypto rate"), error);
    ExchangeRate x;
    x.from = f.text(QStringLiteral("currency_from"));
    x.to = f.text(QStringLiteral("currency_to"));
    const auto r = f.money(QStringLiteral("rate"));
    x.at = f.time(QStringLiteral("timestamp"), true);
    if (!f.ok())
        return std::nullopt;
    // Valued by the pair the answer names: a rate read the other way round would move the
    // total by the rate squared, with nothing to show for it.
    const QString usd = QStringLiteral("USD");
    if (!((x.from == usd && x.to == currency) || (x.from == currency && x.to == usd))) {
        f.fail(QStringLiteral("currency_from"),
               QStringLiteral("names %1 to %2, not a rate between USD and %3")
                   .arg(x.from.left(16), x.to.left(16), currency));
        return std::nullopt;
    }
    if (r->isNegative() || r->isZero()) {
        f.fail(QStringLiteral("rate"), QStringLiteral("is not positive"));
        return std::nullopt;
    }
    x.rate = *r;
    return x;
}

std::optional<PayoutQuote> quote(const QJsonObject &address, const QJsonObject &minimum,
                                 const QJsonObject &estimate, const QJsonObject &networkFee,
                                 const Money &amount, QString *error)
{
    PayoutQuote q;
    JsonFields a(address, QStringLiteral("address validation"), error);
    if (!address.value(QStringLiteral("valid")).isBool()) {
        a.fail(QStringLiteral("valid"), QStringLiteral("missing"));
        return std::nullopt;
    }
    if (!address.value(QStringLiteral("valid")).toBool()) {
        const QString why = a.optionalText(QStringLiteral("message"));
        q.problems.insert(PayoutField::Address,
                          why.isEmpty() ? QCoreApplication::translate(
                                              "CryptoParser", "The gateway rejects this address.")
                                        : why);
    }
    JsonFields m(minimum, QStringLiteral("minimum amount"), error);
    q.minimum = m.money(QStringLiteral("min_amount"));
    JsonFields e(estimate, QStringLiteral("withdrawal estimate"), error);
    q.fee = e.money(QStringLiteral("fee"));
    q.arrives = e.money(QStringLiteral("amount"));
    JsonFields n(networkFee, QStringLiteral("fee estimate"), error);
    q.networkFee = n.money(QStringLiteral("network_fee"));
    if (!a.ok() || !m.ok() || !e.ok() || !n.ok())
        return std::nullopt;
    if (amount < *q.minimum)
        q.amountProblem = QCoreApplication::translate("CryptoParser", "The minimum is %1.")
                              .arg(q.minimum->normalized().toString());
    return q;
}

std::optional<PayoutReceipt> withdrawalReceipt(const QJsonObject &o, QString *error)
{
    JsonFields f(o, QStringLiteral("withdrawal"), error);
    PayoutReceipt r = ProviderSupport::receiptHead(
        f, QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("created"));
    r.fee = f.money(QStringLiteral("fee"), true);
    // The fee is in the coin, also for a withdrawal asked in dollars.
    r.feeCurrency = f.optionalText(QStringLiteral("currency"));
    if (!f.ok())
        return std::nullopt;
    return r;
}

} // namespace CryptoParser
