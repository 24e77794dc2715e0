// treasuryctl in team mode: the shared journal, approvals, policy and audit log on the team
// database (Treasuryctl's members, apart from its core). The database checks every role;
// these commands only ask and say what it answered.
#include "Treasuryctl.h"

#include "ActionJournal.h"
#include "AuditCheckpoints.h"
#include "ConnectionManager.h"
#include "ConnectionSettings.h"
#include "Keychain.h"
#include "PayoutSender.h"
#include "Provider.h"
#include "SigningKey.h"
#include "TeamCardAction.h"
#include "TeamDatabase.h"
#include "TeamRequest.h"
#include "TreasuryctlSupport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QUuid>

#include <unistd.h>

using TreasuryctlSupport::await;

namespace {

const QString TeamUrlKey = QStringLiteral("team/url");
constexpr int LeaseSeconds = 15 * 60;

QJsonObject teamPayoutJson(const TeamPayout &p)
{
    QJsonArray decisions;
    for (const TeamDecision &d : p.decisions)
        decisions.append(
            QJsonObject{{QStringLiteral("by"), d.approver},
                        {QStringLiteral("decision"),
                         d.approved ? QStringLiteral("approve") : QStringLiteral("reject")},
                        {QStringLiteral("note"), d.note},
                        {QStringLiteral("at"), d.at.toUTC().toString(Qt::ISODateWithMs)}});
    return {{QStringLiteral("key"), p.key},
            {QStringLiteral("created"), p.created.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("maker"), p.maker},
            {QStringLiteral("method"), p.method},
            {QStringLiteral("connection"), p.connection},
            {QStringLiteral("amount"), p.amount.toString()},
            {QStringLiteral("currency"), p.currency},
            {QStringLiteral("counterparty"), p.counterparty.value},
            {QStringLiteral("hash"), p.requestHash},
            {QStringLiteral("state"), TeamPayout::stateName(p.state)},
            {QStringLiteral("required"), p.verdict.required},
            {QStringLiteral("approvals"), p.approvals()},
            {QStringLiteral("rules"), p.verdict.rulesText()},
            {QStringLiteral("decisions"), decisions},
            {QStringLiteral("reference"), p.reference},
            {QStringLiteral("message"), p.message}};
}

QString ownerHere()
{
    return QStringLiteral("%1/%2/treasuryctl")
        .arg(QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid());
}

} // namespace

bool Treasuryctl::teamGiven(QCommandLineParser &parser) const
{
    return parser.isSet(QStringLiteral("team")) || (m_settings && m_settings->contains(TeamUrlKey));
}

QString Treasuryctl::teamUrl(QCommandLineParser &parser) const
{
    return parser.isSet(QStringLiteral("team")) ? parser.value(QStringLiteral("team"))
                                                : m_settings->value(TeamUrlKey).toString();
}

std::unique_ptr<TeamDatabase> Treasuryctl::openTeam(QCommandLineParser &parser, int *exit)
{
    manager();
    const QString url = teamUrl(parser);
    if (url.isEmpty()) {
        *exit = fail(Usage, tr("give --team postgresql://USER@HOST/DATABASE, or save one with "
                               "team login"));
        return nullptr;
    }
    QString problem;
    const std::optional<TeamLogin> login = TeamLogin::fromUrl(url, &problem);
    if (!login) {
        *exit = fail(Usage, tr("--team: %1").arg(problem));
        return nullptr;
    }
    QString password;
    if (parser.isSet(QStringLiteral("team-password-env"))) {
        const QString variable = parser.value(QStringLiteral("team-password-env"));
        password = qEnvironmentVariable(variable.toLocal8Bit().constData());
        if (password.isEmpty()) {
            *exit =
                fail(Usage, tr("the environment variable %1 is empty or not set").arg(variable));
            return nullptr;
        }
    } else {
        const KeychainReply reply = await(m_keychain->read(login->keychainKey()));
        if (!reply.ok()) {
            *exit = fail(reply.status == KeychainReply::Status::NotFound ? Auth : Local,
                         tr("no team password for %1 in the keychain (team login saves one): %2")
                             .arg(login->user, reply.message));
            return nullptr;
        }
        password = reply.secret;
    }
    auto team = std::make_unique<TeamDatabase>();
    if (!team->open(*login, password)) {
        *exit = fail(Auth, tr("the team database: %1").arg(team->lastError()));
        return nullptr;
    }
    prepareSigning(*team, *login);
    return team;
}

