#pragma once

#include "BalanceSource.h"
#include "CardActivity.h"
#include "CardClosing.h"
#include "CardControl.h"
#include "CardSource.h"
#include "ConnectionKind.h"
#include "PayoutCancelling.h"
#include "PayoutSender.h"
#include "PayoutTracking.h"
#include "Provider.h"
#include "TransactionSource.h"

#include <QUrl>

class HttpClient;
class QNetworkAccessManager;

/// Dinari Cash gateway (account id and gateway key as form fields; every call a POST).
class DinariProvider final : public Provider,
                             public BalanceSource,
                             public CardSource,
                             public CardControl,
                             public CardClosing,
                             public CardActivity,
                             public TransactionSource,
                             public PayoutSender,
                             public PayoutCancelling,
                             public PayoutTracking
{
    Q_OBJECT
    Q_INTERFACES(BalanceSource CardSource CardControl CardClosing CardActivity TransactionSource
                     PayoutSender PayoutCancelling PayoutTracking)

public:
    DinariProvider(const QString &connectionName, QNetworkAccessManager *network,
                   const QUrl &baseUrl, const QString &accountId, const QString &apiKey,
                   QObject *parent = nullptr);

    /// What a connection to it needs, as its document says (base URLs, secret, settings).
    static ConnectionKind connectionKind();
    QString providerId() const override { return QStringLiteral("dinari"); }
    QString displayName() const override { return QStringLiteral("Dinari"); }

    QFuture<Result<Done>> checkStatus() override;
    QString requestFieldName(PayoutField field) const override;
    QList<PayoutMethod> payoutMethods() const override
    {
        return {PayoutMethod::DinariAch, PayoutMethod::DinariSwift, PayoutMethod::DinariZelle,
                PayoutMethod::DinariVirtualCard};
    }
    QFuture<Result<QList<Balance>>> fetchBalances() override;
    QFuture<Result<QList<Card>>> fetchCards() override;
    /// Dinari filters nothing on its side: the whole list, narrowed here.
    QFuture<Result<QList<Card>>> findCards(const CardSearch &search) override;
    QFuture<Result<Done>> setCardFrozen(const QString &cardId, bool frozen) override;
    QFuture<Result<Done>> cancelCard(const QString &cardId) override;
    QFuture<Result<Card>> fetchCard(const QString &cardId) override;
    QFuture<Result<QList<Transaction>>> fetchCardTransactions(const QString &cardId) override;
    /// One list-transactions request (form as documented).
    QFuture<Result<QList<Transaction>>> listTransactions(const QUrlQuery &form);
    QFuture<Result<QList<Transaction>>> fetchTransactions(const QDateTime &from,
                                                          const QDateTime &to) override;
    QFuture<Result<PayoutReceipt>> sendPayout(const PayoutRequest &request) override;
    /// Dinari takes no key: the payout is looked for in its transaction list.
    QFuture<Result<PayoutMatch>> reconcilePayout(const PayoutRequest &request,
                                                 const QDateTime &sentAt,
                                                 const QSet<QString> &knownReferences) override;
    /// Cancels a payout that has not completed; the gateway refunds it less its cancel fee.
    QFuture<Result<PayoutReceipt>> cancelPayout(const QString &reference) override;
    /// The documented list-transactions with TRANSACTION_ID, its "specific transaction".
    QFuture<Result<PayoutState>> fetchPayoutState(const QString &reference) override;

private:
    QFuture<Result<QJsonObject>> cardDetails(const QString &cardId);
    QFuture<Result<QJsonObject>> post(const QString &path, const QUrlQuery &form);
};
