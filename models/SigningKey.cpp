#include "SigningKey.h"

#include <QCryptographicHash>
#include <QStringList>

#include <openssl/evp.h>

#include <memory>

namespace {

constexpr int SeedBytes = 32;

struct PkeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

std::optional<QByteArray> decoded(const QString &text, int bytes)
{
    const auto result =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.size() != bytes)
        return std::nullopt;
    return result.decoded;
}

QByteArray rawPublic(EVP_PKEY *key)
{
    QByteArray out(SigningKey::PublicKeyBytes, '\0');
    size_t length = static_cast<size_t>(out.size());
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(out.data()), &length) !=
            1 ||
        length != static_cast<size_t>(SigningKey::PublicKeyBytes))
        return {};
    return out;
}

Pkey privateKey(const QByteArray &seed)
{
    return Pkey(EVP_PKEY_new_raw_private_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(seed.constData()),
        static_cast<size_t>(seed.size())));
}

} // namespace

std::optional<SigningKey> SigningKey::generate()
{
    EVP_PKEY *made = nullptr;
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr), EVP_PKEY_CTX_free);
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &made) != 1)
        return std::nullopt;
    const Pkey key(made);
    QByteArray seed(SeedBytes, '\0');
    size_t length = static_cast<size_t>(seed.size());
    if (EVP_PKEY_get_raw_private_key(key.get(), reinterpret_cast<unsigned char *>(seed.data()),
                                     &length) != 1 ||
        length != static_cast<size_t>(SeedBytes))
        return std::nullopt;
    QByteArray pub = rawPublic(key.get());
    if (pub.isEmpty())
        return std::nullopt;
    return SigningKey(seed, pub);
}

std::optional<SigningKey> SigningKey::fromSeedText(const QString &text)
{
    const std::optional<QByteArray> seed = decoded(text, SeedBytes);
    if (!seed)
        return std::nullopt;
    const Pkey key = privateKey(*seed);
    if (!key)
        return std::nullopt;
    QByteArray pub = rawPublic(key.get());
    if (pub.isEmpty())
        return std::nullopt;
    return SigningKey(*seed, pub);
}

QString SigningKey::seedText() const
{
    return QString::fromLatin1(m_seed.toBase64());
}

QString SigningKey::sign(const QByteArray &message) const
{
    const Pkey key = privateKey(m_seed);
    const MdCtx ctx(EVP_MD_CTX_new());
    QByteArray signature(SignatureBytes, '\0');
    size_t length = static_cast<size_t>(signature.size());
    // Ed25519 hashes the message itself: no digest is named.
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       static_cast<size_t>(message.size())) != 1 ||
        length != static_cast<size_t>(SignatureBytes))
        return {};
    return QString::fromLatin1(signature.toBase64());
}

bool SigningKey::verify(const QString &publicKey, const QByteArray &message,
                        const QString &signature)
{
    const std::optional<QByteArray> pub = decoded(publicKey, PublicKeyBytes);
    const std::optional<QByteArray> sig = decoded(signature, SignatureBytes);
    if (!pub || !sig)
        return false;
    const Pkey key(EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(pub->constData()),
        static_cast<size_t>(pub->size())));
    const MdCtx ctx(EVP_MD_CTX_new());
    return key && ctx &&
           EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(sig->constData()),
                            static_cast<size_t>(sig->size()),
                            reinterpret_cast<const unsigned char *>(message.constData()),
                            static_cast<size_t>(message.size())) == 1;
}

bool SigningKey::isPublicKey(const QString &publicKey)
{
    return decoded(publicKey, PublicKeyBytes).has_value();
}

QString SigningKey::fingerprint(const QString &publicKey)
{
    const std::optional<QByteArray> pub = decoded(publicKey, PublicKeyBytes);
    if (!pub)
        return {};
    const QByteArray hex =
        QCryptographicHash::hash(*pub, QCryptographicHash::Sha256).left(16).toHex();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(u' ');
}
