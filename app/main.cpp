// treasury-desk: the dashboard.
#include "AppController.h"
#include "Dialogs.h"
#include "Language.h"
#include "MainWindow.h"
#include "Preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <iterator>
#include <memory>

namespace {

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TreasuryDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("treasury-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TD_VERSION));
}

// --help and --version only print: they are answered without a display.
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *text : {"--help", "-h", "-?", "--help-all", "--version", "-v"}) {
            if (qstrcmp(argv[i], text) == 0)
                return true;
        }
    }
    return false;
}

struct Options
{
    QCommandLineOption demo{
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start the built-in sandbox and connect to it.")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window to FILE (PNG) once the first "
                                            "data has loaded, then exit."),
        QStringLiteral("FILE")};
    QCommandLineOption screenshots{
        QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Render every page to a PNG in DIR once the first "
                                            "data has loaded, print their paths, then exit."),
        QStringLiteral("DIR")};
    QCommandLineOption page{
        QStringLiteral("page"),
        QCoreApplication::translate("main", "Open on page N (0 Balances, 1 Cards, 2 Transactions, "
                                            "3 Payouts, 4 Recipients)."),
        QStringLiteral("N"), QStringLiteral("0")};
};

void describe(QCommandLineParser &parser, const Options &o)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Treasury dashboard for dash.fi, Dinari, Dots, a crypto gateway and DART."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({o.demo, o.screenshot, o.screenshots, o.page});
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication core(argc, argv);
        nameApplication();
        Language::apply(&core, Preferences::load(QSettings()).language);
        QCommandLineParser parser;
        const Options o;
        describe(parser, o);
        parser.process(core); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Treasury Desk"));
    QApplication::setDesktopFileName(QStringLiteral("dev.treasurydesk.TreasuryDesk"));
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("treasury-desk"), QIcon(QStringLiteral(":/icons/treasury-desk.svg"))));
    Language::apply(&app, Preferences::load(QSettings()).language);

    QCommandLineParser parser;
    const Options options;
    describe(parser, options);
    parser.process(app);

    // The demo is a profile of its own: its settings, window state and keychain entries
    // (by the application name) never reach the real ones; its store is new each start.
    if (parser.isSet(options.demo))
        QApplication::setApplicationName(QStringLiteral("treasury-desk-demo"));
    AppController controller;
    if (parser.isSet(options.demo) && !controller.startDemo()) {
        QTextStream(stderr) << "treasury-desk: the sandbox could not listen on 127.0.0.1\n";
        return 1;
    }
    MainWindow *window = controller.window();
    window->showPage(parser.value(options.page).toInt());
    if (parser.isSet(options.screenshot)) {
        const QString file = parser.value(options.screenshot);
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
    if (parser.isSet(options.screenshots)) {
        const QDir dir(parser.value(options.screenshots));
        QObject::connect(&controller, &AppController::refreshFinished, &app, [window, dir] {
            // Each page in turn, laid out before it is grabbed; the paths for the user.
            static const char *const names[] = {"balances", "cards",      "transactions",
                                                "payouts",  "recipients", "approvals"};
            auto shoot = std::make_shared<std::function<void(int)>>();
            *shoot = [window, dir, shoot](int page) {
                if (page >= int(std::size(names))) {
                    QApplication::exit(0);
                    return;
                }
                window->showPage(page);
                QTimer::singleShot(300, window, [window, dir, shoot, page] {
                    const QString file =
                        dir.filePath(QLatin1String(names[page]) + QStringLiteral(".png"));
                    if (!window->grab().save(file, "PNG")) {
                        QTextStream(stderr) << "treasury-desk: cannot write " << file << '\n';
                        QApplication::exit(5);
                        return;
                    }
                    QTextStream(stdout) << file << '\n';
                    (*shoot)(page + 1);
                });
            };
            (*shoot)(0);
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
