#pragma once

#include "TransactionExporter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class QJsonValue;
class TransactionTable;
class XlsxWriter;

/**
 * Writes transactions as an Excel workbook that opens as numbers and dates: a
 * "Transactions" sheet (dates as date cells in UTC, amounts as numbers at the currency's
 * decimals, ids and last four digits as text, frozen header, filter, fitted widths) and a
 * "Totals" sheet with each currency's totals by the rule of TransactionTotals and the
 * filters used. The GUI and treasuryctl share it.
 */
class TransactionWorkbook final
{
    Q_DECLARE_TR_FUNCTIONS(TransactionWorkbook)

public:
    /// Rows below the header a sheet can hold.
    static constexpr qint64 MaxRows = 1048575;

    /// `columns` empty: TransactionExporter's defaults. Progress as for the CSV export.
    static ExportOutcome writeFile(const QString &path, const TransactionTable &table,
                                   const QList<int> &rows, const QStringList &columns,
                                   const QJsonObject &filters,
                                   const TransactionExporter::Progress &progress = {});

private:
    static void writeTotals(XlsxWriter &book, const TransactionTable &table, const QList<int> &rows,
                            const QJsonObject &filters, qint64 textAmounts);
    static QString filterText(const QJsonValue &value);
};
