#pragma once

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>

/// How a keychain request ended, with a message in words for the user when it failed.
struct KeychainReply
{
    enum class Status {
        Ok,
        NotFound,    ///< nothing stored yet for this connection: not an error
        Unavailable, ///< no Secret Service, or it cannot be reached
        Denied,      ///< the user or the system refused
        TimedOut,    ///< no answer, e.g. a locked collection waiting for a prompt
        Failed,
    };
    Status status = Status::Failed;
    QString secret;           ///< for reads
    bool sessionOnly = false; ///< the secret came from memory, not the keychain
    QString message;

    bool ok() const { return status == Status::Ok; }
};

/**
 * Connection secrets in the OS keychain (QtKeychain: Secret Service, KWallet, macOS,
 * Windows), one entry per connection. Never writes a secret anywhere else: when the
 * keychain is missing it says so, and the caller may keep the secret in memory for this
 * session only. Requests are asynchronous; each has a watchdog, so a keychain that never
 * answers resolves as TimedOut instead of hanging the caller.
 */
class Keychain final : public QObject
{
    Q_OBJECT

public:
    /// `service` names the app's entries (the application name unless a test sets its own).
    explicit Keychain(const QString &service = QString(), QObject *parent = nullptr);
    ~Keychain() override;

    /// The one place keys are made: the connection's id, never its (renamable) name.
    static QString keyFor(const QString &connectionId);

    QFuture<KeychainReply> read(const QString &connectionId);
    QFuture<KeychainReply> write(const QString &connectionId, const QString &secret);
    QFuture<KeychainReply> remove(const QString &connectionId);

    /// Holds a secret in this process's memory only, when the user chose that because no
    /// keychain is available. Gone when the app quits; read() returns it first.
    void keepForSession(const QString &connectionId, const QString &secret);
    bool hasSessionSecret(const QString &connectionId) const;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    /// Jobs started and not finished (including ones whose watchdog already fired).
    int running() const { return m_running; }
    /// Runs the event loop until no job runs (idle()) or `milliseconds` pass; true when
    /// idle. QtKeychain jobs must not outlive the app, so quitting waits here briefly.
    bool waitForIdle(int milliseconds);

    static QString unavailableAdvice();

signals:
    /// The last running job finished.
    void idle();

private:
    enum class Operation { Read, Write, Remove };
    QFuture<KeychainReply> start(Operation operation, const QString &connectionId,
                                 const QString &secret);

    QString m_service;
    QHash<QString, QString> m_sessionSecrets;
    int m_timeoutMs = 15000;
    int m_running = 0;
};
