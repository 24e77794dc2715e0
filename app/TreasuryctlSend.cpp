// treasuryctl's payouts for scripts: the methods a connection sends with the fields each
// takes (by the provider's documented names), and sending one exactly as the GUI's form
// does: validated, quoted where the provider must, journaled before it leaves, sent once
// (Treasuryctl's members, apart from its core).
#include "Treasuryctl.h"

#include "ActionJournal.h"
#include "PayoutController.h"
#include "PayoutQuotes.h"
#include "PayoutSender.h"
#include "PayoutValidator.h"
#include "Preferences.h"
#include "ProviderRegistry.h"
#include "TreasuryctlSupport.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using TreasuryctlSupport::await;

int Treasuryctl::payoutMethods(QCommandLineParser &parser)
{
    int exit = Ok;
    PayoutSender *sender = nullptr;
    const std::unique_ptr<Provider> p = providerOffering(parser, &exit, &sender);
    if (!p)
        return exit;
    QJsonArray rows;
    for (const PayoutMethod m : sender->payoutMethods()) {
        QJsonArray fields;
        QStringList names;
        for (const PayoutFieldSpec &spec : PayoutMethods::fields(m)) {
            const QString name = sender->requestFieldName(spec.field);
            names << (spec.required ? name : name + u'?');
            QJsonObject field{{QStringLiteral("name"), name},
                              {QStringLiteral("label"), PayoutMethods::label(spec.field)},
                              {QStringLiteral("required"), spec.required},
                              {QStringLiteral("max_length"), spec.maxLength}};
            if (const QStringList choices = PayoutMethods::choices(spec.field); !choices.isEmpty())
                field.insert(QStringLiteral("choices"), QJsonArray::fromStringList(choices));
            fields.append(field);
        }
        rows.append(QJsonObject{
            {QStringLiteral("id"), PayoutMethods::key(m)},
            {QStringLiteral("name"), PayoutMethods::name(m)},
            {QStringLiteral("currencies"),
             QJsonArray::fromStringList(PayoutMethods::currencies(m))},
            {QStringLiteral("fields"), parser.isSet(QStringLiteral("json"))
                                           ? QJsonValue(fields)
                                           : QJsonValue(names.join(u' '))},
        });
    }
    return print(rows, parser.isSet(QStringLiteral("json")), {"id", "name", "fields"});
}

