#include "AppController.h"
#include "BalancesModel.h"
#include "ConnectionForm.h"
#include "ConnectionManager.h"
#include "ConnectionsController.h"
#include "ConnectionsDialog.h"
#include "Keychain.h"
#include "MainWindow.h"
#include "ModalAnswers.h"
#include "ProviderRegistry.h"
#include "SandboxServer.h"
#include "Screenshot.h"
#include "TestSupport.h"
#include "TransactionTable.h"
#include "TransactionsModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUuid>

namespace {

// Everything the app logs, to scan for secrets.
QStringList &logged()
{
    static QStringList lines;
    return lines;
}

void keepLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    logged().append(message);
}

struct SandboxAccount
{
    QString emulator; // sandbox name
    QString provider;
    QString name; // as the user names the connection
};

const QList<SandboxAccount> Accounts = {
    {QStringLiteral("dashfi"), QStringLiteral("dashfi"), QStringLiteral("Acme dash.fi")},
    {QStringLiteral("dinari"), QStringLiteral("dinari"), QStringLiteral("Acme Dinari")},
    {QStringLiteral("dots"), QStringLiteral("dots"), QStringLiteral("Acme Dots")},
    {QStringLiteral("crypto"), QStringLiteral("crypto"), QStringLiteral("Acme crypto")},
    {QStringLiteral("dart"), QStringLiteral("dart"), QStringLiteral("Acme DART")},
};

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

QSet<QString> transactionProviders(const TransactionsModel *model)
{
    QSet<QString> providers;
    for (int r = 0; r < model->rowCount(); ++r)
        providers.insert(model->rows().provider(r));
    return providers;
}

} // namespace

/**
 * Connections as a user makes them: the real dialog against the sandbox, secrets in the
 * real Secret Service (the README's test command starts one), a restart that reads them
 * back, and a scan of everything the app wrote for the secrets.
 */
class TestConnections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    // Each test starts with no saved connection and an empty store, and leaves none behind
    // (nor their keychain entries).
    void init();
    void cleanup();
    void addEveryProviderTestSaveAndRestart();
    void renameKeepsHistoryAndRemoveDeletesSecret();
    void noSecretInAnythingWritten();
    void noKeychainSaysSoAndOffersSessionOnly();
    void cleanupTestCase();

private:
    void fillAndSave(ConnectionsDialog *dialog, const SandboxAccount &account, bool viaSession);
    /// Adds every sandbox account through the Connections dialog, as a user would.
    void addEveryAccount(AppController *app);
    std::unique_ptr<AppController> startApp();

    std::unique_ptr<SandboxServer> m_sandbox;
    QString m_storePath;
    QStringList m_secrets;
};

void TestConnections::initTestCase()
{
    // Own settings and keychain entries for this run.
    QCoreApplication::setOrganizationName(QStringLiteral("TreasuryDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("treasury-desk-test-") +
                                         QUuid::createUuid().toString(QUuid::Id128));
    QSettings().clear();
    qInstallMessageHandler(keepLog);
    SandboxServer::Options options;
    options.dashfiTransactions = 300;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->start());
    for (const SandboxAccount &a : Accounts) {
        // The part of each credential that is secret: the key, not the account id.
        const QString credential = m_sandbox->credential(a.emulator);
        const qsizetype colon = credential.indexOf(u':');
        m_secrets.append(colon > 0 && a.provider != QLatin1String("dashfi") &&
                                 a.provider != QLatin1String("dart")
                             ? credential.mid(colon + 1)
                             : credential);
    }
}

void TestConnections::init()
{
    QSettings().clear();
    m_storePath = TestSupport::makeTempDir() + QStringLiteral("/treasury.sqlite");
}

void TestConnections::cleanup()
{
    Dialogs::clearAnswers();
    // The keychain entries of what the test saved go with it.
    QSettings settings;
    Keychain keychain;
    ConnectionManager manager(&settings, &keychain);
    for (const Connection &c : manager.connections())
        TestSupport::waitFor(manager.remove(c.id));
    settings.clear();
}

