#include "TeamRows.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace {

QString text(const QSqlQuery &q, const char *column)
{
    return q.value(QLatin1String(column)).toString();
}

} // namespace

const QString TeamRows::PayoutColumns = QStringLiteral(
    "key, maker, created, updated, provider, connection_id, connection, method, "
    "amount::text AS amount, currency, usd::text AS usd, counterparty_kind, counterparty, "
    "country, coalesce(doc, fields::text) AS request, state, required, "
    "reasons::text AS reasons, coalesce(owner, '') AS owner, "
    "coalesce(claimed_by, '') AS claimed_by, lease_until, reference, message, "
    // Until when its new bank account or address still waits (NULL: it does not).
    "(SELECT c.usable_from FROM td.counterparties c WHERE c.kind = counterparty_kind AND "
    "c.value = counterparty AND c.released_at IS NULL AND c.usable_from > now()) "
    "AS held_until, coalesce(encode(doc_hash, 'hex'), '') AS request_hash, "
    "coalesce(summary ->> 'recipient', '') AS recipient, "
    "coalesce(maker_signature, '') AS maker_signature");

TeamPayout TeamRows::payout(const QSqlQuery &q)
{
    TeamPayout p;
    p.key = text(q, "key");
    p.maker = text(q, "maker");
    p.created = q.value(QStringLiteral("created")).toDateTime();
    p.updated = q.value(QStringLiteral("updated")).toDateTime();
    p.provider = text(q, "provider");
    p.connectionId = text(q, "connection_id");
    p.connection = text(q, "connection");
    p.method = text(q, "method");
    p.hasAmount = !q.value(QStringLiteral("amount")).isNull();
    p.amount = Money::parse(text(q, "amount")).value_or(Money());
    p.currency = text(q, "currency");
    p.counterparty = {text(q, "counterparty_kind"), text(q, "counterparty"), text(q, "country")};
    p.request = text(q, "request").toUtf8();
    p.state = TeamPayout::stateFromName(text(q, "state")).value_or(TeamPayout::State::Unknown);
    p.verdict = verdict(q);
    p.owner = text(q, "owner");
    p.claimedBy = text(q, "claimed_by");
    p.leaseUntil = q.value(QStringLiteral("lease_until")).toDateTime();
    p.reference = text(q, "reference");
    p.message = text(q, "message");
    p.requestHash = text(q, "request_hash");
    p.recipient = text(q, "recipient");
    p.makerSignature = text(q, "maker_signature");
    return p;
}

const QString TeamRows::DecisionColumns =
    QStringLiteral("key, approver, decision = 'approve' AS approved, note, at, "
                   "coalesce(signature, '') AS signature");

TeamDecision TeamRows::decision(const QSqlQuery &q)
{
    return {text(q, "approver"), q.value(QStringLiteral("approved")).toBool(), text(q, "note"),
            q.value(QStringLiteral("at")).toDateTime(), text(q, "signature")};
}

TeamVerdict TeamRows::verdict(const QSqlQuery &q)
{
    TeamVerdict v;
    v.required = q.value(QStringLiteral("required")).toInt();
    v.reasons = arrayOf(q.value(QStringLiteral("reasons")));
    v.usd = text(q, "usd");
    v.heldUntil = q.value(QStringLiteral("held_until")).toDateTime();
    return v;
}

// The time as the hash covers it: UTC with microseconds.
const QString TeamRows::AuditColumns = QStringLiteral(
    "seq, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS at, actor, "
    "action, object, detail::text AS detail, prev_hash, hash");

AuditRow TeamRows::audit(const QSqlQuery &q)
{
    return {q.value(QStringLiteral("seq")).toLongLong(),
            text(q, "at"),
            text(q, "actor"),
            text(q, "action"),
            text(q, "object"),
            text(q, "detail"),
            q.value(QStringLiteral("prev_hash")).toByteArray(),
            q.value(QStringLiteral("hash")).toByteArray()};
}

const QString TeamRows::KeyColumns =
    QStringLiteral("id, member, public_key, coalesce(approved_by, '') AS approved_by, "
                   "coalesce(approval, '') AS approval");

TeamKey TeamRows::key(const QSqlQuery &q)
{
    return {q.value(QStringLiteral("id")).toLongLong(), text(q, "member"), text(q, "public_key"),
            text(q, "approved_by"), text(q, "approval")};
}

QJsonObject TeamRows::objectOf(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QJsonArray TeamRows::arrayOf(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).array();
}
