#include "Treasuryctl.h"

#include "TreasuryctlSupport.h"

#include "ActionJournal.h"
#include "BalanceSource.h"
#include "ConnectionManager.h"
#include "CtlJson.h"
#include "JournalFees.h"
#include "Keychain.h"
#include "PlainText.h"
#include "Preferences.h"
#include "Provider.h"
#include "ProviderFactory.h"
#include "ProviderNames.h"
#include "SafeFile.h"
#include "TransactionDuplicates.h"
#include "TransactionExporter.h"
#include "TransactionFilter.h"
#include "TransactionLookup.h"
#include "TransactionSource.h"
#include "TransactionStore.h"
#include "TransactionTable.h"
#include "TransactionTotals.h"
#include "TransactionWorkbook.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using TreasuryctlSupport::await;

namespace {

// Runs the event loop (network, keychain) until the future has its result.

QCommandLineOption option(const char *name, const QString &help, const char *value = nullptr)
{
    return value ? QCommandLineOption(QLatin1String(name), help, QLatin1String(value))
                 : QCommandLineOption(QLatin1String(name), help);
}

// The providers a connection can be made to, by id (the kinds main() installed).
QStringList providerIds()
{
    QStringList ids;
    for (const ConnectionKind &k : ConnectionKind::all())
        ids.append(k.provider);
    return ids;
}

} // namespace

Treasuryctl::Treasuryctl(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_out(out), m_err(err), m_network(new QNetworkAccessManager(this)),
      m_global({
          option("connection", tr("A saved connection; its secret comes from the keychain."),
                 "NAME"),
          option("provider", tr("Ad hoc: one of %1.").arg(providerIds().join(QStringLiteral(", "))),
                 "ID"),
          option("base-url", tr("Ad hoc: the API root as the provider documents it."), "URL"),
          option("credential-env",
                 tr("Ad hoc: the environment variable holding the secret (id:secret for "
                    "two-part credentials). Secrets are never taken as arguments."),
                 "VAR"),
          option("setting", tr("A non-secret setting, KEY=VALUE (Dots app_id, DART customers)."),
                 "KEY=VALUE"),
          option("team",
                 tr("Team mode: the team database, postgresql://USER@HOST[:PORT]/DATABASE "
                    "(default: the one saved by team login)."),
                 "URL"),
          option("team-password-env",
                 tr("The environment variable holding the team password (default: the "
                    "keychain)."),
                 "VAR"),
      })
{
    m_readSecret = [] {
        QTextStream in(stdin);
        return in.readLine();
    };
}

Treasuryctl::~Treasuryctl()
{
    if (m_keychain)
        m_keychain->waitForIdle(3000);
}

ConnectionManager *Treasuryctl::manager()
{
    if (!m_manager) {
        m_settings = std::make_unique<QSettings>();
        m_keychain = new Keychain(QString(), this);
        m_manager = new ConnectionManager(m_settings.get(), m_keychain, this);
    }
    return m_manager;
}

int Treasuryctl::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    QString overview = tr("The command-line twin of Treasury Desk, for scripted exports and "
                          "checks.") +
                       QStringLiteral("\n\n") + tr("Commands:") + u'\n';
    for (const Command &c : commands()) {
        const QString usage = QStringLiteral("%1 %2").arg(QLatin1String(c.name), c.syntax);
        overview += QStringLiteral("  %1\n      %2\n").arg(usage.trimmed(), c.brief);
    }
    overview += u'\n' +
                tr("Exit codes: 0 ok, 2 usage, 3 authentication, 4 provider or network, 5 local, 6 "
                   "a payout's outcome unknown (journaled; nothing is sent again), 7 waiting for "
                   "approval (team mode), 8 another desktop sends or sent it.") +
                u'\n' + tr("Run 'treasuryctl COMMAND --help' for a command's options.");
    parser.setApplicationDescription(overview);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(m_global);
    parser.addPositionalArgument(QStringLiteral("command"), tr("What to do (see Commands)."));
    // Options after the command belong to it.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(arguments))
        return fail(Usage, parser.errorText());
    // Its own name: the application name is the GUI's, for one settings file.
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << "treasuryctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || rest.isEmpty()) {
        if (rest.isEmpty() && !parser.isSet(QStringLiteral("help")))
            return fail(Usage, tr("no command given; try --help"));
        parser.showHelp();
    }
    // Global options may come before the command or after it: both reach the command.
    QStringList forCommand = arguments.mid(0, 1);
    for (const QCommandLineOption &o : m_global) {
        for (const QString &v : parser.values(o))
            forCommand << QStringLiteral("--") + o.names().constFirst() << v;
    }
    forCommand << rest.mid(1);
    const int code = outputWritten(dispatch(rest.first(), forCommand));
    return code == Ok && m_incomplete ? Incomplete : code;
}

