#pragma once

#include "Money.h"
#include "SandboxData.h"
#include "SandboxEmulator.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>

/**
 * The crypto payment gateway: OAuth 2 client credentials at /o/token/ with scopes and
 * expiring tokens, then Bearer. Balances of the master account and sub-account wallets
 * per currency, balance history, asynchronous transfers between them (202), withdrawals
 * that move through statuses as sandbox time passes, payments, currencies and rates.
 * Crypto amounts are decimal strings with 8 places; some replies use numbers.
 */
class CryptoEmulator final : public SandboxEmulator
{
public:
    struct Wallet
    {
        int id = 0;
        QString walletId;
        QString name;
        QString externalId;
        QDateTime created;
        QMap<QString, Money> amounts;
        QMap<QString, Money> pending;
    };

    CryptoEmulator(SandboxData &data, QString clientId, QString clientSecret);

    QString name() const override { return QStringLiteral("crypto"); }
    QString prefix() const override { return QStringLiteral("/crypto"); }
    QString credential() const override { return m_clientId + u':' + m_clientSecret; }
    ServerResponse handle(const ServerRequest &request, const QString &path) override;

    /// Seconds a token lives (3600 by default; tests shorten it).
    void setTokenLifetime(int seconds);
    int tokensIssued() const;
    Money masterBalance(const QString &currency) const;
    int withdrawalCount() const;
    /// Transfers between the master account and sub-accounts made so far.
    int transferCount() const;
    QStringList walletIds() const;
    /// USD per unit, as the rates endpoint answers.
    static Money usdRate(const QString &currency);

private:
    struct Token
    {
        QDateTime expires;
        QStringList scopes;
    };
    ServerResponse token(const ServerRequest &r);
    ServerResponse route(const ServerRequest &r, const QStringList &parts, const Token &token);
    ServerResponse currencies(const ServerRequest &r) const;
    ServerResponse rates(const ServerRequest &r) const;
    ServerResponse balances() const;
    ServerResponse history(const ServerRequest &r) const;
    ServerResponse wallets(const ServerRequest &r, const QStringList &parts);
    ServerResponse transfer(const ServerRequest &r, bool toSub);
    ServerResponse payments(const ServerRequest &r, const QStringList &parts);
    ServerResponse withdrawals(const ServerRequest &r, const QStringList &parts);
    ServerResponse createWithdrawal(const QJsonObject &body);
    QJsonObject walletJson(const Wallet &w) const;
    void progress();
    void record(const QString &currency, const QString &type, const Money &amount,
                const QString &reference);
    Wallet *findWallet(const QString &walletId);

    SandboxData m_data;
    QString m_clientId;
    QString m_clientSecret;
    int m_tokenLifetime = 3600;
    int m_tokensIssued = 0;
    QHash<QString, Token> m_tokens;
    QMap<QString, Money> m_master;
    QMap<QString, Money> m_masterPending;
    QList<Wallet> m_wallets;
    QList<QJsonObject> m_history;     ///< newest first
    QList<QJsonObject> m_payments;    ///< newest first
    QList<QJsonObject> m_withdrawals; ///< newest first
    QList<QJsonObject> m_transfers;   ///< newest first
    QHash<QString, QDateTime> m_transferDue;
    int m_withdrawalCount = 0;
    mutable QMutex m_mutex;
};
