// treasuryctl's card commands: list, show, freeze and unfreeze, limits, new cards and
// cancelling, each change journaled (Treasuryctl's members, apart from its core).
#include "Treasuryctl.h"

#include "ActionJournal.h"
#include "CardActivity.h"
#include "CardClosing.h"
#include "CardControl.h"
#include "CardIssuing.h"
#include "CardLimits.h"
#include "CardSource.h"
#include "CtlJson.h"
#include "TeamCardAction.h"
#include "TransactionExporter.h"
#include "TransactionTable.h"
#include "TreasuryctlSupport.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUuid>

#include <algorithm>

int Treasuryctl::cards(QCommandLineParser &parser)
{
    const QStringList action = parser.positionalArguments();
    const QString verb = action.value(0);
    const bool withId = QStringList{QStringLiteral("show"),     QStringLiteral("freeze"),
                                    QStringLiteral("unfreeze"), QStringLiteral("cancel"),
                                    QStringLiteral("create"),   QStringLiteral("transactions")}
                            .contains(verb);
    if (!action.isEmpty() && !(withId && action.size() == 2) &&
        !(verb == QLatin1String("limit") && action.size() == 3))
        return fail(Usage, tr("use: cards [show|freeze|unfreeze|cancel|transactions ID|limit ID "
                              "AMOUNT|create NAME]"));
    int exit = Ok;
    if (verb == QLatin1String("transactions"))
        return cardTransactions(parser, action.at(1));
    if (verb == QLatin1String("limit") || verb == QLatin1String("create") ||
        verb == QLatin1String("cancel"))
        return changeCard(parser);
    // In a team, unfreezing is the team's to approve; freezing never waits.
    if (verb == QLatin1String("unfreeze") && teamGiven(parser)) {
        TeamCardAction unfreeze;
        unfreeze.kind = TeamCardAction::Kind::Unfreeze;
        unfreeze.cardKey = action.at(1);
        return cardForTeam(parser, unfreeze);
    }
    if (action.value(0) == QLatin1String("show")) {
        const QString id = action.at(1);
        const std::optional<Card> card =
            fetch<Card>(parser, &exit, [&](CardSource &p) { return p.fetchCard(id); });
        if (!card)
            return exit;
        return print(CtlJson::cards({*card}), parser.isSet(QStringLiteral("json")),
                     {"id", "last_four", "state", "name"});
    }
    if (!action.isEmpty()) {
        const bool freeze = action.first() == QLatin1String("freeze");
        const QString id = action.at(1);
        const JournalAction journaled(freeze ? JournalAction::Kind::Freeze
                                             : JournalAction::Kind::Unfreeze);
        if (!this->journaled<Done>(parser, &exit, journaled, id,
                                   [&](CardControl &p) { return p.setCardFrozen(id, freeze); }))
            return exit;
        m_out << (freeze ? "frozen " : "unfrozen ") << id << Qt::endl;
        return Ok;
    }
    CardSearch wanted;
    wanted.name = parser.value(QStringLiteral("name"));
    wanted.lastFour = parser.value(QStringLiteral("last-four"));
    const std::optional<QList<Card>> cards =
        fetch<QList<Card>>(parser, &exit, [&](CardSource &p) { return p.findCards(wanted); });
    if (!cards)
        return exit;
    const QString search = parser.value(QStringLiteral("search"));
    QList<Card> shown;
    for (const Card &c : *cards) {
        if (search.isEmpty() || c.name.contains(search, Qt::CaseInsensitive) ||
            c.lastFour.contains(search))
            shown.append(c);
    }
    return print(CtlJson::cards(shown), parser.isSet(QStringLiteral("json")),
                 {"id", "last_four", "state", "name"});
}

std::optional<Card> Treasuryctl::findLostCard(Provider &provider, const QString &key,
                                              const QString &externalId, int *exit)
{
    auto *source = qobject_cast<CardSource *>(&provider);
    const Result<QList<Card>> cards =
        source ? TreasuryctlSupport::await(source->fetchCards()) : Result<QList<Card>>::failure({});
    const Card *made = cards.ok() ? Card::byExternalId(cards.value(), externalId) : nullptr;
    const std::unique_ptr<ActionJournal> journal = made ? openJournal(exit) : nullptr;
    const std::optional<JournalEntry> entry = journal ? journal->byKey(key) : std::nullopt;
    // Not found proves nothing: the entry stays unknown, and so does the exit.
    if (!made || !entry)
        return std::nullopt;
    if (!journal->settleFoundCard(entry->id, made->id)) {
        *exit = fail(Local, journal->lastError());
        return std::nullopt;
    }
    m_err << "treasuryctl: " << tr("the answer was lost; the card was found in the list by its id")
          << Qt::endl;
    *exit = Ok;
    return *made;
}

int Treasuryctl::cardTransactions(QCommandLineParser &parser, const QString &id)
{
    int exit = Ok;
    const std::optional<QList<Transaction>> listed = fetch<QList<Transaction>>(
        parser, &exit, [&](CardActivity &p) { return p.fetchCardTransactions(id); });
    if (!listed)
        return exit;
    // The same rows and columns as `transactions --json`, newest first as a card shows them.
    TransactionTable table;
    for (const Transaction &t : *listed)
        table.append(t);
    QList<int> rows;
    for (int i = 0; i < table.size(); ++i)
        rows.append(i);
    std::stable_sort(rows.begin(), rows.end(),
                     [&table](int a, int b) { return table.dateMs(a) > table.dateMs(b); });
    return print(CtlJson::transactions(table, rows, TransactionExporter::defaultColumns()),
                 parser.isSet(QStringLiteral("json")),
                 {"date", "description", "amount", "currency", "status"});
}