QList<Treasuryctl::Command> Treasuryctl::commands() const
{
    const QCommandLineOption json = option("json", tr("Print JSON."));
    const QCommandLineOption since = option("since", tr("From this day on."), "YYYY-MM-DD");
    return {
        {"status",
         QString(),
         tr("reach the provider, print OK or the error"),
         tr("Reaches the provider; prints OK or the error."),
         {},
         {},
         &Treasuryctl::status},
        {"balances",
         QStringLiteral("[--json] [--total] [--history [--since D]]"),
         tr("every balance of the connection, its USD total or its history"),
         tr("Every balance of the connection; --total: its USD total; --history: each past "
            "balance the provider remembers (the crypto gateway), oldest first."),
         {json,
          option("total", tr("Print the USD total instead, with what it leaves out and "
                             "why (usd_total, as_of, not_included).")),
          option("history", tr("Print each past balance instead, with the time it was read.")),
          since},
         {},
         &Treasuryctl::balances},
        {"cards",
         QStringLiteral("[--json] [--search T] [--name T] [--last-four D] | "
                        "show|freeze|unfreeze|cancel|transactions ID | limit ID AMOUNT|none | "
                        "create NAME"),
         tr("the connection's cards; show, freeze, limit, create or cancel one"),
         tr("Lists cards, shows one as the provider has it now or its transactions (Dinari), "
            "freezes or unfreezes one, sets "
            "or removes its spend limit, creates one or cancels one (for good: --yes). Every "
            "change is journaled as the app journals it. With a team, unfreeze, limit and create "
            "follow the team's policy: exit 7 while one waits for approval (payouts release KEY "
            "does it once approved); freeze never waits."),
         {json,
          option("search", tr("Only cards whose name or last four digits contain TEXT."), "TEXT"),
          option("name",
                 tr("Only cards whose name contains TEXT (asked of the provider where it can)."),
                 "TEXT"),
          option("last-four", tr("Only cards ending in these four digits."), "DIGITS"),
          option("period", tr("The limit's period: MONTHLY (default), TRANSACTION or FOREVER."),
                 "PERIOD"),
          option("yes", tr("Confirms cancelling a card, which cannot be undone."))},
         {tr("show, freeze, unfreeze, limit, create, cancel or transactions"),
          QStringLiteral("[show|freeze|unfreeze|cancel|transactions ID|limit ID AMOUNT|"
                         "create NAME]")},
         &Treasuryctl::cards},
        {"transactions",
         QStringLiteral("[--since D] [--until D] [--id ID] [--csv FILE|-] [--xlsx FILE] [--json] "
                        "[--delimiter ;] [--bom] [--spreadsheet] [--manifest] [--totals]"),
         tr("every transaction of a date range, as CSV, an Excel workbook or JSON"),
         tr("Fetches every page of transactions and writes them as CSV (stdout by default), an "
            "Excel workbook or JSON. Dates are UTC days; --until is inclusive."),
         {json, since, option("until", tr("Up to and including this day."), "YYYY-MM-DD"),
          option("csv", tr("Write CSV to FILE, or - for stdout."), "FILE"),
          option("xlsx",
                 tr("Write an Excel workbook to FILE: numbers and dates as such, a totals "
                    "sheet; at most 1,048,575 rows."),
                 "FILE"),
          option("delimiter", tr("The CSV delimiter: , or ;"), "CHAR"),
          option("bom", tr("Start the CSV with a UTF-8 BOM (for Excel).")),
          option("manifest", tr("Also write FILE.manifest.json: filters, totals, SHA-256.")),
          option("spreadsheet", tr("CSV for a spreadsheet in this language: its decimal mark, "
                                   "; where that is a comma, dates as dates, a BOM.")),
          option("id", tr("Only the transaction with this id, read from the provider."), "ID"),
          option("totals", tr("Print the totals per currency instead: settled and pending, in "
                              "and out, the fees, and what did not move (declined, failed, "
                              "cancelled)."))},
         {},
         &Treasuryctl::transactions},
        {"payouts",
         QStringLiteral("methods|send --method ID --amount A --currency C --field NAME=VALUE...|"
                        "batch FILE|status REFERENCE|currencies|batches [--since D]|"
                        "journal [--open]|reconcile|cancel KEY"),
         tr("send payouts; their methods, status, journal; checking open payouts"),
         tr("payouts methods: each payout method of the connection and the fields it takes, by "
            "the provider's documented names; payouts send: one payout, validated as the form "
            "validates it, journaled before it is sent and sent once (exit 0 when the provider "
            "accepted it, 4 when it refused it, 6 when its answer was lost and it is journaled "
            "as unknown, 2 on invalid input); payouts batch FILE: a Dots batch from a CSV file "
            "(user_id, amount, platform), every line checked first: a line with an error stops "
            "it, a line repeating a recent payout needs --skip-repeats or --yes; journaled and "
            "sent once like one payout; payouts status REFERENCE: a sent payout's status "
            "now; payouts currencies: what can be paid out, with limits; payouts batches "
            "[--since YYYY-MM-DD]: batch payouts sent; payouts journal [--open]: every payout "
            "and card action journaled here (--open: those pending or unknown); payouts "
            "reconcile: checks each open payout against its provider once and prints the "
            "entries that changed (a payout sent through --provider/--base-url/--credential-env "
            "is checked when the same options are given again); exit 6 while any payout stays "
            "unknown. A payout not found stays unknown; nothing is ever sent again. payouts "
            "cancel KEY|REFERENCE: asks the provider once to cancel a sent payout (Dinari), "
            "journaled like the window's Cancel (exit 6 when the answer was lost)."),
         {json, since, option("open", tr("Only entries still pending or unknown.")),
          option("method", tr("The payout method, e.g. dinari.ach (see payouts methods)."), "ID"),
          option("amount", tr("The amount, e.g. 125.50."), "AMOUNT"),
          option("currency", tr("The currency, e.g. USD."), "CODE"),
          option("field",
                 tr("A request field by the provider's name, e.g. "
                    "RECIPIENT_FULL_NAME=\"Sage Smith\"; repeat for each."),
                 "NAME=VALUE"),
          option("key", tr("Your own idempotency key: a second send with it is refused."), "KEY"),
          option("skip-repeats",
                 tr("payouts batch: leave out the lines that repeat a recent payout.")),
          option("yes", tr("payouts batch: pay the lines that repeat a recent payout again.")),
          option("note", tr("Team mode: why you approve or reject it."), "TEXT"),
          option("hash",
                 tr("Team mode: the request's hash as you checked it (payouts list --json); "
                    "a decision on any other request is refused."),
                 "SHA256")},
         {tr("methods, send, batch, status, currencies, batches, journal, reconcile, approve, "
             "reject, release or lift (an admin lifts the hold on a payout's new bank account or "
             "address)"),
          QStringLiteral("methods|send|batch FILE|status REFERENCE|currencies|batches|journal|"
                         "reconcile|approve KEY|reject KEY|release KEY|lift KEY")},
         &Treasuryctl::payouts},
        {"team",
         QStringLiteral("login|init|add-user NAME --role ROLE|members|keys|approve-key NAME KEY|"
                        "role NAME ROLE|connections|publish NAME|retire ID|adopt ID"),
         tr("the team database: log in, set it up, its members and connections"),
         tr("team login: tries --team URL with the password from stdin and keeps both (the "
            "password in the keychain); team init: creates or upgrades the team schema and "
            "roles (as the database owner); team add-user NAME --role viewer|maker|approver|"
            "admin: adds a person (their password from stdin; as the owner); team members: each "
            "with the fingerprint of the key this desktop pinned; team keys: every registered "
            "signing key and whether it counts here; team approve-key NAME KEY: vouches for a "
            "colleague's new key with your signature (an admin); team "
            "role NAME ROLE: changes a person's role (an admin; a second admin approves it when "
            "the team has two); team connections: the connections the team shares; team publish "
            "NAME: shares a saved connection's non-secret part under its id (an admin); team "
            "retire ID; team adopt ID: saves a shared connection here, its secret from stdin."),
         {json, option("role", tr("viewer, maker, approver or admin."), "ROLE"),
          option("existing", tr("add-user: a role the cluster has already (a person of another "
                                "team database) joins this team with its own password."))},
         {tr("login, init, add-user, members, keys, approve-key, role, connections, publish, "
             "retire or adopt"),
          QStringLiteral("login|init|add-user NAME|members|keys|approve-key NAME KEY|role NAME "
                         "ROLE|connections|publish NAME|retire ID|adopt ID")},
         &Treasuryctl::team},
        {"policy",
         QStringLiteral("show|set FILE|pending|approve ID|reject ID"),
         tr("the team's approval policy"),
         tr("policy show: the policy as JSON; policy set FILE (or - for stdin): proposes a new "
            "one, applied at once while the team has one admin, otherwise when a second admin "
            "approves it; policy pending; policy approve|reject ID."),
         {json},
         {tr("show, set, pending, approve or reject"),
          QStringLiteral("show|set FILE|pending|approve ID|reject ID")},
         &Treasuryctl::policy},
        {"audit",
         QStringLiteral("verify [--from SEQ:HASH] [--json] | checkpoint"),
         tr("check the team's audit log"),
         tr("audit verify: recomputes the audit log's hash chain, checks that it only grew since "
            "this desktop last looked (and since --from, a checkpoint kept elsewhere), checks "
            "every signature in it against the keys this desktop pinned, and names the first "
            "row that does not match (exit 4). audit checkpoint: verifies, then prints "
            "where the log ends as SEQ:HASH, to keep apart from the database."),
         {json, option("from", tr("A checkpoint the log must have grown from."), "SEQ:HASH")},
         {tr("verify or checkpoint"), QStringLiteral("verify|checkpoint")},
         &Treasuryctl::audit},
        {"wallets",
         QStringLiteral("list|show ID|create NAME [--external-id ID]"),
         tr("crypto sub-accounts"),
         tr("wallets list: the sub-accounts; wallets show ID: one's balances; wallets create NAME "
            "[--external-id ID]: opens a sub-account."),
         {json, option("external-id", tr("Your own id for the new wallet."), "ID")},
         {tr("list, show or create"), QStringLiteral("list|show ID|create NAME")},
         &Treasuryctl::wallets},
        {"connections",
         QStringLiteral("list|add|remove NAME|rename OLD NEW"),
         tr("saved connections (secrets in the keychain)"),
         tr("connections list [--json]; connections add --name NAME --provider ID "
            "[--environment sandbox|production|custom] [--base-url URL] [--setting K=V] "
            "(the secret is read from stdin); connections remove NAME; connections rename OLD NEW "
            "(history and journal follow)"),
         {json, option("name", tr("The new connection's name."), "NAME"),
          option("environment", tr("sandbox, production or custom."), "ENV")},
         {tr("list, add, remove or rename"), QStringLiteral("list|add|remove NAME|rename OLD NEW")},
         &Treasuryctl::connections},
    };
}

