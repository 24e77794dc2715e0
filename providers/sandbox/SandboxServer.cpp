#include "SandboxServer.h"

#include "CryptoEmulator.h"
#include "DartEmulator.h"
#include "DashfiEmulator.h"
#include "DinariEmulator.h"
#include "DotsEmulator.h"
#include "LoopbackHttpServer.h"
#include "SandboxData.h"

#include <QJsonArray>
#include <QTimer>

namespace {

const QByteArray htmlPage = "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>"
                            "<body><center><h1>502 Bad Gateway</h1></center><hr>"
                            "<center>nginx</center></body></html>\n";

} // namespace

SandboxServer::SandboxServer(const Options &options, QObject *parent)
    : QObject(parent), m_server(new LoopbackHttpServer(this))
{
    SandboxData data(options.seed);
    m_dashfi = add(std::make_unique<DashfiEmulator>(
        data, QStringLiteral("dfk_live_") + data.hex(32), options.dashfiTransactions, false));
    // A second dash.fi company on a postpaid plan: no balance, fewer cards.
    m_dashfiPostpaid = add(std::make_unique<DashfiEmulator>(
        data, QStringLiteral("dfk_live_") + data.hex(32), options.dashfiTransactions / 10, true,
        QStringLiteral("dashfi-postpaid")));
    m_dinari = add(std::make_unique<DinariEmulator>(data, data.hex(32), data.hex(32)));
    m_dots = add(std::make_unique<DotsEmulator>(data, QStringLiteral("pk_dev_") + data.hex(24),
                                                QStringLiteral("sk_dev_") + data.hex(24),
                                                QStringLiteral("app_") + data.hex(12)));
    m_crypto = add(std::make_unique<CryptoEmulator>(data, data.hex(20), data.hex(40)));
    m_dart = add(std::make_unique<DartEmulator>(data, QStringLiteral("2|") + data.hex(40)));
    m_server->setHandler(
        [this](const ServerRequest &r, const ResponseChannel &c) { dispatch(r, c); });
}

SandboxServer::~SandboxServer() = default;

template<typename T> T *SandboxServer::add(std::unique_ptr<T> emulator)
{
    T *raw = emulator.get();
    raw->setClock(&m_clock);
    m_emulators.push_back(std::move(emulator));
    return raw;
}

const SandboxEmulator *SandboxServer::byName(const QString &name) const
{
    for (const auto &e : m_emulators) {
        if (e->name() == name)
            return e.get();
    }
    return nullptr;
}

bool SandboxServer::start(quint16 port)
{
    if (m_server->start(port) == 0)
        return false;
    for (auto &e : m_emulators)
        e->setBaseUrl(m_server->url());
    return true;
}

quint16 SandboxServer::port() const
{
    return m_server->port();
}

QUrl SandboxServer::baseUrl(const QString &name) const
{
    const SandboxEmulator *e = byName(name);
    return e ? m_server->url(e->prefix()) : QUrl();
}

QString SandboxServer::credential(const QString &name) const
{
    const SandboxEmulator *e = byName(name);
    return e ? e->credential() : QString();
}

QJsonObject SandboxServer::settings(const QString &name) const
{
    const SandboxEmulator *e = byName(name);
    return e ? e->settings() : QJsonObject();
}

QJsonObject SandboxServer::startInfo() const
{
    QJsonArray connections;
    for (const auto &e : m_emulators)
        connections.append(QJsonObject{{QStringLiteral("provider"), e->provider()},
                                       {QStringLiteral("name"), e->name()},
                                       {QStringLiteral("base_url"), baseUrl(e->name()).toString()},
                                       {QStringLiteral("credential"), e->credential()},
                                       {QStringLiteral("settings"), e->settings()}});
    return QJsonObject{{QStringLiteral("port"), int(port())},
                       {QStringLiteral("connections"), connections}};
}

int SandboxServer::processedCount(const QString &provider, const QString &pathPrefix,
                                  const QByteArray &method) const
{
    int n = 0;
    for (const auto &l : m_log) {
        if (l.provider == provider && l.path.startsWith(pathPrefix) &&
            (method.isEmpty() || l.method == method))
            ++n;
    }
    return n;
}

SandboxEmulator *SandboxServer::emulatorFor(const QString &path, QString *rest) const
{
    for (const auto &e : m_emulators) {
        const QString prefix = e->prefix();
        if (path == prefix || path.startsWith(prefix + u'/')) {
            *rest = path.mid(prefix.size());
            return e.get();
        }
    }
    return nullptr;
}

