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
        // The fee the provider charged, in its own currency; null where it stated none.
        {QStringLiteral("fee"), e.fee ? QJsonValue(e.fee->toString()) : QJsonValue()},
        {QStringLiteral("fee_currency"), e.fee ? QJsonValue(e.feeCurrency) : QJsonValue()},
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

const QList<const char *> JournalColumns = {"created", "method", "connection", "amount", "currency",
                                            "fee",     "state",  "reference",  "message"};

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

std::unique_ptr<Provider> Treasuryctl::openSaved(const QString &connectionId)
{
    const std::optional<Connection> c = manager()->byId(connectionId);
    const KeychainReply reply = c ? await(manager()->secret(c->id)) : KeychainReply();
    return std::unique_ptr<Provider>(
        c && reply.ok() ? ProviderFactory::create(*c, reply.secret, m_network, nullptr) : nullptr);
}

int Treasuryctl::cancelPayout(QCommandLineParser &parser, const QString &reference)
{
    int exit = Ok;
    const std::unique_ptr<ActionJournal> journal = openJournal(&exit);
    if (!journal)
        return exit;
    // The payout as this journal has it, by its key or the provider's reference.
    std::optional<JournalEntry> payout = journal->byKey(reference);
    if (!payout) {
        for (const JournalEntry &e : journal->entries()) {
            if (e.action.method() && e.reference == reference) {
                payout = e;
                break;
            }
        }
    }
    if (!payout || !payout->action.method())
        return fail(Usage,
                    tr("no payout in the journal has the key or reference %1").arg(reference));
    // Its connection: the one the options give (ad hoc, or --connection), else the saved one.
    std::unique_ptr<Provider> p =
        parser.isSet(QStringLiteral("provider")) || parser.isSet(QStringLiteral("connection"))
            ? provider(parser, &exit)
            : openSaved(payout->connectionId);
    if (!p)
        return exit != Ok
                   ? exit
                   : fail(Auth,
                          tr("the connection \"%1\" cannot be opened").arg(payout->connection));
    if (p->connectionId() != payout->connectionId)
        return fail(
            Usage,
            tr("the payout was sent through another connection (%1)").arg(payout->connection));
    ProviderRegistry registry;
    registry.add(p.get());
    PayoutController payouts(journal.get(), &registry, Clock::system());
    std::optional<JournalEntry> outcome;
    QString refused;
    connect(&payouts, &PayoutController::finished, this,
            [&outcome](const JournalEntry &e) { outcome = e; });
    connect(&payouts, &PayoutController::rejected, this,
            [&refused](const QString &, const QString &why) { refused = why; });
    if (!payouts.cancelPayout(*payout))
        return fail(Usage, refused);
    // The request's own deadline ends it; this only bounds a stuck provider.
    TreasuryctlSupport::waitUntil([&] { return outcome.has_value(); }, &payouts,
                                  &PayoutController::finished, 5 * 60 * 1000);
    if (!outcome)
        return fail(Remote, tr("no answer to the cancellation"));
    print({journalJson(*outcome)}, parser.isSet(QStringLiteral("json")), JournalColumns);
    switch (outcome->state) {
    case JournalEntry::State::Succeeded:
        return Ok;
    case JournalEntry::State::Unknown:
        return Unknown;
    default:
        return fail(Remote, outcome->shownMessage());
    }
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
            std::unique_ptr<Provider> saved = openSaved(e.connectionId);
            Provider *p = saved.release();
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
