#include "PreferencesController.h"

#include "Dialogs.h"

#include "Language.h"
#include "MainWindow.h"
#include "Payout.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "ProviderNames.h"

#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

PreferencesController::PreferencesController(MainWindow *window, QSettings *settings,
                                             QObject *parent)
    : QObject(parent), m_window(window), m_settings(settings)
{
    connect(window, &MainWindow::preferencesRequested, this, &PreferencesController::open);
}

QString PreferencesController::defaultDataDirectory()
{
    return Preferences::defaultDataDirectory();
}

void PreferencesController::open()
{
    const Preferences before = Preferences::load(*m_settings);
    QList<QPair<QString, QString>> languages;
    for (const QString &code : QStringList{QStringLiteral("en")} + Language::shipped())
        languages.append({code, Language::nativeName(code)});
    // Providers in the order the factory lists them, each once.
    QList<QPair<QString, QString>> senders;
    for (const PayoutMethod method : PayoutMethods::all()) {
        const QString id = PayoutMethods::provider(method);
        if (std::none_of(senders.cbegin(), senders.cend(),
                         [&id](const auto &p) { return p.first == id; }))
            senders.append({id, ProviderNames::display(id)});
    }
    PreferencesDialog dialog(before, languages, defaultDataDirectory(), senders, m_window);
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return;
    const Preferences after = dialog.preferences();
    after.save(*m_settings);
    m_settings->sync();
    m_window->setAutoRefreshMinutes(after.refreshMinutes);
    emit changed(after);
    if (after.language != before.language || after.dataDirectory != before.dataDirectory)
        m_window->showMessage(tr("Preferences saved. The language and data location change at "
                                 "the next start."));
    else
        m_window->showMessage(tr("Preferences saved."));
}
