#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// treasury-desk as a user starts it from a terminal: text answers need no display, the
/// demo without one leaves a picture of each page, and the terminal stays quiet.
class TestAppCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelpNeedNoDisplay();
    void demoWithoutADisplayLeavesAPictureOfEachPage();

private:
    struct Run
    {
        int exit = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 120000);
    QTemporaryDir m_home;
};

TestAppCommandLine::Run TestAppCommandLine::run(const QStringList &args,
                                                const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TREASURY_DESK), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestAppCommandLine::versionAndHelpNeedNoDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("HOME"), m_home.path());
    Run r = run({QStringLiteral("--version")}, env, 30000);
    QVERIFY2(r.exit == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), QByteArray("treasury-desk " TD_VERSION));
    r = run({QStringLiteral("--help")}, env, 30000);
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY(r.out.contains("--demo") && r.out.contains("--screenshots"));
    QVERIFY2(!r.err.contains("qt.qpa"), r.err.constData());
}

void TestAppCommandLine::demoWithoutADisplayLeavesAPictureOfEachPage()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("TREASURY_DESK_VERBOSE"));
    QTemporaryDir shots;
    const Run r =
        run({QStringLiteral("--demo"), QStringLiteral("--screenshots"), shots.path()}, env);
    QVERIFY2(r.exit == 0, r.err.constData());
    const QStringList paths = QString::fromLocal8Bit(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(paths.size(), 6); // one per page, Approvals included
    for (const QString &path : paths) {
        QVERIFY2(QFileInfo(path).size() > 10000, qPrintable(path));
        QCOMPARE(QFileInfo(path).absolutePath(), QDir(shots.path()).absolutePath());
    }
    // Requests go to the Log window, not the terminal; and no noise of our own making.
    QVERIFY2(!r.err.contains("treasury.http"), r.err.left(400).constData());
    QVERIFY2(!r.err.contains("QFSFileEngine"), r.err.constData());
    QVERIFY2(!r.err.contains("lock file"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestAppCommandLine)
#include "tst_app_command_line.moc"
