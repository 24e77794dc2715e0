#include "Treasuryctl.h"
#include "TreasuryctlSupport.h"

#include "ConnectionManager.h"
#include "Keychain.h"
#include "Preferences.h"
#include "TransactionStore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>

#include <unistd.h>

// `connections list|add|remove|rename`: the saved connections, their secrets in the keychain.

using TreasuryctlSupport::await;

int Treasuryctl::connections(QCommandLineParser &parser)
{
    const QStringList action = parser.positionalArguments();
    const QString verb = action.value(0);
    if (verb == QLatin1String("add") && action.size() == 1)
        return addConnection(parser);
    if (verb == QLatin1String("remove") && action.size() == 2)
        return removeConnection(action.at(1));
    if (verb == QLatin1String("rename") && action.size() == 3)
        return renameConnection(action.at(1), action.at(2));
    if (verb != QLatin1String("list") || action.size() != 1)
        return fail(Usage, tr("use: connections list|add|remove NAME|rename OLD NEW"));
    QJsonArray rows;
    for (const Connection &c : manager()->connections())
        rows.append(QJsonObject{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("provider"), c.provider},
            {QStringLiteral("environment"), ConnectionKind::environmentName(c.environment)},
            {QStringLiteral("base_url"), c.baseUrl().toString()},
        });
    return print(rows, parser.isSet(QStringLiteral("json")),
                 {"name", "provider", "environment", "base_url"});
}

int Treasuryctl::addConnection(QCommandLineParser &parser)
{
    Connection c;
    c.id = Connection::newId();
    c.name = parser.value(QStringLiteral("name"));
    c.provider = parser.value(QStringLiteral("provider"));
    const QString environment = parser.value(QStringLiteral("environment"));
    const bool hasUrl = parser.isSet(QStringLiteral("base-url"));
    const std::optional<Environment> env = ConnectionKind::environmentFromName(
        environment.isEmpty() ? (hasUrl ? QStringLiteral("custom") : QStringLiteral("production"))
                              : environment);
    if (!env)
        return fail(Usage, tr("--environment is sandbox, production or custom"));
    c.environment = *env;
    c.customUrl = QUrl(parser.value(QStringLiteral("base-url")));
    c.settings = ConnectionKind::settingsFrom(parser.values(QStringLiteral("setting")), c.provider);
    const QStringList problems = c.problems();
    if (!problems.isEmpty())
        return fail(Usage, problems.join(u' '));
    if (isatty(STDIN_FILENO))
        m_err << tr("Secret for %1 (id:secret for two-part credentials), then Enter: ").arg(c.name)
              << Qt::flush;
    const QString secret = m_readSecret().trimmed();
    if (secret.isEmpty())
        return fail(Usage, tr("no secret on stdin"));
    const KeychainReply reply = await(manager()->save(c, secret));
    if (!reply.ok())
        return fail(reply.status == KeychainReply::Status::Failed ? Usage : Local, reply.message);
    m_out << tr("Added %1; its secret is in the system keychain.").arg(c.name) << Qt::endl;
    return Ok;
}

int Treasuryctl::renameConnection(const QString &from, const QString &to)
{
    const std::optional<Connection> c = manager()->byName(from);
    if (!c)
        return fail(Usage, tr("no saved connection named \"%1\"").arg(from));
    Connection renamed = *c;
    renamed.name = to.trimmed();
    if (const QStringList problems = renamed.problems(); !problems.isEmpty())
        return fail(Usage, problems.join(u' '));
    // The settings first: they refuse a name in use, which the history must never merge.
    const KeychainReply reply = await(manager()->save(renamed, std::nullopt));
    if (!reply.ok())
        return fail(reply.status == KeychainReply::Status::Failed ? Usage : Local, reply.message);
    const QString path = Preferences::load(*m_settings).storePath();
    if (QFileInfo::exists(path)) {
        // History and journal key on the id; older rows take it first, then the label moves.
        TransactionStore store(path);
        ActionJournal journal(path);
        if (!store.open() || !store.adoptConnection(c->ref()) ||
            !store.renameConnection(c->id, renamed.name))
            return fail(Local, tr("renamed, but the history was not: %1").arg(store.lastError()));
        if (!journal.open() || !journal.adoptConnection(c->id, c->provider, renamed.name, c->name))
            return fail(Local, tr("renamed, but the journal was not: %1").arg(journal.lastError()));
    }
    m_out << tr("Renamed %1 to %2.").arg(c->name, renamed.name) << Qt::endl;
    return Ok;
}

int Treasuryctl::removeConnection(const QString &name)
{
    const std::optional<Connection> c = manager()->byName(name);
    if (!c)
        return fail(Usage, tr("no saved connection named \"%1\"").arg(name));
    const KeychainReply reply = await(manager()->remove(c->id));
    if (!reply.ok())
        return fail(Local, reply.message);
    // Its history goes with it, as when the app removes it; the journal stays, for the audit.
    const QString path = Preferences::load(*m_settings).storePath();
    if (QFileInfo::exists(path)) {
        TransactionStore store(path);
        if (!store.open() || !store.adoptConnection(c->ref()) || !store.removeConnection(c->id))
            return fail(Local, tr("removed, but not its history: %1").arg(store.lastError()));
    }
    m_out << tr("Removed %1 and its secret.").arg(name) << Qt::endl;
    return Ok;
}
