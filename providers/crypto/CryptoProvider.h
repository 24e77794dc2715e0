#pragma once

#include "BalanceHistorySource.h"
#include "BalanceSource.h"
#include "ConnectionKind.h"
#include "PayoutQuotes.h"
#include "PayoutSender.h"
#include "PayoutTracking.h"
#include "Provider.h"
#include "RateSource.h"
#include "RecipientList.h"
#include "SubAccounts.h"
#include "TransactionLookup.h"
#include "TransactionSource.h"

#include <QUrl>
#include <memory>

class HttpClient;
class QNetworkAccessManager;

/// The crypto payment gateway (OAuth 2 client credentials at /o/token/, then Bearer).
class CryptoProvider final : public Provider,
                             public BalanceSource,
                             public BalanceHistorySource,
                             public RateSource,
                             public TransactionSource,
                             public TransactionLookup,
                             public PayoutSender,
                             public PayoutQuotes,
                             public PayoutTracking,
                             public RecipientList,
                             public SubAccounts
{
    Q_OBJECT
    Q_INTERFACES(BalanceSource BalanceHistorySource RateSource TransactionSource TransactionLookup
                     PayoutSender PayoutQuotes PayoutTracking RecipientList SubAccounts)

public:
    CryptoProvider(const QString &connectionName, QNetworkAccessManager *network,
                   const QUrl &baseUrl, const QString &clientId, const QString &clientSecret,
                   QObject *parent = nullptr);

    /// What a connection to it needs, as its document says (base URLs, secret, settings).
    static ConnectionKind connectionKind();
    QString providerId() const override { return QStringLiteral("crypto"); }
    QString displayName() const override { return QStringLiteral("Crypto gateway"); }

    QFuture<Result<Done>> checkStatus() override;
    QString requestFieldName(PayoutField field) const override;
    QList<PayoutMethod> payoutMethods() const override
    {
        return {PayoutMethod::CryptoWithdrawal, PayoutMethod::CryptoToSub,
                PayoutMethod::CryptoToMaster};
    }
    QFuture<Result<QList<Balance>>> fetchBalances() override;
    /// Withdrawals (out) and payments received (in) in [from, to].
    QFuture<Result<QList<Transaction>>> fetchTransactions(const QDateTime &from,
                                                          const QDateTime &to) override;
    QFuture<Result<UsdRates>> fetchUsdRates(const QStringList &currencies) override;
    QFuture<Result<QList<Balance>>> fetchBalanceHistory(const QDateTime &from) override;

    /// A withdrawal by its id.
    QFuture<Result<Transaction>> fetchTransaction(const QString &id) override;
    QFuture<Result<PayoutState>> fetchPayoutState(const QString &reference) override;
    /// The currencies the master account can withdraw now, with their limits.
    QFuture<Result<QList<PayoutCurrency>>> fetchPayoutCurrencies() override;

    /// The sub-accounts (wallets), for transfers.
    QFuture<Result<QList<Recipient>>> fetchRecipients() override;
    QFuture<Result<Recipient>> createSubAccount(const QString &name,
                                                const QString &externalId) override;
    QFuture<Result<QList<Balance>>> fetchSubAccount(const QString &id) override;
    /// Address validation, minimum, the full estimate and the network fee, together.
    QFuture<Result<PayoutQuote>> quotePayout(const PayoutRequest &request) override;
    /// A withdrawal carrying the journal's key as its custom_id, or a transfer between the
    /// master account and a sub-account; never retried.
    QFuture<Result<PayoutReceipt>> sendPayout(const PayoutRequest &request) override;
    /// Looks a withdrawal up by its custom_id, a transfer in the wallet's transfer history.
    QFuture<Result<PayoutMatch>> reconcilePayout(const PayoutRequest &request,
                                                 const QDateTime &sentAt,
                                                 const QSet<QString> &knownReferences) override;

private:
    QFuture<Result<PayoutReceipt>> sendTransfer(const PayoutRequest &request);
    QFuture<Result<PayoutMatch>> reconcileTransfer(const PayoutRequest &request,
                                                   const QDateTime &sentAt,
                                                   const QSet<QString> &known);
    QFuture<Result<QJsonObject>> postRead(const QString &path, const QByteArray &json);
    /// Every page of a wallet's transfer history matching `filter`.
    QFuture<Result<QList<QJsonObject>>> transferHistory(const QJsonObject &filter);
    struct TransferPaging;
    void requestTransferPage(const std::shared_ptr<TransferPaging> &paging);
    QFuture<Result<QList<QJsonObject>>> list(const QString &path, const QUrlQuery &query,
                                             const QString &key);
};