void TestConnections::cleanupTestCase()
{
    qInstallMessageHandler(nullptr);
}

std::unique_ptr<AppController> TestConnections::startApp()
{
    auto app = std::make_unique<AppController>();
    app->setStorePath(m_storePath);
    app->start();
    app->window()->show();
    return app;
}

void TestConnections::fillAndSave(ConnectionsDialog *dialog, const SandboxAccount &account,
                                  bool viaSession)
{
    QTest::mouseClick(child<QPushButton>(dialog, "addConnection"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(dialog, "connectionName"), account.name);
    auto *provider = child<QComboBox>(dialog, "connectionProvider");
    provider->setCurrentIndex(provider->findData(account.provider));
    auto *environment = child<QComboBox>(dialog, "connectionEnvironment");
    environment->setCurrentIndex(environment->findData(int(Environment::Custom)));
    QTest::keyClicks(child<QLineEdit>(dialog, "connectionUrl"),
                     m_sandbox->baseUrl(account.emulator).toString());
    const QJsonObject settings = m_sandbox->settings(account.emulator);
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        QStringList values;
        for (const QJsonValue &v : it.value().toArray())
            values.append(v.toString());
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("setting_") + it.key());
        QVERIFY2(edit, qPrintable(it.key()));
        QTest::keyClicks(edit, it.value().isArray() ? values.join(QStringLiteral(", "))
                                                    : it.value().toString());
    }
    const QString credential = m_sandbox->credential(account.emulator);
    auto *second = child<QLineEdit>(dialog, "secret1");
    const qsizetype colon = second ? credential.indexOf(u':') : -1;
    QTest::keyClicks(child<QLineEdit>(dialog, "secret0"),
                     colon > 0 ? credential.left(colon) : credential);
    if (second)
        QTest::keyClicks(second, credential.mid(colon + 1));

    // A contract fee that could mean two amounts is named, never guessed at.
    if (auto *fee = dialog->findChild<QLineEdit *>(QStringLiteral("setting_fee.dinari.ach"))) {
        const QString typed = fee->text();
        fee->selectAll();
        QTest::keyClicks(fee, QStringLiteral("5,00 + 1 %"));
        auto *save = child<QPushButton>(dialog, "saveConnection");
        QVERIFY(!save->isEnabled());
        QVERIFY2(save->toolTip().contains(QLatin1String("fixed amount plus a percentage")),
                 qPrintable(save->toolTip()));
        fee->selectAll();
        QTest::keyClicks(fee, typed);
    }
    auto *status = child<QLabel>(dialog, "connectionStatus");
    auto *test = child<QPushButton>(dialog, "testConnection");
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Connection works")),
                              qPrintable(account.name + u':' + status->text()), 20000);

    auto *save = child<QPushButton>(dialog, "saveConnection");
    QVERIFY2(save->isEnabled(), qPrintable(save->toolTip()));
    QTest::mouseClick(save, Qt::LeftButton);
    if (viaSession) {
        auto *session = child<QPushButton>(dialog, "keepForSession");
        QTRY_VERIFY_WITH_TIMEOUT(session->isVisible(), 20000);
        QVERIFY2(status->text().contains(QLatin1String("No keychain is available")),
                 qPrintable(status->text()));
        QVERIFY(TestSupport::screenshot(dialog, QStringLiteral("connections-no-keychain")));
        QTest::mouseClick(session, Qt::LeftButton);
        QTRY_VERIFY(status->text().contains(QLatin1String("this session only")));
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Saved")), 20000);
    // Saved: the secret fields are empty again, never showing the secret back.
    QVERIFY(child<QLineEdit>(dialog, "secret0")->text().isEmpty());
}

