#pragma once

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
    MerchantCountry
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

/// The columns written when none are chosen: the first eleven.
QStringList defaultNames();
QStringList allNames();
std::optional<Column> of(const QString &name);
/// One cell as locale-free text (amounts at the currency's scale, dates ISO 8601 UTC).
QString cellText(const TransactionTable &table, int row, Column column);

} // namespace TransactionColumns
