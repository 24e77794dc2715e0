#include "HttpRequest.h"

HttpRequest HttpRequest::get(const QString &path, const QUrlQuery &query)
{
    HttpRequest r;
    r.path = path;
    r.query = query;
    r.idempotent = true;
    r.read = true;
    return r;
}

HttpRequest HttpRequest::getUrl(const QUrl &url)
{
    HttpRequest r;
    r.absoluteUrl = url;
    r.idempotent = true;
    r.read = true;
    return r;
}

HttpRequest HttpRequest::postJson(const QString &path, const QJsonDocument &body)
{
    HttpRequest r;
    r.method = "POST";
    r.path = path;
    r.bodyKind = Body::Json;
    r.json = body.toJson(QJsonDocument::Compact);
    return r;
}

HttpRequest HttpRequest::patchJson(const QString &path, const QJsonDocument &body)
{
    HttpRequest r = postJson(path, body);
    r.method = "PATCH";
    return r;
}

HttpRequest HttpRequest::postForm(const QString &path, const QUrlQuery &form)
{
    HttpRequest r;
    r.method = "POST";
    r.path = path;
    r.bodyKind = Body::Form;
    r.form = form;
    return r;
}

HttpRequest HttpRequest::withoutBody(const QByteArray &method, const QString &path)
{
    HttpRequest r;
    r.method = method;
    r.path = path;
    return r;
}

HttpRequest &HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

void HttpRequest::addFormField(QUrlQuery &form, const QString &key, const QString &value)
{
    form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}
