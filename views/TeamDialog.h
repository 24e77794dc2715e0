#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
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

signals:
    void connectRequested(const QString &url, const QString &password);

private:
    QLineEdit *m_url;
    QLineEdit *m_password;
    QPushButton *m_connect;
    QLabel *m_state;
    QTableWidget *m_members;
    QPlainTextEdit *m_policy;
};
