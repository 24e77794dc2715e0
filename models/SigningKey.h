#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

/**
 * An Ed25519 key pair (OpenSSL's EVP, no cryptography of our own): a team member signs the
 * requests and decisions they make with it, so that a decision nobody signed, written into
 * the team database by its operator, is found on every desktop. The private half is kept
 * only in the OS keychain (as seedText()); the public half is registered with the team.
 */
class SigningKey final
{
public:
    static constexpr int PublicKeyBytes = 32;
    static constexpr int SignatureBytes = 64;

    /// A new key from OpenSSL's random generator; nullopt when it could not make one.
    static std::optional<SigningKey> generate();
    /// The key kept as seedText(); nullopt for anything else.
    static std::optional<SigningKey> fromSeedText(const QString &text);

    /// The private key as the keychain keeps it (base64). A secret.
    QString seedText() const;
    /// The public key, base64 of its 32 bytes, as the team database stores it.
    QString publicKey() const { return QString::fromLatin1(m_public.toBase64()); }
    /// The signature of `message`, base64 of 64 bytes.
    QString sign(const QByteArray &message) const;

    /// `signature` (base64) is `publicKey`'s (base64) over `message`.
    static bool verify(const QString &publicKey, const QByteArray &message,
                       const QString &signature);
    /// A public key well formed: base64 of 32 bytes.
    static bool isPublicKey(const QString &publicKey);
    /// What people compare out of band: SHA-256 of the public key, its first 16 bytes as
    /// eight groups of four hex digits. Empty for a malformed key.
    static QString fingerprint(const QString &publicKey);

private:
    SigningKey(QByteArray seed, QByteArray publicKey)
        : m_seed(std::move(seed)), m_public(std::move(publicKey))
    {}

    QByteArray m_seed;
    QByteArray m_public;
};
