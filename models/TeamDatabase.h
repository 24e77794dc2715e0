#pragma once

#include "AuditChain.h"
#include "Connection.h"
#include "SigningKey.h"
#include "TeamCardAction.h"
#include "TeamChanges.h"
#include "TeamConnection.h"
#include "TeamKeyRing.h"
#include "TeamLogin.h"
#include "TeamPayout.h"
#include "TeamSchema.h"

#include <QJsonObject>
#include <QObject>

#include <optional>

/**
 * One person's connection to the team database (PostgreSQL through QPSQL): the shared
 * payout journal, approvals, policy and audit log. Every change is a call of one of the
 * schema's functions, which check the person's role themselves; this class only asks.
 * Its TeamConnection wakes it on `td_changes` (changed()) and reconnects after a drop.
 * One instance per thread.
 */
class TeamDatabase final : public QObject
{
    Q_OBJECT

public:
    /// The schema this build reads and writes.
    static constexpr int SchemaVersion = TeamSchema::Version;

    explicit TeamDatabase(QObject *parent = nullptr);
    ~TeamDatabase() override;

    /// Connects and reads the schema version; false with lastError() when it cannot.
    bool open(const TeamLogin &login, const QString &password);
    void close();
    bool isOpen() const { return m_link->isOpen(); }
    QString lastError() const { return m_link->lastError(); }
    /// The last refusal was the database's permission check (SQLSTATE 42501).
    bool lastErrorDenied() const { return m_link->sqlState() == QLatin1String("42501"); }
    QString user() const { return m_link->login().user; }
    /// 0 when the database has no team schema yet.
    int schemaVersion() const { return m_link->schemaVersion(); }
    /// Why this build must not write (a newer or missing schema), or empty.
    QString writeProblem() const;

    /// As the database owner: creates or upgrades the schema and the group roles, and
    /// applies the functions again (TeamSchema); `replaced` gets what differed from them.
    bool initialize(QStringList *replaced = nullptr);
    /// As the database owner: what is installed and not as this build's files say.
    std::optional<QStringList> schemaDifferences();
    /// As the database owner: adds a person with a role; the password goes over as a
    /// SCRAM-SHA-256 verifier. A role the cluster has already (a person of another team
    /// database) is refused unless `existing`, and then keeps its own password.
    bool addMember(const QString &name, const QString &role, const QString &password,
                   bool existing = false);
    /// Roles of the cluster that could act as any member (SUPERUSER or CREATEROLE).
    QStringList impersonators();
    /// This connection runs over TLS (the server's own word, pg_stat_ssl).
    bool isEncrypted();
    /// The person's role: viewer, maker, approver or admin (empty when none).
    QString role();
    /// {name, role, connected} of each member.
    QList<QJsonObject> members();

    /// The member's key pair (from the keychain): requests and decisions are signed with
    /// it, and refused without it.
    void setSigningKey(const std::optional<SigningKey> &key) { m_signingKey = key; }
    bool hasSigningKey() const { return m_signingKey.has_value(); }
    /// Registers the signing key's public half for this member: "registered", or
    /// "awaiting approval" (it replaces another and waits for an admin); nullopt on error.
    std::optional<QString> registerKey();
    /// Every key members registered, in order.
    std::optional<QList<TeamKey>> keys();
    /// As an admin: vouches for `member`'s new key with this member's signature.
    bool approveKey(const QString &member, const QString &publicKey);
    /// The keys this desktop pinned (TeamKeyPins): what claim() checks signatures with.
    void setPinnedKeys(const QHash<QString, QString> &pins) { m_pins = pins; }
    QHash<QString, QString> pinnedKeys() const { return m_pins; }
    /// Reads the members' keys and reviews them against the pins (new ones are pinned,
    /// keysReviewed()); nullopt when they cannot be read.
    std::optional<TeamKeyRing> reviewKeys();

