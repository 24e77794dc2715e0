#pragma once

#include "BalanceSource.h"
#include "ConnectionKind.h"
#include "DartParser.h"
#include "PayoutAnchors.h"
#include "PayoutSender.h"
#include "Provider.h"
#include "RecipientDirectory.h"
#include "RecipientList.h"
#include "TradeScripts.h"

#include <QStringList>
#include <QUrl>

class HttpClient;
class QNetworkAccessManager;

/// DART (Bearer token). DART has no customer list: a connection names the customers it
/// watches, and their USDC balances are its balances.
class DartProvider final : public Provider,
                           public BalanceSource,
                           public PayoutSender,
                           public PayoutAnchors,
                           public RecipientList,
                           public RecipientDirectory,
                           public TradeScripts
{
    Q_OBJECT
    Q_INTERFACES(
        BalanceSource PayoutSender PayoutAnchors RecipientList RecipientDirectory TradeScripts)

public:
    DartProvider(const QString &connectionName, QNetworkAccessManager *network, const QUrl &baseUrl,
                 const QString &token, const QStringList &customers, QObject *parent = nullptr);

    /// What a connection to it needs, as its document says (base URLs, secret, settings).
    static ConnectionKind connectionKind();
    QString providerId() const override { return QStringLiteral("dart"); }
    QString displayName() const override { return QStringLiteral("DART"); }
    QStringList customers() const { return m_customers; }

    QFuture<Result<Done>> checkStatus() override;
    QString requestFieldName(PayoutField field) const override;
    QList<PayoutMethod> payoutMethods() const override { return {PayoutMethod::DartTransfer}; }
    QFuture<Result<QList<Balance>>> fetchBalances() override;

    /// The customers this connection watches.
    QFuture<Result<QList<Recipient>>> fetchRecipients() override;
    /// The customer's USDC balance before the transfer.
    QFuture<Result<QString>> payoutAnchor(const PayoutRequest &request) override;
    /// POST /customer/transfer-amount; DART takes no key and keeps no list: never retried.
    QFuture<Result<PayoutReceipt>> sendPayout(const PayoutRequest &request) override;
    /// Compares the customer's USDC balance with the one read before sending.
    QFuture<Result<PayoutMatch>> reconcilePayout(const PayoutRequest &request,
                                                 const QDateTime &sentAt,
                                                 const QSet<QString> &knownReferences) override;
    QFuture<Result<Money>> usdcBalance(const QString &userName);
    /// POST /customer/update-tsp-status with external_tsp_status false for `hours`.
    QFuture<Result<Done>> restrictTradeScripts(const QString &customer, int hours) override;

    RecipientForm recipientForm() const override;
    QFuture<Result<RecipientProfile>> fetchRecipient(const QString &id) override;
    /// customer/create (then watched by this connection for the session) or
    /// customer/update; the password is sent, never kept.
    QFuture<Result<RecipientProfile>> saveRecipient(const RecipientProfile &profile,
                                                    const QString &password) override;
    QFuture<Result<QList<TradeScriptInfo>>> fetchTradeScripts(const QString &id) override;
    QFuture<Result<Money>> fetchTokenValue(const QString &id, const QString &token) override;

    QFuture<Result<DartParser::Customer>> customer(const QString &userName);
    QFuture<Result<QList<DartParser::TradeScript>>> tradeScripts(const QString &userName);
    QFuture<Result<Money>> tokenValue(const QString &userName, const QString &token);

private:
    QStringList m_customers;
};
