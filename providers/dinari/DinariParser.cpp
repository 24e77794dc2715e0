#include "DinariParser.h"

#include "JsonFields.h"
#include "ProviderSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace DinariParser {

namespace {

QString gatewayWords(const QJsonObject &root)
{
    for (const char *container : {"details", "data"}) {
        const QJsonObject d = root.value(QLatin1String(container)).toObject();
        for (const char *key : {"GATEWAY_ERROR", "GATEWAY_MESSAGE", "error_message"}) {
            const QString s = d.value(QLatin1String(key)).toString();
            if (!s.isEmpty())
                return s;
        }
    }
    return root.value(QStringLiteral("message")).toString();
}

/// An error reply whose own balances show money leaving (the SWIFT section's example does:
/// 2300 before, 1992 after) contradicts itself: the payment may have been made.
std::optional<QPair<Money, Money>> balanceFell(const QJsonObject &root)
{
    for (const char *container : {"details", "data"}) {
        const QJsonObject d = root.value(QLatin1String(container)).toObject();
        const auto before =
            Money::fromJson(d.value(QStringLiteral("PAYOUT_BALANCE_BEFORE_TRANSACTION")));
        const auto after =
            Money::fromJson(d.value(QStringLiteral("PAYOUT_BALANCE_AFTER_TRANSACTION")));
        if (before && after && *after < *before)
            return qMakePair(*before, *after);
    }
    return std::nullopt;
}

} // namespace

std::optional<QJsonObject> data(const HttpResponse &r, ProviderError *error)
{
    ProviderError parseProblem;
    const auto json = r.json(&parseProblem);
    const QJsonObject root = json ? json->toObject() : QJsonObject();
    const QString status = root.value(QStringLiteral("status")).toString();
    if (r.ok() && json && status == QLatin1String("success"))
        return root.value(QStringLiteral("data")).toObject();
    if (!r.ok() && status != QLatin1String("error")) {
        *error = r.error; // transport failure or a non-gateway page
        return std::nullopt;
    }
    if (r.ok() && !json) {
        *error = parseProblem;
        return std::nullopt;
    }
    if (status != QLatin1String("error")) {
        *error =
            r.parseError(QStringLiteral("\"status\" is \"%1\", not success or error").arg(status));
        return std::nullopt;
    }
    ProviderError e = r.error;
    e.providerMessage = gatewayWords(root);
    const bool auth =
        r.status == 401 ||
        e.providerMessage.contains(QStringLiteral("Corporate Account ID"), Qt::CaseInsensitive) ||
        e.providerMessage.contains(QStringLiteral("API Key"), Qt::CaseInsensitive);
    if (auth) {
        e.kind = ProviderError::Kind::Auth;
        e.message = QCoreApplication::translate(
            "Dinari", "Dinari rejected the corporate account ID or gateway API key.");
    } else {
        // The gateway said no (HTTP 200 or 4xx with "status": "error"): its reason is
        // the message a user needs.
        e.kind = r.status >= 500 ? ProviderError::Kind::Server : ProviderError::Kind::Provider;
        e.message =
            QCoreApplication::translate("Dinari", "Dinari refused: %1")
                .arg(e.providerMessage.isEmpty() ? root.value(QStringLiteral("message")).toString()
                                                 : e.providerMessage);
    }
    if (const auto fell = balanceFell(root)) {
        // Not a refusal to trust: leave the outcome unknown, to be found in the list.
        e.kind = ProviderError::Kind::Parse;
        e.message = QCoreApplication::translate(
                        "Dinari", "Dinari answered with an error, yet its payout balance fell "
                                  "from %1 to %2: the payment may have been made.")
                        .arg(fell->first.toString(), fell->second.toString());
    }
    if (e.httpStatus == 0)
        e.httpStatus = r.status;
    *error = e;
    return std::nullopt;
}

