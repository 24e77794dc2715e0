#pragma once

#include "Money.h"
#include "SandboxData.h"
#include "SandboxEmulator.h"

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QUrlQuery>

/**
 * Dinari Cash gateway: form-encoded POSTs with the account id and gateway key as fields,
 * JSON replies with "status": "success" or "error". Payouts by ACH, SWIFT, ZELLE and
 * CARD_VIRTUAL debit the payout balance with the documented fee fields; cancel refunds;
 * virtual cards can be listed, paused, unpaused and cancelled.
 */
class DinariEmulator final : public SandboxEmulator
{
public:
    struct Purchase
    {
        QString id;
        Money amount;
        QString status;
        QString description;
        QDateTime created;
    };
    struct Card
    {
        QString id;
        QDateTime created;
        Money balance;
        QString status = QStringLiteral("ACTIVE"); ///< ACTIVE, PAUSED, CANCELED
        QString holderName;
        QString holderEmail;
        QString lastFour;
        QList<Purchase> purchases; ///< newest first
    };
    struct Transaction
    {
        QString id;
        QDateTime created;
        bool spacedTime = false; ///< "YYYY-MM-DD HH:MM:SS" instead of ISO 8601
        QString method;          ///< ACH, SWIFT, ZELLE, CARD_VIRTUAL, DEPOSIT
        QString direction = QStringLiteral("OUTGOING");
        QString status; ///< as the gateway spells it: INITIATED, Completed, FAILED, ...
        QString currency = QStringLiteral("USD");
        Money amount;
        Money fee;
        QString recipient;
        QString description;
        QString cardId;
    };

    DinariEmulator(SandboxData &data, QString accountId, QString apiKey);

    QString name() const override { return QStringLiteral("dinari"); }
    QString prefix() const override { return QStringLiteral("/dinari"); }
    QString credential() const override { return m_accountId + u':' + m_apiKey; }
    ServerResponse handle(const ServerRequest &request, const QString &path) override;

    Money payoutBalance() const;
    QList<Card> cards() const;
    QList<Transaction> transactions() const;
    /// Payouts the gateway accepted, by method ("ZELLE"), since start.
    int sentCount(const QString &method = QString()) const;
    /// The documented fee: DinariContract's, rounded to cents.
    static Money feeFor(const QString &method, const Money &amount);
    /// DinariContract's fees as a connection's settings hold them (the demo's).
    QJsonObject settings() const override;

private:
    bool authorized(const QUrlQuery &form, const QString &path) const;
    void progress();
    ServerResponse balance() const;
    ServerResponse send(const QUrlQuery &form, const QString &path);
    ServerResponse manageCards(const QUrlQuery &form);
    ServerResponse listTransactions(const QUrlQuery &form) const;
    ServerResponse cancel(const QUrlQuery &form);
    QJsonObject cardDetails(const Card &card) const;
    QJsonObject listItem(const Transaction &t) const;
    Card *findCard(const QString &id);
    QString newId();

    SandboxData m_data; ///< ids for new objects, seeded from the server's data
    QString m_accountId;
    QString m_apiKey;
    Money m_payout;
    Money m_float;
    Money m_reserve;
    QList<Card> m_cards;
    QList<Transaction> m_transactions; ///< newest first
    QHash<QString, int> m_sent;
    mutable QMutex m_mutex;
};
