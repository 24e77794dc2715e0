#pragma once

#include "Money.h"
#include "SandboxEmulator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>

class SandboxData;

/// dash.fi Direct API v0.13: cards, spend limits, freeze, archive, transactions, balance.
class DashfiEmulator final : public SandboxEmulator
{
public:
    struct Card
    {
        int id = 0;
        int category = 6;
        QString externalId; ///< empty for null
        QString name;
        Money spendLimit;
        QString limitType = QStringLiteral("MONTHLY");
        QString frequency = QStringLiteral("recurring");
        QString state = QStringLiteral("OPEN"); ///< OPEN, PAUSED, ARCHIVED
        QDateTime created;
        QString lastFour;
    };
    struct Transaction
    {
        QString token;
        Money amount;
        QString descriptor;
        int cardIndex = 0;
        QDateTime date;
        QString status;
        QString country; ///< empty for null
    };

    DashfiEmulator(SandboxData &data, QString apiKey, int transactionCount, bool postpaid,
                   QString name = QStringLiteral("dashfi"));

    QString name() const override { return m_name; }
    QString provider() const override { return QStringLiteral("dashfi"); }
    QString prefix() const override
    {
        return QStringLiteral("/") + m_name + QStringLiteral("/api-v1");
    }
    QString credential() const override { return m_apiKey; }
    ServerResponse handle(const ServerRequest &request, const QString &path) override;

    /// Requests per second allowed per API key (the documented 20).
    void setRateLimit(int perSecond) { m_ratePerSecond = perSecond; }
    int rateLimitedCount() const { return m_rateLimited; }
    QList<Card> cards() const;
    int transactionCount() const { return int(m_transactions.size()); }
    Money balance() const { return m_balance; }
    /// Moves some pending transactions on: settles them, with a changed amount (a tip).
    int settlePending(int count);
    /// How long a charge stays pending before it settles, in sandbox time.
    static constexpr qint64 SettleAfterSeconds = 72 * 3600;

    static const QList<int> &categories();

private:
    bool allow();
    /// The schedule: charges older than SettleAfterSeconds settle, a pending one with a tip.
    void evolve();
    ServerResponse listCards(const ServerRequest &r);
    ServerResponse createCard(const ServerRequest &r);
    ServerResponse cardAction(const ServerRequest &r, const QStringList &parts);
    ServerResponse listTransactions(const ServerRequest &r);
    QJsonObject cardJson(const Card &c, bool createForm) const;
    QJsonObject transactionJson(const Transaction &t) const;
    Card *findCard(const QString &id);

    QString m_name;
    QString m_apiKey;
    bool m_postpaid;
    Money m_balance;
    QList<Card> m_cards;
    QList<Transaction> m_transactions; ///< newest first
    QHash<QString, int> m_byToken;
    int m_nextCardId = 1;
    int m_ratePerSecond = 20;
    double m_tokens = 20;
    QElapsedTimer m_clock;
    qint64 m_lastRefillMs = 0;
    int m_rateLimited = 0;
    mutable QMutex m_mutex;
};
