#pragma once

#include "Connection.h"
#include "Keychain.h"

#include <QFuture>
#include <QList>
#include <QObject>

#include <functional>

#include <optional>

class QSettings;

/**
 * The user's saved connections: their non-secret part in the settings file, their secret
 * in the keychain. A save writes the secret first and the settings only once the keychain
 * has it, so a failed or hanging keychain never leaves a connection without its secret.
 * Shared by the GUI and treasuryctl, which may run at once: every edit re-reads the list
 * under a lock file and changes only its own connection, so no copy's edit erases
 * another's. A secret written for a connection that never got saved (a crash between the
 * two) is remembered as pending and deleted by the next start.
 */
class ConnectionManager final : public QObject
{
    Q_OBJECT

public:
    ConnectionManager(QSettings *settings, Keychain *keychain, QObject *parent = nullptr);

    QList<Connection> connections() const { return m_connections; }
    /// Reads the list again (another copy may have changed it); emits changed() for each
    /// connection added, edited or removed meanwhile.
    void reload();
    /// Deletes the secrets of saves that never finished, older than `minAgeSeconds` (a
    /// younger one may be another copy's save under way). Returns how many it deleted.
    QFuture<int> removeOrphanedSecrets(int minAgeSeconds = 600);
    std::optional<Connection> byId(const QString &id) const;
    std::optional<Connection> byName(const QString &name) const;
    Keychain *keychain() const { return m_keychain; }

    /// Adds or updates (by id). `secret` replaces the stored one when given; a new
    /// connection needs one. Resolves when both the keychain and the settings have it.
    QFuture<KeychainReply> save(const Connection &connection, const std::optional<QString> &secret);
    /// Saves the connection with its secret in memory only, for this session, when the
    /// user chose that because no keychain is available.
    void saveForSession(const Connection &connection, const QString &secret);
    /// Deletes the keychain entry, then forgets the connection.
    QFuture<KeychainReply> remove(const QString &id);
    QFuture<KeychainReply> secret(const QString &id) { return m_keychain->read(id); }

signals:
    /// The list changed: added, renamed, edited or removed. `previous` is how the
    /// connection was before (empty id when new, for a rename or removal to follow).
    void changed(const Connection &previous, const Connection &now);

private:
    std::optional<QString> conflict(const Connection &connection) const;
    /// Re-reads the list under the edit lock, applies `change` to it and writes it back;
    /// an error text when the lock could not be had.
    std::optional<QString> edit(const std::function<void(QList<Connection> &)> &change);
    std::optional<QString> store(const Connection &connection);
    void setPending(const QString &id, bool pending);
    /// Takes `fresh` as the list, emitting changed() for what differs from the one known.
    void adopt(const QList<Connection> &fresh);

    QSettings *m_settings;
    Keychain *m_keychain;
    QList<Connection> m_connections;
};
