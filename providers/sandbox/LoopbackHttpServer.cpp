#include "LoopbackHttpServer.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray head(const ServerResponse &r)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) +
                     "\r\nContent-Type: " + r.contentType +
                     "\r\nContent-Length: " + QByteArray::number(r.body.size()) +
                     "\r\nConnection: keep-alive\r\n";
    for (const auto &h : r.headers)
        out += h.first + ": " + h.second + "\r\n";
    return out + "\r\n";
}

} // namespace

QUrlQuery ServerRequest::form() const
{
    if (header("content-type").startsWith("application/json")) {
        QUrlQuery q;
        const QJsonObject o = json().toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            q.addQueryItem(
                it.key(),
                it.value().isString()
                    ? it.value().toString()
                    : QString::fromUtf8(
                          QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact))
                          .mid(1)
                          .chopped(1));
        return q;
    }
    // '+' means space in forms; QUrlQuery does not decode it.
    QByteArray b = body;
    b.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(b));
}

QJsonValue ServerRequest::json(bool *ok) const
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + body + "]", &pe);
    if (ok)
        *ok = pe.error == QJsonParseError::NoError && doc.array().size() == 1;
    return doc.array().isEmpty() ? QJsonValue() : doc.array().first();
}

QString ServerRequest::field(const QString &name) const
{
    const QUrlQuery f = form();
    if (f.hasQueryItem(name))
        return f.queryItemValue(name, QUrl::FullyDecoded);
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

ServerResponse ServerResponse::json(const QJsonValue &value, int status)
{
    ServerResponse r;
    r.status = status;
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    r.body = wrapped.mid(1, wrapped.size() - 2);
    return r;
}

ServerResponse ServerResponse::raw(int status, const QByteArray &contentType,
                                   const QByteArray &body)
{
    ServerResponse r;
    r.status = status;
    r.contentType = contentType;
    r.body = body;
    return r;
}

ResponseChannel::ResponseChannel(QTcpSocket *socket) : m_socket(socket) {}

void ResponseChannel::send(const ServerResponse &response) const
{
    if (!m_socket)
        return;
    m_socket->write(head(response) + response.body);
}

void ResponseChannel::sendTruncated(const ServerResponse &response, int bytes) const
{
    if (!m_socket)
        return;
    m_socket->write(head(response) + response.body.left(bytes));
    m_socket->flush();
    m_socket->disconnectFromHost();
}

void ResponseChannel::sendTrickled(const ServerResponse &response, int intervalMs) const
{
    if (!m_socket)
        return;
    m_socket->write(head(response));
    auto *timer = new QTimer(m_socket);
    auto sent = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, m_socket,
                     [socket = m_socket, timer, sent, body = response.body] {
                         if (*sent >= body.size()) {
                             timer->deleteLater();
                             return;
                         }
                         socket->write(body.mid((*sent)++, 1));
                     });
    timer->start(qMax(1, intervalMs));
}

void ResponseChannel::close() const
{
    if (m_socket)
        m_socket->disconnectFromHost();
}

bool ResponseChannel::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

LoopbackHttpServer::LoopbackHttpServer(QObject *parent) : QAbstractHttpServer(parent) {}

quint16 LoopbackHttpServer::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

QUrl LoopbackHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

bool LoopbackHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ServerRequest r;
    static const char *const names[] = {"UNKNOWN", "GET",     "PUT",   "DELETE",  "POST",
                                        "HEAD",    "OPTIONS", "PATCH", "CONNECT", "TRACE"};
    const int m = int(request.method());
    int index = 0;
    for (int bit = 0; bit < 9; ++bit) {
        if (m == (1 << bit))
            index = bit + 1;
    }
    r.method = names[index];
    r.url = request.url();
    r.path = request.url().path();
    r.query = request.query();
    for (const auto &h : request.headers())
        r.headers.insert(h.first.toLower(), h.second);
    r.body = request.body();
    if (m_handler)
        m_handler(r, ResponseChannel(socket));
    else
        ResponseChannel(socket).send(ServerResponse::raw(404, "text/plain", "no handler"));
    return true;
}

void LoopbackHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    ResponseChannel(socket).send(ServerResponse::raw(404, "text/plain", "not found"));
}
