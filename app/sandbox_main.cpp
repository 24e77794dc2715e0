// treasury-sandbox: the five provider APIs emulated on 127.0.0.1, for demos and scripts.
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("treasury-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Emulates the dash.fi, Dinari, Dots, crypto gateway and DART APIs on "
                       "127.0.0.1. Prints one JSON line with each provider's base URL and "
                       "credential, then serves until stopped."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port (0: any free)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed for the data."),
                                  QStringLiteral("S"), QStringLiteral("42"));
    QCommandLineOption faultsOption(
        QStringLiteral("faults"),
        QStringLiteral("Faults: provider:path:kind[:count=N,ms=N,status=N,method=M];... "
                       "kinds: latency 500 502 503 429 timeout timeout-after malformed html cut "
                       "drop-after."),
        QStringLiteral("SPEC"));
    QCommandLineOption transactionsOption(QStringLiteral("dashfi-transactions"),
                                          QStringLiteral("How many dash.fi transactions to seed."),
                                          QStringLiteral("N"), QStringLiteral("50000"));
    parser.addOptions({portOption, seedOption, faultsOption, transactionsOption});
    parser.process(app);

    QTextStream err(stderr);
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        err << "treasury-sandbox: --port wants a number from 0 to 65535\n";
        return 2;
    }
    SandboxServer::Options options;
    options.seed = parser.value(seedOption).toUInt(&ok);
    if (!ok) {
        err << "treasury-sandbox: --seed wants a number\n";
        return 2;
    }
    options.dashfiTransactions = parser.value(transactionsOption).toInt(&ok);
    if (!ok || options.dashfiTransactions < 0) {
        err << "treasury-sandbox: --dashfi-transactions wants a number\n";
        return 2;
    }
    SandboxServer server(options);
    QString error;
    if (parser.isSet(faultsOption) &&
        !server.faults().addSpec(parser.value(faultsOption), &error)) {
        err << "treasury-sandbox: " << error << '\n';
        return 2;
    }
    if (!server.start(quint16(port))) {
        err << "treasury-sandbox: cannot listen on 127.0.0.1:" << port << '\n';
        return 1;
    }
    QTextStream(stdout) << QJsonDocument(server.startInfo()).toJson(QJsonDocument::Compact)
                        << Qt::endl;
    return app.exec();
}
