#pragma once

#include <QString>

#include <memory>

class QSqlDatabase;
class TransactionTable;

/**
 * Reads the store's transactions into a TransactionTable through SQLite's own C API on
 * the connection Qt opened. A million rows through QSqlQuery cost seventeen QVariants
 * and a decoded QString per row; here text that repeats (provider, card, status,
 * merchant...) is decoded once per distinct value, so loading is mostly SQLite's work.
 */
class TransactionTableReader final
{
public:
    /// nullptr with error() in words when the connection is not SQLite or the read fails.
    /// expectedRows only sizes the table up front.
    std::shared_ptr<TransactionTable> read(QSqlDatabase &db, qint64 expectedRows = 0);
    QString error() const { return m_error; }

private:
    QString m_error;
};