int Treasuryctl::team(QCommandLineParser &parser)
{
    const QStringList action = parser.positionalArguments();
    const QString verb = action.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (verb == QLatin1String("login") && action.size() == 1) {
        // Saves the URL and the password (stdin) for later commands, after trying them.
        manager();
        QString problem;
        const std::optional<TeamLogin> login =
            TeamLogin::fromUrl(parser.value(QStringLiteral("team")), &problem);
        if (!login)
            return fail(Usage, tr("--team: %1").arg(problem));
        const QString password = m_readSecret();
        TeamDatabase probe;
        if (!probe.open(*login, password))
            return fail(Auth, tr("the team database: %1").arg(probe.lastError()));
        const KeychainReply saved = await(m_keychain->write(login->keychainKey(), password));
        if (!saved.ok())
            return fail(
                Local, tr("the password could not be kept in the keychain: %1").arg(saved.message));
        m_settings->setValue(TeamUrlKey, login->toUrl());
        m_settings->sync();
        m_out << tr("Logged in to %1 as %2 (%3).")
                     .arg(login->toUrl(), login->user,
                          probe.role().isEmpty() ? tr("no team role") : probe.role())
              << Qt::endl;
        return Ok;
    }
    int exit = Ok;
    const std::unique_ptr<TeamDatabase> db = openTeam(parser, &exit);
    if (!db)
        return exit;
    if (verb == QLatin1String("init") && action.size() == 1) {
        QStringList replaced;
        if (!db->initialize(&replaced))
            return fail(db->lastErrorDenied() ? Auth : Local,
                        tr("the team schema could not be set up: %1").arg(db->lastError()));
        m_out << tr("The team database is at schema %1.").arg(db->schemaVersion()) << Qt::endl;
        // Someone with the owner's rights changed these since the last init.
        if (!replaced.isEmpty())
            m_out << tr("Put back as this Treasury Desk ships them (they had been changed): %1")
                         .arg(replaced.join(QStringLiteral("; ")))
                  << Qt::endl;
        // The database enforces the rules on members; these roles are above them.
        if (const QStringList above = db->impersonators(); !above.isEmpty())
            m_out << tr("These roles of the cluster can act as any member (SUPERUSER or "
                        "CREATEROLE): %1. Keep them to the database's operators; the audit "
                        "checkpoint kept elsewhere tells a rewritten log.")
                         .arg(above.join(QStringLiteral(", ")))
                  << Qt::endl;
        return Ok;
    }
    if (verb == QLatin1String("add-user") && action.size() == 2) {
        const QString role = parser.value(QStringLiteral("role"));
        // A role the cluster has already keeps its password: none is read for it.
        const bool existing = parser.isSet(QStringLiteral("existing"));
        const QString password = existing ? QString() : m_readSecret();
        if (!existing && password.size() < 12)
            return fail(Usage, tr("a team password has at least 12 characters (read from stdin)"));
        if (!db->addMember(action.at(1), role, password, existing))
            return fail(db->lastErrorDenied() ? Auth : Usage, db->lastError());
        m_out << tr("%1 is a team %2.").arg(action.at(1), role) << Qt::endl;
        return Ok;
    }
    if (verb == QLatin1String("members") && action.size() == 1) {
        const std::optional<TeamKeyRing> ring = db->reviewKeys();
        QJsonArray rows;
        for (QJsonObject m : db->members()) {
            // The key this desktop pinned: what colleagues compare out of band.
            const QString pin =
                ring ? ring->pins().value(m.value(QStringLiteral("name")).toString()) : QString();
            m.insert(QStringLiteral("key"), SigningKey::fingerprint(pin));
            rows.append(m);
        }
        if (!db->lastError().isEmpty())
            return fail(Remote, db->lastError());
        return print(rows, json, {"name", "role", "connected", "key"});
    }
    if ((verb == QLatin1String("keys") && action.size() == 1) ||
        verb == QLatin1String("approve-key"))
        return teamKeys(parser, *db, action);
    if (verb == QLatin1String("role") && action.size() == 3) {
        const auto change =
            db->proposeChange(QStringLiteral("role"), {{QStringLiteral("user"), action.at(1)},
                                                       {QStringLiteral("role"), action.at(2)}});
        if (!change)
            return fail(db->lastErrorDenied() ? Auth : Usage, db->lastError());
        return print(QJsonArray{*change}, json, {"id", "state"});
    }
    if (verb == QLatin1String("connections") || verb == QLatin1String("publish") ||
        verb == QLatin1String("retire") || verb == QLatin1String("adopt"))
        return teamConnections(parser, *db);
    return fail(Usage, tr("use: team login|init|add-user NAME --role ROLE|members|keys|"
                          "approve-key NAME KEY|role NAME ROLE|connections|publish NAME|"
                          "retire ID|adopt ID"));
}

