// Signing keys, which keys a desktop takes as each member's, and the check before sending.
#include "SigningKey.h"
#include "TeamKeyRing.h"
#include "TeamPayout.h"
#include "TeamRequest.h"
#include "TeamSignatures.h"

#include <QTest>

class TestTeamKeys : public QObject
{
    Q_OBJECT

private slots:
    void aSignatureHoldsForItsKeyAndMessageOnly();
    void aKeyIsKeptAsItsSeedAndNamedByItsFingerprint();
    void firstKeysArePinnedAndAChangeNeedsAnotherMembersSignature();
    void aKeyThatDoesNotLeadFromThePinIsRefused();
    void aPayoutNeedsItsMakersSignatureAndDistinctSignedApprovals();
};

namespace {

TeamKey keyRow(qint64 id, const QString &member, const SigningKey &key,
               const QString &approvedBy = {}, const std::optional<SigningKey> &approver = {})
{
    TeamKey k{id, member, key.publicKey(), approvedBy, {}};
    if (approver)
        k.approval = approver->sign(TeamSignatures::keyStatement(member, key.publicKey()));
    return k;
}

bool has(const TeamKeyRing &ring, TeamKeyRing::Notice::Kind kind, const QString &member)
{
    for (const TeamKeyRing::Notice &n : ring.notices())
        if (n.kind == kind && n.member == member)
            return true;
    return false;
}

} // namespace

void TestTeamKeys::aSignatureHoldsForItsKeyAndMessageOnly()
{
    const SigningKey alice = *SigningKey::generate();
    const SigningKey bob = *SigningKey::generate();
    const QString signature = alice.sign("pay 100");
    QCOMPARE(QByteArray::fromBase64(signature.toLatin1()).size(), SigningKey::SignatureBytes);
    QVERIFY(SigningKey::verify(alice.publicKey(), "pay 100", signature));
    QVERIFY(!SigningKey::verify(alice.publicKey(), "pay 1000", signature));
    QVERIFY(!SigningKey::verify(bob.publicKey(), "pay 100", signature));
    QString flipped = signature;
    flipped[3] = flipped[3] == u'A' ? u'B' : u'A';
    QVERIFY(!SigningKey::verify(alice.publicKey(), "pay 100", flipped));
    QVERIFY(!SigningKey::verify(alice.publicKey(), "pay 100", QString()));
    QVERIFY(!SigningKey::verify(QStringLiteral("not base64!"), "pay 100", signature));
    QVERIFY(!SigningKey::verify(QString::fromLatin1(QByteArray(31, 'x').toBase64()), "pay 100",
                                signature));
}

void TestTeamKeys::aKeyIsKeptAsItsSeedAndNamedByItsFingerprint()
{
    const SigningKey key = *SigningKey::generate();
    const std::optional<SigningKey> again = SigningKey::fromSeedText(key.seedText());
    QVERIFY(again);
    QCOMPARE(again->publicKey(), key.publicKey());
    QVERIFY(SigningKey::verify(key.publicKey(), "x", again->sign("x")));
    QVERIFY(!SigningKey::fromSeedText(QStringLiteral("short")));
    QVERIFY(SigningKey::isPublicKey(key.publicKey()));
    QVERIFY(!SigningKey::isPublicKey(key.publicKey().left(20)));
    const QString fingerprint = SigningKey::fingerprint(key.publicKey());
    QVERIFY2(QRegularExpression(QStringLiteral("^([0-9a-f]{4} ){7}[0-9a-f]{4}$"))
                 .match(fingerprint)
                 .hasMatch(),
             qPrintable(fingerprint));
    QVERIFY(SigningKey::fingerprint(QStringLiteral("nonsense")).isEmpty());
    QVERIFY(SigningKey::generate()->publicKey() != key.publicKey());
}

void TestTeamKeys::firstKeysArePinnedAndAChangeNeedsAnotherMembersSignature()
{
    const SigningKey ann = *SigningKey::generate();
    const SigningKey bob = *SigningKey::generate();
    const SigningKey bobNew = *SigningKey::generate();
    const SigningKey bobThird = *SigningKey::generate();
    // A new key that nobody vouched for, one bob signed himself, one ann signed.
    const QList<TeamKey> rows{
        keyRow(1, QStringLiteral("ann"), ann), keyRow(2, QStringLiteral("bob"), bob),
        keyRow(3, QStringLiteral("bob"), bobNew, QStringLiteral("bob"), bobNew),
        keyRow(4, QStringLiteral("bob"), bobThird, QStringLiteral("ann"), ann)};
    const TeamKeyRing fresh = TeamKeyRing::review(rows.mid(0, 3), {});
    QCOMPARE(fresh.pins().value(QStringLiteral("bob")), bob.publicKey());
    QVERIFY(has(fresh, TeamKeyRing::Notice::Kind::New, QStringLiteral("ann")));
    QVERIFY(has(fresh, TeamKeyRing::Notice::Kind::Waiting, QStringLiteral("bob")));
    QCOMPARE(fresh.keys().value(QStringLiteral("bob")), QStringList{bob.publicKey()});

    const TeamKeyRing later = TeamKeyRing::review(rows, fresh.pins());
    QCOMPARE(later.pins().value(QStringLiteral("bob")), bobThird.publicKey());
    QVERIFY(has(later, TeamKeyRing::Notice::Kind::Changed, QStringLiteral("bob")));
    // What bob signed with his first key stays his.
    QVERIFY(later.keys().value(QStringLiteral("bob")).contains(bob.publicKey()));
    QVERIFY(!later.keys().value(QStringLiteral("bob")).contains(bobNew.publicKey()));
    QCOMPARE(later.firstRefused(), 0);
}