std::optional<QList<Balance>> balances(const QJsonObject &d, const QString &connection,
                                       QString *error)
{
    JsonFields f(d, QStringLiteral("Dinari balance"), error);
    const QString currency = d.contains(QStringLiteral("ACCOUNT_CURRENCY_ISO3"))
                                 ? f.text(QStringLiteral("ACCOUNT_CURRENCY_ISO3"))
                                 : QStringLiteral("USD");
    const QDateTime asOf = f.time(QStringLiteral("GATEWAY_DATETIME"), true);
    QList<Balance> out;
    const struct
    {
        const char *field;
        const char *account;
        Balance::Kind kind;
    } parts[] = {
        // Stored as written; the Balances page shows them translated (BalanceAccount).
        {"PAYOUT_BALANCE", QT_TRANSLATE_NOOP("BalanceAccount", "payout"), Balance::Kind::Payout},
        {"FLOAT_BALANCE", QT_TRANSLATE_NOOP("BalanceAccount", "float"), Balance::Kind::Float},
        {"RESERVE_BALANCE", QT_TRANSLATE_NOOP("BalanceAccount", "reserve"),
         Balance::Kind::Reserve}};
    for (const auto &p : parts) {
        const auto amount = f.money(QLatin1String(p.field));
        f.requireScale(QLatin1String(p.field), amount, currency);
        if (!f.ok())
            return std::nullopt;
        Balance b;
        b.provider = QStringLiteral("dinari");
        b.connection = connection;
        b.account = QLatin1String(p.account);
        b.kind = p.kind;
        b.currency = currency;
        b.available = *amount;
        b.asOf = asOf.isValid() ? asOf : QDateTime::currentDateTimeUtc();
        out.append(b);
    }
    return out;
}

Transaction::Status status(const QString &raw, bool *known)
{
    const QString s = raw.trimmed().toUpper();
    *known = true;
    if (s == QLatin1String("INITIATED") || s == QLatin1String("PENDING") ||
        s == QLatin1String("PROCESSING"))
        return Transaction::Status::Pending;
    if (s == QLatin1String("COMPLETED") || s == QLatin1String("SUCCESS") ||
        s == QLatin1String("AUTHORIZED"))
        return Transaction::Status::Settled;
    if (s == QLatin1String("FAILED"))
        return Transaction::Status::Failed;
    if (s == QLatin1String("DECLINED") || s.startsWith(QLatin1String("REJECTED")))
        return Transaction::Status::Declined;
    if (s == QLatin1String("CANCELED") || s == QLatin1String("CANCELLED"))
        return Transaction::Status::Cancelled;
    if (s == QLatin1String("REVERSED") || s == QLatin1String("RETURNED"))
        return Transaction::Status::Reversed;
    *known = false;
    return Transaction::Status::Pending;
}

std::optional<Card> card(const QJsonObject &d, const QString &connection, QString *error)
{
    JsonFields f(d, QStringLiteral("Dinari card"), error);
    Card c;
    c.provider = QStringLiteral("dinari");
    c.connection = connection;
    c.id = f.id(QStringLiteral("CARD_ACCOUNT_ID"));
    c.rawState = f.text(QStringLiteral("CARD_STATUS"));
    c.balance = f.money(QStringLiteral("CARD_BALANCE"), true);
    c.currency = f.optionalText(QStringLiteral("CARD_CURRENCY_ISO3"));
    if (c.currency.isEmpty())
        c.currency = QStringLiteral("USD");
    c.created = f.time(QStringLiteral("CARD_DATETIME_CREATED"), true);
    const QString holder = f.optionalText(QStringLiteral("CARDHOLDER_NAME"));
    const QString email = f.optionalText(QStringLiteral("CARDHOLDER_EMAILADDRESS"));
    // Only the last four digits of a masked number are kept; never the number itself.
    const QString masked = f.optionalText(QStringLiteral("RECIPIENT_CARD_NUMBER"));
    if (!f.ok())
        return std::nullopt;
    QString digits;
    for (QChar ch : masked) {
        if (ch.isDigit())
            digits += ch;
    }
    c.lastFour =
        digits.size() >= 4 && masked.right(4) == digits.right(4) ? digits.right(4) : QString();
    c.name =
        !holder.isEmpty()
            ? holder
            : (!email.isEmpty()
                   ? email
                   : QCoreApplication::translate("Dinari", "Virtual card %1").arg(c.id.left(6)));
    c.spendingFrequency = QStringLiteral("prepaid");
    const QString s = c.rawState.toUpper();
    if (s == QLatin1String("ACTIVE"))
        c.state = Card::State::Open;
    else if (s == QLatin1String("PAUSED"))
        c.state = Card::State::Frozen;
    else if (s == QLatin1String("CANCELED") || s == QLatin1String("CANCELLED"))
        c.state = Card::State::Cancelled;
    else {
        f.fail(QStringLiteral("CARD_STATUS"),
               QStringLiteral("unknown value \"%1\"").arg(c.rawState));
        return std::nullopt;
    }
    return c;
}

