// treasuryctl's commands on the team's rules and their record: the policy (shown, proposed,
// decided by a second admin) and the audit log's chain with its checkpoints.
#include "Treasuryctl.h"

#include "AuditCheckpoints.h"
#include "TeamDatabase.h"
#include "TreasuryctlSupport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

int Treasuryctl::policy(QCommandLineParser &parser)
{
    const QStringList action = parser.positionalArguments();
    const QString verb = action.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    int exit = Ok;
    const std::unique_ptr<TeamDatabase> db = openTeam(parser, &exit);
    if (!db)
        return exit;
    if (verb == QLatin1String("show") && action.size() == 1) {
        const auto doc = db->policy();
        if (!doc)
            return fail(Remote, db->lastError());
        m_out << QJsonDocument(*doc).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (verb == QLatin1String("set") && action.size() == 2) {
        QFile file;
        const bool opened = action.at(1) == QLatin1String("-")
                                ? file.open(stdin, QIODevice::ReadOnly)
                                : (file.setFileName(action.at(1)), file.open(QIODevice::ReadOnly));
        if (!opened)
            return fail(Local, tr("%1 cannot be read").arg(action.at(1)));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.read(1 << 20), &error);
        if (!doc.isObject())
            return fail(Usage, tr("the policy is a JSON object: %1").arg(error.errorString()));
        const auto change = db->proposeChange(QStringLiteral("policy"), doc.object());
        if (!change)
            return fail(db->lastErrorDenied() ? Auth : Usage, db->lastError());
        return print(QJsonArray{*change}, json, {"id", "state"});
    }
    if (verb == QLatin1String("pending") && action.size() == 1) {
        const auto changes = db->pendingChanges();
        if (!changes)
            return fail(Remote, db->lastError());
        QJsonArray rows;
        for (const QJsonObject &c : *changes)
            rows.append(c);
        return print(rows, json, {"id", "kind", "proposed_by", "proposed"});
    }
    if ((verb == QLatin1String("approve") || verb == QLatin1String("reject")) &&
        action.size() == 2) {
        const auto state =
            db->decideChange(action.at(1).toLongLong(), verb == QLatin1String("approve"));
        if (!state)
            return fail(db->lastErrorDenied() ? Auth : Usage, db->lastError());
        return print(QJsonArray{QJsonObject{{QStringLiteral("id"), action.at(1)},
                                            {QStringLiteral("state"), *state}}},
                     json, {"id", "state"});
    }
    return fail(Usage, tr("use: policy show|set FILE|pending|approve ID|reject ID"));
}

int Treasuryctl::audit(QCommandLineParser &parser)
{
    const QStringList action = parser.positionalArguments();
    const bool checkpointOnly = action == QStringList{QStringLiteral("checkpoint")};
    if (action != QStringList{QStringLiteral("verify")} && !checkpointOnly)
        return fail(Usage, tr("use: audit verify [--from SEQ:HASH] | audit checkpoint"));
    // A checkpoint kept elsewhere (another desktop's, a printout): the log must have grown
    // from it too, so a desktop that never looked is not left trusting whatever it finds.
    std::optional<AuditCheckpoint> from;
    if (parser.isSet(QStringLiteral("from"))) {
        from = AuditCheckpoint::fromText(parser.value(QStringLiteral("from")));
        if (!from)
            return fail(Usage, tr("--from takes SEQ:HASH as audit checkpoint prints it"));
    }
    int exit = Ok;
    const std::unique_ptr<TeamDatabase> db = openTeam(parser, &exit);
    if (!db)
        return exit;
    // Shared with the app: the log must only have grown since either looked.
    const QString given = teamUrl(parser);
    QString problem;
    const std::optional<TeamLogin> login = TeamLogin::fromUrl(given, &problem);
    const QString team = login ? login->toUrl() : given;
    AuditCheckpoints checkpoints(m_settings.get());
    std::optional<AuditChain::Verdict> checked = db->verifyAudit(checkpoints.seen(team));
    if (checked && checked->ok && from)
        checked = db->verifyAudit(from);
    if (!checked)
        return fail(Remote, db->lastError());
    const AuditChain::Verdict v = *checked;
    if (v.ok)
        checkpoints.save(team, v.end);
    if (checkpointOnly && v.ok) {
        m_out << v.end.toText() << Qt::endl;
        return Ok;
    }
    const QJsonObject result{{QStringLiteral("ok"), v.ok},
                             {QStringLiteral("rows"), v.rows},
                             {QStringLiteral("last_seq"), v.end.seq},
                             {QStringLiteral("last_hash"), QString::fromLatin1(v.end.hash.toHex())},
                             {QStringLiteral("checkpoint"), v.end.toText()},
                             {QStringLiteral("signatures"), v.signatures},
                             {QStringLiteral("first_bad_seq"), v.ok ? QJsonValue() : v.firstBadSeq},
                             {QStringLiteral("problem"), v.problem}};
    if (parser.isSet(QStringLiteral("json")))
        m_out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    else if (v.ok)
        m_out << tr("The audit log holds %n row(s) and its chain is intact.", nullptr, int(v.rows))
              << ' '
              << tr("%n signature(s) checked against the keys this desktop pinned.", nullptr,
                    int(v.signatures))
              << Qt::endl;
    if (v.ok)
        return Ok;
    return fail(Remote, tr("the audit log does not verify: %1").arg(v.problem));
}