    std::optional<TeamVerdict> preview(const PayoutRequest &request, const QString &provider,
                                       const QString &connectionId);
    /// Journals the request for the team; its state (approved or awaiting approval) and
    /// the verdict, or nullopt.
    std::optional<std::pair<TeamPayout::State, TeamVerdict>>
    request(const PayoutRequest &request, const QString &provider, const QString &connectionId);
    /// Journals a card action (unfreeze, limit, new card) for the team, as request() does.
    std::optional<std::pair<TeamPayout::State, TeamVerdict>>
    requestCardAction(const TeamCardAction &action, const QString &provider,
                      const QString &connectionId);
    /// The payout's state after the decision, or nullopt. `hash` names the request decided
    /// on (TeamPayout::requestHash as shown); the database refuses any other.
    std::optional<TeamPayout::State> approve(const QString &key, const QString &hash,
                                             const QString &note);
    std::optional<TeamPayout::State> reject(const QString &key, const QString &hash,
                                            const QString &note);
    /// Takes an approved payout for sending: true with the filed request document in
    /// *document, false when someone else has it (or it is not approved); nullopt when the
    /// database refused or could not be asked, or when the request does not carry its
    /// maker's signature and enough approvals signed with pinned keys (then it is recorded
    /// failed, for nothing was sent).
    std::optional<bool> claim(const QString &key, const QString &owner, int leaseSeconds,
                              QByteArray *document = nullptr);
    /// Renews this member's lease for the run `owner` on a payout it claimed.
    std::optional<bool> renew(const QString &key, const QString &owner, int leaseSeconds);
    /// Takes over a payout in flight whose lease ran out, as unknown (never sent again).
    std::optional<bool> takeOver(const QString &key, const QString &owner, int leaseSeconds);
    bool recordOutcome(const QString &key, const QString &owner, TeamPayout::State state,
                       const QString &reference, const QString &message);
    bool releaseCounterparty(const QString &kind, const QString &value);

    std::optional<TeamPayout> payout(const QString &key);
    /// Newest first: all, or those of `keys`.
    std::optional<QList<TeamPayout>> payouts(const std::optional<QStringList> &keys = {});
    /// The last audit row's number (0: none): what changes are counted from.
    std::optional<qint64> auditHead();
    /// Up to `limit` audit rows after `seq`, in order: what changed since (TeamChanges).
    std::optional<QList<TeamChanges::Row>> auditSince(qint64 seq, int limit);

    std::optional<QJsonObject> policy();
    /// {id, state}: "applied" at once, or "pending" a second admin.
    std::optional<QJsonObject> proposeChange(const QString &kind, const QJsonObject &payload);
    std::optional<QString> decideChange(qint64 id, bool approve);
    std::optional<QList<QJsonObject>> pendingChanges();

    /// The team's published connections (not retired), by name; never a secret.
    std::optional<QList<Connection>> connections();
    /// As an admin: shares the non-secret part of `connection` under its id (again, to
    /// change it).
    bool publishConnection(const Connection &connection);
    bool retireConnection(const QString &id);

    /// The whole audit log, in order.
    std::optional<QList<AuditRow>> auditRows();
    /// The audit log checked: its hash chain, that it grew from `seen`, and every signature
    /// in it against the pinned keys (AuditSignatures); nullopt when it cannot be read.
    std::optional<AuditChain::Verdict> verifyAudit(const std::optional<AuditCheckpoint> &seen);

signals:
    /// The members' keys were read and reviewed: pins to keep, notices to show.
    void keysReviewed(const TeamKeyRing &ring);
    /// A colleague (or this desktop) changed something: read the tables again.
    void changed(const QString &what);
    /// The connection dropped (false) or came back (true).
    void connectionChanged(bool connected);

private:
    bool fail(const QString &message);
    /// Runs `sql` with `values` bound in order; false on error (see lastError()).
    bool exec(class QSqlQuery &query, const QString &sql, const QVariantList &values = {});
    bool canWrite();
    /// A signing key is set; otherwise fails saying so.
    bool canSign();
    std::optional<TeamPayout::State> decide(const char *function, const QString &key,
                                            const QString &hash, const QString &note);
    std::optional<bool> leaseCall(const char *function, const QString &key, const QString &owner,
                                  int leaseSeconds);
    /// Why the claimed `document` of `key` must not be sent (TeamSignatures), or empty.
    QString signatureProblem(const QString &key, const QByteArray &document);
    /// Files a request document (td.file_request) and signs it with the verdict, in one
    /// transaction: its state and verdict.
    std::optional<std::pair<TeamPayout::State, TeamVerdict>> file(const QByteArray &document);

    TeamConnection *m_link; ///< the QPSQL connection, its reconnects and notifications
    std::optional<SigningKey> m_signingKey;
    QHash<QString, QString> m_pins;
};
