#pragma once

#include "BatchPayouts.h"
#include "ConnectionKind.h"
#include "HttpRequest.h"
#include "PayoutLinkTracking.h"
#include "PayoutSender.h"
#include "Provider.h"
#include "RecipientDirectory.h"
#include "RecipientList.h"
#include "RecipientSetupLinks.h"
#include "TransactionSource.h"

#include <QUrl>

class HttpClient;
class QNetworkAccessManager;

/// Dots payouts API v2 (Basic client id and API key, optional Api-App-Id).
class DotsProvider final : public Provider,
                           public TransactionSource,
                           public PayoutSender,
                           public PayoutLinkTracking,
                           public BatchPayouts,
                           public RecipientList,
                           public RecipientDirectory,
                           public RecipientSetupLinks
{
    Q_OBJECT
    Q_INTERFACES(TransactionSource PayoutSender PayoutLinkTracking BatchPayouts RecipientList
                     RecipientDirectory RecipientSetupLinks)

public:
    DotsProvider(const QString &connectionName, QNetworkAccessManager *network, const QUrl &baseUrl,
                 const QString &clientId, const QString &apiKey, const QString &appId,
                 QObject *parent = nullptr);

    /// What a connection to it needs, as its document says (base URLs, secret, settings).
    static ConnectionKind connectionKind();
    QString providerId() const override { return QStringLiteral("dots"); }
    QString displayName() const override { return QStringLiteral("Dots"); }

    QFuture<Result<Done>> checkStatus() override;
    QString requestFieldName(PayoutField field) const override;
    QList<PayoutMethod> payoutMethods() const override
    {
        return {PayoutMethod::DotsPayout, PayoutMethod::DotsPayoutLink, PayoutMethod::DotsTransfer};
    }
    /// Payouts and fund transfers in [from, to], payees named from the user list.
    QFuture<Result<QList<Transaction>>> fetchTransactions(const QDateTime &from,
                                                          const QDateTime &to) override;
    /// A payout (POST /payouts) or a payout link (POST /payout-links), with the request's
    /// idempotency key: retried on a lost answer, which Dots then replays.
    QFuture<Result<PayoutReceipt>> sendPayout(const PayoutRequest &request) override;
    /// Dots keeps idempotency keys: the same request again is answered with the payout
    /// made the first time, or makes it now if the first never arrived.
    QFuture<Result<PayoutMatch>> reconcilePayout(const PayoutRequest &request,
                                                 const QDateTime &sentAt,
                                                 const QSet<QString> &knownReferences) override;
    /// GET /flows/{id} of a payout link's flow: whether the payee has completed it.
    QFuture<Result<PayoutState>> fetchLinkState(const QString &flowId) override;
    QFuture<Result<QList<Recipient>>> fetchRecipients() override;
    RecipientForm recipientForm() const override;
    QFuture<Result<RecipientProfile>> fetchRecipient(const QString &id) override;
    /// POST /flows with the manage-payouts step: the user's payout setup link.
    QFuture<Result<QUrl>> recipientSetupLink(const QString &id) override;
    /// Dots creates users (POST /users); it documents no way to change one.
    QFuture<Result<RecipientProfile>> saveRecipient(const RecipientProfile &profile,
                                                    const QString &password) override;
    /// POST /payout-batches: retried with the same keys, which Dots replays.
    QFuture<Result<PayoutBatchStatus>> sendPayoutBatch(const QString &batchKey,
                                                       const QList<PayoutRequest> &items) override;
    QFuture<Result<PayoutBatchStatus>> fetchPayoutBatch(const QString &id) override;
    QFuture<Result<QList<PayoutBatchStatus>>> fetchPayoutBatches(const QDateTime &from) override;
    /// Every user of the app, newest first (the recipients list).
    QFuture<Result<QList<QJsonObject>>> fetchUsers();

private:
    /// A fund transfer: Dots takes no key for it, so the journal's key rides in its
    /// metadata and a lost answer is settled by finding it there.
    QFuture<Result<PayoutReceipt>> sendTransfer(const PayoutRequest &request);
    QFuture<Result<PayoutMatch>> reconcileTransfer(const PayoutRequest &request);
    HttpRequest get(const QString &path, const QUrlQuery &query = {}) const;
    QFuture<Result<QList<QJsonObject>>> list(const QString &path);

    QByteArray m_appId;
};
