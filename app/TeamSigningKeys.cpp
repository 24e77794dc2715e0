#include "TeamSigningKeys.h"

#include "Keychain.h"

#include <QCoreApplication>

QString TeamSigningKeys::keychainKey(const TeamLogin &login)
{
    return login.keychainKey() + QStringLiteral("#signing-key");
}

QFuture<TeamSigningKeyReply> TeamSigningKeys::loadOrCreate(Keychain *keychain,
                                                           const TeamLogin &login)
{
    const QString entry = keychainKey(login);
    return keychain->read(entry)
        .then(keychain,
              [keychain, entry](const KeychainReply &read) {
                  TeamSigningKeyReply out;
                  if (read.ok()) {
                      out.key = SigningKey::fromSeedText(read.secret);
                      if (!out.key)
                          out.error = QCoreApplication::translate(
                              "TeamSigningKeys", "the team signing key in the keychain is damaged");
                      return QtFuture::makeReadyFuture(out);
                  }
                  if (read.status != KeychainReply::Status::NotFound) {
                      out.error = read.message;
                      return QtFuture::makeReadyFuture(out);
                  }
                  const std::optional<SigningKey> made = SigningKey::generate();
                  if (!made) {
                      out.error = QCoreApplication::translate("TeamSigningKeys",
                                                              "no signing key could be made");
                      return QtFuture::makeReadyFuture(out);
                  }
                  return keychain->write(entry, made->seedText())
                      .then([made](const KeychainReply &written) {
                          TeamSigningKeyReply result;
                          if (written.ok()) {
                              result.key = made;
                              result.made = true;
                          } else {
                              result.error = written.message;
                          }
                          return result;
                      });
              })
        .unwrap();
}
