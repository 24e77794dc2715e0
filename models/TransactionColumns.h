#pragma once

#include "Money.h"

#include <QString>
#include <QStringList>

#include <optional>

class TransactionTable;

/// The columns an export or `treasuryctl --json` can hold, by their locale-free names.
namespace TransactionColumns {

enum class Column {
    Date,
    Provider,
    Connection,
    TransactionId,
    Description,
    Card,
    CardLastFour,
    Status,
    Direction,
    Amount,
    Currency,
    RawStatus,
    Fee,
    CardId,
    MerchantCountry,
    ChainReference, ///< what the provider says beyond the common fields (TransactionExtra)
    FiatAmount,
    FiatCurrency,
    NetworkFee,
    PlatformFee
};

/// A column whose text is one of the table's shared values: its pool and the row's index
/// into it, so that an export encodes each distinct value once.
struct Pool
{
    Column column;
    int (TransactionTable::*count)() const;
    const QString &(TransactionTable::*text)(int) const;
    int (TransactionTable::*index)(int) const;
};
/// The pool of a column, or null for a column of per-row values.
const Pool *poolOf(Column column);

/// The columns written when none are chosen: the first twelve, the fee among them.
QStringList defaultNames();
QStringList allNames();
std::optional<Column> of(const QString &name);
/// The amount a money column holds for the row (the amount signed, out negative), and the
/// currency it is in; nullopt for another column or where the provider said none.
std::optional<Money> money(const TransactionTable &table, int row, Column column);
QString moneyCurrency(const TransactionTable &table, int row, Column column);
bool isMoney(Column column);
/// One cell as locale-free text (amounts at the currency's scale, dates ISO 8601 UTC).
QString cellText(const TransactionTable &table, int row, Column column);

} // namespace TransactionColumns
