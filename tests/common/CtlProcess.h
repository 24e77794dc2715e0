#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>

#include <memory>

/// How one treasuryctl run ended.
struct CtlRun
{
    int exit = -1; ///< -1: still running at the deadline, -2: crashed
    QByteArray out;
    QByteArray err;
};

/**
 * treasuryctl (the test's TREASURYCTL) in a home of its own: its settings and data under
 * `home`, so that tests can run several at once against the same files, as two copies of
 * the app would. The event loop keeps turning while it runs (servers of the test live in
 * this process).
 */
class CtlProcess
{
public:
    explicit CtlProcess(QString home) : m_home(std::move(home)) {}

    /// The settings file treasuryctl and the app read (XDG_CONFIG_HOME/TreasuryDesk).
    QString settingsPath() const
    {
        return m_home + QStringLiteral("/config/TreasuryDesk/treasury-desk.conf");
    }

    std::unique_ptr<QProcess> start(const QStringList &arguments,
                                    const QByteArray &stdinText = QByteArray()) const
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/data"));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(TREASURYCTL), arguments);
        if (!stdinText.isNull())
            p->write(stdinText);
        p->closeWriteChannel();
        return p;
    }

    static CtlRun finish(QProcess &p, int timeoutMs = 120000)
    {
        CtlRun r;
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, timeoutMs))
            return r;
        r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    CtlRun run(const QStringList &arguments, const QByteArray &stdinText = QByteArray()) const
    {
        const auto p = start(arguments, stdinText);
        return finish(*p);
    }

private:
    QString m_home;
};
