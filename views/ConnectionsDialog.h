#pragma once

#include "Connection.h"

#include <QDialog>

class ConnectionForm;
class QLabel;
class QListWidget;
class QPushButton;

/**
 * Add, edit, rename, test and remove connections. The dialog only asks: saving, testing
 * and removing happen elsewhere (keychain, network) and report back through the
 * *Finished slots, so a slow keychain never freezes it and the form keeps what was typed
 * until the save is confirmed.
 */
class ConnectionsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionsDialog(QWidget *parent = nullptr);

    void setConnections(const QList<Connection> &connections);
    ConnectionForm *form() const { return m_form; }
    /// Adds a connection the team shares: the form holds its definition, the user types
    /// the secret and saves.
    void startFrom(const Connection &shared);
    /// Shows the connections without a way to change them (the demo's), saying `why`.
    void setReadOnly(const QString &why);

public slots:
    /// `keychainMissing`: offer to keep the secret for this session only.
    void saveFinished(bool ok, const QString &message, bool keychainMissing);
    void testFinished(bool ok, const QString &message);
    void removeFinished(bool ok, const QString &message);

signals:
    /// `secret` is empty when the stored one stays.
    void saveRequested(const Connection &connection, const QString &secret);
    void saveForSessionRequested(const Connection &connection, const QString &secret);
    void testRequested(const Connection &connection, const QString &secret);
    void removeRequested(const QString &id);

private:
    void selectRow(int row);
    void save();
    void test();
    void removeCurrent();
    void updateButtons();
    void say(const QString &text, bool error);

    QListWidget *m_list;
    ConnectionForm *m_form;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_test;
    QPushButton *m_save;
    QPushButton *m_sessionOnly;
    QList<Connection> m_connections;
    bool m_saving = false;
    bool m_testing = false;
    QString m_readOnly; ///< why nothing here may be changed; empty when it may
    QString m_selectAfterUpdate;
};
