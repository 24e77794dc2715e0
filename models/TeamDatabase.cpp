#include "TeamDatabase.h"

#include "AuditSignatures.h"
#include "ConnectionSettings.h"
#include "ScramVerifier.h"
#include "TeamRequest.h"
#include "TeamRows.h"
#include "TeamSchema.h"
#include "TeamSignatures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

TeamDatabase::TeamDatabase(QObject *parent) : QObject(parent), m_link(new TeamConnection(this))
{
    connect(m_link, &TeamConnection::changed, this, &TeamDatabase::changed);
    connect(m_link, &TeamConnection::connectionChanged, this, &TeamDatabase::connectionChanged);
}

TeamDatabase::~TeamDatabase() = default;

bool TeamDatabase::open(const TeamLogin &login, const QString &password)
{
    return m_link->open(login, password);
}

void TeamDatabase::close()
{
    m_link->close();
}

bool TeamDatabase::exec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    return m_link->exec(query, sql, values);
}

bool TeamDatabase::fail(const QString &message)
{
    return m_link->fail(message);
}

QString TeamDatabase::writeProblem() const
{
    if (m_link->schemaVersion() == 0)
        return tr("the database has no team schema yet: its owner runs treasuryctl team init");
    if (m_link->schemaVersion() > SchemaVersion)
        return tr("the team database is at schema %1, newer than this Treasury Desk knows (%2): "
                  "update Treasury Desk before changing anything")
            .arg(m_link->schemaVersion())
            .arg(SchemaVersion);
    if (m_link->schemaVersion() < SchemaVersion)
        return tr("the team database is at schema %1 and this Treasury Desk needs %2: its "
                  "owner runs treasuryctl team init to upgrade it")
            .arg(m_link->schemaVersion())
            .arg(SchemaVersion);
    return QString();
}

bool TeamDatabase::canSign()
{
    return m_signingKey ||
           fail(tr("this desktop has no signing key for the team: log in to the team again"));
}

bool TeamDatabase::canWrite()
{
    const QString problem = writeProblem();
    return problem.isEmpty() || fail(problem);
}

bool TeamDatabase::initialize(QStringList *replaced)
{
    if (m_link->schemaVersion() > SchemaVersion)
        return canWrite();
    // Subscribe again now that the schema is there.
    return TeamSchema(m_link).upgrade(replaced) && m_link->reopen();
}

std::optional<QStringList> TeamDatabase::schemaDifferences()
{
    return TeamSchema(m_link).differences();
}

bool TeamDatabase::addMember(const QString &name, const QString &role, const QString &password,
                             bool existing)
{
    if (!canWrite())
        return false;
    QSqlQuery q(m_link->db());
    return exec(q, QStringLiteral("SELECT td.add_member(?, ?, ?, ?)"),
                {name, role, existing ? QString() : ScramVerifier::of(password), existing});
}

