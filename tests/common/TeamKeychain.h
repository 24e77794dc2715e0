#pragma once

#include "Keychain.h"
#include "TeamLogin.h"
#include "TeamSigningKeys.h"
#include "TeamTestSupport.h"
#include "TreasuryctlSupport.h"

namespace TestSupport {

/// Puts the signing key keyOf() gives the member of `url` into the keychain of `service`
/// (treasuryctl's and the app's is "treasury-desk"), so that treasuryctl and the app sign
/// as this test's own desktop of that member does: one person, one key.
inline bool keepKeyInKeychain(const QString &service, const QString &url)
{
    QString problem;
    const std::optional<TeamLogin> login = TeamLogin::fromUrl(url, &problem);
    if (!login)
        return false;
    Keychain keychain(service);
    return TreasuryctlSupport::await(
               keychain.write(TeamSigningKeys::keychainKey(*login), keyOf(login->user).seedText()))
        .ok();
}

} // namespace TestSupport
