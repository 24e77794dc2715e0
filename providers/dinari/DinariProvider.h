#pragma once

#include "Provider.h"

#include <QUrl>

class HttpClient;
class QNetworkAccessManager;

/// Dinari Cash gateway (account id and gateway key as form fields; every call a POST).
class DinariProvider final : public Provider
{
    Q_OBJECT

public:
    DinariProvider(const QString &connectionName, QNetworkAccessManager *network,
                   const QUrl &baseUrl, const QString &accountId, const QString &apiKey,
                   QObject *parent = nullptr);

    QString providerId() const override { return QStringLiteral("dinari"); }
    QString displayName() const override { return QStringLiteral("Dinari"); }
    Capabilities capabilities() const override;
    HttpClient *http() const { return m_http; }

    QFuture<Result<Done>> checkStatus() override;
    void cancelReads() override;
    QFuture<Result<QList<Balance>>> fetchBalances() override;
    QFuture<Result<QList<Card>>> fetchCards() override;
    QFuture<Result<Done>> setCardFrozen(const QString &cardId, bool frozen) override;
    QFuture<Result<Done>> cancelCard(const QString &cardId) override;
    QFuture<Result<Card>> fetchCard(const QString &cardId) override;
    QFuture<Result<QList<Transaction>>> fetchCardTransactions(const QString &cardId) override;
    QFuture<Result<QList<Transaction>>> fetchTransactions(const QDateTime &from,
                                                          const QDateTime &to) override;
    QFuture<Result<PayoutReceipt>> sendPayout(const PayoutRequest &request) override;
    QFuture<Result<Done>> cancelPayout(const QString &reference) override;
    /// Cancels a payout that has not completed; the gateway refunds it less its cancel fee.
    QFuture<Result<Transaction>> cancelTransaction(const QString &transactionId);

private:
    QFuture<Result<QJsonObject>> cardDetails(const QString &cardId);
    QFuture<Result<QJsonObject>> post(const QString &path, const QUrlQuery &form);

    HttpClient *m_http;
};