std::optional<Transaction> transaction(const QJsonObject &o, const QString &connection,
                                       QString *error)
{
    JsonFields f(o, QStringLiteral("Dinari transaction"), error);
    Transaction t;
    t.provider = QStringLiteral("dinari");
    t.connection = connection;
    t.id = f.id(QStringLiteral("TRANSACTION_ID"));
    t.date = f.time(QStringLiteral("TRANSACTION_DATETIME_CREATED"));
    t.rawStatus = f.text(QStringLiteral("TRANSACTION_STATUS"));
    t.currency = f.optionalText(QStringLiteral("TRANSACTION_CURRENCY_ISO3"));
    // The list says TRANSACTION_SEND_AMOUNT; the cancel reply says SEND_AMOUNT.
    const auto amount = o.contains(QStringLiteral("TRANSACTION_SEND_AMOUNT"))
                            ? f.money(QStringLiteral("TRANSACTION_SEND_AMOUNT"))
                            : f.money(QStringLiteral("SEND_AMOUNT"));
    t.fee = f.money(QStringLiteral("SEND_FEE_TOTAL_AMOUNT"), true);
    const QString direction = f.optionalText(QStringLiteral("TRANSACTION_DIRECTION")).toUpper();
    const QString description = f.optionalText(QStringLiteral("PUBLIC_TRANSACTION_DESCRIPTION"));
    const QString recipient = f.optionalText(QStringLiteral("RECIPIENT_FULL_NAME"));
    const QString gateway = f.optionalText(QStringLiteral("GATEWAY_MESSAGE"));
    t.cardId = f.optionalText(QStringLiteral("CARD_ACCOUNT_ID"));
    if (t.currency.isEmpty())
        t.currency = QStringLiteral("USD");
    f.requireScale(QStringLiteral("amount"), amount, t.currency);
    f.requireScale(QStringLiteral("SEND_FEE_TOTAL_AMOUNT"), t.fee, t.currency);
    if (!f.ok())
        return std::nullopt;
    bool known = false;
    t.status = status(t.rawStatus, &known);
    if (!known) {
        f.fail(QStringLiteral("TRANSACTION_STATUS"),
               QStringLiteral("unknown value \"%1\"").arg(t.rawStatus));
        return std::nullopt;
    }
    if (!direction.isEmpty() && direction != QLatin1String("OUTGOING") &&
        direction != QLatin1String("INCOMING")) {
        f.fail(QStringLiteral("TRANSACTION_DIRECTION"),
               QStringLiteral("unknown value \"%1\"").arg(direction));
        return std::nullopt;
    }
    t.direction = direction == QLatin1String("INCOMING") ? Transaction::Direction::In
                                                         : Transaction::Direction::Out;
    t.amount = amount->isNegative() ? *amount->checkedNegate() : *amount;
    if (amount->isNegative())
        t.direction = Transaction::Direction::In;
    QStringList words;
    if (!recipient.isEmpty())
        words << recipient;
    if (!description.isEmpty())
        words << description;
    t.description = words.isEmpty() ? gateway : words.join(QStringLiteral(" — "));
    t.raw = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return t;
}

QList<Transaction> byDirection(const QList<Transaction> &outgoing,
                               const QList<Transaction> &incoming)
{
    QSet<QString> out;
    for (const Transaction &t : outgoing)
        out.insert(t.id);
    QList<Transaction> all = outgoing;
    for (Transaction t : incoming) {
        if (out.contains(t.id))
            continue;
        t.direction = Transaction::Direction::In;
        all.append(t);
    }
    return all;
}

std::optional<QList<Transaction>> cardPurchases(const QJsonObject &details, const Card &card,
                                                QString *error)
{
    QList<Transaction> out;
    // Documented with the typo; accept the corrected spelling too.
    const QJsonValue list = details.contains(QStringLiteral("LIST_TANSACTIONS"))
                                ? details.value(QStringLiteral("LIST_TANSACTIONS"))
                                : details.value(QStringLiteral("LIST_TRANSACTIONS"));
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        JsonFields f(o, QStringLiteral("Dinari card purchase"), error);
        Transaction t;
        t.provider = QStringLiteral("dinari");
        t.connection = card.connection;
        t.id = f.id(QStringLiteral("TRANSACTION_ID"));
        const auto amount = f.money(QStringLiteral("AMOUNT"));
        t.rawStatus = f.text(QStringLiteral("TRANSACTION_STATUS"));
        t.date = f.time(QStringLiteral("TRANSACTION_DATETIME_CREATED"));
        t.description = f.optionalText(QStringLiteral("PURCHASE_DESCRIPTION"));
        if (!f.ok())
            return std::nullopt;
        bool known = false;
        t.status = status(t.rawStatus, &known);
        if (!known) {
            f.fail(QStringLiteral("TRANSACTION_STATUS"),
                   QStringLiteral("unknown value \"%1\"").arg(t.rawStatus));
            return std::nullopt;
        }
        t.amount = amount->isNegative() ? *amount->checkedNegate() : *amount;
        t.direction =
            amount->isNegative() ? Transaction::Direction::In : Transaction::Direction::Out;
        t.currency = card.currency;
        t.cardId = card.id;
        t.cardName = card.name;
        t.cardLastFour = card.lastFour;
        t.raw = QJsonDocument(o).toJson(QJsonDocument::Compact);
        out.append(t);
    }
    return out;
}

