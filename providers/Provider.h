#pragma once

#include "ConnectionRef.h"
#include "ProviderOptions.h"
#include "Result.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QString>

class HttpClient;

/**
 * One open connection to one provider. What it offers beyond a status check is the list of
 * small capability interfaces (providers/capabilities/) its class inherits, found with
 * qobject_cast or through ProviderRegistry: a class declaration says what a provider does.
 * Results are domain types with Money amounts and UTC times: nothing above this line knows
 * a provider's JSON.
 */
class Provider : public QObject
{
    Q_OBJECT

public:
    /// `http` carries every request of this provider; the provider owns it.
    Provider(QString connectionName, HttpClient *http, QObject *parent = nullptr);

    /// The connection's name, as people know it; unique, but it changes on a rename.
    QString connectionName() const { return m_connection; }
    /// The connection's stable id, which journal entries are kept under. A provider made
    /// for no saved connection (a script's, a test's) goes by its name.
    QString connectionId() const { return m_id.isEmpty() ? m_connection : m_id; }
    void setConnectionId(const QString &id) { m_id = id; }
    /// The connection's non-secret settings (Connection::settings), for what is read from
    /// them beside the provider (a contract's fees).
    QJsonObject settings() const { return m_settings; }
    void setSettings(const QJsonObject &settings) { m_settings = settings; }
    /// Id, kind and name together: whose the rows this provider reads are.
    ConnectionRef connection() const { return {connectionId(), providerId(), connectionName()}; }
    virtual QString providerId() const = 0;
    virtual QString displayName() const = 0;
    /// Reaches the provider with the cheapest authenticated call.
    virtual QFuture<Result<Done>> checkStatus() = 0;
    /// Stops the reads under way (a refresh the user stopped); their results finish as
    /// Cancelled. Payouts and other writes are never stopped.
    void cancelReads();
    /// Stops every request, writes too: only for an app that is going away (or a test that
    /// plays one), since a write's outcome is then unknown.
    void abandonAll();
    /// Timeouts and retries other than the provider's own (tests, slow networks).
    void setOptions(const ProviderOptions &options);

protected:
    HttpClient *const m_http;

    template<typename T> static QFuture<Result<T>> ready(Result<T> result)
    {
        return QtFuture::makeReadyFuture(std::move(result));
    }

private:
    QString m_connection;
    QString m_id;
    QJsonObject m_settings;
};