int Treasuryctl::sendPayout(QCommandLineParser &parser)
{
    int exit = Ok;
    PayoutSender *sender = nullptr;
    const std::unique_ptr<Provider> p = providerOffering(parser, &exit, &sender);
    if (!p)
        return exit;
    const std::optional<PayoutMethod> method =
        PayoutMethods::fromKey(parser.value(QStringLiteral("method")));
    if (!method || !sender->payoutMethods().contains(*method)) {
        QStringList ids;
        for (const PayoutMethod m : sender->payoutMethods())
            ids << PayoutMethods::key(m);
        return fail(Usage, tr("--method: %1 sends one of %2")
                               .arg(p->connectionName(), ids.join(QStringLiteral(", "))));
    }
    PayoutRequest request;
    request.method = *method;
    request.connection = p->connectionName();
    const std::optional<Money> amount = Money::parse(parser.value(QStringLiteral("amount")));
    if (!amount)
        return fail(Usage, tr("--amount wants a number such as 125.50"));
    request.amount = *amount;
    request.currency = parser.value(QStringLiteral("currency")).trimmed().toUpper();
    // A script that may run twice gives its own key: the second run is refused, not paid.
    request.idempotencyKey = parser.isSet(QStringLiteral("key"))
                                 ? parser.value(QStringLiteral("key"))
                                 : QUuid::createUuid().toString(QUuid::WithoutBraces);
    QHash<QString, PayoutField> byName;
    for (const PayoutFieldSpec &spec : PayoutMethods::fields(*method))
        byName.insert(sender->requestFieldName(spec.field), spec.field);
    for (const QString &pair : parser.values(QStringLiteral("field"))) {
        const QString name = pair.section(u'=', 0, 0);
        if (!pair.contains(u'=') || !byName.contains(name))
            return fail(Usage, tr("--field %1: %2 takes %3 (as NAME=VALUE)")
                                   .arg(name, PayoutMethods::key(*method),
                                        QStringList(byName.keys()).join(QStringLiteral(", "))));
        request.fields.insert(byName.value(name), pair.section(u'=', 1));
    }
    // The form's own checks, worded by field.
    QStringList problems;
    if (const QString amountProblem = PayoutValidator::amountProblem(request);
        !amountProblem.isEmpty())
        problems << tr("amount: %1").arg(amountProblem);
    const QMap<PayoutField, QString> fieldProblems = PayoutValidator::fieldProblems(request);
    for (auto it = fieldProblems.cbegin(); it != fieldProblems.cend(); ++it)
        problems << tr("%1: %2").arg(sender->requestFieldName(it.key()), it.value());
    if (PayoutMethods::needsQuote(*method) && problems.isEmpty()) {
        auto *quotes = qobject_cast<PayoutQuotes *>(p.get());
        const Result<PayoutQuote> quote =
            quotes ? await(quotes->quotePayout(request)) : Result<PayoutQuote>::failure({});
        if (!quote.ok())
            return failWith(quote.error());
        if (!quote.value().amountProblem.isEmpty())
            problems << tr("amount: %1").arg(quote.value().amountProblem);
        for (auto it = quote.value().problems.cbegin(); it != quote.value().problems.cend(); ++it)
            problems << tr("%1: %2").arg(sender->requestFieldName(it.key()), it.value());
    }
    if (!problems.isEmpty())
        return fail(Usage, problems.join(QStringLiteral("; ")));
    if (teamGiven(parser))
        return sendForTeam(parser, *p, request);
    return sendNow(parser, *p, request);
}

int Treasuryctl::sendNow(QCommandLineParser &parser, Provider &provider,
                         const PayoutRequest &request, JournalEntry *outcome)
{
    int exit = Ok;
    const std::unique_ptr<ActionJournal> journal = openJournal(&exit);
    if (!journal)
        return exit;
    ProviderRegistry registry;
    registry.add(&provider);
    PayoutController payouts(journal.get(), &registry, Clock::system());
    payouts.setSettling(Preferences::load(*m_settings));
    QString rejected;
    connect(&payouts, &PayoutController::rejected, this,
            [&rejected, request](const QString &key, const QString &reason) {
                if (key == request.idempotencyKey)
                    rejected = reason;
            });
    if (!payouts.submit(request))
        return fail(Usage, rejected);
    return awaitAnswer(parser, payouts, *journal, request.idempotencyKey, outcome);
}

int Treasuryctl::awaitAnswer(QCommandLineParser &parser, PayoutController &payouts,
                             ActionJournal &journal, const QString &key, JournalEntry *outcome)
{
    // Until the provider answers, or, for a lost answer, its records were looked at once.
    const auto settled = [&] {
        const std::optional<JournalEntry> e = journal.byKey(key);
        return e && (!e->isOpen() || (e->state == JournalEntry::State::Unknown &&
                                      QJsonDocument::fromJson(e->checks).array().size() > 0));
    };
    TreasuryctlSupport::waitUntil(settled, &payouts, &PayoutController::journalChanged,
                                  10 * 60 * 1000);
    const JournalEntry entry = journal.byKey(key).value_or(JournalEntry());
    if (outcome)
        *outcome = entry;
    const int printed =
        print(QJsonArray{journalJson(entry)}, parser.isSet(QStringLiteral("json")),
              {"key", "method", "amount", "currency", "fee", "state", "reference", "message"});
    if (printed != Ok)
        return printed;
    switch (entry.state) {
    case JournalEntry::State::Succeeded:
        return Ok;
    case JournalEntry::State::Failed:
        return Remote; // refused: nothing was sent
    default:
        return Unknown; // journaled as unknown: `payouts reconcile` checks it again
    }
}
