#pragma once

#include "Payout.h"
#include "PayoutBatch.h"
#include "RecipientProfile.h"
#include "Result.h"
#include "Transaction.h"

#include <QJsonObject>

#include <optional>

/// Dots JSON to domain types: amounts are integer cents (transfers send them as text,
/// negative from the app to a user); times carry microseconds and no zone (UTC).
namespace DotsParser {

std::optional<Transaction> payout(const QJsonObject &o, const QString &connection, QString *error);
std::optional<Transaction> transfer(const QJsonObject &o, const QString &connection,
                                    QString *error);
/// A cursor page: {"data": [...], "has_more": bool}.
bool page(const QJsonValue &body, QList<QJsonObject> *items, QString *error);
/// A created payout or payout link: its id, status, time, and a link's url.
std::optional<PayoutReceipt> receipt(const QJsonObject &o, QString *error);
/// GET /flows/{id}: its steps and those the payee completed; "completed" once all are.
std::optional<PayoutState> flowState(const QJsonObject &o, QString *error);
/// A payout batch and its progress, as a Result for ProviderSupport::fromJson.
Result<PayoutBatchStatus> batch(const QJsonValue &body);
/// A user's details.
Result<RecipientProfile> profile(const QJsonValue &body);
/// "First Last" of a user object, for naming payees.
QString userName(const QJsonObject &user);

} // namespace DotsParser
