#pragma once

#include "Payout.h"
#include "PayoutMatcher.h"
#include "Result.h"

#include <QDateTime>
#include <QFuture>
#include <QSet>
#include <QtPlugin>

/**
 * A provider that sends payouts. Nothing here retries a request that moves money unless the
 * provider takes the request's idempotency key: the caller journals each payout before it
 * is sent and settles a lost answer through reconcilePayout.
 */
class PayoutSender
{
public:
    virtual ~PayoutSender() = default;

    /// The methods this connection sends, in the order the forms show them.
    virtual QList<PayoutMethod> payoutMethods() const = 0;
    /// The name the provider's documents give the request field a form field is sent as
    /// ("RECIPIENT_FULL_NAME", "user_id"); treasuryctl takes fields by these names.
    virtual QString requestFieldName(PayoutField field) const = 0;
    virtual QFuture<Result<PayoutReceipt>> sendPayout(const PayoutRequest &request) = 0;
    /// Settles a payout whose answer was lost, from the provider's own records.
    /// `knownReferences` are transactions other journal entries already account for.
    virtual QFuture<Result<PayoutMatch>> reconcilePayout(const PayoutRequest &request,
                                                         const QDateTime &sentAt,
                                                         const QSet<QString> &knownReferences) = 0;
};

Q_DECLARE_INTERFACE(PayoutSender, "org.treasurydesk.PayoutSender/1")
