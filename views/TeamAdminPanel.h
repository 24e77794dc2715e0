#pragma once

#include <QJsonObject>
#include <QPair>
#include <QWidget>

class QPushButton;
class QTableWidget;

/**
 * What an admin does in File → Team…: propose a new policy or a person's new role, decide
 * on a colleague's proposal, and vouch for a colleague's new signing key. With two admins or more,
 * a change waits for the second one; the database applies it, or refuses (no one decides on their
 * own).
 */
class TeamAdminPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TeamAdminPanel(QWidget *parent = nullptr);

    /// The policy as the database has it, to start an edit from.
    void setPolicy(const QJsonObject &policy) { m_policy = policy; }
    /// The team's members, for the role change.
    void setMembers(const QStringList &names) { m_members = names; }
    /// The changes waiting for a second admin ({id, kind, payload, proposed_by, proposed}).
    void setPending(const QList<QJsonObject> &changes);
    /// Colleagues' new keys that wait for an admin's signature: {member, fingerprint, key}.
    void setWaitingKeys(const QList<QJsonObject> &keys);
    /// This desktop's connections, by id and name, that an admin may share with the team.
    void setLocalConnections(const QList<QPair<QString, QString>> &connections)
    {
        m_local = connections;
    }

signals:
    void policyProposed(const QJsonObject &policy);
    void roleProposed(const QString &member, const QString &role);
    void changeDecided(qint64 id, bool approve);
    /// Vouch for `member`'s new public key with this admin's signature (after comparing its
    /// fingerprint with them).
    void keyApproved(const QString &member, const QString &publicKey);
    /// Share this desktop's connection `id` (never its secret) with the team.
    void connectionShared(const QString &id);

private:
    void editPolicy();
    void changeRole();
    void shareConnection();
    void decide(bool approve);
    void approveKey();
    /// A change in a line: "Policy", "Role of alice: approver".
    static QString describe(const QJsonObject &change);

    QTableWidget *m_pending;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QJsonObject m_policy;
    QStringList m_members;
    QList<QPair<QString, QString>> m_local;
    QList<QJsonObject> m_changes;
    class QLabel *m_keysLabel = nullptr;
    QTableWidget *m_keys;
    QPushButton *m_approveKey;
    QList<QJsonObject> m_waitingKeys;
};