int Treasuryctl::changeCard(QCommandLineParser &parser)
{
    using Kind = JournalAction::Kind;
    const QStringList action = parser.positionalArguments();
    const QString verb = action.first();
    const QString subject = action.at(1);
    int exit = Ok;
    if (verb == QLatin1String("create")) {
        NewCard request;
        request.name = subject.trimmed();
        // Ours, so that a card whose creation answer was lost can be found again.
        request.externalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (teamGiven(parser)) {
            TeamCardAction create;
            create.kind = TeamCardAction::Kind::Create;
            create.card = request;
            return cardForTeam(parser, create);
        }
        CardIssuing *issuing = nullptr;
        const std::unique_ptr<Provider> p = providerOffering(parser, &exit, &issuing);
        if (!p)
            return exit;
        JournalEntry entry;
        entry.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        entry.action = JournalAction(Kind::CreateCard);
        entry.target = request.name;
        entry.request =
            QJsonDocument(QJsonObject{{QStringLiteral("external_id"), request.externalId}})
                .toJson(QJsonDocument::Compact);
        JournalEntry::State state = JournalEntry::State::Pending;
        std::optional<Card> card = journaledAt<Card>(
            *p, &exit, entry, [&](CardIssuing &c) { return c.createCard(request); }, &state);
        // A lost answer: the card list says whether it was made, by our id.
        if (!card && state == JournalEntry::State::Unknown)
            card = findLostCard(*p, entry.key, request.externalId, &exit);
        return card ? print(CtlJson::cards({*card}), parser.isSet(QStringLiteral("json")),
                            {"id", "last_four", "state", "name"})
                    : exit;
    }
    if (verb == QLatin1String("cancel")) {
        if (!parser.isSet(QStringLiteral("yes")))
            return fail(Usage, tr("cancelling a card cannot be undone; add --yes"));
        if (!journaled<Done>(parser, &exit, JournalAction(Kind::CancelCard), subject,
                             [&](CardClosing &p) { return p.cancelCard(subject); }))
            return exit;
        m_out << "cancelled " << subject << Qt::endl;
        return Ok;
    }
    const QString text = action.at(2);
    std::optional<Money> amount;
    if (text != QLatin1String("none")) {
        amount = Money::parse(text);
        if (!amount || amount->isNegative())
            return fail(Usage, tr("the limit is an amount such as 500.00, or none"));
    }
    const QString period = parser.isSet(QStringLiteral("period"))
                               ? parser.value(QStringLiteral("period")).toUpper()
                               : QStringLiteral("MONTHLY");
    if (!QStringList{QStringLiteral("MONTHLY"), QStringLiteral("TRANSACTION"),
                     QStringLiteral("FOREVER")}
             .contains(period))
        return fail(Usage, tr("--period is MONTHLY, TRANSACTION or FOREVER"));
    if (teamGiven(parser)) {
        TeamCardAction limit;
        limit.kind = TeamCardAction::Kind::Limit;
        limit.cardKey = subject;
        limit.limit = amount;
        limit.period = period;
        limit.currency = QStringLiteral("USD"); // as the journal keeps a limit
        return cardForTeam(parser, limit);
    }
    if (!journaled<Done>(
            parser, &exit, JournalAction(Kind::Limit), subject,
            [&](CardLimits &p) { return p.setCardLimit(subject, amount, period); }, amount))
        return exit;
    m_out << "limit " << subject << ' ' << (amount ? amount->toString() : text) << Qt::endl;
    return Ok;
}

int Treasuryctl::carryOutCard(QCommandLineParser &parser, Provider &provider,
                              const TeamCardAction &action, JournalEntry::State *settled)
{
    using Kind = JournalAction::Kind;
    const QString prefix = provider.connectionId() + u'/';
    const QString id =
        action.cardKey.startsWith(prefix) ? action.cardKey.mid(prefix.size()) : action.cardKey;
    JournalEntry entry;
    entry.key = action.key;
    entry.target = action.kind == TeamCardAction::Kind::Create ? action.card.name : id;
    int exit = Ok;
    switch (action.kind) {
    case TeamCardAction::Kind::Unfreeze:
        entry.action = JournalAction(Kind::Unfreeze);
        if (!journaledAt<Done>(
                provider, &exit, entry, [&](CardControl &p) { return p.setCardFrozen(id, false); },
                settled))
            return exit;
        m_out << "unfrozen " << id << Qt::endl;
        return Ok;
    case TeamCardAction::Kind::Limit:
        entry.action = JournalAction(Kind::Limit);
        entry.amount = action.limit;
        if (!journaledAt<Done>(
                provider, &exit, entry,
                [&](CardLimits &p) { return p.setCardLimit(id, action.limit, action.period); },
                settled))
            return exit;
        m_out << "limit " << id << ' '
              << (action.limit ? action.limit->toString() : QStringLiteral("none")) << Qt::endl;
        return Ok;
    case TeamCardAction::Kind::Create: {
        entry.action = JournalAction(Kind::CreateCard);
        const std::optional<Card> card = journaledAt<Card>(
            provider, &exit, entry, [&](CardIssuing &p) { return p.createCard(action.card); },
            settled);
        return card ? print(CtlJson::cards({*card}), parser.isSet(QStringLiteral("json")),
                            {"id", "last_four", "state", "name"})
                    : exit;
    }
    }
    return exit;
}
