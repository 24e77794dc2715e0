#pragma once

#include "Balance.h"
#include "Card.h"
#include "Payout.h"
#include "PayoutBatch.h"

#include <QJsonArray>
#include <QList>

class TransactionTable;

/// The JSON shapes treasuryctl prints, which scripts depend on: amounts as decimal strings
/// in the currency's scale, null where the provider says nothing.
namespace CtlJson {

QJsonArray balances(const QList<Balance> &balances);
/// Past balances with the time each was read (as_of).
QJsonArray balanceHistory(const QList<Balance> &history);
QJsonArray cards(const QList<Card> &cards);
QJsonArray payoutCurrencies(const QList<PayoutCurrency> &currencies);
QJsonArray payoutBatches(const QList<PayoutBatchStatus> &batches);
QJsonArray payoutState(const PayoutState &state);
/// Sub-accounts: id, name, external id.
QJsonArray wallets(const QList<Recipient> &wallets);
/// One object per row, the CSV's columns as keys and its cell text as values.
QJsonArray transactions(const TransactionTable &table, const QList<int> &rows,
                        const QStringList &columns);

} // namespace CtlJson
