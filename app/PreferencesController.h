#pragma once

#include <QObject>

class MainWindow;
class QSettings;
struct Preferences;

/// Edit → Preferences: shows the dialog, keeps the choice, applies what can change at once
/// (the refresh interval) and says what waits for the next start.
class PreferencesController final : public QObject
{
    Q_OBJECT

public:
    PreferencesController(MainWindow *window, QSettings *settings, QObject *parent = nullptr);

    /// Where the data lives when the user has not chosen (the platform's app data folder).
    static QString defaultDataDirectory();

public slots:
    void open();

signals:
    /// After the user saved new preferences: for what applies at once.
    void changed(const Preferences &preferences);

private:
    MainWindow *m_window;
    QSettings *m_settings;
};
