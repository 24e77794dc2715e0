#pragma once

#include "Transaction.h"

#include <QList>

/// Varied, reproducible transactions for model, store, export tests and benchmarks:
/// five providers, several connections and cards, fiat and crypto, every status, and
/// descriptions a spreadsheet would run as formulas.
namespace SyntheticTransactions {
QList<Transaction> make(int count, quint32 seed = 7);
}
