#pragma once

#include "CtlProcess.h"
#include "SandboxServer.h"
#include "TeamFixture.h"
#include "TeamKeychain.h"

/**
 * treasuryctl as the member `who` of `team` on the desktop whose home is `home`, with
 * Dinari's sandbox at hand: the team password from the environment, the member's signing
 * key in the keychain (as keyOf() gives it), the provider's credential from the
 * environment. Header-only: team tests that link treasuryctl's wiring.
 */
namespace TestSupport {

inline CtlRun teamCtl(TeamFixture &team, SandboxServer &sandbox, const QString &who,
                      const QString &home, const QStringList &arguments)
{
    qputenv("TD_SECRET_DINARI", sandbox.credential(QStringLiteral("dinari")).toUtf8());
    qputenv("TD_TEAM_PW_CTL", team.password(who).toUtf8());
    if (!keepKeyInKeychain(QStringLiteral("treasury-desk"), team.url(team.user(who))))
        qWarning() << "no signing key in the keychain for" << who;
    CtlProcess desktop(home);
    const auto run = desktop.start(
        QStringList{QStringLiteral("--team"), team.url(team.user(who)),
                    QStringLiteral("--team-password-env"), QStringLiteral("TD_TEAM_PW_CTL"),
                    QStringLiteral("--provider"), QStringLiteral("dinari"),
                    QStringLiteral("--base-url"),
                    sandbox.baseUrl(QStringLiteral("dinari")).toString(),
                    QStringLiteral("--credential-env"), QStringLiteral("TD_SECRET_DINARI")} +
        arguments);
    return CtlProcess::finish(*run);
}

} // namespace TestSupport
