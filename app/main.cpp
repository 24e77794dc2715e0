// treasury-desk: the dashboard.
#include "AppController.h"
#include "Dialogs.h"
#include "Language.h"
#include "MainWindow.h"
#include "Preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TreasuryDesk"));
    QApplication::setApplicationName(QStringLiteral("treasury-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Treasury Desk"));
    QApplication::setApplicationVersion(QStringLiteral(TD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dev.treasurydesk.TreasuryDesk"));
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("treasury-desk"), QIcon(QStringLiteral(":/icons/treasury-desk.svg"))));
    Language::apply(&app, Preferences::load(QSettings()).language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Treasury dashboard for dash.fi, Dinari, Dots, a crypto gateway and DART."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start the built-in sandbox and connect to it."));
    QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window to FILE (PNG) once the first "
                                            "data has loaded, then exit."),
        QStringLiteral("FILE"));
    QCommandLineOption page(
        QStringLiteral("page"),
        QCoreApplication::translate("main", "Open on page N (0 Balances, 1 Cards, 2 Transactions, "
                                            "3 Payouts, 4 Recipients)."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({demo, screenshot, page});
    parser.process(app);

    // The demo is a profile of its own: its settings, window state and keychain entries
    // (by the application name) never reach the real ones; its store is new each start.
    if (parser.isSet(demo))
        QApplication::setApplicationName(QStringLiteral("treasury-desk-demo"));
    AppController controller;
    if (parser.isSet(demo) && !controller.startDemo()) {
        QTextStream(stderr) << "treasury-desk: the sandbox could not listen on 127.0.0.1\n";
        return 1;
    }
    MainWindow *window = controller.window();
    window->showPage(parser.value(page).toInt());
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QObject::connect(&controller, &AppController::refreshFinished, &app, [window, file] {
            // Let the views lay out the new rows before grabbing.
            QTimer::singleShot(300, window, [window, file] {
                const bool saved = window->grab().save(file, "PNG");
                if (!saved)
                    QTextStream(stderr) << "treasury-desk: cannot write " << file << '\n';
                QApplication::exit(saved ? 0 : 5);
            });
        });
    }
    window->show();
    QTimer::singleShot(0, &controller, [&controller, window] {
        if (!controller.start()) {
            // A second window on the same data: say so, and leave the first one to it.
            Dialogs::warning(window, QCoreApplication::translate("main", "Treasury Desk"),
                             controller.whyNotStarted());
            QApplication::exit(4);
        }
    });
    return app.exec();
}
