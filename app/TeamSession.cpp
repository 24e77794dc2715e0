#include "TeamSession.h"

#include "TeamDatabase.h"
#include "TeamPolicy.h"

#include <QMetaObject>
#include <QTimer>

TeamSession::TeamSession(QObject *parent) : QObject(parent), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("team database"));
    m_worker->moveToThread(&m_thread);
    // Qt's pattern: the worker (and the database it owns) goes when the thread ends.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &TeamSession::connected, this, [this](const QString &user, const QString &role) {
        m_connected = true;
        m_user = user;
        m_role = role;
    });
    connect(this, &TeamSession::connectionChanged, this, [this](bool up) { m_connected = up; });
    m_thread.start();
}

TeamSession::~TeamSession()
{
    m_thread.quit();
    m_thread.wait();
}

void TeamSession::post(std::function<void(TeamDatabase &)> work)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, work = std::move(work)] {
            if (!m_db) {
                m_db = new TeamDatabase(m_worker);
                // A colleague's change, or a connection that came back: read again, once
                // per RereadMs however many notifications come (any member may send a
                // thousand; each only wakes).
                m_reread = new QTimer(m_worker);
                m_reread->setSingleShot(true);
                m_reread->setInterval(RereadMs);
                connect(m_reread, &QTimer::timeout, m_worker, [this] { readChanges(*m_db); });
                connect(m_db, &TeamDatabase::changed, m_worker, [this] {
                    if (!m_reread->isActive())
                        m_reread->start();
                });
                connect(m_db, &TeamDatabase::connectionChanged, this,
                        &TeamSession::connectionChanged);
                connect(m_db, &TeamDatabase::keysReviewed, this, &TeamSession::keysReviewed);
            }
            work(*m_db);
        },
        Qt::QueuedConnection);
}

void TeamSession::readAll(TeamDatabase &db)
{
    // The head first: a change that lands while the rest is read is read again next time.
    const std::optional<qint64> head = db.auditHead();
    read(db, TeamChanges::everything());
    if (head)
        m_head = *head;
}

void TeamSession::readChanges(TeamDatabase &db)
{
    if (!m_head) {
        readAll(db);
        return;
    }
    const auto rows = db.auditSince(*m_head, MaxChangeRows);
    if (!rows) {
        emit failed(db.lastError());
        return;
    }
    emit checked();
    if (rows->isEmpty())
        return;
    // A long absence (more rows than are worth sorting through): everything, once.
    const TeamChanges changes =
        rows->size() == MaxChangeRows ? TeamChanges::everything() : TeamChanges::from(*rows);
    if (read(db, changes))
        m_head = rows->constLast().seq;
}

bool TeamSession::read(TeamDatabase &db, const TeamChanges &changes)
{
    bool ok = true;
    if (changes.allPayouts || !changes.payoutKeys.isEmpty()) {
        const auto payouts = changes.allPayouts ? db.payouts() : db.payouts(changes.payoutKeys);
        if (payouts) {
            m_payouts = changes.allPayouts ? *payouts : TeamChanges::merged(m_payouts, *payouts);
            emit payoutsRead(m_payouts);
        } else {
            ok = false;
            emit failed(db.lastError());
        }
    }
    if (changes.keys)
        db.reviewKeys();
    if (changes.members)
        emit membersRead(db.members());
    if (changes.policy) {
        const auto policy = db.policy();
        ok = ok && policy;
        if (policy)
            emit policyRead(*policy);
    }
    if (changes.connections) {
        const auto shared = db.connections();
        ok = ok && shared;
        if (shared)
            emit connectionsRead(*shared);
    }
    if (changes.changes) {
        const auto pending = db.pendingChanges();
        ok = ok && pending;
        if (pending)
            emit changesRead(*pending);
    }
    return ok;
}

void TeamSession::connectTo(const TeamLogin &login, const QString &password,
                            const std::optional<SigningKey> &key,
                            const QHash<QString, QString> &pins)
{
    post([this, login, password, key, pins](TeamDatabase &db) {
        db.setSigningKey(key);
        db.setPinnedKeys(pins);
        if (!db.open(login, password)) {
            emit failed(db.lastError());
            return;
        }
        const QString role = db.role();
        if (const QString problem = db.writeProblem(); !problem.isEmpty())
            emit failed(problem);
        else if (key && !role.isEmpty()) {
            if (const std::optional<QString> state = db.registerKey())
                emit keyRegistered(*state, SigningKey::fingerprint(key->publicKey()));
            else
                emit failed(db.lastError());
        }
        emit connected(db.user(), role);
        readAll(db);
    });
}

void TeamSession::refresh()
{
    post([this](TeamDatabase &db) {
        if (db.isOpen())
            readAll(db);
    });
}

void TeamSession::approve(const QStringList &keys, const QStringList &hashes, const QString &note)
{
    post([this, keys, hashes, note](TeamDatabase &db) {
        for (qsizetype i = 0; i < keys.size(); ++i)
            emit decided(keys.at(i), db.approve(keys.at(i), hashes.value(i), note)
                                         ? QString()
                                         : db.lastError());
        readChanges(db);
    });
}

