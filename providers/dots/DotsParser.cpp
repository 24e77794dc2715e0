#include "DotsParser.h"

#include "JsonFields.h"
#include "ProviderSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace DotsParser {

namespace {

/// Cents as a JSON integer or as integer text ("-1000"), read through Money.
std::optional<qint64> cents(const QJsonObject &o, const QString &field, JsonFields &f)
{
    const QJsonValue v = o.value(field);
    const auto m = Money::fromJson(v);
    const auto whole = m ? m->withScale(0) : std::nullopt;
    if (whole)
        return whole->minorUnits();
    f.fail(field, v.isUndefined() ? QStringLiteral("is missing")
                                  : QStringLiteral("is not a whole number of cents"));
    return std::nullopt;
}

Transaction::Status status(const QString &raw, bool *known)
{
    *known = true;
    if (raw == QLatin1String("completed") || raw == QLatin1String("paid") ||
        raw == QLatin1String("claimed"))
        return Transaction::Status::Settled;
    if (raw == QLatin1String("created") || raw == QLatin1String("pending") ||
        raw == QLatin1String("processing") || raw == QLatin1String("paying_out") ||
        raw == QLatin1String("delivered"))
        return Transaction::Status::Pending;
    if (raw == QLatin1String("failed"))
        return Transaction::Status::Failed;
    if (raw == QLatin1String("cancelled") || raw == QLatin1String("canceled") ||
        raw == QLatin1String("expired"))
        return Transaction::Status::Cancelled;
    if (raw == QLatin1String("reversed") || raw == QLatin1String("returned"))
        return Transaction::Status::Reversed;
    *known = false;
    return Transaction::Status::Pending;
}

std::optional<Transaction> common(const QJsonObject &o, const QString &connection,
                                  const QString &what, QString *error, qint64 *amountCents)
{
    JsonFields f(o, what, error);
    Transaction t;
    t.provider = QStringLiteral("dots");
    t.connection = connection;
    t.id = f.id(QStringLiteral("id"));
    t.date = f.time(QStringLiteral("created"));
    t.rawStatus = f.text(QStringLiteral("status"));
    const auto amount = f.ok() ? cents(o, QStringLiteral("amount"), f) : std::nullopt;
    if (!f.ok())
        return std::nullopt;
    bool known = false;
    t.status = status(t.rawStatus, &known);
    if (!known) {
        f.fail(QStringLiteral("status"), QStringLiteral("unknown value \"%1\"").arg(t.rawStatus));
        return std::nullopt;
    }
    *amountCents = *amount;
    t.currency = QStringLiteral("USD");
    t.raw = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return t;
}

} // namespace

std::optional<Transaction> payout(const QJsonObject &o, const QString &connection, QString *error)
{
    qint64 c = 0;
    auto t = common(o, connection, QStringLiteral("Dots payout"), error, &c);
    if (!t)
        return std::nullopt;
    t->direction = Transaction::Direction::Out;
    t->amount = Money::fromMinorUnits(qAbs(c), 2);
    const QString platform = o.value(QStringLiteral("external_data"))
                                 .toObject()
                                 .value(QStringLiteral("platform"))
                                 .toString();
    t->description = QStringLiteral("Payout %1 to %2")
                         .arg(platform.isEmpty() ? QString() : QStringLiteral("(%1)").arg(platform),
                              o.value(QStringLiteral("user_id")).toString())
                         .simplified();
    return t;
}

std::optional<Transaction> transfer(const QJsonObject &o, const QString &connection, QString *error)
{
    qint64 c = 0;
    auto t = common(o, connection, QStringLiteral("Dots transfer"), error, &c);
    if (!t)
        return std::nullopt;
    // Negative: from the app to the user, money leaving the treasury.
    t->direction = c < 0 ? Transaction::Direction::Out : Transaction::Direction::In;
    t->amount = Money::fromMinorUnits(qAbs(c), 2);
    t->description = QStringLiteral("Transfer %1 %2")
                         .arg(c < 0 ? QStringLiteral("to") : QStringLiteral("from"),
                              o.value(QStringLiteral("user_id")).toString());
    return t;
}

