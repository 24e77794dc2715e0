// Full sync of the sandbox's dash.fi transactions against its 20 requests per second:
// prints pages, seconds, 429s and the ratio to the rate-limit bound (pages / 20 s).
#include "DashfiEmulator.h"
#include "DashfiProvider.h"
#include "SandboxServer.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QThread>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 50000;
    SandboxServer::Options options;
    options.dashfiTransactions = count;
    SandboxServer sandbox(options);
    if (!sandbox.start())
        return 1;
    QNetworkAccessManager nam;
    DashfiProvider provider(QStringLiteral("bench"), &nam,
                            sandbox.baseUrl(QStringLiteral("dashfi")),
                            sandbox.credential(QStringLiteral("dashfi")));
    // Let the server's bucket fill as it would between a user's syncs.
    QThread::msleep(1100);
    QElapsedTimer timer;
    timer.start();
    auto future = provider.fetchTransactions({}, {});
    if (!TestSupport::waitFor(future, 600000))
        return 2;
    const double seconds = double(timer.elapsed()) / 1000.0;
    const auto &result = future.result();
    const int pages =
        sandbox.processedCount(QStringLiteral("dashfi"), QStringLiteral("/transactions"));
    const double bound = double(pages) / 20.0;
    QTextStream out(stdout);
    out << "dash.fi full sync: transactions " << (result.ok() ? result.value().size() : -1)
        << " of " << count << ", pages " << pages << ", seconds "
        << QString::number(seconds, 'f', 2) << ", 429s " << sandbox.dashfi().rateLimitedCount()
        << ", bound " << QString::number(bound, 'f', 2) << " s, ratio "
        << QString::number(seconds / bound, 'f', 3) << Qt::endl;
    return result.ok() && result.value().size() == count && sandbox.dashfi().rateLimitedCount() == 0
               ? 0
               : 3;
}
