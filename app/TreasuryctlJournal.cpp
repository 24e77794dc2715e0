// treasuryctl's journal: what was sent and what is open, checking open payouts once, and
// card and wallet actions journaled as the GUI journals them (Treasuryctl's members, apart
// from its core).
#include "Treasuryctl.h"

#include "ActionJournal.h"
#include "ConnectionManager.h"
#include "Keychain.h"
#include "PayoutController.h"
#include "Preferences.h"
#include "ProviderFactory.h"
#include "ProviderRegistry.h"
#include "TreasuryctlSupport.h"

using TreasuryctlSupport::await;

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>

QJsonObject Treasuryctl::journalJson(const JournalEntry &e)
{
    const std::optional<PayoutMethod> method = e.action.method();
    return QJsonObject{
        {QStringLiteral("key"), e.key},
        {QStringLiteral("method"), method ? PayoutMethods::key(*method) : e.action.text()},
        {QStringLiteral("connection"), e.connection},
        {QStringLiteral("target"), e.shownTarget()},
        {QStringLiteral("amount"), e.amount ? QJsonValue(e.amount->toString()) : QJsonValue()},
        {QStringLiteral("currency"), e.currency},
        {QStringLiteral("state"), JournalEntry::stateName(e.state)},
        {QStringLiteral("needs_decision"), e.needsDecision},
        {QStringLiteral("decided_by"), e.decidedBy},
        {QStringLiteral("reference"), e.reference},
        {QStringLiteral("message"), e.shownMessage()},
        {QStringLiteral("link"), e.link},
        {QStringLiteral("user"), e.user},
        {QStringLiteral("created"), e.created.toString(Qt::ISODateWithMs)},
        {QStringLiteral("updated"), e.updated.toString(Qt::ISODateWithMs)},
    };
}

namespace {

const QList<const char *> JournalColumns = {"created",  "method", "connection", "amount",
                                            "currency", "state",  "reference",  "message"};

} // namespace

std::unique_ptr<ActionJournal> Treasuryctl::openJournal(int *exit)
{
    manager(); // opens the settings, which say where the data folder is
    auto journal = std::make_unique<ActionJournal>(Preferences::load(*m_settings).storePath());
    if (!journal->open()) {
        *exit = fail(
            Local,
            tr("the journal cannot be opened, so nothing is sent: %1").arg(journal->lastError()));
        return nullptr;
    }
    return journal;
}

int Treasuryctl::journal(QCommandLineParser &parser)
{
    int exit = Ok;
    const std::unique_ptr<ActionJournal> journal = openJournal(&exit);
    if (!journal)
        return exit;
    const QList<JournalEntry> entries =
        parser.isSet(QStringLiteral("open")) ? journal->openEntries() : journal->entries();
    if (!journal->lastError().isEmpty())
        return fail(Local, journal->lastError());
    QJsonArray rows;
    for (const JournalEntry &e : entries)
        rows.append(journalJson(e));
    return print(rows, parser.isSet(QStringLiteral("json")), JournalColumns);
}

int Treasuryctl::reconcile(QCommandLineParser &parser)
{
    int exit = Ok;
    const std::unique_ptr<ActionJournal> journal = openJournal(&exit);
    if (!journal)
        return exit;
    // Each open payout's saved connection, opened with its secret from the keychain; a
    // connection given on the command line reopens the payouts sent through it (the same
    // flags give the same id).
    ProviderRegistry registry;
    std::vector<std::unique_ptr<Provider>> open;
    if (parser.isSet(QStringLiteral("provider"))) {
        std::unique_ptr<Provider> given = provider(parser, &exit);
        if (!given)
            return exit;
        registry.add(given.get());
        open.push_back(std::move(given));
    }
    int leftOpen = 0;
    QList<JournalEntry> toCheck;
    for (const JournalEntry &e : journal->openEntries()) {
        if (!e.action.movesMoney())
            continue;
        if (!registry.byId(e.connectionId)) {
            const std::optional<Connection> c = manager()->byId(e.connectionId);
            const KeychainReply reply = c ? await(manager()->secret(c->id)) : KeychainReply();
            Provider *p = c && reply.ok()
                              ? ProviderFactory::create(*c, reply.secret, m_network, nullptr)
                              : nullptr;
            if (!p) {
                m_err << "treasuryctl: "
                      << tr("%1: its connection \"%2\" cannot be opened; left open")
                             .arg(e.key, e.connection)
                      << Qt::endl;
                ++leftOpen;
                continue;
            }
            open.emplace_back(p);
            registry.add(p);
        }
        toCheck.append(e);
    }
    PayoutController payouts(journal.get(), &registry, Clock::system());
    payouts.setSettling(Preferences::load(*m_settings));
    int started = 0;
    int done = 0;
    connect(&payouts, &PayoutController::finished, this, [&done] { ++done; });
    connect(&payouts, &PayoutController::rejected, this,
            [this](const QString &key, const QString &reason) {
                m_err << "treasuryctl: " << key << ": " << reason << Qt::endl;
            });
    for (const JournalEntry &e : toCheck) {
        if (payouts.checkAgain(e.key))
            ++started;
    }
    // Each check ends by the requests' own deadlines; this only bounds a stuck provider.
    TreasuryctlSupport::waitUntil([&] { return done >= started; }, &payouts,
                                  &PayoutController::finished, 5 * 60 * 1000);
    QJsonArray changed;
    for (const JournalEntry &before : toCheck) {
        const std::optional<JournalEntry> now = journal->byKey(before.key);
        if (now &&
            (now->state != before.state || now->message != before.message ||
             now->reference != before.reference || now->needsDecision != before.needsDecision))
            changed.append(journalJson(*now));
    }
    exit = print(changed, parser.isSet(QStringLiteral("json")), JournalColumns);
    // The team hears what this desktop's journal knows, for what it left in flight there.
    if (teamGiven(parser))
        if (const int settled = settleForTeam(parser, *journal); settled != Ok)
            return settled;
    if (done < started)
        return Remote;
    // Whatever is still unknown, or could not even be looked at, keeps the script's
    // attention: never exit 0 over a payout that may have been paid.
    for (const JournalEntry &e : journal->openEntries()) {
        if (e.action.movesMoney() && e.state == JournalEntry::State::Unknown &&
            !registry.byId(e.connectionId))
            continue; // counted above, once
        if (e.action.movesMoney() && e.state == JournalEntry::State::Unknown)
            ++leftOpen;
    }
    return leftOpen > 0 && exit == Ok ? Unknown : exit;
}
