// What a desktop reads again after a notification: only what the audit rows since its
// last read name, and the journal it shows is the old one with those payouts replaced.
#include "TeamChanges.h"

#include <QTest>

class TestTeamChanges : public QObject
{
    Q_OBJECT

private slots:
    void noRowsReadNothing();
    void payoutActionsReadThosePayoutsOnce();
    void eachKindOfChangeReadsItsOwnList();
    void anUnknownActionReadsEverything();
    void aChangedPayoutTakesItsPlaceAndANewOneComesFirst();

private:
    static TeamChanges::Row row(const char *action, const char *object = "")
    {
        return {0, QString::fromLatin1(action), QString::fromLatin1(object)};
    }
    static TeamPayout payout(const char *key, int minute, const char *maker = "ana")
    {
        TeamPayout p;
        p.key = QString::fromLatin1(key);
        p.maker = QString::fromLatin1(maker);
        p.created = QDateTime(QDate(2026, 12, 7), QTime(9, minute), Qt::UTC);
        return p;
    }
};

void TestTeamChanges::noRowsReadNothing()
{
    QVERIFY(TeamChanges::from({}).isEmpty());
    // The marker schema 7 left reads nothing either.
    QVERIFY(TeamChanges::from({row("signatures", "schema 7")}).isEmpty());
    QVERIFY(!TeamChanges::everything().isEmpty());
}

void TestTeamChanges::payoutActionsReadThosePayoutsOnce()
{
    const TeamChanges c = TeamChanges::from(
        {row("request", "k1"), row("sign", "k1"), row("approve", "k2"), row("reject", "k3"),
         row("claim", "k2"), row("take over", "k4"), row("outcome", "k2")});
    QCOMPARE(c.payoutKeys, (QStringList{"k1", "k2", "k3", "k4"}));
    QVERIFY(!c.allPayouts && !c.members && !c.keys && !c.policy && !c.connections && !c.changes);
}

void TestTeamChanges::eachKindOfChangeReadsItsOwnList()
{
    const TeamChanges members = TeamChanges::from({row("add member", "bo")});
    QVERIFY(members.members && !members.keys && members.payoutKeys.isEmpty() && !members.policy);
    const TeamChanges keys = TeamChanges::from({row("register key", "bo")});
    QVERIFY(keys.keys && keys.members && !keys.policy);
    const TeamChanges shared = TeamChanges::from({row("retire connection", "c1")});
    QVERIFY(shared.connections && !shared.members);
    const TeamChanges proposed = TeamChanges::from({row("propose", "role")});
    QVERIFY(proposed.changes && !proposed.policy && !proposed.members);
    // An applied change is a role or the policy: both, and the pending list.
    const TeamChanges applied = TeamChanges::from({row("change", "policy")});
    QVERIFY(applied.changes && applied.policy && applied.members && !applied.allPayouts);
    // A released counterparty: every payout, and then no key needs naming.
    const TeamChanges released =
        TeamChanges::from({row("request", "k1"), row("release", "iban DE00")});
    QVERIFY(released.allPayouts);
    QVERIFY(released.payoutKeys.isEmpty());
}

void TestTeamChanges::anUnknownActionReadsEverything()
{
    const TeamChanges c = TeamChanges::from({row("request", "k1"), row("rotate", "x")});
    QVERIFY(c.allPayouts && c.members && c.keys && c.policy && c.connections && c.changes);
}

void TestTeamChanges::aChangedPayoutTakesItsPlaceAndANewOneComesFirst()
{
    const QList<TeamPayout> before{payout("b", 20), payout("a", 10)};
    TeamPayout changed = payout("a", 10, "bo");
    const QList<TeamPayout> after =
        TeamChanges::merged(before, {changed, payout("c", 30), payout("0", 20)});
    QCOMPARE(after.size(), 4);
    QCOMPARE(after.at(0).key, QStringLiteral("c"));
    // Same minute: by key, as the database orders them.
    QCOMPARE(after.at(1).key, QStringLiteral("0"));
    QCOMPARE(after.at(2).key, QStringLiteral("b"));
    QCOMPARE(after.at(3).key, QStringLiteral("a"));
    QCOMPARE(after.at(3).maker, QStringLiteral("bo"));
}

QTEST_GUILESS_MAIN(TestTeamChanges)
#include "tst_team_changes.moc"
