#include "ConnectionManager.h"

#include "ConnectionSettings.h"

#include <QDateTime>
#include <QLockFile>
#include <QSettings>

namespace {

QFuture<KeychainReply> settledWith(KeychainReply::Status status, const QString &message)
{
    KeychainReply reply;
    reply.status = status;
    reply.message = message;
    return QtFuture::makeReadyFuture(std::move(reply));
}

const QString Pending = QStringLiteral("keychain/pending"); ///< id -> when its write began

} // namespace

ConnectionManager::ConnectionManager(QSettings *settings, Keychain *keychain, QObject *parent)
    : QObject(parent), m_settings(settings), m_keychain(keychain),
      m_connections(ConnectionSettings::load(*settings))
{}

std::optional<Connection> ConnectionManager::byId(const QString &id) const
{
    for (const Connection &c : m_connections) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

std::optional<Connection> ConnectionManager::byName(const QString &name) const
{
    for (const Connection &c : m_connections) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

std::optional<QString> ConnectionManager::conflict(const Connection &connection) const
{
    const QStringList problems = connection.problems();
    if (!problems.isEmpty())
        return problems.join(u' ');
    // Names are how people and treasuryctl --connection pick one: unique, whatever the case.
    for (const Connection &c : m_connections) {
        if (c.id != connection.id &&
            c.name.compare(connection.name.trimmed(), Qt::CaseInsensitive) == 0)
            return tr("A connection named \"%1\" already exists.").arg(c.name);
    }
    return std::nullopt;
}

std::optional<QString>
ConnectionManager::edit(const std::function<void(QList<Connection> &)> &change)
{
    // Not QSettings' own lock: that one covers a write, not the read before it.
    QLockFile lock(m_settings->fileName() + QStringLiteral(".edit-lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000))
        return tr("Another Treasury Desk is changing the connections; try again.");
    m_settings->sync(); // what other copies wrote, told to whoever follows the list
    adopt(ConnectionSettings::load(*m_settings));
    change(m_connections);
    ConnectionSettings::save(*m_settings, m_connections);
    return std::nullopt;
}

void ConnectionManager::reload()
{
    m_settings->sync();
    adopt(ConnectionSettings::load(*m_settings));
}

void ConnectionManager::adopt(const QList<Connection> &fresh)
{
    const QList<Connection> before = std::exchange(m_connections, fresh);
    for (const Connection &now : fresh) {
        const auto was = std::find_if(before.cbegin(), before.cend(),
                                      [&now](const Connection &c) { return c.id == now.id; });
        if (was == before.cend())
            emit changed(Connection(), now);
        else if (!(*was == now))
            emit changed(*was, now);
    }
    for (const Connection &was : before) {
        if (!byId(was.id))
            emit changed(was, Connection());
    }
}

void ConnectionManager::setPending(const QString &id, bool pending)
{
    m_settings->sync();
    QVariantMap map = m_settings->value(Pending).toMap();
    if (pending)
        map.insert(id, QDateTime::currentSecsSinceEpoch());
    else
        map.remove(id);
    if (map.isEmpty())
        m_settings->remove(Pending);
    else
        m_settings->setValue(Pending, map);
    m_settings->sync();
}

QFuture<int> ConnectionManager::removeOrphanedSecrets(int minAgeSeconds)
{
    m_settings->sync();
    const QVariantMap map = m_settings->value(Pending).toMap();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<QFuture<KeychainReply>> removals;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString id = it.key();
        if (now - it.value().toLongLong() < minAgeSeconds)
            continue;
        if (byId(id)) { // saved after all: the secret is in use
            setPending(id, false);
            continue;
        }
        removals.append(m_keychain->remove(id).then(this, [this, id](const KeychainReply &r) {
            if (r.ok())
                setPending(id, false);
            return r;
        }));
    }
    if (removals.isEmpty())
        return QtFuture::makeReadyFuture(0);
    return QtFuture::whenAll(removals.begin(), removals.end())
        .then(this, [](const QList<QFuture<KeychainReply>> &done) {
            return int(
                std::count_if(done.cbegin(), done.cend(),
                              [](const QFuture<KeychainReply> &f) { return f.result().ok(); }));
        });
}

QFuture<KeychainReply> ConnectionManager::save(const Connection &connection,
                                               const std::optional<QString> &secret)
{
    reload(); // names another copy just took
    if (const std::optional<QString> problem = conflict(connection))
        return settledWith(KeychainReply::Status::Failed, *problem);
    const bool isNew = !byId(connection.id);
    if (isNew && (!secret || secret->isEmpty()))
        return settledWith(KeychainReply::Status::Failed,
                           tr("Enter the secret for the new connection."));
    if (!secret) {
        if (const auto problem = store(connection))
            return settledWith(KeychainReply::Status::Failed, *problem);
        return settledWith(KeychainReply::Status::Ok, QString());
    }
    // Remembered until the settings have it: a crash in between leaves no orphan secret.
    if (isNew)
        setPending(connection.id, true);
    return m_keychain->write(connection.id, *secret)
        .then(this, [this, connection, isNew](KeychainReply reply) {
            if (reply.ok()) {
                if (const auto problem = store(connection)) {
                    reply.status = KeychainReply::Status::Failed;
                    reply.message = *problem;
                    return reply; // the secret stays pending, for the next start
                }
            }
            if (isNew)
                setPending(connection.id, false);
            return reply;
        });
}

void ConnectionManager::saveForSession(const Connection &connection, const QString &secret)
{
    if (conflict(connection))
        return;
    m_keychain->keepForSession(connection.id, secret);
    (void)store(connection); // a lock not had keeps it for this session only, as asked
}

std::optional<QString> ConnectionManager::store(const Connection &connection)
{
    Connection saved = connection;
    saved.name = saved.name.trimmed();
    Connection previous;
    const auto problem = edit([&](QList<Connection> &list) {
        auto it = std::find_if(list.begin(), list.end(),
                               [&](const Connection &c) { return c.id == saved.id; });
        if (it == list.end()) {
            list.append(saved);
        } else {
            previous = *it;
            *it = saved;
        }
    });
    if (!problem)
        emit changed(previous, saved);
    return problem;
}

QFuture<KeychainReply> ConnectionManager::remove(const QString &id)
{
    return m_keychain->remove(id).then(this, [this, id](const KeychainReply &reply) {
        // The entry stays listed when its secret could not be deleted, so the user can
        // retry rather than leave an orphan secret behind.
        if (!reply.ok())
            return reply;
        std::optional<Connection> gone;
        KeychainReply result = reply;
        const auto problem = edit([&](QList<Connection> &list) {
            const auto it = std::find_if(list.begin(), list.end(),
                                         [&id](const Connection &c) { return c.id == id; });
            if (it != list.end())
                gone = *it;
            list.removeIf([&id](const Connection &c) { return c.id == id; });
        });
        if (problem) {
            result.status = KeychainReply::Status::Failed;
            result.message = *problem;
        } else if (gone) {
            emit changed(*gone, Connection());
        }
        return result;
    });
}