int Treasuryctl::teamJournal(QCommandLineParser &parser)
{
    int exit = Ok;
    const std::unique_ptr<TeamDatabase> db = openTeam(parser, &exit);
    if (!db)
        return exit;
    const auto list = db->payouts();
    if (!list)
        return fail(Remote, db->lastError());
    QJsonArray rows;
    for (const TeamPayout &p : *list)
        rows.append(teamPayoutJson(p));
    return print(rows, parser.isSet(QStringLiteral("json")),
                 {"created", "key", "maker", "method", "amount", "currency", "state", "approvals",
                  "required"});
}

int Treasuryctl::sendForTeam(QCommandLineParser &parser, Provider &provider,
                             const PayoutRequest &request)
{
    int exit = Ok;
    const std::unique_ptr<TeamDatabase> db = openTeam(parser, &exit);
    if (!db)
        return exit;
    const auto asked = db->request(request, provider.providerId(), provider.connection().id);
    if (!asked)
        return fail(db->lastErrorDenied() ? Auth : Usage,
                    tr("the team journal refused it, nothing was sent: %1").arg(db->lastError()));
    if (asked->first == TeamPayout::State::AwaitingApproval) {
        const std::optional<TeamPayout> p = db->payout(request.idempotencyKey);
        const int printed =
            print(QJsonArray{teamPayoutJson(p.value_or(TeamPayout()))},
                  parser.isSet(QStringLiteral("json")), {"key", "state", "required", "rules"});
        return printed == Ok ? AwaitingApproval : printed;
    }
    return releaseForTeam(parser, *db, provider, request.idempotencyKey,
                          TeamRequest::hash(TeamRequest::forPayout(request, provider.providerId(),
                                                                   provider.connection().id)));
}

int Treasuryctl::claimForTeam(TeamDatabase &team, const QString &key, const QString &owner,
                              const QString &expectedHash, QByteArray *document)
{
    const std::optional<bool> claimed = team.claim(key, owner, LeaseSeconds, document);
    if (!claimed)
        return fail(team.lastErrorDenied() ? Auth : Usage,
                    tr("not sent: %1").arg(team.lastError()));
    if (!*claimed) {
        const std::optional<TeamPayout> p = team.payout(key);
        return fail(Taken, tr("not sent here: the payout is %1 (claimed by %2)")
                               .arg(p ? TeamPayout::stateName(p->state) : tr("unknown"),
                                    p ? p->claimedBy : QString()));
    }
    if (!TeamRequest::isExpected(*document, expectedHash)) {
        // Claimed, and nothing sent: the team hears so, and no other desktop sends it.
        const QString why = tr("the team journal handed back another request than the one "
                               "approved; nothing was sent");
        team.recordOutcome(key, owner, TeamPayout::State::Failed, QString(), why);
        return fail(Remote, why);
    }
    return Ok;
}

