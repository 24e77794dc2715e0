#pragma once

#include "SigningKey.h"
#include "TeamLogin.h"

#include <QFuture>
#include <QString>

#include <optional>

class Keychain;

/// The member's signing key for a team, or why there is none.
struct TeamSigningKeyReply
{
    std::optional<SigningKey> key;
    bool made = false; ///< new on this desktop: the team must learn its public half
    QString error;
};

/**
 * Where a member's team signing key lives: the OS keychain, beside the team password, and
 * nowhere else. The first login on a desktop makes one; a keychain that cannot keep it
 * leaves the member without a key (they cannot sign, so they cannot request or decide),
 * never with one on disk.
 */
class TeamSigningKeys final
{
public:
    static QString keychainKey(const TeamLogin &login);
    static QFuture<TeamSigningKeyReply> loadOrCreate(Keychain *keychain, const TeamLogin &login);
};
