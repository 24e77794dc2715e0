#pragma once

#include "Preferences.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

/// Refresh interval, language, CSV defaults and data location, in one dialog.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `languages`: code and name in its own words, English first; `defaultDirectory`:
    /// where the data lives when the user chooses nothing; `payoutProviders`: id and name
    /// of each provider that sends payouts, for its settling window.
    PreferencesDialog(const Preferences &current, const QList<QPair<QString, QString>> &languages,
                      const QString &defaultDirectory,
                      const QList<QPair<QString, QString>> &payoutProviders,
                      QWidget *parent = nullptr);

    Preferences preferences() const;

private:
    void browse();

    QComboBox *m_language;
    QComboBox *m_refresh;
    QComboBox *m_delimiter;
    QCheckBox *m_bom;
    QCheckBox *m_atPar;
    QLineEdit *m_directory;
    QString m_defaultDirectory;
    QMap<QString, QSpinBox *> m_settling; ///< by provider id
    Preferences m_current;                ///< what the dialog does not show is kept
};
