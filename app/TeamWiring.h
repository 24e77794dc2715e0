#pragma once

#include "AuditChain.h"
#include "Connection.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class ApprovalsPage;
class ConnectionManager;
class Keychain;
class MainWindow;
class QSettings;
class TeamDialog;
class TeamPayoutsModel;
class TeamSession;

/**
 * Team mode in the window: File → Team… and the Approvals page on one side, the
 * TeamSession (its own thread) on the other. The saved team's URL is a setting; its
 * password is in the keychain. Without a saved team nothing here touches the network.
 */
class TeamWiring final : public QObject
{
    Q_OBJECT

public:
    TeamWiring(MainWindow *window, TeamPayoutsModel *model, QSettings *settings, Keychain *keychain,
               ConnectionManager *connections, QObject *parent = nullptr);

    /// Logs in to the saved team, if there is one.
    void start();
    TeamSession *session() const { return m_session; }

signals:
    /// File → Team…'s "Add to this desktop…": the Connections dialog takes it from here.
    void adoptRequested(const Connection &shared);
    /// A login typed in File → Team… worked and is kept: the desktop is in a team now.
    void joined();

private:
    void openDialog();
    /// Tries the login; saves URL and password once it works, when `save`.
    void login(const QString &url, const QString &password, bool save);
    void say(const QString &text, bool connected);
    void verifyAudit();
    void showConnections();
    /// A result of the dialog's own (a proposal, a decision) in its state line.
    void tellDialog(const QString &text);
    void audited(const AuditChain::Verdict &verdict, const QString &error);

    MainWindow *m_window;
    ApprovalsPage *m_page;
    TeamPayoutsModel *m_model;
    QSettings *m_settings;
    Keychain *m_keychain;
    ConnectionManager *m_connections;
    QList<Connection> m_shared;
    QList<QJsonObject> m_changes;
    TeamSession *m_session;
    QPointer<TeamDialog> m_dialog;
    QString m_pendingUrl;
    QString m_pendingPassword;
    QString m_lastState; ///< what the page and the dialog say about the connection
    QString m_url;       ///< the team logged in to (its checkpoint's key)
    QString m_lastAudit;
    bool m_auditOk = true;
    QHash<QString, QString> m_pins;   ///< member → key this desktop pinned, as last reviewed
    QStringList m_keyWarnings;        ///< what the last key review asks people to look at
    QList<QJsonObject> m_waitingKeys; ///< colleagues' new keys waiting for an admin
};