int Treasuryctl::dispatch(const QString &command, const QStringList &arguments)
{
    const QList<Command> all = commands();
    const auto found = std::find_if(all.cbegin(), all.cend(), [&command](const Command &c) {
        return command == QLatin1String(c.name);
    });
    if (found == all.cend())
        return fail(Usage, tr("unknown command \"%1\"; try --help").arg(command));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(m_global);
    parser.setApplicationDescription(found->summary);
    parser.addOptions(found->options);
    if (!found->action.syntax.isEmpty())
        parser.addPositionalArgument(QStringLiteral("action"), found->action.help,
                                     found->action.syntax);
    if (!parser.parse(arguments))
        return fail(Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp();
    return (this->*(found->handler))(parser);
}

std::unique_ptr<Provider> Treasuryctl::provider(QCommandLineParser &parser, int *exit,
                                                const QString &savedId)
{
    Connection connection;
    QString secret;
    if (parser.isSet(QStringLiteral("connection")) ||
        (!savedId.isEmpty() && !parser.isSet(QStringLiteral("provider")))) {
        if (parser.isSet(QStringLiteral("provider")) || parser.isSet(QStringLiteral("base-url"))) {
            *exit = fail(Usage, tr("give either --connection or --provider with --base-url"));
            return nullptr;
        }
        const QString name = parser.value(QStringLiteral("connection"));
        const std::optional<Connection> saved =
            name.isEmpty() ? manager()->byId(savedId) : manager()->byName(name);
        if (!saved) {
            *exit = fail(
                Usage, name.isEmpty()
                           ? tr("no saved connection has the id %1; give --connection").arg(savedId)
                           : tr("no saved connection named \"%1\"").arg(name));
            return nullptr;
        }
        connection = *saved;
        const KeychainReply reply = await(manager()->secret(connection.id));
        if (!reply.ok()) {
            *exit =
                fail(reply.status == KeychainReply::Status::NotFound ? Auth : Local, reply.message);
            return nullptr;
        }
        secret = reply.secret;
    } else {
        const QString variable = parser.value(QStringLiteral("credential-env"));
        if (!parser.isSet(QStringLiteral("provider")) ||
            !parser.isSet(QStringLiteral("base-url")) || variable.isEmpty()) {
            *exit = fail(Usage, tr("give --connection NAME, or --provider, --base-url and "
                                   "--credential-env"));
            return nullptr;
        }
        secret = qEnvironmentVariable(variable.toLocal8Bit().constData());
        if (secret.isEmpty()) {
            *exit =
                fail(Usage, tr("the environment variable %1 is empty or not set").arg(variable));
            return nullptr;
        }
        connection.provider = parser.value(QStringLiteral("provider"));
        connection.environment = Environment::Custom;
        connection.customUrl = QUrl(parser.value(QStringLiteral("base-url")));
        connection.name = connection.customUrl.host();
        connection.settings = ConnectionKind::settingsFrom(parser.values(QStringLiteral("setting")),
                                                           connection.provider);
        connection.id = Connection::adHocId(connection.provider, connection.customUrl, secret);
    }
    const QStringList problems = connection.problems();
    if (!problems.isEmpty()) {
        *exit = fail(Usage, problems.join(u' '));
        return nullptr;
    }
    std::unique_ptr<Provider> p(ProviderFactory::create(connection, secret, m_network, nullptr));
    if (!p)
        *exit = fail(Auth, tr("the secret does not have the form %1 expects (id:secret for "
                              "two-part credentials)")
                               .arg(ProviderNames::display(connection.provider)));
    return p;
}

int Treasuryctl::status(QCommandLineParser &parser)
{
    int exit = Ok;
    if (!fetch<Done>(parser, &exit, [](Provider &p) { return p.checkStatus(); }))
        return exit;
    m_out << "OK" << Qt::endl;
    return Ok;
}

int Treasuryctl::transactions(QCommandLineParser &parser)
{
    TransactionFilter filter;
    for (const char *name : {"since", "until"}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        const QDate day = QDate::fromString(parser.value(QLatin1String(name)), Qt::ISODate);
        if (!day.isValid())
            return fail(Usage, tr("--%1 wants a date as YYYY-MM-DD").arg(QLatin1String(name)));
        (qstrcmp(name, "since") == 0 ? filter.from : filter.to) =
            day.addDays(qstrcmp(name, "since") == 0 ? 0 : 1).startOfDay(QTimeZone::utc());
    }
    CsvOptions options;
    const QString delimiter = parser.value(QStringLiteral("delimiter"));
    if (!delimiter.isEmpty() && delimiter != QLatin1String(",") && delimiter != QLatin1String(";"))
        return fail(Usage, tr("--delimiter is , or ;"));
    options.delimiter = delimiter == QLatin1String(";") ? ';' : ',';
    options.bom = parser.isSet(QStringLiteral("bom"));
    if (parser.isSet(QStringLiteral("spreadsheet")))
        options = CsvOptions::spreadsheet(QLocale().decimalPoint().at(0));
    options.manifest = parser.isSet(QStringLiteral("manifest"));
    for (const char *name : {"since", "until"}) {
        if (parser.isSet(QLatin1String(name)))
            options.filters.insert(QLatin1String(name), parser.value(QLatin1String(name)));
    }
    const int outputs = int(parser.isSet(QStringLiteral("json"))) +
                        int(parser.isSet(QStringLiteral("csv"))) +
                        int(parser.isSet(QStringLiteral("xlsx")));
    if (outputs > 1)
        return fail(Usage, tr("choose one of --csv, --xlsx and --json"));
    // The target is judged before anything is fetched: a device, pipe or link is refused.
    if (const QString target = parser.isSet(QStringLiteral("xlsx"))
                                   ? parser.value(QStringLiteral("xlsx"))
                                   : parser.value(QStringLiteral("csv"));
        !target.isEmpty() && target != QLatin1String("-")) {
        if (const QString why = SafeFile::refusal(target); !why.isEmpty())
            return fail(Local, why);
    }

    int exit = Ok;
    const QString id = parser.value(QStringLiteral("id"));
    TransactionSource *source = nullptr;
    TransactionLookup *lookup = nullptr;
    const std::unique_ptr<Provider> p = id.isEmpty() ? providerOffering(parser, &exit, &source)
                                                     : providerOffering(parser, &exit, &lookup);
    if (!p)
        return exit;
    progress(tr("Fetching transactions from %1…").arg(p->displayName()));
    // The provider narrows by date where its API can; the filter below makes it exact.
    const Result<QList<Transaction>> r =
        source ? await(source->fetchTransactions(
                     filter.from, filter.to.isValid() ? filter.to.addMSecs(-1) : QDateTime()))
               : await(lookup->fetchTransaction(id).then([](const Result<Transaction> &one) {
                     return one.ok() ? Result<QList<Transaction>>::success({one.value()})
                                     : Result<QList<Transaction>>::failure(one.error());
                 }));
    if (!r.ok())
        return failWith(r.error());
    QList<Transaction> listed = r.value();
    const QStringList gaps = r.gaps() + TransactionDuplicates::settle(&listed);
    // A payout listed without its fee takes the one the provider stated on sending, as
    // the window shows it. The journal only adds to what is read: without it, none.
    manager(); // the settings say where the data folder is
    ActionJournal journal(Preferences::load(*m_settings).storePath());
    if (journal.open())
        JournalFees::fill(&listed, p->connectionId(), journal.entries());
    if (!gaps.isEmpty())
        warnIncomplete(p->displayName(), gaps);
    TransactionTable table;
    for (const Transaction &t : std::as_const(listed))
        table.append(t);
    const TransactionMatcher matcher(filter, table);
    QList<int> rows;
    for (int i = 0; i < table.size(); ++i) {
        if (matcher.matches(i))
            rows.append(i);
    }
    std::sort(rows.begin(), rows.end(), [&table](int a, int b) {
        return std::make_tuple(table.dateMs(a), table.id(a)) <
               std::make_tuple(table.dateMs(b), table.id(b));
    });
    progress(tr("%n transaction(s).", nullptr, int(rows.size())));

    if (parser.isSet(QStringLiteral("totals")))
        return print(TransactionTotals::toJson(TransactionTotals::compute(table, rows)),
                     parser.isSet(QStringLiteral("json")),
                     {"currency", "settled_in", "settled_out", "pending_in", "pending_out",
                      "settled_fees", "pending_fees", "not_moved", "net"});
    if (parser.isSet(QStringLiteral("json"))) {
        m_out << QJsonDocument(
                     CtlJson::transactions(table, rows, TransactionExporter::defaultColumns()))
                     .toJson(QJsonDocument::Indented);
        m_out.flush();
        return Ok;
    }
    if (parser.isSet(QStringLiteral("xlsx"))) {
        const ExportOutcome outcome = TransactionWorkbook::writeFile(
            parser.value(QStringLiteral("xlsx")), table, rows, {}, options.filters);
        return outcome.ok ? Ok : fail(Local, outcome.error);
    }
    const QString target = parser.value(QStringLiteral("csv"));
    if (target.isEmpty() || target == QLatin1String("-")) {
        m_out.flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return fail(Local, tr("cannot write to stdout"));
        const ExportOutcome outcome = TransactionExporter::write(&stdoutFile, table, rows, options);
        return outcome.ok ? Ok : fail(Local, outcome.error);
    }
    // A temporary file renamed when complete: a failure leaves no half file.
    const ExportOutcome outcome = TransactionExporter::writeFile(target, table, rows, options);
    return outcome.ok ? Ok : fail(Local, outcome.error);
}
