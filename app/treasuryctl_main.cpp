// treasuryctl: the command-line twin, no GUI linked.
#include "Language.h"
#include "Preferences.h"
#include "ProviderFactory.h"
#include "Treasuryctl.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {

// A secret typed at a terminal is not echoed.
QString readSecretLine()
{
    termios saved{};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    return line;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The GUI's names: the same settings file and keychain entries.
    QCoreApplication::setOrganizationName(QStringLiteral("TreasuryDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("treasury-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TD_VERSION));
    // Messages in the language chosen for the GUI (or the system's); output for scripts
    // (JSON, CSV, amounts) stays locale-free whatever it is.
    Language::apply(&app, Preferences::load(QSettings()).language);
    // Request logs are for the GUI's log window; a script gets results and one-line errors.
    // QT_LOGGING_RULES still wins, to debug.
    QLoggingCategory::setFilterRules(QStringLiteral("treasury.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    ProviderFactory::installKinds();
    Treasuryctl ctl(out, err);
    ctl.setSecretInput(readSecretLine);
    return ctl.run(QCoreApplication::arguments());
}
