#pragma once

#include "Connection.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class TeamAdminPanel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

/**
 * File → Team…: which team database to use and as whom (the password goes to the
 * keychain, never to a file), who is in the team and connected, and the policy.
 */
class TeamDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TeamDialog(const QString &url, QWidget *parent = nullptr);

    void setState(const QString &text);
    void setMembers(const QList<QJsonObject> &members);
    void setPolicy(const QJsonObject &policy);
    /// What the last check of the audit log found; `ok` false shows it as a problem.
    void setAudit(const QString &text, bool ok);
    /// Admins propose and decide on changes here; others do not see the panel.
    TeamAdminPanel *adminPanel() const { return m_admin; }
    void setAdmin(bool admin);
    /// The connections the team shares; `here`: the ids this desktop has.
    void setConnections(const QList<Connection> &shared, const QStringList &here);

signals:
    void connectRequested(const QString &url, const QString &password);
    void auditRequested();
    /// Add the team's connection to this desktop (its secret is asked there).
    void adoptRequested(const Connection &shared);

private:
    QLineEdit *m_url;
    QLineEdit *m_password;
    QPushButton *m_connect;
    QLabel *m_state;
    QTableWidget *m_members;
    QPlainTextEdit *m_policy;
    QTableWidget *m_connections;
    QPushButton *m_adopt;
    QList<Connection> m_shared;
    QStringList m_here;
    TeamAdminPanel *m_admin;
    QLabel *m_audit;
    QPushButton *m_verify;
};
