#include "AppController.h"
#include "JournalModel.h"
#include "Preferences.h"
#include "TransactionsModel.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

/**
 * The demo as main() starts it, twice in one home: each start is fresh (the sandbox's data
 * once, not twice) and nothing it does reaches the real profile's store or settings.
 */
class TestDemoProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachStartIsFreshAndApart();

private:
    /// One demo run: its store's path, and how many transactions it showed.
    QPair<QString, int> runDemo();
};

void TestDemoProfile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TreasuryDeskDemoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("treasury-desk"));
    // The real profile, before any demo: where its store would be.
    QFile::remove(Preferences::load(QSettings()).storePath());
}

QPair<QString, int> TestDemoProfile::runDemo()
{
    // As main() does for --demo: a profile of its own.
    QCoreApplication::setApplicationName(QStringLiteral("treasury-desk-demo"));
    AppController app;
    if (!app.startDemo())
        return {};
    QSignalSpy done(&app, &AppController::refreshFinished);
    if (!app.start() || !done.wait(120000))
        return {};
    const QString store = app.storePath();
    const int rows = app.transactions()->rowCount();
    QCoreApplication::setApplicationName(QStringLiteral("treasury-desk"));
    return {store, rows};
}

void TestDemoProfile::eachStartIsFreshAndApart()
{
    const auto [firstStore, firstRows] = runDemo();
    QVERIFY(firstRows > 1000);
    // Gone with the app: the next demo cannot find it.
    QVERIFY(!QFileInfo::exists(firstStore));
    const auto [secondStore, secondRows] = runDemo();
    QCOMPARE(secondRows, firstRows); // the sandbox's data once, not twice
    QVERIFY(secondStore != firstStore);
    // Not in the real profile's data folder, and nothing written there.
    const QString realStore = Preferences::load(QSettings()).storePath();
    QVERIFY(!QFileInfo(firstStore).absolutePath().startsWith(QFileInfo(realStore).absolutePath()));
    QVERIFY(!QFileInfo::exists(realStore));
    QVERIFY(!QFileInfo::exists(QSettings().fileName()));
}

QTEST_MAIN(TestDemoProfile)
#include "tst_demo_profile.moc"