bool page(const QJsonValue &body, QList<QJsonObject> *items, QString *error)
{
    const QJsonObject root = body.toObject();
    JsonFields f(root, QStringLiteral("Dots list"), error);
    const QJsonValue data = root.value(QStringLiteral("data"));
    if (!body.isObject() || !data.isArray()) {
        f.fail(QStringLiteral("data"), QStringLiteral("is missing or not a list"));
        return false;
    }
    for (const QJsonValue &v : data.toArray()) {
        if (!v.isObject()) {
            f.fail(QStringLiteral("data[]"), QStringLiteral("holds an item that is not an object"));
            return false;
        }
        items->append(v.toObject());
    }
    return true;
}

QString userName(const QJsonObject &user)
{
    return (user.value(QStringLiteral("first_name")).toString() + u' ' +
            user.value(QStringLiteral("last_name")).toString())
        .trimmed();
}

std::optional<PayoutReceipt> receipt(const QJsonObject &o, QString *error)
{
    JsonFields f(o, QStringLiteral("Dots payout"), error);
    PayoutReceipt r = ProviderSupport::receiptHead(
        f, QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("created"));
    // A payout link's address is "link" (the guide's example), "url" in the reference.
    r.url = f.optionalText(QStringLiteral("link"));
    if (r.url.isEmpty())
        r.url = f.optionalText(QStringLiteral("url"));
    // The flow the payee completes the link in: GET /flows/{id} says how far they got.
    r.tracking = f.optionalText(QStringLiteral("flow_id"));
    if (!f.ok())
        return std::nullopt;
    return r;
}

std::optional<PayoutState> flowState(const QJsonObject &o, QString *error)
{
    JsonFields f(o, QStringLiteral("Dots flow"), error);
    PayoutState s;
    s.reference = f.id(QStringLiteral("id"));
    const QJsonValue steps = o.value(QStringLiteral("steps"));
    const QJsonValue done = o.value(QStringLiteral("completed_steps"));
    if (!steps.isArray() || !done.isArray())
        f.fail(QStringLiteral("steps"), QStringLiteral("steps and completed_steps are lists"));
    if (!f.ok())
        return std::nullopt;
    for (const QJsonValue &v : done.toArray())
        s.stepsDone.append(v.toString());
    // A flow has no status word: it is done when the payee took every step it holds.
    bool all = !steps.toArray().isEmpty();
    for (const QJsonValue &v : steps.toArray())
        all = all && s.stepsDone.contains(v.toString());
    if (all)
        s.rawStatus = QStringLiteral("completed");
    return s;
}

Result<PayoutBatchStatus> batch(const QJsonValue &body)
{
    QString why;
    JsonFields f(body.toObject(), QStringLiteral("Dots payout batch"), &why);
    PayoutBatchStatus b;
    b.id = f.id(QStringLiteral("id"));
    b.status = f.text(QStringLiteral("status"));
    b.total = f.optionalInt(QStringLiteral("items_total"), 0);
    b.processed = f.optionalInt(QStringLiteral("items_processed"), 0);
    b.succeeded = f.optionalInt(QStringLiteral("items_succeeded"), 0);
    b.failed = f.optionalInt(QStringLiteral("items_failed"), 0);
    b.created = f.time(QStringLiteral("created"), true);
    return f.ok() ? Result<PayoutBatchStatus>::success(b)
                  : Result<PayoutBatchStatus>::failure(ProviderSupport::parseError(why));
}

Result<RecipientProfile> profile(const QJsonValue &body)
{
    QString why;
    const QJsonObject o = body.toObject();
    JsonFields f(o, QStringLiteral("Dots user"), &why);
    RecipientProfile p;
    p.id = f.id(QStringLiteral("id"));
    p.firstName = f.optionalText(QStringLiteral("first_name"));
    p.lastName = f.optionalText(QStringLiteral("last_name"));
    p.email = f.optionalText(QStringLiteral("email"));
    p.status = f.optionalText(QStringLiteral("status"));
    const QJsonObject phone = o.value(QStringLiteral("phone_number")).toObject();
    p.countryCode = phone.value(QStringLiteral("country_code")).toString();
    p.phone = phone.value(QStringLiteral("phone_number")).toString();
    return f.ok() ? Result<RecipientProfile>::success(p)
                  : Result<RecipientProfile>::failure(ProviderSupport::parseError(why));
}

} // namespace DotsParser
