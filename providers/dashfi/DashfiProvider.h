#pragma once

#include "BalanceSource.h"
#include "CardClosing.h"
#include "CardControl.h"
#include "CardIssuing.h"
#include "CardLimits.h"
#include "CardSource.h"
#include "ConnectionKind.h"
#include "Provider.h"
#include "TransactionLookup.h"
#include "TransactionSource.h"

#include <QUrl>

class HttpClient;
class QNetworkAccessManager;

/// dash.fi Direct API v0.13 (Bearer API key, 20 requests per second).
class DashfiProvider final : public Provider,
                             public BalanceSource,
                             public CardSource,
                             public CardControl,
                             public CardLimits,
                             public CardIssuing,
                             public CardClosing,
                             public TransactionSource,
                             public TransactionLookup
{
    Q_OBJECT
    Q_INTERFACES(BalanceSource CardSource CardControl CardLimits CardIssuing CardClosing
                     TransactionSource TransactionLookup)

public:
    DashfiProvider(const QString &connectionName, QNetworkAccessManager *network,
                   const QUrl &baseUrl, const QString &apiKey, QObject *parent = nullptr);

    /// What a connection to it needs, as its document says (base URLs, secret, settings).
    static ConnectionKind connectionKind();
    QString providerId() const override { return QStringLiteral("dashfi"); }
    QString displayName() const override { return QStringLiteral("dash.fi"); }

    QFuture<Result<Done>> checkStatus() override;
    QFuture<Result<QList<Balance>>> fetchBalances() override;
    QFuture<Result<QList<Card>>> fetchCards() override;
    /// name and last_four go to dash.fi, which filters every page.
    QFuture<Result<QList<Card>>> findCards(const CardSearch &search) override;
    QFuture<Result<Card>> fetchCard(const QString &cardId) override;
    QFuture<Result<Transaction>> fetchTransaction(const QString &token) override;
    QFuture<Result<Done>> setCardFrozen(const QString &cardId, bool frozen) override;
    QFuture<Result<Done>> cancelCard(const QString &cardId) override;
    QFuture<Result<Done>> setCardLimit(const QString &cardId, const std::optional<Money> &amount,
                                       const QString &period) override;
    QFuture<Result<Card>> createCard(const NewCard &request) override;
    QFuture<Result<QList<Transaction>>> fetchTransactions(const QDateTime &from,
                                                          const QDateTime &to) override;
};
