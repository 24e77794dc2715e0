#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QString>

#include <memory>

class QNetworkRequest;

/**
 * Adds credentials to a request. Token-based strategies (OAuth 2 client credentials)
 * also say when they need a token and how to get one; the client fetches it, so that
 * token requests get the same URL policy, timeout and error handling as any other.
 */
class Authenticator
{
public:
    virtual ~Authenticator() = default;
    virtual void apply(QNetworkRequest &request, HttpRequest &spec) const = 0;

    /// True when a request must wait for a (new) token: none yet, or the one held may
    /// expire within `validForMs` (a request that moves money must not outlive its token).
    virtual bool needsToken(int validForMs = 0) const
    {
        Q_UNUSED(validForMs);
        return false;
    }
    virtual HttpRequest tokenRequest() const { return {}; }
    virtual ProviderError acceptToken(const HttpResponse &response)
    {
        Q_UNUSED(response);
        return {};
    }
    /// After a 401: forget the token so the next attempt fetches a fresh one.
    virtual bool invalidate() { return false; }
    /// Every form of the secrets this sends (Redaction::formsOf), to take out of answers.
    /// `withToken`: also the access token in use (not while a new one is being read).
    virtual QList<QByteArray> secretForms(bool withToken) const = 0;
};

/// `Authorization: Bearer <key>` (dash.fi, DART, and the gateway once it has a token).
class BearerAuth final : public Authenticator
{
public:
    explicit BearerAuth(QString token) : m_token(std::move(token)) {}
    void apply(QNetworkRequest &request, HttpRequest &spec) const override;
    QList<QByteArray> secretForms(bool withToken) const override;

private:
    QString m_token;
};

/// `Authorization: Basic base64(id:key)` (Dots).
class BasicAuth final : public Authenticator
{
public:
    BasicAuth(QString id, QString key) : m_id(std::move(id)), m_key(std::move(key)) {}
    void apply(QNetworkRequest &request, HttpRequest &spec) const override;
    QList<QByteArray> secretForms(bool withToken) const override;

private:
    QString m_id;
    QString m_key;
};

/// Credentials as form fields in every POST body (Dinari's account id and gateway key).
class FormFieldAuth final : public Authenticator
{
public:
    FormFieldAuth(QString idField, QString id, QString keyField, QString key);
    /// Requests to `path` name the same two values otherwise (Dinari's ACH section:
    /// PUBLIC_KEY and API_SECRET).
    void setFieldsFor(const QString &path, const QString &idField, const QString &keyField);
    void apply(QNetworkRequest &request, HttpRequest &spec) const override;
    QList<QByteArray> secretForms(bool withToken) const override;

private:
    QString m_idField, m_id, m_keyField, m_key;
    QHash<QString, std::pair<QString, QString>> m_byPath;
};

/// OAuth 2 client credentials: POST the id and secret for a token, cache it until it
/// expires, and use it as a Bearer token (the crypto gateway).
class OAuth2ClientCredentials final : public Authenticator
{
public:
    OAuth2ClientCredentials(QString tokenPath, QString clientId, QString clientSecret,
                            QString scope);
    void apply(QNetworkRequest &request, HttpRequest &spec) const override;
    bool needsToken(int validForMs = 0) const override;
    HttpRequest tokenRequest() const override;
    ProviderError acceptToken(const HttpResponse &response) override;
    bool invalidate() override;
    QList<QByteArray> secretForms(bool withToken) const override;

private:
    QString m_tokenPath, m_clientId, m_clientSecret, m_scope;
    QString m_token;
    QDeadlineTimer m_expiry;
};
