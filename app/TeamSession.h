#pragma once

#include "AuditChain.h"
#include "Connection.h"
#include "Payout.h"
#include "SigningKey.h"
#include "TeamCardAction.h"
#include "TeamChanges.h"
#include "TeamKeyRing.h"
#include "TeamLogin.h"
#include "TeamPayout.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

class QTimer;
class TeamDatabase;

/**
 * The GUI's connection to the team database, on a thread of its own: a query that waits
 * for a slow or vanished server (up to libpq's connect timeout) never freezes the window.
 * Every call returns at once; results come back as signals. A colleague's change (a
 * notification) makes it read the journal again by itself.
 */
class TeamSession final : public QObject
{
    Q_OBJECT

public:
    /// The least time between two re-reads that notifications cause.
    static constexpr int RereadMs = 250;
    /// The most audit rows one re-read looks through; more read everything instead.
    static constexpr int MaxChangeRows = 5000;

    explicit TeamSession(QObject *parent = nullptr);
    ~TeamSession() override;

    /// Logs in with the member's signing key (nullopt: they cannot sign) and the keys this
    /// desktop pinned, and registers the key; keyRegistered() says how the team took it.
    void connectTo(const TeamLogin &login, const QString &password,
                   const std::optional<SigningKey> &key, const QHash<QString, QString> &pins);
    void refresh();
    /// Approves each payout of `keys` with the same note (bulk approve).
    /// Approves each payout of `keys`, named by its request's hash in `hashes`, with the
    /// same note (bulk approve).
    void approve(const QStringList &keys, const QStringList &hashes, const QString &note);
    void reject(const QString &key, const QString &hash, const QString &note);
    /// Journals a payout for the team; requested() says what the policy made of it.
    void request(const PayoutRequest &request, const QString &provider,
                 const QString &connectionId);
    /// Journals a card action for the team; requested() says what the policy made of it.
    void requestCardAction(const TeamCardAction &action, const QString &provider,
                           const QString &connectionId);
    /// What the policy would make of `request`, journaling nothing (previewed()).
    void preview(const PayoutRequest &request, const QString &provider,
                 const QString &connectionId);
    /// Takes an approved payout for sending from this desktop (claimed()).
    void claim(const QString &key, const QString &owner, int leaseSeconds);
    /// Renews this run's lease on a payout it holds in flight: renewed().
    void renew(const QString &key, const QString &owner, int leaseSeconds);
    /// Takes over a payout in flight whose lease ran out (its run stopped), as unknown:
    /// renewed() too.
    void takeOver(const QString &key, const QString &owner, int leaseSeconds);
    /// What the provider made of a claimed payout (recorded()).
    void recordOutcome(const QString &key, const QString &owner, TeamPayout::State state,
                       const QString &reference, const QString &message);
    /// As an admin: proposes a policy or role change (kind "policy" or "role"); proposed().
    void proposeChange(const QString &kind, const QJsonObject &payload);
    /// As an admin: approves or rejects a colleague's proposal; decidedChange().
    void decideChange(qint64 id, bool approve);
    /// As an admin: vouches for a colleague's new key with this member's signature
    /// (keyApproved()).
    void approveKey(const QString &member, const QString &publicKey);
    /// As an admin: shares a connection's non-secret part with the team (shared()).
    void publishConnection(const Connection &connection);
    /// As an admin: lets payouts go to a new bank account or address now (decided()).
    void releaseCounterparty(const QString &kind, const QString &value);
    /// Recomputes the audit log's chain and checks it grew from `seen` (auditChecked()).
    void verifyAudit(const std::optional<AuditCheckpoint> &seen);
    bool isConnected() const { return m_connected; }
    QString user() const { return m_user; }
    QString role() const { return m_role; }

signals:
    void connected(const QString &user, const QString &role);
    /// "registered", or "awaiting approval" (a new key for a member who had one).
    void keyRegistered(const QString &state, const QString &fingerprint);
    /// The members' keys as this desktop reviewed them (pins to keep, notices).
    void keysReviewed(const TeamKeyRing &ring);
    void failed(const QString &message);
    /// Looked for changes after a notification (whether or not there were any).
    void checked();
    void payoutsRead(const QList<TeamPayout> &payouts);
    void membersRead(const QList<QJsonObject> &members);
    void policyRead(const QJsonObject &policy);
    void connectionsRead(const QList<Connection> &connections);
    /// The policy and role changes waiting for a second admin.
    void changesRead(const QList<QJsonObject> &changes);
    /// A proposal's state ("applied" or "pending"), or why the database refused it.
    void proposed(const QString &state, const QString &error);
    /// A connection shared, or why the database refused it.
    void shared(const QString &name, const QString &error);
    /// A key vouched for, or why the database refused it.
    void keyApproved(const QString &member, const QString &error);
    /// A decision's result ("applied" or "rejected"), or why it was refused.
    void decidedChange(const QString &state, const QString &error);
    /// One decision's outcome: an empty error when the database took it.
    void decided(const QString &key, const QString &error);
    void connectionChanged(bool connected);
    /// A request's verdict: approved at once by the policy, or waiting for `required`
    /// approvals by `rules`; a new counterparty held until `heldUntil` (or invalid);
    /// `error` (nothing journaled) when the database refused it.
    void requested(const QString &key, bool approved, int required, const QString &rules,
                   const QDateTime &heldUntil, const QString &error);
    /// A preview's verdict, as requested() has it; `error` when it could not be asked.
    void previewed(const PayoutRequest &request, int required, const QString &rules,
                   const QDateTime &heldUntil, const QString &error);
    /// `ok` when this desktop now holds the payout; otherwise `error` says why (empty when
    /// a colleague's desktop holds it or it is no longer approved).
    /// `document` is the request as filed, which is all that may be sent.
    void claimed(const QString &key, bool ok, const QString &error, const QByteArray &document);
    /// `ok` when this desktop (still) holds the payout in flight.
    void renewed(const QString &key, bool ok);
    /// The audit log's verdict; `error` when it could not be read.
    void auditChecked(const AuditChain::Verdict &verdict, const QString &error);
    /// An outcome's record: an empty error when the database took it.
    void recorded(const QString &key, const QString &error);

private:
    /// Runs `work` on the session's thread, with its database.
    void post(std::function<void(TeamDatabase &)> work);
    /// Everything, as at login or refresh().
    void readAll(TeamDatabase &db);
    /// What the audit rows since the last read say changed (TeamChanges).
    void readChanges(TeamDatabase &db);
    /// Reads and emits what `changes` name; false when something could not be read.
    bool read(TeamDatabase &db, const TeamChanges &changes);

    QThread m_thread;
    QObject *m_worker;            ///< lives on m_thread; owns the TeamDatabase
    TeamDatabase *m_db = nullptr; ///< touched on m_thread only
    QTimer *m_reread = nullptr;   ///< on m_thread: one re-read for a burst of notifications
    std::optional<qint64> m_head; ///< on m_thread: the last audit row read up to
    QList<TeamPayout> m_payouts;  ///< on m_thread: the journal as last read
    bool m_connected = false;
    QString m_user;
    QString m_role;
};
