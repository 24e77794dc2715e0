#pragma once

#include "Balance.h"
#include "ExchangeRate.h"
#include "Payout.h"
#include "Transaction.h"

#include <QJsonObject>

#include <optional>

/// Crypto gateway JSON to domain types: amounts as 8-place strings or numbers.
namespace CryptoParser {

/// The master account's and every sub-account's balance per currency.
std::optional<QList<Balance>> balances(const QJsonValue &body, const QString &connection,
                                       QString *error);
std::optional<Transaction> withdrawal(const QJsonObject &o, const QString &connection,
                                      QString *error);
std::optional<Transaction> payment(const QJsonObject &o, const QString &connection, QString *error);
/// A limit/offset page: {"count", "next", "previous", "results"}.
bool page(const QJsonValue &body, QList<QJsonObject> *items, QString *error);
/// One balance-history entry as the master account's balance after it (`balance_after`).
std::optional<Balance> historyEntry(const QJsonObject &o, const QString &connection,
                                    QString *error);
/// A /rates/ answer between USD and `currency`, in the direction its currency_from and
/// currency_to name (either way round), with the rate's time if it has one. An answer
/// for another pair, or one that does not say its pair, is refused.
std::optional<ExchangeRate> rate(const QJsonValue &body, const QString &currency, QString *error);

/// A withdrawal's quote from the answers of validate-address, min-amount, estimate and
/// fee-estimate (the network's part of the fee for that address).
std::optional<PayoutQuote> quote(const QJsonObject &address, const QJsonObject &minimum,
                                 const QJsonObject &estimate, const QJsonObject &networkFee,
                                 const Money &amount, QString *error);
/// One wallet (sub-account) with its balances per currency.
std::optional<QList<Balance>> wallet(const QJsonObject &o, const QString &connection,
                                     QString *error);
/// A wallet as a payee of transfers: wallet_id, name, external_id.
std::optional<Recipient> walletSummary(const QJsonObject &o, QString *error);
/// The answer of /withdrawal/status/.
std::optional<PayoutState> withdrawalState(const QJsonObject &o, QString *error);
/// /currencies/ in its short (codes) or full form.
std::optional<QList<PayoutCurrency>> currencies(const QJsonValue &body, QString *error);
/// A created withdrawal: its id, status, time and fee.
std::optional<PayoutReceipt> withdrawalReceipt(const QJsonObject &o, QString *error);

} // namespace CryptoParser
