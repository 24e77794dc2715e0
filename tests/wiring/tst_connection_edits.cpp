#include "ConnectionManager.h"
#include "ConnectionSettings.h"
#include "CtlProcess.h"
#include "Keychain.h"
#include "ProviderFactory.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

/**
 * Two copies editing the saved connections at once (treasuryctl beside treasuryctl, the
 * GUI's manager beside treasuryctl), against the real settings file and Secret Service:
 * every edit lands, and a secret whose save never finished does not stay behind.
 */
class TestConnectionEdits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ProviderFactory::installKinds(); }
    void init();
    void twoAddsAtOnceBothLand();
    void aStaleCopysEditKeepsWhatTheOtherAdded();
    void secretOfAnUnfinishedSaveIsRemoved();

private:
    QStringList add(const QString &name) const
    {
        return {QStringLiteral("connections"), QStringLiteral("add"),
                QStringLiteral("--name"),      name,
                QStringLiteral("--provider"),  QStringLiteral("dashfi"),
                QStringLiteral("--base-url"),  QStringLiteral("http://127.0.0.1:9/api-v1")};
    }
    QStringList names() const;

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<CtlProcess> m_ctl;
};

void TestConnectionEdits::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_ctl = std::make_unique<CtlProcess>(m_home->path());
}

QStringList TestConnectionEdits::names() const
{
    const CtlRun r = m_ctl->run(
        {QStringLiteral("connections"), QStringLiteral("list"), QStringLiteral("--json")});
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        out << v[QStringLiteral("name")].toString();
    out.sort();
    return out;
}

void TestConnectionEdits::twoAddsAtOnceBothLand()
{
    // Each reads the list, waits for the keychain, then writes: without a lock around the
    // whole edit, the second write would drop the first one's connection.
    for (int round = 0; round < 3; ++round) {
        const QString a = QStringLiteral("A%1").arg(round);
        const QString b = QStringLiteral("B%1").arg(round);
        auto first = m_ctl->start(add(a), "secret-a\n");
        auto second = m_ctl->start(add(b), "secret-b\n");
        const CtlRun one = CtlProcess::finish(*first);
        const CtlRun two = CtlProcess::finish(*second);
        QVERIFY2(one.exit == 0, one.err.constData());
        QVERIFY2(two.exit == 0, two.err.constData());
    }
    QCOMPARE(names(),
             (QStringList{QStringLiteral("A0"), QStringLiteral("A1"), QStringLiteral("A2"),
                          QStringLiteral("B0"), QStringLiteral("B1"), QStringLiteral("B2")}));
}

void TestConnectionEdits::aStaleCopysEditKeepsWhatTheOtherAdded()
{
    QVERIFY(m_ctl->run(add(QStringLiteral("Main")), "secret\n").exit == 0);
    // "The GUI": its manager read the list when it started.
    QSettings settings(m_ctl->settingsPath(), QSettings::IniFormat);
    Keychain keychain(QStringLiteral("treasury-desk"));
    ConnectionManager gui(&settings, &keychain);
    QCOMPARE(gui.connections().size(), 1);
    // treasuryctl adds one meanwhile.
    QVERIFY(m_ctl->run(add(QStringLiteral("Added by a script")), "secret\n").exit == 0);
    // The GUI renames its own: the script's connection stays, and the GUI learns of it.
    QList<Connection> added;
    connect(&gui, &ConnectionManager::changed, this,
            [&added](const Connection &previous, const Connection &now) {
                if (previous.id.isEmpty())
                    added << now;
            });
    Connection main = gui.connections().first();
    main.name = QStringLiteral("Main renamed");
    auto saved = gui.save(main, std::nullopt);
    QVERIFY(TestSupport::waitFor(saved));
    QVERIFY2(saved.result().ok(), qPrintable(saved.result().message));
    QCOMPARE(names(),
             (QStringList{QStringLiteral("Added by a script"), QStringLiteral("Main renamed")}));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().name, QStringLiteral("Added by a script"));
    // One more from the script; a reload (the GUI's refresh) brings it in.
    QVERIFY(m_ctl->run(add(QStringLiteral("Second script")), "secret\n").exit == 0);
    gui.reload();
    QCOMPARE(added.size(), 2);
    QCOMPARE(added.last().name, QStringLiteral("Second script"));
    // A removal in the GUI keeps the rest too.
    auto removed = gui.remove(main.id);
    QVERIFY(TestSupport::waitFor(removed));
    QVERIFY(removed.result().ok());
    QCOMPARE(names(),
             (QStringList{QStringLiteral("Added by a script"), QStringLiteral("Second script")}));
}

void TestConnectionEdits::secretOfAnUnfinishedSaveIsRemoved()
{
    QSettings settings(m_ctl->settingsPath(), QSettings::IniFormat);
    Keychain keychain(QStringLiteral("treasury-desk"));
    // A save that wrote its secret and then died before the settings had the connection:
    // what ConnectionManager::save leaves when the process ends in between.
    const QString orphan = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto written = keychain.write(orphan, QStringLiteral("left behind"));
    QVERIFY(TestSupport::waitFor(written));
    QVERIFY2(written.result().ok(), qPrintable(written.result().message));
    const qint64 anHourAgo = QDateTime::currentSecsSinceEpoch() - 3600;
    const qint64 justNow = QDateTime::currentSecsSinceEpoch();
    const QString underWay = QUuid::createUuid().toString(QUuid::WithoutBraces);
    settings.setValue(QStringLiteral("keychain/pending"),
                      QVariantMap{{orphan, anHourAgo}, {underWay, justNow}});
    settings.sync();
    ConnectionManager manager(&settings, &keychain);
    auto cleaned = manager.removeOrphanedSecrets();
    QVERIFY(TestSupport::waitFor(cleaned));
    QCOMPARE(cleaned.result(), 1);
    auto read = keychain.read(orphan);
    QVERIFY(TestSupport::waitFor(read));
    QCOMPARE(read.result().status, KeychainReply::Status::NotFound);
    // Another copy's save may still be under way: its entry is left for later.
    settings.sync();
    QCOMPARE(settings.value(QStringLiteral("keychain/pending")).toMap().keys(),
             QStringList{underWay});
    // A finished save leaves nothing pending.
    QVERIFY(m_ctl->run(add(QStringLiteral("Clean")), "secret\n").exit == 0);
    settings.sync();
    QCOMPARE(settings.value(QStringLiteral("keychain/pending")).toMap().keys(),
             QStringList{underWay});
}

QTEST_GUILESS_MAIN(TestConnectionEdits)
#include "tst_connection_edits.moc"
