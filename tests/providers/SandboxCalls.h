#pragma once

#include "HttpClient.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

/// Raw calls to the sandbox for the emulator tests: one attempt each, the answer as JSON.
namespace SandboxCalls {

inline HttpClient *client(QNetworkAccessManager *nam, const QUrl &base,
                          std::shared_ptr<Authenticator> auth, QObject *parent)
{
    auto *c = new HttpClient(nam, base, std::move(auth), parent);
    RetryPolicy none;
    none.maxAttempts = 1;
    c->setRetryPolicy(none);
    c->setRateLimit(1000, 1000);
    return c;
}

inline HttpResponse call(HttpClient *c, const HttpRequest &r)
{
    auto f = c->send(r);
    return TestSupport::waitFor(f) ? f.result() : HttpResponse();
}

inline QJsonValue body(const HttpResponse &r)
{
    ProviderError e;
    const auto v = r.json(&e);
    return v ? *v : QJsonValue();
}

inline QJsonObject object(const HttpResponse &r)
{
    return body(r).toObject();
}

inline QUrlQuery form(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto &i : items)
        HttpRequest::addFormField(q, i.first, i.second);
    return q;
}

inline QJsonDocument doc(const QJsonObject &o)
{
    return QJsonDocument(o);
}

} // namespace SandboxCalls