int Treasuryctl::releaseForTeam(QCommandLineParser &parser, TeamDatabase &team, Provider &provider,
                                const QString &key, const QString &expectedHash)
{
    const QString owner = ownerHere();
    QByteArray document;
    if (const int claimed = claimForTeam(team, key, owner, expectedHash, &document); claimed != Ok)
        return claimed;
    std::optional<PayoutRequest> request = PayoutRequest::fromJournalJson(document);
    auto *sender = qobject_cast<PayoutSender *>(&provider);
    if (!request || request->idempotencyKey != key || !sender ||
        !sender->payoutMethods().contains(request->method)) {
        const QString why = tr("%1 cannot send the request the team filed as %2")
                                .arg(provider.connectionName(), key);
        team.recordOutcome(key, owner, TeamPayout::State::Failed, QString(), why);
        return fail(Usage, why);
    }
    request->connection = provider.connectionName();
    JournalEntry entry;
    const int code = sendNow(parser, provider, *request, &entry);
    // The team journal learns what this desktop's journal knows; a lost answer stays
    // unknown there too, owned by this desktop until its lease runs out.
    const TeamPayout::State outcome = TeamPayout::outcomeOf(entry.state);
    if (!team.recordOutcome(key, owner, outcome, entry.reference, entry.message))
        return fail(Local, tr("sent, but the team journal could not record it: %1; run payouts "
                              "reconcile")
                               .arg(team.lastError()));
    return code;
}

int Treasuryctl::decidePayout(QCommandLineParser &parser, const QString &verb, const QString &key)
{
    int exit = Ok;
    const std::unique_ptr<TeamDatabase> db = openTeam(parser, &exit);
    if (!db)
        return exit;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (verb == QLatin1String("release")) {
        const std::optional<TeamPayout> p = db->payout(key);
        if (!p)
            return fail(Usage, db->lastError());
        const std::unique_ptr<Provider> provider = this->provider(parser, &exit, p->connectionId);
        if (!provider)
            return exit;
        // Whatever connection was given, it must carry out this request's method.
        auto *sender = qobject_cast<PayoutSender *>(provider.get());
        const auto method = PayoutMethods::fromKey(p->method);
        if (TeamCardAction::kindOf(p->method))
            return releaseCardForTeam(parser, *db, *provider, key, p->requestHash);
        if (!sender || !method || !sender->payoutMethods().contains(*method))
            return fail(
                Usage,
                tr("%1 does not send %2 payouts").arg(provider->connectionName(), p->method));
        // The approvals name this hash: only the request it names is sent.
        return releaseForTeam(parser, *db, *provider, key, p->requestHash);
    }
    if (verb == QLatin1String("lift")) {
        // The payout names the new bank account or address; the database checks the admin.
        const std::optional<TeamPayout> p = db->payout(key);
        if (!p)
            return fail(Usage, db->lastError());
        if (!db->releaseCounterparty(p->counterparty.kind, p->counterparty.value))
            return fail(db->lastErrorDenied() ? Auth : Usage, db->lastError());
        m_out << (p->counterparty.kind == QLatin1String("bank_account")
                      ? tr("The hold on the new bank account of %1 is lifted: payouts to it may "
                           "go now.")
                      : tr("The hold on the new address of %1 is lifted: payouts to it may go "
                           "now."))
                     .arg(key)
              << Qt::endl;
        return Ok;
    }
    const QString note = parser.value(QStringLiteral("note"));
    // The decision names the request as read here (its hash); --hash pins one seen
    // elsewhere, so that a request changed since is refused, not decided on.
    const std::optional<TeamPayout> asked = db->payout(key);
    if (!asked)
        return fail(Usage, db->lastError());
    const QString hash = parser.isSet(QStringLiteral("hash")) ? parser.value(QStringLiteral("hash"))
                                                              : asked->requestHash;
    const auto state = verb == QLatin1String("approve") ? db->approve(key, hash, note)
                                                        : db->reject(key, hash, note);
    if (!state)
        return fail(db->lastErrorDenied() ? Auth : Usage, db->lastError());
    const std::optional<TeamPayout> p = db->payout(key);
    return print(QJsonArray{teamPayoutJson(p.value_or(TeamPayout()))}, json,
                 {"key", "state", "approvals", "required"});
}