void TestConnections::addEveryAccount(AppController *app)
{
    QVERIFY(QTest::qWaitForWindowExposed(app->window()));
    app->openConnections();
    ConnectionsDialog *dialog = app->connectionsUi()->dialog();
    QVERIFY(dialog);
    for (const SandboxAccount &a : Accounts) {
        fillAndSave(dialog, a, false);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(child<QListWidget>(dialog, "connectionList")->count(), Accounts.size());
    QVERIFY(TestSupport::screenshot(dialog, QStringLiteral("connections")));
    QTRY_COMPARE_WITH_TIMEOUT(app->providers()->providers().size(), Accounts.size(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(transactionProviders(app->transactions()).size() >= 4, 30000);
    // Closed, it deletes itself: gone before the caller opens the next one.
    const QPointer<ConnectionsDialog> closing(dialog);
    dialog->close();
    QTRY_VERIFY(!closing);
}

void TestConnections::addEveryProviderTestSaveAndRestart()
{
    {
        auto app = startApp();
        addEveryAccount(app.get());
        if (QTest::currentTestFailed())
            return;
    }
    // A restart: the saved connections come back with their secrets from the keychain.
    auto app = startApp();
    QTRY_COMPARE_WITH_TIMEOUT(app->providers()->providers().size(), Accounts.size(), 20000);
    QSet<QString> names;
    for (const Provider *p : app->providers()->providers())
        names.insert(p->connectionName());
    for (const SandboxAccount &a : Accounts)
        QVERIFY2(names.contains(a.name), qPrintable(a.name));
    // The contract's fees came back with the connection, as the sandbox's settings say.
    const Provider *dinari = app->providers()->provider(QStringLiteral("Acme Dinari"));
    QVERIFY(dinari);
    QCOMPARE(dinari->settings(), m_sandbox->settings(QStringLiteral("dinari")));
    QTRY_VERIFY_WITH_TIMEOUT(app->balances()->rowCount() > 5, 30000);
    QSet<QString> balanceProviders;
    for (const Balance &b : app->balances()->balances())
        balanceProviders.insert(b.provider);
    QVERIFY2(balanceProviders.contains(QStringLiteral("dinari")) &&
                 balanceProviders.contains(QStringLiteral("crypto")),
             qPrintable(QStringList(balanceProviders.values()).join(u',')));
}

void TestConnections::renameKeepsHistoryAndRemoveDeletesSecret()
{
    auto app = startApp();
    addEveryAccount(app.get());
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(app->providers()->providers().size(), Accounts.size(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        transactionProviders(app->transactions()).contains(QStringLiteral("dashfi")), 30000);
    ConnectionManager *manager = app->connections();
    Connection dashfi = *manager->byName(QStringLiteral("Acme dash.fi"));
    auto countOf = [&app](const QString &connection) {
        int n = 0;
        const TransactionTable &rows = app->transactions()->rows();
        for (int r = 0; r < rows.size(); ++r)
            n += rows.connection(r) == connection;
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(countOf(dashfi.name) > 100, 30000);
    const int before = countOf(dashfi.name);

    app->openConnections();
    ConnectionsDialog *dialog = app->connectionsUi()->dialog();
    auto *list = child<QListWidget>(dialog, "connectionList");
    list->setCurrentRow(0);
    auto *name = child<QLineEdit>(dialog, "connectionName");
    QCOMPARE(name->text(), dashfi.name);
    name->setText(QStringLiteral("Acme Cards"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveConnection"), Qt::LeftButton);
    auto *status = child<QLabel>(dialog, "connectionStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Saved")), 20000);
    // History follows the new name: no rows left under the old one, none lost.
    QTRY_COMPARE_WITH_TIMEOUT(countOf(QStringLiteral("Acme Cards")), before, 30000);
    QCOMPARE(countOf(dashfi.name), 0);
    // Renaming keeps the secret: the renamed connection still reaches dash.fi.
    QTRY_VERIFY_WITH_TIMEOUT(app->providers()->providers().size() == Accounts.size(), 20000);

    // Remove: confirm in the message box, then the keychain entry is gone.
    list->setCurrentRow(0);
    QString asked;
    TestSupport::answerNextBox(QMessageBox::DestructiveRole, &asked);
    QTest::mouseClick(child<QPushButton>(dialog, "removeConnection"), Qt::LeftButton);
    QVERIFY2(asked.contains(QLatin1String("Acme Cards")), qPrintable(asked));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Removed")), 20000);
    QVERIFY(!manager->byId(dashfi.id));
    QTRY_COMPARE_WITH_TIMEOUT(countOf(QStringLiteral("Acme Cards")), 0, 30000);
    Keychain other;
    const QFuture<KeychainReply> read = other.read(dashfi.id);
    QVERIFY(TestSupport::waitFor(read));
    QCOMPARE(read.result().status, KeychainReply::Status::NotFound);
    dialog->close();
}

void TestConnections::noSecretInAnythingWritten()
{
    {
        // What the app writes while connections are added, synced and restarted.
        auto app = startApp();
        addEveryAccount(app.get());
        if (QTest::currentTestFailed())
            return;
    }
    auto restarted = startApp();
    QTRY_COMPARE_WITH_TIMEOUT(restarted->providers()->providers().size(), Accounts.size(), 20000);
    QSignalSpy done(restarted.get(), &AppController::refreshFinished);
    QVERIFY(done.wait(30000));
    restarted.reset();
    QVERIFY(!m_secrets.isEmpty());
    for (const QString &s : std::as_const(m_secrets))
        QVERIFY(s.size() >= 20); // distinctive enough to find
    // Every file under the places the app writes: settings, data, cache, the store.
    QStringList roots = {QFileInfo(QSettings().fileName()).absolutePath(),
                         QFileInfo(m_storePath).absolutePath()};
    for (const auto location : {QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation,
                                QStandardPaths::AppConfigLocation})
        roots.append(QStandardPaths::writableLocation(location));
    int files = 0;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray bytes = f.readAll();
            for (const QString &s : std::as_const(m_secrets))
                QVERIFY2(!bytes.contains(s.toUtf8()), qPrintable(f.fileName()));
        }
    }
    QVERIFY(files >= 2); // at least the settings and the store
    QVERIFY(QFile(QSettings().fileName()).size() > 0);
    const QString log = logged().join(u'\n');
    for (const QString &s : std::as_const(m_secrets))
        QVERIFY(!log.contains(s));
}

void TestConnections::noKeychainSaysSoAndOffersSessionOnly()
{
    if (!qEnvironmentVariableIsSet("TD_CHILD_NO_KEYCHAIN")) {
        // No D-Bus session at all, as on a server or in a bare container: in a child.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("TD_CHILD_NO_KEYCHAIN"), QStringLiteral("1"));
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("noKeychainSaysSoAndOffersSessionOnly")});
        QVERIFY(child.waitForFinished(120000));
        QVERIFY2(child.exitCode() == 0, child.readAll().constData());
        return;
    }
    QSettings().clear();
    auto app = startApp();
    app->openConnections();
    ConnectionsDialog *dialog = app->connectionsUi()->dialog();
    fillAndSave(dialog, Accounts.at(1), true);
    if (QTest::currentTestFailed())
        return;
    // It works for this session, from memory.
    QTRY_COMPARE_WITH_TIMEOUT(app->providers()->providers().size(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(app->balances()->rowCount() > 0, 20000);
    // Nothing else holds the secret: the settings file has the connection, not its key.
    QSettings().sync();
    QFile settings(QSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray text = settings.readAll();
    QVERIFY(text.contains("Acme Dinari"));
    QVERIFY(!text.contains(m_secrets.at(1).toUtf8()));
    dialog->close();
    // After a restart the secret is asked for again, in words.
    auto again = startApp();
    QTest::qWait(500);
    QCOMPARE(again->providers()->providers().size(), 0);
}

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
