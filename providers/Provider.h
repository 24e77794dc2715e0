#pragma once

#include "Balance.h"
#include "Card.h"
#include "ExchangeRate.h"
#include "Payout.h"
#include "PayoutBatch.h"
#include "PayoutMatcher.h"
#include "RecipientProfile.h"
#include "Result.h"
#include "Transaction.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>

/**
 * One connection to one provider, behind the interface every model and view relies on.
 * Capabilities are optional and discoverable; a call a provider does not offer resolves to
 * a ProviderError of kind Unsupported. Results are domain types with Money amounts and UTC
 * times: nothing above this line knows a provider's JSON.
 */
class Provider : public QObject
{
    Q_OBJECT

public:
    enum class Capability {
        Status = 0x1,
        Balances = 0x2,
        Cards = 0x4,
        CardFreeze = 0x8,
        CardLimit = 0x10,
        CardCreate = 0x20,
        CardCancel = 0x40,
        Transactions = 0x80,
        Payouts = 0x100,
        Customers = 0x200,
        CardTransactions = 0x400,
        Rates = 0x800,
        BalanceHistory = 0x1000,
        CardDetails = 0x2000, ///< one card by id, without fetching the whole list
        SubAccounts = 0x4000, ///< wallets under the master account: create, details
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    Provider(QString connectionName, QObject *parent = nullptr)
        : QObject(parent), m_connection(std::move(connectionName))
    {}

    QString connectionName() const { return m_connection; }
    virtual QString providerId() const = 0;
    virtual QString displayName() const = 0;
    virtual Capabilities capabilities() const = 0;
    bool can(Capability c) const { return capabilities().testFlag(c); }

    /// Reaches the provider with the cheapest authenticated call.
    virtual QFuture<Result<Done>> checkStatus() = 0;
    /// Stops the reads under way (a refresh the user stopped); their results finish as
    /// Cancelled. Payouts and other writes are never stopped.
    virtual void cancelReads() = 0;
    virtual QFuture<Result<QList<Balance>>> fetchBalances()
    {
        return unsupported<QList<Balance>>();
    }
    virtual QFuture<Result<QList<Card>>> fetchCards() { return unsupported<QList<Card>>(); }
    /// The cards a search names; the provider narrows the list itself where it can.
    virtual QFuture<Result<QList<Card>>> findCards(const CardSearch &search)
    {
        return fetchCards().then([search](const Result<QList<Card>> &all) {
            return all.ok() ? Result<QList<Card>>::success(search.filter(all.value())) : all;
        });
    }
    virtual QFuture<Result<Done>> setCardFrozen(const QString &cardId, bool frozen)
    {
        Q_UNUSED(cardId);
        Q_UNUSED(frozen);
        return unsupported<Done>();
    }
    /// Sets a card's spend limit for a period (MONTHLY, TRANSACTION, FOREVER); no amount
    /// removes the limit.
    virtual QFuture<Result<Done>>
    setCardLimit(const QString &cardId, const std::optional<Money> &amount, const QString &period)
    {
        Q_UNUSED(cardId);
        Q_UNUSED(amount);
        Q_UNUSED(period);
        return unsupported<Done>();
    }
    /// Creates a card. Never retried: a lost answer is settled by looking for its external id.
    virtual QFuture<Result<Card>> createCard(const NewCard &request)
    {
        Q_UNUSED(request);
        return unsupported<Card>();
    }
    /// Cancels or archives a card for good (the caller has asked the user to confirm).
    virtual QFuture<Result<Done>> cancelCard(const QString &cardId)
    {
        Q_UNUSED(cardId);
        return unsupported<Done>();
    }
    /// One card as the provider has it now.
    virtual QFuture<Result<Card>> fetchCard(const QString &cardId)
    {
        Q_UNUSED(cardId);
        return unsupported<Card>();
    }
    /// One transaction by the provider's id for it.
    virtual QFuture<Result<Transaction>> fetchTransaction(const QString &id)
    {
        Q_UNUSED(id);
        return unsupported<Transaction>();
    }
    /// A card's recent transactions, for its details panel.
    virtual QFuture<Result<QList<Transaction>>> fetchCardTransactions(const QString &cardId)
    {
        Q_UNUSED(cardId);
        return unsupported<QList<Transaction>>();
    }
    /// Every transaction in [from, to] (either may be invalid: open-ended), all pages.
    virtual QFuture<Result<QList<Transaction>>> fetchTransactions(const QDateTime &from,
                                                                  const QDateTime &to)
    {
        Q_UNUSED(from);
        Q_UNUSED(to);
        return unsupported<QList<Transaction>>();
    }

    /// Past balances since `from` (each with asOf), for balance over time.
    virtual QFuture<Result<QList<Balance>>> fetchBalanceHistory(const QDateTime &from)
    {
        Q_UNUSED(from);
        return unsupported<QList<Balance>>();
    }

    /// USD value of each currency the provider can price; a currency it cannot price is
    /// left out, never given as zero.
    virtual QFuture<Result<QList<ExchangeRate>>> fetchUsdRates(const QStringList &currencies)
    {
        Q_UNUSED(currencies);
        return unsupported<QList<ExchangeRate>>();
    }