int Treasuryctl::cardForTeam(QCommandLineParser &parser, TeamCardAction action)
{
    int exit = Ok;
    const std::unique_ptr<Provider> provider = this->provider(parser, &exit);
    if (!provider)
        return exit;
    const std::unique_ptr<TeamDatabase> db = openTeam(parser, &exit);
    if (!db)
        return exit;
    action.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    action.connection = provider->connectionName();
    // The card as the desktops key it, so that the team's limits are the same card's.
    if (action.kind != TeamCardAction::Kind::Create) {
        action.cardLabel = action.cardKey;
        action.cardKey = provider->connectionId() + u'/' + action.cardKey;
    }
    const auto asked =
        db->requestCardAction(action, provider->providerId(), provider->connectionId());
    if (!asked)
        return fail(db->lastErrorDenied() ? Auth : Usage,
                    tr("the team journal refused it, nothing was done: %1").arg(db->lastError()));
    if (asked->first == TeamPayout::State::AwaitingApproval) {
        const std::optional<TeamPayout> p = db->payout(action.key);
        const int printed =
            print(QJsonArray{teamPayoutJson(p.value_or(TeamPayout()))},
                  parser.isSet(QStringLiteral("json")), {"key", "state", "required", "rules"});
        return printed == Ok ? AwaitingApproval : printed;
    }
    return releaseCardForTeam(parser, *db, *provider, action.key,
                              TeamRequest::hash(TeamRequest::forCard(action, provider->providerId(),
                                                                     provider->connectionId())));
}

int Treasuryctl::releaseCardForTeam(QCommandLineParser &parser, TeamDatabase &team,
                                    Provider &provider, const QString &key,
                                    const QString &expectedHash)
{
    const QString owner = ownerHere();
    QByteArray document;
    if (const int claimed = claimForTeam(team, key, owner, expectedHash, &document); claimed != Ok)
        return claimed;
    std::optional<TeamCardAction> action = TeamCardAction::fromJson(document);
    if (!action || action->key != key) {
        const QString why = tr("the team's request %1 cannot be read").arg(key);
        team.recordOutcome(key, owner, TeamPayout::State::Failed, QString(), why);
        return fail(Local, why);
    }
    action->connection = provider.connectionName();
    // Not journaled here (nothing sent) unless carryOutCard says otherwise.
    JournalEntry::State settled = JournalEntry::State::Failed;
    const int code = carryOutCard(parser, provider, *action, &settled);
    if (!team.recordOutcome(key, owner, TeamPayout::outcomeOf(settled), QString(),
                            code == Ok ? QString() : tr("treasuryctl exit %1").arg(code)))
        return fail(Local,
                    tr("done, but the team journal could not record it: %1").arg(team.lastError()));
    return code;
}

