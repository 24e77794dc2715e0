#pragma once

#include "DinariEmulator.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

/// How one treasuryctl run ended.
struct Run
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
};

/**
 * treasuryctl (TREASURYCTL) against the sandbox in this process, each test in a home of
 * its own; the secrets in TD_SECRET_<PROVIDER>. The test classes inherit it beside QObject.
 */
class CtlSandboxFixture
{
protected:
    Run raw(const QStringList &arguments, const QByteArray &stdinText = {});
    /// With --provider, --base-url and --credential-env for one of the sandbox's providers.
    Run ctl(const QString &emulator, const QStringList &arguments);
    QString storePath() const;
    /// A saved Dinari connection (its secret in the keychain); its id.
    QString saveDinari();

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;
    QNetworkAccessManager m_nam;
};

// A Dinari ACH payout through treasuryctl.
inline const QStringList AchFields = {
    QStringLiteral("--field"), QStringLiteral("RECIPIENT_FULL_NAME=Sage Smith"),
    QStringLiteral("--field"), QStringLiteral("RECIPIENT_BANK_ACCOUNT=1234567890"),
    QStringLiteral("--field"), QStringLiteral("RECIPIENT_BANK_ROUTING=021000021")};
inline QStringList send(const char *amount)
{
    return {QStringLiteral("payouts"),    QStringLiteral("send"),     QStringLiteral("--method"),
            QStringLiteral("dinari.ach"), QStringLiteral("--amount"), QLatin1String(amount),
            QStringLiteral("--currency"), QStringLiteral("USD"),      QStringLiteral("--json")};
}

inline QString CtlSandboxFixture::storePath() const
{
    return m_home->filePath(QStringLiteral("data/TreasuryDesk/treasury-desk/treasury.sqlite"));
}

inline Run CtlSandboxFixture::raw(const QStringList &arguments, const QByteArray &stdinText)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    for (const QString &emulator : {QStringLiteral("dashfi"), QStringLiteral("crypto"),
                                    QStringLiteral("dinari"), QStringLiteral("dots")})
        env.insert(QStringLiteral("TD_SECRET_") + emulator.toUpper(),
                   m_sandbox->credential(emulator));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TREASURYCTL), arguments);
    if (!stdinText.isNull())
        p.write(stdinText);
    p.closeWriteChannel();
    Run r;
    // The sandbox lives in this process: keep its event loop turning while the child runs.
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 120000))
        return r;
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline Run CtlSandboxFixture::ctl(const QString &emulator, const QStringList &arguments)
{
    return raw(QStringList{QStringLiteral("--provider"), emulator, QStringLiteral("--base-url"),
                           m_sandbox->baseUrl(emulator).toString(),
                           QStringLiteral("--credential-env"),
                           QStringLiteral("TD_SECRET_") + emulator.toUpper()} +
               arguments);
}

inline QString CtlSandboxFixture::saveDinari()
{
    const QString name = QStringLiteral("Dinari ") + QUuid::createUuid().toString(QUuid::Id128);
    Run r =
        raw({QStringLiteral("connections"), QStringLiteral("add"), QStringLiteral("--name"), name,
             QStringLiteral("--provider"), QStringLiteral("dinari"), QStringLiteral("--base-url"),
             m_sandbox->baseUrl(QStringLiteral("dinari")).toString()},
            m_sandbox->credential(QStringLiteral("dinari")).toUtf8() + '\n');
    if (r.exit != 0)
        return QString();
    r = raw({QStringLiteral("connections"), QStringLiteral("list"), QStringLiteral("--json")});
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
        if (v[QStringLiteral("name")].toString() == name)
            return v[QStringLiteral("id")].toString();
    }
    return QString();
}
