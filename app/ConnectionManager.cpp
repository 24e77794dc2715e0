#include "ConnectionManager.h"

#include "ConnectionSettings.h"

#include <QSettings>

namespace {

QFuture<KeychainReply> settledWith(KeychainReply::Status status, const QString &message)
{
    KeychainReply reply;
    reply.status = status;
    reply.message = message;
    return QtFuture::makeReadyFuture(std::move(reply));
}

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

QFuture<KeychainReply> ConnectionManager::save(const Connection &connection,
                                               const std::optional<QString> &secret)
{
    if (const std::optional<QString> problem = conflict(connection))
        return settledWith(KeychainReply::Status::Failed, *problem);
    const bool isNew = !byId(connection.id);
    if (isNew && (!secret || secret->isEmpty()))
        return settledWith(KeychainReply::Status::Failed,
                           tr("Enter the secret for the new connection."));
    if (!secret) {
        store(connection);
        return settledWith(KeychainReply::Status::Ok, QString());
    }
    return m_keychain->write(connection.id, *secret)
        .then(this, [this, connection](const KeychainReply &reply) {
            if (reply.ok())
                store(connection);
            return reply;
        });
}

void ConnectionManager::saveForSession(const Connection &connection, const QString &secret)
{
    if (conflict(connection))
        return;
    m_keychain->keepForSession(connection.id, secret);
    store(connection);
}

void ConnectionManager::store(const Connection &connection)
{
    Connection saved = connection;
    saved.name = saved.name.trimmed();
    Connection previous;
    auto it = std::find_if(m_connections.begin(), m_connections.end(),
                           [&](const Connection &c) { return c.id == saved.id; });
    if (it == m_connections.end()) {
        m_connections.append(saved);
    } else {
        previous = *it;
        *it = saved;
    }
    ConnectionSettings::save(*m_settings, m_connections);
    emit changed(previous, saved);
}

QFuture<KeychainReply> ConnectionManager::remove(const QString &id)
{
    return m_keychain->remove(id).then(this, [this, id](const KeychainReply &reply) {
        // The entry stays listed when its secret could not be deleted, so the user can
        // retry rather than leave an orphan secret behind.
        if (!reply.ok())
            return reply;
        const std::optional<Connection> gone = byId(id);
        m_connections.removeIf([&id](const Connection &c) { return c.id == id; });
        ConnectionSettings::save(*m_settings, m_connections);
        if (gone)
            emit changed(*gone, Connection());
        return reply;
    });
}
