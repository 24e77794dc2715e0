#include "Connection.h"
#include "Keychain.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>

namespace {

// Each run its own service name, so runs never see each other's entries.
QString testService()
{
    static const QString service =
        QStringLiteral("treasury-desk-test-") + QUuid::createUuid().toString(QUuid::Id128);
    return service;
}

KeychainReply await(const QFuture<KeychainReply> &future)
{
    if (!TestSupport::waitFor(future, 30000))
        return KeychainReply{KeychainReply::Status::Failed, {}, false, QStringLiteral("no answer")};
    return future.result();
}

const char *statusName(KeychainReply::Status s)
{
    switch (s) {
    case KeychainReply::Status::Ok:
        return "ok";
    case KeychainReply::Status::NotFound:
        return "not-found";
    case KeychainReply::Status::Unavailable:
        return "unavailable";
    case KeychainReply::Status::Denied:
        return "denied";
    case KeychainReply::Status::TimedOut:
        return "timed-out";
    case KeychainReply::Status::Failed:
        break;
    }
    return "failed";
}

// Child mode: one write with whatever D-Bus the environment gives, its outcome on stdout.
int childWrite(int timeoutMs)
{
    Keychain keychain(testService());
    keychain.setTimeout(timeoutMs);
    QElapsedTimer timer;
    timer.start();
    const KeychainReply reply =
        await(keychain.write(QStringLiteral("child"), QStringLiteral("s3cr3t-child")));
    std::printf("%s %lld\n%s\n", statusName(reply.status), timer.elapsed(),
                qPrintable(reply.message));
    std::fflush(stdout);
    // A job the watchdog gave up on may still be inside the backend: leave without
    // unwinding through it.
    std::_Exit(0);
}

struct ChildResult
{
    QString status;
    qint64 ms = -1;
    QString message;
};

ChildResult runChild(const QProcessEnvironment &env, int timeoutMs)
{
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--child-write"), QString::number(timeoutMs)});
    ChildResult r;
    if (!child.waitForFinished(60000))
        return r;
    const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n');
    const QStringList head = lines.value(0).split(u' ');
    r.status = head.value(0);
    r.ms = head.value(1).toLongLong();
    r.message = lines.value(1);
    return r;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void storeReadReplaceDelete();
    void missingEntryIsNotAnError();
    void sessionOnlySecretStaysInMemory();
    void noSessionBusSaysSoInWords();
    void silentKeychainTimesOutWithoutBlocking();
};

void TestKeychain::storeReadReplaceDelete()
{
    Keychain keychain(testService());
    const QString id = Connection::newId();
    QVERIFY2(await(keychain.write(id, QStringLiteral("first:s3cret"))).ok(),
             "is the test running inside the README's D-Bus session with gnome-keyring?");
    KeychainReply read = await(keychain.read(id));
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.secret, QStringLiteral("first:s3cret"));
    QVERIFY(!read.sessionOnly);

    QVERIFY(await(keychain.write(id, QStringLiteral("second:n3w"))).ok());
    read = await(keychain.read(id));
    QCOMPARE(read.secret, QStringLiteral("second:n3w"));

    // Another instance (a restarted app) finds it under the same key.
    Keychain again(testService());
    QCOMPARE(await(again.read(id)).secret, QStringLiteral("second:n3w"));

    QVERIFY(await(keychain.remove(id)).ok());
    QCOMPARE(await(keychain.read(id)).status, KeychainReply::Status::NotFound);
    // Removing what is gone is fine: the wanted state holds.
    QVERIFY(await(keychain.remove(id)).ok());
    QCOMPARE(keychain.running(), 0);
}

void TestKeychain::missingEntryIsNotAnError()
{
    Keychain keychain(testService());
    const KeychainReply read = await(keychain.read(Connection::newId()));
    QCOMPARE(read.status, KeychainReply::Status::NotFound);
    QVERIFY(read.secret.isEmpty());
}

void TestKeychain::sessionOnlySecretStaysInMemory()
{
    Keychain keychain(testService());
    const QString id = Connection::newId();
    keychain.keepForSession(id, QStringLiteral("memory-only"));
    const KeychainReply read = await(keychain.read(id));
    QVERIFY(read.ok());
    QVERIFY(read.sessionOnly);
    QCOMPARE(read.secret, QStringLiteral("memory-only"));
    // Nothing reached the keychain itself.
    Keychain other(testService());
    QCOMPARE(await(other.read(id)).status, KeychainReply::Status::NotFound);
    QVERIFY(await(keychain.remove(id)).ok());
    QVERIFY(!keychain.hasSessionSecret(id));
}

void TestKeychain::noSessionBusSaysSoInWords()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const ChildResult r = runChild(env, 10000);
    QCOMPARE(r.status, QStringLiteral("unavailable"));
    QVERIFY2(r.message.contains(QStringLiteral("never in a file")), qPrintable(r.message));
}

void TestKeychain::silentKeychainTimesOutWithoutBlocking()
{
    // A "session bus" that accepts connections and never says a word, like a keyring
    // stuck behind a prompt.
    QTemporaryDir dir;
    QLocalServer silent;
    const QString path = dir.filePath(QStringLiteral("bus"));
    QVERIFY(silent.listen(path));
    QList<QLocalSocket *> held;
    connect(&silent, &QLocalServer::newConnection, this, [&] {
        while (QLocalSocket *s = silent.nextPendingConnection())
            held.append(s);
    });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + path);
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--child-write"), QStringLiteral("1500")});
    QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, 30000);
    const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n');
    const QStringList head = lines.value(0).split(u' ');
    QCOMPARE(head.value(0), QStringLiteral("timed-out"));
    // The watchdog fired on time, so the caller's event loop kept running meanwhile.
    QVERIFY2(head.value(1).toLongLong() < 5000, qPrintable(lines.value(0)));
    QVERIFY(lines.value(1).contains(QStringLiteral("unlock")));
}

int main(int argc, char *argv[])
{
    if (argc > 2 && qstrcmp(argv[1], "--child-write") == 0) {
        QCoreApplication app(argc, argv);
        return childWrite(QString::fromLatin1(argv[2]).toInt());
    }
    QCoreApplication app(argc, argv);
    TestKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