namespace {

/// The rule behind a payout's fee. SEND_FEE_PERCENTAGE is 2.5 (per cent) in the ACH
/// example and 0.03 beside a 3.00 share of 300 (1 %) in the SWIFT one, so the share the
/// gateway charged decides: the stated percentage where it gives that share, else the
/// share over the amount sent, and no rule when neither can be told.
std::optional<FeeRule> feeRule(const Money &fixed, const std::optional<Money> &percent,
                               const std::optional<Money> &share, const std::optional<Money> &sent)
{
    if (!share || !sent || sent->isZero())
        return percent ? std::optional<FeeRule>(FeeRule{fixed, *percent}) : std::nullopt;
    const Money zero = Money::fromMinorUnits(0, 0);
    const auto gives = [&](const Money &p) {
        const auto part = FeeRule{zero, p}.feeFor(*sent, 2);
        return part && *part == *share;
    };
    if (percent && gives(*percent))
        return FeeRule{fixed, *percent};
    const auto hundredfold = share->checkedMul(Money::fromMinorUnits(100, 0), 4);
    const auto derived = hundredfold ? hundredfold->checkedDiv(*sent, 4) : std::nullopt;
    if (derived && gives(*derived))
        return FeeRule{fixed, derived->normalized()};
    return std::nullopt;
}

} // namespace

std::optional<PayoutReceipt> receipt(const QJsonObject &o, QString *error)
{
    JsonFields f(o, QStringLiteral("Dinari payout"), error);
    PayoutReceipt r = ProviderSupport::receiptHead(f, QStringLiteral("TRANSACTION_ID"),
                                                   QStringLiteral("TRANSACTION_STATUS"),
                                                   QStringLiteral("TRANSACTION_DATETIME_CREATED"));
    r.fee = f.money(QStringLiteral("SEND_FEE_TOTAL_AMOUNT"), true);
    r.balanceAfter = f.money(QStringLiteral("PAYOUT_BALANCE_AFTER_TRANSACTION"), true);
    const auto fixed = f.money(QStringLiteral("SEND_FEE_FIXED_AMOUNT"), true);
    const auto percent = f.money(QStringLiteral("SEND_FEE_PERCENTAGE"), true);
    const auto percentAmount = f.money(QStringLiteral("SEND_FEE_PERCENTAGE_AMOUNT"), true);
    const auto sent = f.money(QStringLiteral("TRANSACTION_SEND_AMOUNT"), true);
    if (!f.ok())
        return std::nullopt;
    if (fixed)
        r.feeRule = feeRule(*fixed, percent, percentAmount, sent);
    return r;
}

std::optional<PayoutReceipt> cancellation(const QJsonObject &o, QString *error)
{
    JsonFields f(o, QStringLiteral("Dinari cancellation"), error);
    PayoutReceipt r = ProviderSupport::receiptHead(f, QStringLiteral("TRANSACTION_ID"),
                                                   QStringLiteral("TRANSACTION_STATUS"),
                                                   QStringLiteral("TRANSACTION_DATETIME_CREATED"));
    // What calling it back cost, charged apart from the refund.
    r.fee = f.money(QStringLiteral("CANCEL_FEE_TOTAL_AMOUNT"), true);
    r.balanceAfter = f.money(QStringLiteral("PAYOUT_BALANCE_AFTER_CANCEL"), true);
    r.feeCurrency = f.optionalText(QStringLiteral("TRANSACTION_CURRENCY_ISO3"));
    f.requireScale(QStringLiteral("CANCEL_FEE_TOTAL_AMOUNT"), r.fee,
                   r.feeCurrency.isEmpty() ? QStringLiteral("USD") : r.feeCurrency);
    if (!f.ok())
        return std::nullopt;
    return r;
}

} // namespace DinariParser