void SandboxServer::dispatch(const ServerRequest &request, const ResponseChannel &channel)
{
    if (request.path.startsWith(QLatin1String("/_sandbox/"))) {
        control(request, channel);
        return;
    }
    QString rest;
    SandboxEmulator *emulator = emulatorFor(request.path, &rest);
    if (!emulator) {
        channel.send(ServerResponse::json(
            QJsonObject{{QStringLiteral("message"), QStringLiteral("Not Found")}}, 404));
        return;
    }
    FaultRule fault;
    const bool faulty = m_faults.take(emulator->name(), rest, request.method, &fault);
    using K = FaultRule::Kind;
    auto process = [&] {
        m_log.append({emulator->name(), request.method, rest});
        return emulator->handle(request, rest);
    };
    if (!faulty) {
        channel.send(process());
        return;
    }
    switch (fault.kind) {
    case K::Latency: {
        const ServerResponse response = process();
        QTimer::singleShot(fault.latencyMs, this, [channel, response] { channel.send(response); });
        return;
    }
    case K::Status:
        channel.send(ServerResponse::json(
            QJsonObject{{QStringLiteral("message"), QStringLiteral("Server Error")}},
            fault.status));
        return;
    case K::RateLimit:
        channel.send(
            ServerResponse::json(
                QJsonObject{{QStringLiteral("message"), QStringLiteral("Too Many Attempts.")}}, 429)
                .withHeader("Retry-After", QByteArray::number(qMax(1, fault.latencyMs / 1000))));
        return;
    case K::Timeout:
        return; // the channel is simply never answered
    case K::TimeoutAfter:
        process();
        return;
    case K::MalformedJson: {
        const ServerResponse response = process();
        channel.send(
            ServerResponse::raw(200, "application/json",
                                response.body.left(qMax<qsizetype>(1, response.body.size() / 2))));
        return;
    }
    case K::HtmlPage:
        channel.send(ServerResponse::raw(fault.status, "text/html", htmlPage));
        return;
    case K::CutMidBody: {
        const ServerResponse response = process();
        channel.sendTruncated(response, int(response.body.size() / 2));
        return;
    }
    case K::DropAfterProcess:
        process();
        channel.close();
        return;
    case K::SlowCommit:
        // Nothing is in the provider's records until it commits, long after the client
        // gave up waiting.
        QTimer::singleShot(fault.latencyMs, this, [this, channel, emulator, request, rest] {
            m_log.append({emulator->name(), request.method, rest});
            channel.send(emulator->handle(request, rest));
        });
        return;
    case K::SeeOtherAfter:
        process();
        channel.send(ServerResponse::raw(303, "text/plain", "See Other")
                         .withHeader("Location", request.path.toUtf8() + "/result"));
        return;
    case K::Trickle:
        channel.sendTrickled(process(), qMax(1, fault.latencyMs));
        return;
    case K::ClockSkew: {
        emulator->setSkew(qint64(fault.minutes) * 60);
        const ServerResponse response = process();
        emulator->setSkew(0);
        if (!fault.lost)
            channel.send(response);
        return;
    }
    }
}

void SandboxServer::control(const ServerRequest &request, const ResponseChannel &channel)
{
    if (request.path == QLatin1String("/_sandbox/faults") && request.method == "POST") {
        QString error;
        if (!m_faults.addSpec(request.field(QStringLiteral("spec")), &error)) {
            channel.send(ServerResponse::json(QJsonObject{{QStringLiteral("error"), error}}, 400));
            return;
        }
        channel.send(
            ServerResponse::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}));
        return;
    }
    if (request.path == QLatin1String("/_sandbox/faults") && request.method == "DELETE") {
        m_faults.clear();
        channel.send(
            ServerResponse::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}));
        return;
    }
    if (request.path == QLatin1String("/_sandbox/advance") && request.method == "POST") {
        bool ok = false;
        const qint64 seconds = request.field(QStringLiteral("seconds")).toLongLong(&ok);
        if (!ok || seconds < 0) {
            channel.send(ServerResponse::json(
                QJsonObject{{QStringLiteral("error"), QStringLiteral("seconds: a number >= 0")}},
                400));
            return;
        }
        advance(seconds);
        channel.send(ServerResponse::json(
            QJsonObject{{QStringLiteral("now"), m_clock.now().toString(Qt::ISODate)}}));
        return;
    }
    channel.send(ServerResponse::json(
        QJsonObject{{QStringLiteral("error"), QStringLiteral("unknown control")}}, 404));
}
