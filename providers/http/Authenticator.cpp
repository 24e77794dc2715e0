#include "Authenticator.h"

#include "Redaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkRequest>

void BearerAuth::apply(QNetworkRequest &request, HttpRequest &) const
{
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
}

void BasicAuth::apply(QNetworkRequest &request, HttpRequest &) const
{
    request.setRawHeader("Authorization",
                         "Basic " + (m_id + QLatin1Char(':') + m_key).toUtf8().toBase64());
}

FormFieldAuth::FormFieldAuth(QString idField, QString id, QString keyField, QString key)
    : m_idField(std::move(idField)), m_id(std::move(id)), m_keyField(std::move(keyField)),
      m_key(std::move(key))
{}

void FormFieldAuth::setFieldsFor(const QString &path, const QString &idField,
                                 const QString &keyField)
{
    m_byPath.insert(path, {idField, keyField});
}

void FormFieldAuth::apply(QNetworkRequest &, HttpRequest &spec) const
{
    const auto [idField, keyField] = m_byPath.value(spec.path, {m_idField, m_keyField});
    for (const QString &field : {m_idField, m_keyField, idField, keyField})
        spec.form.removeAllQueryItems(field);
    spec.form.addQueryItem(idField, m_id);
    spec.form.addQueryItem(keyField, m_key);
}

OAuth2ClientCredentials::OAuth2ClientCredentials(QString tokenPath, QString clientId,
                                                 QString clientSecret, QString scope)
    : m_tokenPath(std::move(tokenPath)), m_clientId(std::move(clientId)),
      m_clientSecret(std::move(clientSecret)), m_scope(std::move(scope))
{}

void OAuth2ClientCredentials::apply(QNetworkRequest &request, HttpRequest &) const
{
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
}

bool OAuth2ClientCredentials::needsToken(int validForMs) const
{
    return m_token.isEmpty() || m_expiry.hasExpired() ||
           (!m_expiry.isForever() && m_expiry.remainingTime() < validForMs);
}

HttpRequest OAuth2ClientCredentials::tokenRequest() const
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_clientSecret);
    if (!m_scope.isEmpty())
        form.addQueryItem(QStringLiteral("scope"), m_scope);
    HttpRequest r = HttpRequest::postForm(m_tokenPath, form);
    r.authenticated = false;
    // Asking for a token changes nothing on the server: safe to retry.
    r.idempotent = true;
    return r;
}

ProviderError OAuth2ClientCredentials::acceptToken(const HttpResponse &response)
{
    ProviderError error;
    const auto json = response.json(&error);
    if (!json)
        return error;
    const QJsonObject o = json->toObject();
    const QString token = o.value(QStringLiteral("access_token")).toString();
    if (token.isEmpty())
        return response.parseError(
            QCoreApplication::translate("Authenticator", "no access_token in the token answer"));
    m_token = token;
    // Renew a little early so that a request in flight does not carry a dying token.
    const qint64 expiresIn = o.value(QStringLiteral("expires_in")).toInteger(3600);
    m_expiry = QDeadlineTimer(qMax<qint64>(1, expiresIn - qMin<qint64>(30, expiresIn / 10)) * 1000);
    return {};
}

bool OAuth2ClientCredentials::invalidate()
{
    m_token.clear();
    return true;
}

QList<QByteArray> BearerAuth::secretForms(bool) const
{
    return Redaction::formsOf({m_token});
}

QList<QByteArray> BasicAuth::secretForms(bool) const
{
    return Redaction::formsOf({m_id, m_key}, {m_id + u':' + m_key});
}

QList<QByteArray> FormFieldAuth::secretForms(bool) const
{
    return Redaction::formsOf({m_id, m_key}, {m_id + u':' + m_key});
}

QList<QByteArray> OAuth2ClientCredentials::secretForms(bool withToken) const
{
    QStringList secrets = {m_clientId, m_clientSecret};
    if (withToken && !m_token.isEmpty())
        secrets.append(m_token);
    return Redaction::formsOf(secrets, {m_clientId + u':' + m_clientSecret});
}
