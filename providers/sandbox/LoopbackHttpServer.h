#pragma once

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QJsonValue>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;

/// A request as the sandbox sees it: copied out of Qt's request so it can outlive it.
struct ServerRequest
{
    QByteArray method;
    QUrl url;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    /// Form fields of a urlencoded body, falling back to a JSON object's members.
    QUrlQuery form() const;
    QJsonValue json(bool *ok = nullptr) const;
    /// A field from the JSON body, the form body or the query, whichever has it.
    QString field(const QString &name) const;
};

struct ServerResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ServerResponse json(const QJsonValue &value, int status = 200);
    static ServerResponse raw(int status, const QByteArray &contentType, const QByteArray &body);
    ServerResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
        return *this;
    }
};

/// The way back to the client, usable now or later (latency), in part (a connection cut
/// mid-body) or never (a timeout).
class ResponseChannel
{
public:
    explicit ResponseChannel(QTcpSocket *socket = nullptr);
    void send(const ServerResponse &response) const;
    /// Headers promising the whole body, then `bytes` of it, then the connection closes.
    void sendTruncated(const ServerResponse &response, int bytes) const;
    /// The headers at once, then the body one byte every `intervalMs`: a server that keeps
    /// a connection alive without ever finishing.
    void sendTrickled(const ServerResponse &response, int intervalMs) const;
    void close() const;
    bool isOpen() const;

private:
    QPointer<QTcpSocket> m_socket;
};

/**
 * Our one thin class over Qt's HTTP server (a technical preview whose API changes in 6.8):
 * it listens on loopback only and hands each request to one handler with a channel that
 * can answer in any way, well-formed or not.
 */
class LoopbackHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const ServerRequest &, const ResponseChannel &)>;

    explicit LoopbackHttpServer(QObject *parent = nullptr);
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// Listens on 127.0.0.1; port 0 picks a free one. Returns the port or 0 on failure.
    quint16 start(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl url(const QString &path = QString()) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
    quint16 m_port = 0;
};
