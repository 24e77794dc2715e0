#include "AppController.h"
#include "ConnectionForm.h"
#include "ConnectionsController.h"
#include "ConnectionsDialog.h"
#include "JournalModel.h"
#include "Language.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "Screenshot.h"
#include "TransactionsModel.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
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
    void theDemosConnectionsAreShownToLookAt();

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

void TestDemoProfile::theDemosConnectionsAreShownToLookAt()
{
    QCoreApplication::setApplicationName(QStringLiteral("treasury-desk-demo"));
    for (const QString language : {"en", "de", "es"}) {
        QCOMPARE(Language::apply(qApp, language), language);
        AppController app;
        QVERIFY(app.startDemo());
        ConnectionsDialog *dialog = app.connectionsUi()->open(app.window());
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("connectionList"));
        // Every connection the demo opened, by the names the other pages use.
        QCOMPARE(list->count(), 6);
        QCOMPARE(list->currentRow(), 0);
        // To look at: nothing to add, save, test or remove, and it says why.
        for (const char *name : {"addConnection", "removeConnection", "testConnection",
                                 "saveConnection", "keepForSession"})
            QVERIFY2(dialog->findChild<QPushButton *>(QLatin1String(name))->isHidden(), name);
        QVERIFY(!dialog->form()->isEnabled());
        // No secret fields that would claim a keychain entry the demo does not have.
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("secret0")));
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("connectionStatus"));
        const QString why = status->text();
        QVERIFY(!why.isEmpty());
        list->setCurrentRow(3);
        QCOMPARE(status->text(), why);
        if (language == QLatin1String("en"))
            QVERIFY(why.contains(QLatin1String("not saved")));
        QVERIFY(TestSupport::screenshot(dialog, QStringLiteral("connections-demo-") + language));
        dialog->close();
    }
    Language::apply(qApp, QStringLiteral("en"));
    QCoreApplication::setApplicationName(QStringLiteral("treasury-desk"));
}

QTEST_MAIN(TestDemoProfile)
#include "tst_demo_profile.moc"