QStringList TeamDatabase::impersonators()
{
    QStringList out;
    QSqlQuery q(m_link->db());
    if (exec(q, QStringLiteral("SELECT rolname FROM pg_roles WHERE (rolsuper OR rolcreaterole) "
                               "AND rolname NOT LIKE 'pg\\_%' ORDER BY rolname"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

bool TeamDatabase::isEncrypted()
{
    QSqlQuery q(m_link->db());
    return exec(q, QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) &&
           q.next() && q.value(0).toBool();
}

QString TeamDatabase::role()
{
    QSqlQuery q(m_link->db());
    if (!exec(q, QStringLiteral("SELECT coalesce(td.role_of(session_user), '')")) || !q.next())
        return QString();
    return q.value(0).toString();
}

QList<QJsonObject> TeamDatabase::members()
{
    QList<QJsonObject> out;
    QSqlQuery q(m_link->db());
    if (!exec(q, QStringLiteral("SELECT name, role, connected FROM td.members ORDER BY name")))
        return out;
    while (q.next())
        out.append({{QStringLiteral("name"), q.value(0).toString()},
                    {QStringLiteral("role"), q.value(1).toString()},
                    {QStringLiteral("connected"), q.value(2).toBool()}});
    return out;
}

std::optional<QString> TeamDatabase::registerKey()
{
    if (!canSign())
        return std::nullopt;
    QSqlQuery q(m_link->db());
    if (!exec(q, QStringLiteral("SELECT td.register_key(?)"), {m_signingKey->publicKey()}) ||
        !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

std::optional<QList<TeamKey>> TeamDatabase::keys()
{
    QSqlQuery q(m_link->db());
    if (!exec(q, QStringLiteral("SELECT %1 FROM td.keys ORDER BY id").arg(TeamRows::KeyColumns)))
        return std::nullopt;
    QList<TeamKey> out;
    while (q.next())
        out.append(TeamRows::key(q));
    return out;
}

bool TeamDatabase::approveKey(const QString &member, const QString &publicKey)
{
    if (!canWrite())
        return false;
    if (!canSign())
        return false;
    QSqlQuery q(m_link->db());
    return exec(
        q, QStringLiteral("SELECT td.approve_key(?, ?, ?)"),
        {member, publicKey, m_signingKey->sign(TeamSignatures::keyStatement(member, publicKey))});
}

namespace {

QVariantList payoutArguments(const PayoutRequest &r, const QString &provider,
                             const QString &connectionId)
{
    const TeamCounterparty c = TeamCounterparty::of(r);
    return {provider,
            connectionId,
            PayoutMethods::key(r.method),
            r.amount.toString(),
            r.currency,
            c.kind,
            c.value,
            c.country};
}

} // namespace

std::optional<TeamVerdict> TeamDatabase::preview(const PayoutRequest &request,
                                                 const QString &provider,
                                                 const QString &connectionId)
{
    QSqlQuery q(m_link->db());
    if (!exec(q,
              QStringLiteral("SELECT required, reasons::text AS reasons, usd, held_until FROM "
                             "td.preview_payout(?, ?, ?, ?, ?, ?, ?, ?)"),
              payoutArguments(request, provider, connectionId)) ||
        !q.next())
        return std::nullopt;
    return TeamRows::verdict(q);
}

std::optional<std::pair<TeamPayout::State, TeamVerdict>>
TeamDatabase::request(const PayoutRequest &request, const QString &provider,
                      const QString &connectionId)
{
    if (!canWrite())
        return std::nullopt;
    return file(TeamRequest::forPayout(request, provider, connectionId));
}

std::optional<std::pair<TeamPayout::State, TeamVerdict>>
TeamDatabase::requestCardAction(const TeamCardAction &a, const QString &provider,
                                const QString &connectionId)
{
    if (!canWrite())
        return std::nullopt;
    return file(TeamRequest::forCard(a, provider, connectionId));
}

std::optional<std::pair<TeamPayout::State, TeamVerdict>>
TeamDatabase::file(const QByteArray &document)
{
    if (document.isEmpty()) {
        fail(tr("the request holds something a team request cannot carry"));
        return std::nullopt;
    }
    if (!canSign())
        return std::nullopt;
    if (!m_link->db().transaction()) {
        m_link->fail(m_link->db().lastError());
        return std::nullopt;
    }
    QSqlQuery q(m_link->db());
    std::optional<TeamPayout::State> state;
    TeamVerdict verdict;
    if (exec(q,
             QStringLiteral("SELECT state, required, reasons::text AS reasons, NULL AS usd, "
                            "held_until, key, hash FROM td.file_request(?)"),
             {QString::fromUtf8(document)}) &&
        q.next()) {
        state = TeamPayout::stateFromName(q.value(QStringLiteral("state")).toString());
        verdict = TeamRows::verdict(q);
        const QString key = q.value(QStringLiteral("key")).toString();
        // The maker vouches for the request with the approvals the policy asked of it.
        const QString hash = TeamRequest::hash(document);
        if (!state)
            fail(tr("the team database answered an unknown state"));
        else if (q.value(QStringLiteral("hash")).toString() != hash)
            fail(tr("the team database filed another request than this desktop's"));
        else if (exec(q, QStringLiteral("SELECT td.sign_request(?, ?, ?)"),
                      {key, verdict.required,
                       m_signingKey->sign(
                           TeamSignatures::requestStatement(hash, verdict.required))}) &&
                 m_link->db().commit())
            return std::make_pair(*state, verdict);
    }
    m_link->db().rollback();
    return std::nullopt;
}

std::optional<QList<Connection>> TeamDatabase::connections()
{
    QSqlQuery q(m_link->db());
    if (!exec(q, QStringLiteral("SELECT id, definition::text FROM td.connections "
                                "WHERE retired IS NULL ORDER BY name, id")))
        return std::nullopt;
    QList<Connection> out;
    while (q.next()) {
        const QJsonObject definition =
            QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        // A definition this build cannot read is left out, not guessed at.
        if (const auto c = ConnectionSettings::fromJson(q.value(0).toString(), definition))
            out.append(*c);
    }
    return out;
}

bool TeamDatabase::publishConnection(const Connection &c)
{
    if (!canWrite())
        return false;
    QSqlQuery q(m_link->db());
    return exec(q, QStringLiteral("SELECT td.publish_connection(?, ?, ?, ?::jsonb)"),
                {c.id, c.provider, c.name, jsonText(ConnectionSettings::toJson(c))});
}

bool TeamDatabase::retireConnection(const QString &id)
{
    if (!canWrite())
        return false;
    QSqlQuery q(m_link->db());
    return exec(q, QStringLiteral("SELECT td.retire_connection(?)"), {id});
}

std::optional<TeamPayout::State> TeamDatabase::decide(const char *function, const QString &key,
                                                      const QString &hash, const QString &note)
{
    if (!canWrite())
        return std::nullopt;
    if (!canSign())
        return std::nullopt;
    const QString signature = m_signingKey->sign(
        TeamSignatures::decisionStatement(hash, qstrcmp(function, "approve") == 0, note));
    QSqlQuery q(m_link->db());
    if (!exec(q, QStringLiteral("SELECT td.%1(?, ?, ?, ?)").arg(QLatin1String(function)),
              {key, hash, note, signature}) ||
        !q.next())
        return std::nullopt;
    return TeamPayout::stateFromName(q.value(0).toString());
}

std::optional<TeamPayout::State> TeamDatabase::approve(const QString &key, const QString &hash,
                                                       const QString &note)
{
    return decide("approve", key, hash, note);
}

std::optional<TeamPayout::State> TeamDatabase::reject(const QString &key, const QString &hash,
                                                      const QString &note)
{
    return decide("reject", key, hash, note);
}

std::optional<bool> TeamDatabase::claim(const QString &key, const QString &owner, int leaseSeconds,
                                        QByteArray *document)
{
    if (!canWrite())
        return std::nullopt;
    QSqlQuery q(m_link->db());
    if (!exec(q, QStringLiteral("SELECT td.claim(?, ?, ?)"), {key, owner, leaseSeconds}) ||
        !q.next())
        return std::nullopt;
    if (q.value(0).isNull())
        return false;
    const QByteArray claimed = q.value(0).toString().toUtf8();
    if (const QString problem = signatureProblem(key, claimed); !problem.isEmpty()) {
        // Claimed and not sent: the team hears why, and no other desktop sends it.
        const QString why = tr("not sent: %1").arg(problem);
        recordOutcome(key, owner, TeamPayout::State::Failed, QString(), why);
        fail(why);
        return std::nullopt;
    }
    if (document)
        *document = claimed;
    return true;
}

QString TeamDatabase::signatureProblem(const QString &key, const QByteArray &document)
{
    const std::optional<TeamKeyRing> ring = reviewKeys();
    std::optional<TeamPayout> p = ring ? payout(key) : std::nullopt;
    if (!p)
        return tr("the signatures could not be read: %1").arg(m_link->lastError());
    p->request = document;
    return TeamSignatures::problemWith(*p, ring->keys());
}

std::optional<TeamKeyRing> TeamDatabase::reviewKeys()
{
    const std::optional<QList<TeamKey>> all = keys();
    if (!all)
        return std::nullopt;
    TeamKeyRing ring = TeamKeyRing::review(*all, m_pins);
    m_pins = ring.pins();
    emit keysReviewed(ring);
    return ring;
}

std::optional<bool> TeamDatabase::leaseCall(const char *function, const QString &key,
                                            const QString &owner, int leaseSeconds)
{
    if (!canWrite())
        return std::nullopt;
    QSqlQuery q(m_link->db());
    if (!exec(q, QStringLiteral("SELECT td.%1(?, ?, ?)").arg(QLatin1String(function)),
              {key, owner, leaseSeconds}) ||
        !q.next())
        return std::nullopt;
    return q.value(0).toBool();
}

std::optional<bool> TeamDatabase::renew(const QString &key, const QString &owner, int leaseSeconds)
{
    return leaseCall("renew", key, owner, leaseSeconds);
}

std::optional<bool> TeamDatabase::takeOver(const QString &key, const QString &owner,
                                           int leaseSeconds)
{
    return leaseCall("take_over", key, owner, leaseSeconds);
}

bool TeamDatabase::recordOutcome(const QString &key, const QString &owner, TeamPayout::State state,
                                 const QString &reference, const QString &message)
{
    if (!canWrite())
        return false;
    QSqlQuery q(m_link->db());
    return exec(q, QStringLiteral("SELECT td.record_outcome(?, ?, ?, ?, ?)"),
                {key, owner, TeamPayout::stateName(state), reference, message});
}

bool TeamDatabase::releaseCounterparty(const QString &kind, const QString &value)
{
    if (!canWrite())
        return false;
    QSqlQuery q(m_link->db());
    return exec(q, QStringLiteral("SELECT td.release_counterparty(?, ?)"), {kind, value});
}

std::optional<TeamPayout> TeamDatabase::payout(const QString &key)
{
    const auto found = payouts(QStringList{key});
    if (found && found->isEmpty()) {
        fail(tr("no payout has the key %1").arg(key));
        return std::nullopt;
    }
    return found ? std::optional(found->constFirst()) : std::nullopt;
}

std::optional<QList<TeamPayout>> TeamDatabase::payouts(const std::optional<QStringList> &keys)
{
    // The keys go over as one JSON array: any text, one parameter.
    const QString where =
        keys ? QStringLiteral(" WHERE key IN (SELECT jsonb_array_elements_text(?::jsonb))")
             : QString();
    const QVariantList values =
        keys ? QVariantList{QString::fromUtf8(
                   QJsonDocument(QJsonArray::fromStringList(*keys)).toJson(QJsonDocument::Compact))}
             : QVariantList{};
    QSqlQuery q(m_link->db());
    if (!exec(q,
              QStringLiteral("SELECT %1 FROM td.payouts%2 ORDER BY created DESC, key")
                  .arg(TeamRows::PayoutColumns, where),
              values))
        return std::nullopt;
    QList<TeamPayout> out;
    QHash<QString, int> index;
    while (q.next()) {
        index.insert(q.value(QStringLiteral("key")).toString(), int(out.size()));
        out.append(TeamRows::payout(q));
    }
    if (!exec(q,
              QStringLiteral("SELECT %1 FROM td.approvals%2 ORDER BY at")
                  .arg(TeamRows::DecisionColumns, where),
              values))
        return std::nullopt;
    while (q.next()) {
        const auto it = index.constFind(q.value(QStringLiteral("key")).toString());
        if (it != index.cend())
            out[*it].decisions.append(TeamRows::decision(q));
    }
    return out;
}

std::optional<qint64> TeamDatabase::auditHead()
{
    QSqlQuery q(m_link->db());
    if (!exec(q, QStringLiteral("SELECT coalesce(max(seq), 0) FROM td.audit")) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<QList<TeamChanges::Row>> TeamDatabase::auditSince(qint64 seq, int limit)
{
    QSqlQuery q(m_link->db());
    if (!exec(q,
              QStringLiteral("SELECT seq, action, object FROM td.audit WHERE seq > ? "
                             "ORDER BY seq LIMIT ?"),
              {seq, limit}))
        return std::nullopt;
    QList<TeamChanges::Row> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

std::optional<QJsonObject> TeamDatabase::policy()
{
    QSqlQuery q(m_link->db());
    if (!exec(q, QStringLiteral("SELECT doc::text FROM td.policy")) || !q.next())
        return std::nullopt;
    return TeamRows::objectOf(q.value(0));
}

std::optional<QJsonObject> TeamDatabase::proposeChange(const QString &kind,
                                                       const QJsonObject &payload)
{
    if (!canWrite())
        return std::nullopt;
    QSqlQuery q(m_link->db());
    if (!exec(q, QStringLiteral("SELECT id, state FROM td.propose_change(?, ?::jsonb)"),
              {kind, jsonText(payload)}) ||
        !q.next())
        return std::nullopt;
    return QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                       {QStringLiteral("state"), q.value(1).toString()}};
}

std::optional<QString> TeamDatabase::decideChange(qint64 id, bool approve)
{
    if (!canWrite())
        return std::nullopt;
    QSqlQuery q(m_link->db());
    if (!exec(q, QStringLiteral("SELECT td.decide_change(?, ?)"), {id, approve}) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

std::optional<QList<QJsonObject>> TeamDatabase::pendingChanges()
{
    QSqlQuery q(m_link->db());
    if (!exec(q, QStringLiteral("SELECT id, kind, payload::text, proposed_by, proposed FROM "
                                "td.changes WHERE state = 'pending' ORDER BY id")))
        return std::nullopt;
    QList<QJsonObject> out;
    while (q.next())
        out.append(
            {{QStringLiteral("id"), q.value(0).toLongLong()},
             {QStringLiteral("kind"), q.value(1).toString()},
             {QStringLiteral("payload"), TeamRows::objectOf(q.value(2))},
             {QStringLiteral("proposed_by"), q.value(3).toString()},
             {QStringLiteral("proposed"), q.value(4).toDateTime().toUTC().toString(Qt::ISODate)}});
    return out;
}

std::optional<QList<AuditRow>> TeamDatabase::auditRows()
{
    QSqlQuery q(m_link->db());
    q.setForwardOnly(true);
    if (!exec(q,
              QStringLiteral("SELECT %1 FROM td.audit ORDER BY seq").arg(TeamRows::AuditColumns)))
        return std::nullopt;
    QList<AuditRow> rows;
    while (q.next())
        rows.append(TeamRows::audit(q));
    return rows;
}

std::optional<AuditChain::Verdict>
TeamDatabase::verifyAudit(const std::optional<AuditCheckpoint> &seen)
{
    const std::optional<QList<AuditRow>> rows = auditRows();
    if (!rows || !reviewKeys())
        return std::nullopt;
    AuditChain::Verdict v = AuditChain::verify(*rows, seen);
    if (!v.ok)
        return v;
    const AuditSignatures::Verdict s = AuditSignatures::verify(*rows, m_pins);
    v.signatures = s.signatures;
    if (!s.ok) {
        v.ok = false;
        v.firstBadSeq = s.firstBadSeq;
        v.problem = s.problem;
    }
    return v;
}
