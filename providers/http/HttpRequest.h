#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

/// One request, as a value: what to send, not how. The client adds auth, limits and retries.
struct HttpRequest
{
    enum class Body { None, Json, Form };

    QByteArray method = "GET";
    QString path;     ///< appended to the connection's base URL
    QUrl absoluteUrl; ///< a link the server gave (links.next); must share its origin
    QUrlQuery query;
    Body bodyKind = Body::None;
    QByteArray json; ///< for Body::Json
    QUrlQuery form;  ///< for Body::Form; form-field auth adds its fields here
    QList<QPair<QByteArray, QByteArray>> headers;
    /// Only idempotent requests are ever retried. GET is; a POST is only when the
    /// provider takes an idempotency key and the request carries one.
    bool idempotent = false;
    /// Only reads: a refresh the user stops may cancel it (never a write, keyed or not).
    bool read = false;
    bool authenticated = true;
    /// Silence allowed between two bytes of the answer.
    int timeoutMs = 30000;
    /// The whole exchange, however the answer trickles in: past it the request is given
    /// up (and a money-moving one is unknown).
    int deadlineMs = 90000;
    /// The operation with its retries: no attempt runs past it, and none starts when too
    /// little of it is left (a trickling answer cannot take four deadlines).
    int operationMs = 100000;
    /// The largest answer read; past it the request ends (not retried) with TooLarge.
    qint64 maxResponseBytes = 8 * 1024 * 1024;

    static HttpRequest get(const QString &path, const QUrlQuery &query = {});
    static HttpRequest getUrl(const QUrl &url);
    static HttpRequest postJson(const QString &path, const QJsonDocument &body);
    static HttpRequest postForm(const QString &path, const QUrlQuery &form);
    static HttpRequest withoutBody(const QByteArray &method, const QString &path);
    static HttpRequest patchJson(const QString &path, const QJsonDocument &body);

    HttpRequest &setHeader(const QByteArray &name, const QByteArray &value);
    /// Adds a form field whose value may hold any text ('&', '=', '+', '%', newlines):
    /// QUrlQuery would otherwise read '%' in a value as the start of an escape.
    static void addFormField(QUrlQuery &form, const QString &key, const QString &value);
};
