#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

/**
 * Where a team database is and who logs in: parsed from a URL such as
 * `postgresql://alice@db.example.com:5432/treasury?sslrootcert=/etc/ssl/team.pem`. Any host
 * that is not this computer is reached with TLS and a verified certificate and name
 * (`sslmode=verify-full`), and so is this computer when the URL asks for it; a weaker
 * sslmode, or a password in the URL, is refused (the password belongs in the keychain).
 */
struct TeamLogin
{
    Q_DECLARE_TR_FUNCTIONS(TeamLogin)

public:
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString rootCertificate; ///< the CA that signed the server's certificate, if not the system's
    /// `sslmode=verify-full` asked for in the URL: verified TLS on this computer too (off
    /// it, always). No weaker mode is taken.
    bool verifyOnLoopback = false;

    /// The login, or nullopt with `*problem` in words.
    static std::optional<TeamLogin> fromUrl(const QString &url, QString *problem);
    QString toUrl() const;
    bool isLoopback() const;
    /// libpq options for QPSQL's setConnectOptions.
    QString connectOptions() const;
    /// Under which name its password is kept in the keychain.
    QString keychainKey() const;
};
