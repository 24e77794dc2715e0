// treasuryctl and the team's signing keys: this desktop's key from the keychain, the
// colleagues' keys it pinned, `team keys` and `team approve-key`.
#include "Treasuryctl.h"

#include "SigningKey.h"
#include "TeamDatabase.h"
#include "TeamKeyPins.h"
#include "TeamSigningKeys.h"
#include "TreasuryctlSupport.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>

using TreasuryctlSupport::await;

void Treasuryctl::prepareSigning(TeamDatabase &team, const TeamLogin &login)
{
    const QString url = login.toUrl();
    team.setPinnedKeys(TeamKeyPins(m_settings.get()).pinned(url));
    // Each review keeps what it pinned, and says once what a person must look at.
    auto said = std::make_shared<QSet<QString>>();
    connect(&team, &TeamDatabase::keysReviewed, this, [this, url, said](const TeamKeyRing &ring) {
        TeamKeyPins(m_settings.get()).save(url, ring.pins());
        for (const TeamKeyRing::Notice &n : ring.notices())
            if (n.kind != TeamKeyRing::Notice::Kind::New && !said->contains(n.text)) {
                said->insert(n.text);
                m_err << tr("treasuryctl: %1").arg(n.text) << Qt::endl;
            }
    });
    if (team.schemaVersion() < TeamDatabase::SchemaVersion || team.role().isEmpty())
        return; // the owner setting up, or a schema to upgrade first: nothing to sign
    const TeamSigningKeyReply reply = await(TeamSigningKeys::loadOrCreate(m_keychain, login));
    if (!reply.key) {
        m_err << tr("treasuryctl: no team signing key (requests and decisions cannot be "
                    "signed): %1")
                     .arg(reply.error)
              << Qt::endl;
        return;
    }
    team.setSigningKey(reply.key);
    const std::optional<QString> state = team.registerKey();
    if (!state)
        m_err
            << tr("treasuryctl: the signing key could not be registered: %1").arg(team.lastError())
            << Qt::endl;
    else if (*state == QLatin1String("awaiting approval"))
        m_err << tr("treasuryctl: this desktop's signing key %1 is new to the team: until an "
                    "admin approves it (team approve-key %2 %3), your requests and decisions "
                    "do not count")
                     .arg(SigningKey::fingerprint(reply.key->publicKey()), login.user,
                          reply.key->publicKey())
              << Qt::endl;
    team.reviewKeys();
}

int Treasuryctl::teamKeys(QCommandLineParser &parser, TeamDatabase &db, const QStringList &action)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    if (action.value(0) == QLatin1String("approve-key") && action.size() == 3) {
        if (!db.approveKey(action.at(1), action.at(2)))
            return fail(db.lastErrorDenied() ? Auth : Usage, db.lastError());
        m_out << tr("%1's key %2 is approved with your signature.")
                     .arg(action.at(1), SigningKey::fingerprint(action.at(2)))
              << Qt::endl;
        return Ok;
    }
    const std::optional<QList<TeamKey>> keys = db.keys();
    const std::optional<TeamKeyRing> ring = db.reviewKeys();
    if (!keys || !ring)
        return fail(Remote, db.lastError());
    QJsonArray rows;
    for (const TeamKey &k : *keys) {
        const bool pinned = ring->pins().value(k.member) == k.publicKey;
        const bool counts = ring->keys().value(k.member).contains(k.publicKey);
        rows.append(
            QJsonObject{{QStringLiteral("member"), k.member},
                        {QStringLiteral("fingerprint"), SigningKey::fingerprint(k.publicKey)},
                        {QStringLiteral("state"), pinned   ? QStringLiteral("pinned")
                                                  : counts ? QStringLiteral("earlier")
                                                           : QStringLiteral("not counted")},
                        {QStringLiteral("approved_by"), k.approvedBy},
                        {QStringLiteral("public_key"), k.publicKey}});
    }
    return print(rows, json, {"member", "fingerprint", "state", "approved_by", "public_key"});
}
