#pragma once

#include "Transaction.h"

#include <QList>

#include <memory>

class TransactionTable;

/// Varied, reproducible transactions for model, store, export tests and benchmarks:
/// five providers, several connections and cards, fiat and crypto, every status, and
/// descriptions a spreadsheet would run as formulas.
namespace SyntheticTransactions {
QList<Transaction> make(int count, quint32 seed = 7);
/// The same rows straight into a table, without holding them all as records first.
std::shared_ptr<TransactionTable> table(int count, quint32 seed = 7);
} // namespace SyntheticTransactions