    /// What a payout would cost and what the provider finds wrong with it, before it is
    /// sent (reads only; nothing moves).
    virtual QFuture<Result<PayoutQuote>> quotePayout(const PayoutRequest &request)
    {
        Q_UNUSED(request);
        return unsupported<PayoutQuote>();
    }
    /// Who the provider can pay (Dots users, DART customers), for the payout forms.
    virtual QFuture<Result<QList<Recipient>>> fetchRecipients()
    {
        return unsupported<QList<Recipient>>();
    }
    /// What to record before sending, to settle a lost answer where the provider keeps no
    /// list and takes no key (DART: the customer's balance). Empty when not needed.
    virtual QFuture<Result<QString>> payoutAnchor(const PayoutRequest &request)
    {
        Q_UNUSED(request);
        return ready(Result<QString>::success(QString()));
    }
    /// Sends one payout. Never retried here unless the provider takes the request's
    /// idempotency key: the caller journals it first and reconciles a lost answer.
    virtual QFuture<Result<PayoutReceipt>> sendPayout(const PayoutRequest &request)
    {
        Q_UNUSED(request);
        return unsupported<PayoutReceipt>();
    }
    /// Sends many payouts as one batch under `batchKey`, each item with its own key.
    virtual QFuture<Result<PayoutBatchStatus>> sendPayoutBatch(const QString &batchKey,
                                                               const QList<PayoutRequest> &items)
    {
        Q_UNUSED(batchKey);
        Q_UNUSED(items);
        return unsupported<PayoutBatchStatus>();
    }
    /// Opens a sub-account (a crypto wallet) under the master account.
    virtual QFuture<Result<Recipient>> createSubAccount(const QString &name,
                                                        const QString &externalId)
    {
        Q_UNUSED(name);
        Q_UNUSED(externalId);
        return unsupported<Recipient>();
    }
    /// One sub-account's balances per currency.
    virtual QFuture<Result<QList<Balance>>> fetchSubAccount(const QString &id)
    {
        Q_UNUSED(id);
        return unsupported<QList<Balance>>();
    }
    /// The batches sent since `from` (invalid: all), newest first.
    virtual QFuture<Result<QList<PayoutBatchStatus>>> fetchPayoutBatches(const QDateTime &from)
    {
        Q_UNUSED(from);
        return unsupported<QList<PayoutBatchStatus>>();
    }
    /// A sent payout's status as the provider has it now.
    virtual QFuture<Result<PayoutState>> fetchPayoutState(const QString &reference)
    {
        Q_UNUSED(reference);
        return unsupported<PayoutState>();
    }
    /// The currencies a payout can be made in, with the provider's limits.
    virtual QFuture<Result<QList<PayoutCurrency>>> fetchPayoutCurrencies()
    {
        return unsupported<QList<PayoutCurrency>>();
    }
    /// A batch's progress.
    virtual QFuture<Result<PayoutBatchStatus>> fetchPayoutBatch(const QString &id)
    {
        Q_UNUSED(id);
        return unsupported<PayoutBatchStatus>();
    }
    /// One recipient's details.
    virtual QFuture<Result<RecipientProfile>> fetchRecipient(const QString &id)
    {
        Q_UNUSED(id);
        return unsupported<RecipientProfile>();
    }
    /// Creates a recipient (id empty) or updates one; `password` only where the provider
    /// takes one (DART) and is never kept.
    virtual QFuture<Result<RecipientProfile>> saveRecipient(const RecipientProfile &profile,
                                                            const QString &password)
    {
        Q_UNUSED(profile);
        Q_UNUSED(password);
        return unsupported<RecipientProfile>();
    }
    /// A link where the recipient sets up how they are paid (a Dots flow), for the browser.
    virtual QFuture<Result<QUrl>> recipientSetupLink(const QString &id)
    {
        Q_UNUSED(id);
        return unsupported<QUrl>();
    }
    /// A DART customer's trade scripts.
    virtual QFuture<Result<QList<TradeScriptInfo>>> fetchTradeScripts(const QString &id)
    {
        Q_UNUSED(id);
        return unsupported<QList<TradeScriptInfo>>();
    }
    /// The value of one of a DART customer's tokens.
    virtual QFuture<Result<Money>> fetchTokenValue(const QString &id, const QString &token)
    {
        Q_UNUSED(id);
        Q_UNUSED(token);
        return unsupported<Money>();
    }
    /// Cancels a payout the provider has not completed (Dinari refunds it less its fee).
    virtual QFuture<Result<Done>> cancelPayout(const QString &reference)
    {
        Q_UNUSED(reference);
        return unsupported<Done>();
    }
    /// Stops a customer's trade scripts for some hours (DART).
    virtual QFuture<Result<Done>> restrictTradeScripts(const QString &customer, int hours)
    {
        Q_UNUSED(customer);
        Q_UNUSED(hours);
        return unsupported<Done>();
    }
    /// Settles a payout whose answer was lost, from the provider's own transaction list.
    /// `knownReferences` are transactions other journal entries already account for.
    virtual QFuture<Result<PayoutMatch>> reconcilePayout(const PayoutRequest &request,
                                                         const QDateTime &sentAt,
                                                         const QSet<QString> &knownReferences)
    {
        return fetchTransactions(PayoutMatcher::windowStart(sentAt),
                                 PayoutMatcher::windowEnd(sentAt))
            .then(this, [request, sentAt, knownReferences](const Result<QList<Transaction>> &list) {
                if (!list.ok())
                    return Result<PayoutMatch>::failure(list.error());
                return Result<PayoutMatch>::success(PayoutMatcher::match(
                    request.amount, request.currency, sentAt, list.value(), knownReferences));
            });
    }

protected:
    template<typename T> static QFuture<Result<T>> ready(Result<T> result)
    {
        return QtFuture::makeReadyFuture(std::move(result));
    }
    template<typename T> QFuture<Result<T>> unsupported() const
    {
        ProviderError e;
        e.kind = ProviderError::Kind::Unsupported;
        e.message = tr("%1 does not offer this.").arg(displayName());
        return ready(Result<T>::failure(e));
    }

private:
    QString m_connection;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Provider::Capabilities)

/// The open provider of a connection, or nullptr: how controllers reach providers.
using ProviderLookup =
    std::function<Provider *(const QString &provider, const QString &connection)>;
