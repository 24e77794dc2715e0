#pragma once

#include "FaultInjector.h"
#include "SandboxClock.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

class LoopbackHttpServer;
class SandboxEmulator;
class DashfiEmulator;
class DinariEmulator;
class DotsEmulator;
class CryptoEmulator;
class DartEmulator;
struct ServerRequest;
class ResponseChannel;

/**
 * All provider emulators on one loopback port, each under its own prefix
 * (/dashfi/api-v1, /dinari, /dots/api/v2, /crypto, /dart/api), with fault injection in
 * front of them. The demo mode's backend and the server of every provider test.
 */
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    struct Options
    {
        quint32 seed = 42;
        int dashfiTransactions = 50000;
    };

    explicit SandboxServer(const Options &options, QObject *parent = nullptr);
    explicit SandboxServer(QObject *parent = nullptr) : SandboxServer(Options(), parent) {}
    ~SandboxServer() override;

    /// Listens on 127.0.0.1 (port 0: any free port). False if the port is taken.
    bool start(quint16 port = 0);
    quint16 port() const;
    /// The API root of an emulator ("dashfi", "dashfi-postpaid", "dinari", ...), as its
    /// document gives it, on this server.
    QUrl baseUrl(const QString &name) const;
    QString credential(const QString &name) const;
    QJsonObject settings(const QString &name) const;
    /// {"port":N,"connections":[{"provider","name","base_url","credential","settings"},...]}
    QJsonObject startInfo() const;

    FaultInjector &faults() { return m_faults; }
    /// Moves sandbox time on: withdrawals progress, pending charges settle.
    void advance(qint64 seconds) { m_clock.advance(seconds); }
    DashfiEmulator &dashfi() { return *m_dashfi; }
    DashfiEmulator &dashfiPostpaid() { return *m_dashfiPostpaid; }
    DinariEmulator &dinari() { return *m_dinari; }
    DotsEmulator &dots() { return *m_dots; }
    CryptoEmulator &crypto() { return *m_crypto; }
    DartEmulator &dart() { return *m_dart; }
    /// Requests that reached a provider (after faults that answer before processing).
    int processedCount(const QString &provider, const QString &pathPrefix = QString(),
                       const QByteArray &method = QByteArray()) const;

private:
    struct Logged
    {
        QString provider;
        QByteArray method;
        QString path;
    };
    void dispatch(const ServerRequest &request, const ResponseChannel &channel);
    void control(const ServerRequest &request, const ResponseChannel &channel);
    SandboxEmulator *emulatorFor(const QString &path, QString *rest) const;
    const SandboxEmulator *byName(const QString &name) const;
    template<typename T> T *add(std::unique_ptr<T> emulator);

    LoopbackHttpServer *m_server;
    FaultInjector m_faults;
    std::vector<std::unique_ptr<SandboxEmulator>> m_emulators;
    SandboxClock m_clock;
    DashfiEmulator *m_dashfi = nullptr;
    DashfiEmulator *m_dashfiPostpaid = nullptr;
    DinariEmulator *m_dinari = nullptr;
    DotsEmulator *m_dots = nullptr;
    CryptoEmulator *m_crypto = nullptr;
    DartEmulator *m_dart = nullptr;
    QList<Logged> m_log;
};
