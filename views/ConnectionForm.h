#pragma once

#include "Connection.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

/**
 * The fields of one connection, built from its provider's ConnectionKind: name, provider,
 * environment, API address, non-secret settings, and the secret's parts in password
 * fields. A stored secret is never shown back; the fields stay empty and replace it only
 * when the user types a new one.
 */
class ConnectionForm final : public QWidget
{
    Q_OBJECT

public:
    /// The environment in the window's language, as the form's list names it.
    static QString environmentText(Environment environment);
    explicit ConnectionForm(QWidget *parent = nullptr);

    /// Shows an existing connection; its secret fields start empty ("keep the stored one").
    void edit(const Connection &connection);
    /// Starts a new connection of the first provider.
    void startNew();
    /// A new connection from a shared definition: its id, name, provider and settings
    /// given; only the secret is still to be typed.
    void startFrom(const Connection &shared);

    Connection connection() const;
    /// The secret typed, "first:second" for two parts; nullopt when none was typed.
    std::optional<QString> typedSecret() const;
    bool isNew() const { return m_isNew; }
    /// What stops a save, in words; empty when the form can be saved.
    QStringList problems() const;
    /// Connections shown only to look at (the demo's): no secret fields, which would claim
    /// a keychain that holds nothing of theirs.
    void hideSecrets();

signals:
    void changed();

private:
    void providerChosen();
    void environmentChosen();
    void rebuildProviderRows();
    const ConnectionKind *kind() const;

    QFormLayout *m_layout;
    QLineEdit *m_name;
    QComboBox *m_provider;
    QComboBox *m_environment;
    QLineEdit *m_url;
    QList<QLineEdit *> m_settingEdits;
    QList<QLineEdit *> m_secretEdits;
    QList<QWidget *> m_providerRows;
    bool m_secretsHidden = false;
    QString m_id;
    bool m_isNew = true;
    QJsonObject m_settings;
    QString m_customUrl; ///< what the user typed for a custom address
};
