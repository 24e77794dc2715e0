#pragma once

#include "Balance.h"
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
/// The USD value of one unit, from a /rates/ answer, with the rate's time if it has one.
std::optional<Money> rate(const QJsonValue &body, QDateTime *at, QString *error);

} // namespace CryptoParser
