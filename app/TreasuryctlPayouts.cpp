// treasuryctl's payout commands: a sent payout's status, the currencies and batches a
// provider has, and crypto sub-accounts (Treasuryctl's members, apart from its core).
#include "Treasuryctl.h"

#include "BatchPayouts.h"
#include "CtlJson.h"
#include "PayoutQuotes.h"
#include "PayoutTracking.h"
#include "RecipientList.h"
#include "SubAccounts.h"
#include "TreasuryctlSupport.h"

#include <QCommandLineParser>
#include <QDate>
#include <QTimeZone>

int Treasuryctl::payouts(QCommandLineParser &parser)
{
    const QStringList action = parser.positionalArguments();
    const QString verb = action.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    int exit = Ok;
    if (verb == QLatin1String("status") && action.size() == 2) {
        const QString reference = action.at(1);
        const auto state = fetch<PayoutState>(
            parser, &exit, [&](PayoutTracking &p) { return p.fetchPayoutState(reference); });
        return state ? print(CtlJson::payoutState(*state), json,
                             {"reference", "status", "chain_reference", "updated"})
                     : exit;
    }
    if (verb == QLatin1String("methods") && action.size() == 1)
        return payoutMethods(parser);
    if (verb == QLatin1String("send") && action.size() == 1)
        return sendPayout(parser);
    if (verb == QLatin1String("journal") && action.size() == 1) {
        manager();
        return teamGiven(parser) ? teamJournal(parser) : journal(parser);
    }
    if ((verb == QLatin1String("approve") || verb == QLatin1String("reject") ||
         verb == QLatin1String("release") || verb == QLatin1String("lift")) &&
        action.size() == 2) {
        if (verb == QLatin1String("reject") &&
            parser.value(QStringLiteral("note")).trimmed().isEmpty())
            return fail(Usage, tr("payouts reject needs --note with the reason"));
        return decidePayout(parser, verb, action.at(1));
    }
    if (verb == QLatin1String("reconcile") && action.size() == 1)
        return reconcile(parser);
    if (verb == QLatin1String("cancel") && action.size() == 2)
        return cancelPayout(parser, action.at(1));
    if (verb == QLatin1String("batch") && action.size() == 2)
        return sendBatch(parser, action.at(1));
    if (verb == QLatin1String("currencies") && action.size() == 1) {
        const auto list = fetch<QList<PayoutCurrency>>(
            parser, &exit, [](PayoutQuotes &p) { return p.fetchPayoutCurrencies(); });
        return list ? print(CtlJson::payoutCurrencies(*list), json,
                            {"currency", "network", "minimum", "maximum", "name"})
                    : exit;
    }
    if (verb == QLatin1String("batches") && action.size() == 1) {
        QDateTime since;
        if (parser.isSet(QStringLiteral("since"))) {
            const QDate day = QDate::fromString(parser.value(QStringLiteral("since")), Qt::ISODate);
            if (!day.isValid())
                return fail(Usage, tr("--since wants a date as YYYY-MM-DD"));
            since = day.startOfDay(QTimeZone::utc());
        }
        const auto list = fetch<QList<PayoutBatchStatus>>(
            parser, &exit, [&](BatchPayouts &p) { return p.fetchPayoutBatches(since); });
        return list ? print(CtlJson::payoutBatches(*list), json,
                            {"id", "created", "status", "total", "succeeded", "failed"})
                    : exit;
    }
    return fail(Usage, tr("use: payouts methods|send|batch FILE|status REFERENCE|currencies|"
                          "batches|journal|reconcile|cancel KEY|approve KEY|reject KEY|"
                          "release KEY|lift KEY"));
}

int Treasuryctl::wallets(QCommandLineParser &parser)
{
    const QStringList action = parser.positionalArguments();
    const QString verb = action.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    int exit = Ok;
    if (verb == QLatin1String("list") && action.size() == 1) {
        const auto list = fetch<QList<Recipient>>(
            parser, &exit, [](RecipientList &p) { return p.fetchRecipients(); });
        return list ? print(CtlJson::wallets(*list), json, {"id", "name", "external_id"}) : exit;
    }
    if (verb == QLatin1String("show") && action.size() == 2) {
        const QString id = action.at(1);
        const auto balances = fetch<QList<Balance>>(
            parser, &exit, [&](SubAccounts &p) { return p.fetchSubAccount(id); });
        return balances ? print(CtlJson::balances(*balances), json,
                                {"account", "currency", "available", "pending"})
                        : exit;
    }
    if (verb == QLatin1String("create") && action.size() == 2) {
        const QString name = action.at(1).trimmed();
        const QString external = parser.value(QStringLiteral("external-id"));
        if (name.isEmpty())
            return fail(Usage, tr("a wallet needs a name"));
        const auto made = journaled<Recipient>(
            parser, &exit, JournalAction(JournalAction::Kind::CreateWallet), name,
            [&](SubAccounts &p) { return p.createSubAccount(name, external); });
        return made ? print(CtlJson::wallets({*made}), json, {"id", "name", "external_id"}) : exit;
    }
    return fail(Usage, tr("use: wallets list|show ID|create NAME"));
}
