#include "PreferencesController.h"

#include "Dialogs.h"

#include "Language.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "PreferencesDialog.h"

#include <QSettings>
#include <QStandardPaths>

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
    PreferencesDialog dialog(before, languages, defaultDataDirectory(), m_window);
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return;
    const Preferences after = dialog.preferences();
    after.save(*m_settings);
    m_settings->sync();
    m_window->setAutoRefreshMinutes(after.refreshMinutes);
    if (after.language != before.language || after.dataDirectory != before.dataDirectory)
        m_window->showMessage(tr("Preferences saved. The language and data location change at "
                                 "the next start."));
    else
        m_window->showMessage(tr("Preferences saved."));
}
