#pragma once

#include "Money.h"
#include "SandboxData.h"
#include "SandboxEmulator.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>

#include <optional>

/**
 * Dots payouts API v2: Basic auth (client id and API key), amounts in integer cents.
 * Users, flows, fund transfers, payouts and payout links with idempotency keys (a replay
 * returns the first result and pays nothing), and payout batches that process a few items
 * each time their status is read.
 */
class DotsEmulator final : public SandboxEmulator
{
public:
    DotsEmulator(SandboxData &data, QString clientId, QString apiKey, QString appId);

    QString name() const override { return QStringLiteral("dots"); }
    QString prefix() const override { return QStringLiteral("/dots/api/v2"); }
    QString credential() const override { return m_clientId + u':' + m_apiKey; }
    QJsonObject settings() const override
    {
        return QJsonObject{{QStringLiteral("app_id"), m_appId}};
    }
    ServerResponse handle(const ServerRequest &request, const QString &path) override;

    /// Payouts actually made (replays excluded), batch items included.
    int payoutCount() const;
    int transferCount() const; ///< fund transfers made, seeded ones included
    /// Payout links made (replays excluded).
    int linkCount() const;
    /// The app's wallet, in cents: payouts with `fund` and transfers to users draw on it.
    qint64 appBalanceCents() const;
    QStringList userIds() const;
    /// The payee takes every step of a payout link's flow (as a person would in the
    /// browser), as user `userId`; false for an unknown flow.
    bool completeFlow(const QString &flowId, const QString &userId);

private:
    struct Stored
    {
        QJsonObject object;
        QByteArray fingerprint; ///< the request that made it, for idempotency checks
    };
    ServerResponse users(const ServerRequest &r, const QStringList &parts);
    ServerResponse flows(const ServerRequest &r, const QStringList &parts);
    ServerResponse transfers(const ServerRequest &r, const QStringList &parts);
    ServerResponse payouts(const ServerRequest &r, const QStringList &parts);
    ServerResponse payoutLinks(const ServerRequest &r, const QStringList &parts);
    ServerResponse batches(const ServerRequest &r, const QStringList &parts);
    ServerResponse list(const ServerRequest &r, const QList<QJsonObject> &items) const;
    /// The first answer to the body's idempotency key (a 409 if the request differs); none
    /// for an empty or new key.
    std::optional<ServerResponse> replay(const QJsonObject &body) const;
    /// Keeps `answer` under the body's idempotency key, if it has one.
    void remember(const QJsonObject &body, const QJsonObject &answer);
    /// Makes one payout, or says why not (for a batch item as for a single payout).
    QJsonObject makePayout(const QJsonObject &body, QString *error, int *status);
    void advanceBatch(QJsonObject &batch);
    QJsonObject user(const QString &id) const;
    QString timestamp() const;

    SandboxData m_data;
    QString m_clientId;
    QString m_apiKey;
    QString m_appId;
    qint64 m_appCents = 25000000; // $250,000.00
    QList<QJsonObject> m_users;   ///< newest first, as lists answer
    QList<QJsonObject> m_flows;
    QList<QJsonObject> m_transfers;
    QList<QJsonObject> m_payouts;
    QList<QJsonObject> m_links;
    QList<QJsonObject> m_batches;
    QHash<QString, QList<QJsonObject>> m_batchItems; ///< batch id -> its items, in order
    QHash<QString, Stored> m_idempotent;             ///< key -> first result
    int m_payoutCount = 0;
    mutable QMutex m_mutex;
};