void TeamSession::reject(const QString &key, const QString &hash, const QString &note)
{
    post([this, key, hash, note](TeamDatabase &db) {
        emit decided(key, db.reject(key, hash, note) ? QString() : db.lastError());
        readChanges(db);
    });
}

void TeamSession::request(const PayoutRequest &request, const QString &provider,
                          const QString &connectionId)
{
    post([this, request, provider, connectionId](TeamDatabase &db) {
        const auto asked = db.request(request, provider, connectionId);
        if (!asked) {
            emit requested(request.idempotencyKey, false, 0, QString(), QDateTime(),
                           db.lastError());
            return;
        }
        emit requested(request.idempotencyKey, asked->first == TeamPayout::State::Approved,
                       asked->second.required, TeamPolicy::reasonsText(asked->second.reasons),
                       asked->second.heldUntil, QString());
        readChanges(db);
    });
}

void TeamSession::requestCardAction(const TeamCardAction &action, const QString &provider,
                                    const QString &connectionId)
{
    post([this, action, provider, connectionId](TeamDatabase &db) {
        const auto asked = db.requestCardAction(action, provider, connectionId);
        if (!asked) {
            emit requested(action.key, false, 0, QString(), QDateTime(), db.lastError());
            return;
        }
        emit requested(action.key, asked->first == TeamPayout::State::Approved,
                       asked->second.required, TeamPolicy::reasonsText(asked->second.reasons),
                       QDateTime(), QString());
        readChanges(db);
    });
}

void TeamSession::preview(const PayoutRequest &request, const QString &provider,
                          const QString &connectionId)
{
    post([this, request, provider, connectionId](TeamDatabase &db) {
        if (const auto verdict = db.preview(request, provider, connectionId))
            emit previewed(request, verdict->required, TeamPolicy::reasonsText(verdict->reasons),
                           verdict->heldUntil, QString());
        else
            emit previewed(request, 0, QString(), QDateTime(), db.lastError());
    });
}

void TeamSession::claim(const QString &key, const QString &owner, int leaseSeconds)
{
    post([this, key, owner, leaseSeconds](TeamDatabase &db) {
        QByteArray document;
        const std::optional<bool> taken = db.claim(key, owner, leaseSeconds, &document);
        emit claimed(key, taken.value_or(false), taken ? QString() : db.lastError(), document);
    });
}

void TeamSession::proposeChange(const QString &kind, const QJsonObject &payload)
{
    post([this, kind, payload](TeamDatabase &db) {
        const auto change = db.proposeChange(kind, payload);
        emit proposed(change ? change->value(QStringLiteral("state")).toString() : QString(),
                      change ? QString() : db.lastError());
        readChanges(db);
    });
}

void TeamSession::decideChange(qint64 id, bool approve)
{
    post([this, id, approve](TeamDatabase &db) {
        const auto state = db.decideChange(id, approve);
        emit decidedChange(state.value_or(QString()), state ? QString() : db.lastError());
        readChanges(db);
    });
}

void TeamSession::publishConnection(const Connection &connection)
{
    post([this, connection](TeamDatabase &db) {
        emit shared(connection.name, db.publishConnection(connection) ? QString() : db.lastError());
        readChanges(db);
    });
}

void TeamSession::releaseCounterparty(const QString &kind, const QString &value)
{
    post([this, kind, value](TeamDatabase &db) {
        emit decided(value, db.releaseCounterparty(kind, value) ? QString() : db.lastError());
        readChanges(db);
    });
}

void TeamSession::verifyAudit(const std::optional<AuditCheckpoint> &seen)
{
    post([this, seen](TeamDatabase &db) {
        if (const auto verdict = db.verifyAudit(seen))
            emit auditChecked(*verdict, QString());
        else
            emit auditChecked(AuditChain::Verdict(), db.lastError());
    });
}

void TeamSession::renew(const QString &key, const QString &owner, int leaseSeconds)
{
    post([this, key, owner, leaseSeconds](TeamDatabase &db) {
        emit renewed(key, db.renew(key, owner, leaseSeconds).value_or(false));
    });
}

void TeamSession::takeOver(const QString &key, const QString &owner, int leaseSeconds)
{
    post([this, key, owner, leaseSeconds](TeamDatabase &db) {
        emit renewed(key, db.takeOver(key, owner, leaseSeconds).value_or(false));
    });
}

void TeamSession::recordOutcome(const QString &key, const QString &owner, TeamPayout::State state,
                                const QString &reference, const QString &message)
{
    post([this, key, owner, state, reference, message](TeamDatabase &db) {
        emit recorded(key, db.recordOutcome(key, owner, state, reference, message)
                               ? QString()
                               : db.lastError());
        readChanges(db);
    });
}

void TeamSession::approveKey(const QString &member, const QString &publicKey)
{
    post([this, member, publicKey](TeamDatabase &db) {
        const bool ok = db.approveKey(member, publicKey);
        emit keyApproved(member, ok ? QString() : db.lastError());
        if (ok)
            readChanges(db);
    });
}
