// treasuryctl payouts batch FILE: a Dots batch from a CSV file, checked as the window's
// batch form checks it, journaled before it leaves and sent once (Treasuryctl's member,
// apart from its core).
#include "Treasuryctl.h"

#include "ActionJournal.h"
#include "BatchPayouts.h"
#include "PayoutBatch.h"
#include "PayoutController.h"
#include "Preferences.h"
#include "Provider.h"
#include "ProviderRegistry.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QTextStream>
#include <QUuid>

namespace {
// A batch file is a few thousand lines; anything much larger is not one.
constexpr qint64 MaxBatchBytes = 8 * 1024 * 1024;
} // namespace

int Treasuryctl::sendBatch(QCommandLineParser &parser, const QString &file)
{
    int exit = Ok;
    BatchPayouts *batches = nullptr;
    const std::unique_ptr<Provider> p = providerOffering(parser, &exit, &batches);
    if (!p)
        return exit;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Local, tr("%1: %2").arg(file, f.errorString()));
    if (f.size() > MaxBatchBytes)
        return fail(Usage, tr("%1 is larger than a batch file can be (8 MB)").arg(file));
    const std::unique_ptr<ActionJournal> journal = openJournal(&exit);
    if (!journal)
        return exit;
    // The same warnings as the window's: a payee and amount paid in the last 30 days.
    PayoutBatch batch =
        PayoutBatch::fromCsv(f.read(MaxBatchBytes),
                             PayoutBatch::recentPayouts(
                                 journal->entries(), QDateTime::currentDateTimeUtc().addDays(-30)));
    if (!batch.error().isEmpty())
        return fail(Usage, tr("%1: %2").arg(file, batch.error()));
    // A script gets all of its file or none of it: a line with an error stops the batch.
    QStringList problems;
    for (const BatchRow &r : batch.rows()) {
        if (!r.isValid())
            problems << tr("line %1: %2").arg(r.line).arg(r.problems.join(QStringLiteral("; ")));
    }
    const bool skip = parser.isSet(QStringLiteral("skip-repeats"));
    if (batch.warningCount() > 0 && !skip && !parser.isSet(QStringLiteral("yes"))) {
        for (const BatchRow &r : batch.rows()) {
            if (!r.warning.isEmpty())
                problems << tr("line %1: %2").arg(r.line).arg(r.warning);
        }
        problems << tr("add --skip-repeats to leave the repeated lines out, or --yes to pay "
                       "them again");
    }
    if (!problems.isEmpty())
        return fail(Usage, problems.join(QStringLiteral("\n")));
    batch.setLeaveOutRepeats(skip);
    const QList<PayoutRequest> items = batch.requests(p->connectionName());
    if (items.isEmpty())
        return fail(Usage, tr("%1: no payout is left to send").arg(file));
    // A script that may run twice gives its own key: the second run is refused, not paid.
    const QString key = parser.isSet(QStringLiteral("key"))
                            ? parser.value(QStringLiteral("key"))
                            : QUuid::createUuid().toString(QUuid::WithoutBraces);
    ProviderRegistry registry;
    registry.add(p.get());
    PayoutController payouts(journal.get(), &registry, Clock::system());
    payouts.setSettling(Preferences::load(*m_settings));
    QString rejected;
    connect(&payouts, &PayoutController::rejected, this,
            [&rejected, key](const QString &about, const QString &reason) {
                if (about == key)
                    rejected = reason;
            });
    if (!payouts.submitBatch(p->connectionName(), key, items))
        return fail(Usage, rejected);
    return awaitAnswer(parser, payouts, *journal, key, nullptr);
}