void TestTeamKeys::aKeyThatDoesNotLeadFromThePinIsRefused()
{
    const SigningKey real = *SigningKey::generate();
    const SigningKey swapped = *SigningKey::generate();
    const QHash<QString, QString> pinned{{QStringLiteral("ann"), real.publicKey()}};
    const TeamKeyRing ring =
        TeamKeyRing::review({keyRow(7, QStringLiteral("ann"), swapped)}, pinned);
    QVERIFY(has(ring, TeamKeyRing::Notice::Kind::Refused, QStringLiteral("ann")));
    QCOMPARE(ring.firstRefused(), 7);
    QCOMPARE(ring.pins().value(QStringLiteral("ann")), real.publicKey());
    QCOMPARE(ring.keys().value(QStringLiteral("ann")), QStringList{real.publicKey()});
    // A pinned member the database no longer lists keeps the pin.
    const TeamKeyRing gone = TeamKeyRing::review({}, pinned);
    QCOMPARE(gone.pins(), pinned);
}

void TestTeamKeys::aPayoutNeedsItsMakersSignatureAndDistinctSignedApprovals()
{
    const SigningKey maker = *SigningKey::generate();
    const SigningKey ann = *SigningKey::generate();
    const SigningKey bob = *SigningKey::generate();
    const TeamSignatures::Keys keys{{QStringLiteral("maker"), {maker.publicKey()}},
                                    {QStringLiteral("ann"), {ann.publicKey()}},
                                    {QStringLiteral("bob"), {bob.publicKey()}}};
    TeamPayout p;
    p.maker = QStringLiteral("maker");
    p.request = R"({"action":"payout","amount":"45000.00","key":"k1"})";
    p.requestHash = TeamRequest::hash(p.request);
    p.verdict.required = 2;
    p.makerSignature = maker.sign(TeamSignatures::requestStatement(p.requestHash, 2));
    const auto decision = [&](const QString &who, const SigningKey &key, bool approve) {
        return TeamDecision{
            who,
            approve,
            QString(),
            {},
            key.sign(TeamSignatures::decisionStatement(p.requestHash, approve, {}))};
    };
    p.decisions = {decision(QStringLiteral("ann"), ann, true)};
    QVERIFY(TeamSignatures::problemWith(p, keys).contains(QLatin1String("1 of 2")));
    // The maker's own approval, or ann's twice, is not a second one.
    p.decisions << decision(QStringLiteral("maker"), maker, true)
                << decision(QStringLiteral("ann"), ann, true);
    QVERIFY(TeamSignatures::problemWith(p, keys).contains(QLatin1String("1 of 2")));
    // bob's approval signed with ann's key is not bob's.
    p.decisions << decision(QStringLiteral("bob"), ann, true);
    QVERIFY(TeamSignatures::problemWith(p, keys).contains(QLatin1String("1 of 2")));
    p.decisions << decision(QStringLiteral("bob"), bob, true);
    QCOMPARE(TeamSignatures::problemWith(p, keys), QString());
    // A signed rejection stops it; so does another document, or a lower count.
    TeamPayout rejected = p;
    rejected.decisions << TeamDecision{
        QStringLiteral("bob"),
        false,
        QStringLiteral("no"),
        {},
        bob.sign(TeamSignatures::decisionStatement(p.requestHash, false, QStringLiteral("no")))};
    QVERIFY(TeamSignatures::problemWith(rejected, keys).contains(QLatin1String("rejected")));
    TeamPayout other = p;
    other.request.replace("45000.00", "1.00");
    QVERIFY(!TeamSignatures::problemWith(other, keys).isEmpty());
    TeamPayout lowered = p;
    lowered.verdict.required = 0;
    QVERIFY(TeamSignatures::problemWith(lowered, keys).contains(QLatin1String("does not cover")));
    // Nobody's key pinned for the maker: nothing is sent.
    QVERIFY(
        !TeamSignatures::problemWith(p, {{QStringLiteral("ann"), {ann.publicKey()}}}).isEmpty());
}

QTEST_GUILESS_MAIN(TestTeamKeys)
#include "tst_team_keys.moc"
