#pragma once

#include "Balance.h"
#include "Card.h"
#include "HttpResponse.h"
#include "Payout.h"
#include "Transaction.h"

#include <QJsonObject>

#include <optional>

/// Dinari Cash JSON to domain types. Accepts the documented quirks (TANSACTION typos,
/// details under "details" or "data", two time forms, mixed-case statuses).
namespace DinariParser {

/// The "data" of a {"status": "success"} reply; otherwise the error in the gateway's
/// own words (GATEWAY_ERROR, GATEWAY_MESSAGE or message), kind from the HTTP status.
std::optional<QJsonObject> data(const HttpResponse &response, ProviderError *error);
/// Payout, float and reserve: three balances.
std::optional<QList<Balance>> balances(const QJsonObject &data, const QString &connection,
                                       QString *error);
std::optional<Card> card(const QJsonObject &details, const QString &connection, QString *error);
std::optional<Transaction> transaction(const QJsonObject &item, const QString &connection,
                                       QString *error);
/// A card's own purchases (LIST_TANSACTIONS of its details), as transactions of that card.
/// The lists asked for with TRANSACTION_DIRECTION OUTGOING and INCOMING, as one: what only
/// the incoming list holds is money in. A server that ignored the filter sends everything
/// twice; each transaction is then kept once, as its own record says.
QList<Transaction> byDirection(const QList<Transaction> &outgoing,
                               const QList<Transaction> &incoming);
std::optional<QList<Transaction>> cardPurchases(const QJsonObject &details, const Card &card,
                                                QString *error);
Transaction::Status status(const QString &raw, bool *known);
/// The "data" of an accepted send: the transaction id, its fee and fee rule, the payout
/// balance after it.
std::optional<PayoutReceipt> receipt(const QJsonObject &data, QString *error);
/// The "data" of a cancelled send: the transaction id, the cancel fee, the payout balance
/// after the refund.
std::optional<PayoutReceipt> cancellation(const QJsonObject &data, QString *error);

} // namespace DinariParser