int Treasuryctl::teamConnections(QCommandLineParser &parser, TeamDatabase &db)
{
    const QStringList action = parser.positionalArguments();
    const QString verb = action.value(0);
    if (verb == QLatin1String("publish") && action.size() == 2) {
        const std::optional<Connection> c = manager()->byName(action.at(1));
        if (!c)
            return fail(Usage, tr("no saved connection named \"%1\"").arg(action.at(1)));
        if (!db.publishConnection(*c))
            return fail(db.lastErrorDenied() ? Auth : Usage, db.lastError());
        m_out << tr("%1 is shared with the team under the id %2; each desktop keeps its own "
                    "secret.")
                     .arg(c->name, c->id)
              << Qt::endl;
        return Ok;
    }
    if (verb == QLatin1String("retire") && action.size() == 2) {
        if (!db.retireConnection(action.at(1)))
            return fail(db.lastErrorDenied() ? Auth : Usage, db.lastError());
        m_out << tr("%1 is no longer shared.").arg(action.at(1)) << Qt::endl;
        return Ok;
    }
    const auto shared = db.connections();
    if (!shared)
        return fail(Remote, db.lastError());
    if (verb == QLatin1String("connections") && action.size() == 1) {
        QJsonArray rows;
        for (const Connection &c : *shared) {
            QJsonObject row = ConnectionSettings::toJson(c);
            row.insert(QStringLiteral("id"), c.id);
            row.insert(QStringLiteral("here"), manager()->byId(c.id).has_value());
            rows.append(row);
        }
        return print(rows, parser.isSet(QStringLiteral("json")),
                     {"id", "name", "provider", "environment", "here"});
    }
    if (verb != QLatin1String("adopt") || action.size() != 2)
        return fail(Usage, tr("use: team connections|publish NAME|retire ID|adopt ID"));
    const auto it = std::find_if(shared->cbegin(), shared->cend(),
                                 [&](const Connection &c) { return c.id == action.at(1); });
    if (it == shared->cend())
        return fail(Usage, tr("the team shares no connection with the id %1").arg(action.at(1)));
    if (manager()->byId(it->id))
        return fail(Usage, tr("%1 is on this desktop already").arg(it->name));
    if (const QStringList problems = it->problems(); !problems.isEmpty())
        return fail(Usage, problems.join(u' '));
    if (isatty(STDIN_FILENO))
        m_err
            << tr("Secret for %1 (id:secret for two-part credentials), then Enter: ").arg(it->name)
            << Qt::flush;
    const QString secret = m_readSecret().trimmed();
    if (secret.isEmpty())
        return fail(Usage, tr("no secret on stdin"));
    const KeychainReply reply = await(manager()->save(*it, secret));
    if (!reply.ok())
        return fail(reply.status == KeychainReply::Status::Failed ? Usage : Local, reply.message);
    m_out << tr("Added %1 from the team; its secret is in the system keychain.").arg(it->name)
          << Qt::endl;
    return Ok;
}

int Treasuryctl::settleForTeam(QCommandLineParser &parser, ActionJournal &journal)
{
    int exit = Ok;
    const std::unique_ptr<TeamDatabase> db = openTeam(parser, &exit);
    if (!db)
        return exit;
    const auto payouts = db->payouts();
    if (!payouts)
        return fail(Remote, db->lastError());
    const QString owner = ownerHere();
    for (const TeamPayout &p : *payouts) {
        if (p.state != TeamPayout::State::Sending && p.state != TeamPayout::State::Unknown)
            continue;
        const std::optional<JournalEntry> entry = journal.byKey(p.key);
        // Pending here: no answer to tell yet. The same word: nothing new for the team.
        if (!entry || entry->state == JournalEntry::State::Pending ||
            TeamPayout::outcomeOf(entry->state) == p.state)
            continue;
        // A previous run's lease must have run out: taken over, never sent again.
        if (!db->renew(p.key, owner, LeaseSeconds).value_or(false) &&
            !db->takeOver(p.key, owner, LeaseSeconds).value_or(false)) {
            m_err << "treasuryctl: "
                  << tr("%1: still held by %2 for the team; try again later").arg(p.key, p.owner)
                  << Qt::endl;
            continue;
        }
        if (!db->recordOutcome(p.key, owner, TeamPayout::outcomeOf(entry->state), entry->reference,
                               entry->message))
            return fail(Remote,
                        tr("the team journal could not record %1: %2").arg(p.key, db->lastError()));
        m_out << tr("%1: recorded for the team as %2")
                     .arg(p.key, TeamPayout::stateName(TeamPayout::outcomeOf(entry->state)))
              << Qt::endl;
    }
    return Ok;
}
