#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;
class TransactionTable;

/// How an export is written. The defaults open cleanly in Excel and LibreOffice.
struct CsvOptions
{
    char delimiter = ',';
    char decimalPoint = '.'; ///< ',' for a spreadsheet set to a decimal comma
    /// Dates as "2026-12-02 04:00:00" (UTC), which spreadsheets read as date cells; the
    /// default is ISO 8601 with its "T" and "Z", which they keep as text.
    bool spreadsheetDates = false;
    bool bom = false; ///< a UTF-8 byte order mark, which Excel needs to detect UTF-8
    /// Text of digits alone (an id, a card's last four) as ="0042", so that spreadsheets
    /// keep its zeros and every digit; plain CSV keeps it as it is for scripts.
    bool digitsAsText = false;
    QStringList columns;   ///< empty: the default columns
    bool manifest = false; ///< also write FILE.manifest.json for audit hand-off
    QJsonObject filters;   ///< what was filtered, for the manifest

    /// "Spreadsheet in this language": the locale's decimal mark, `;` between cells where
    /// that mark is a comma, dates a spreadsheet reads, ids kept as text, and the byte
    /// order mark.
    static CsvOptions spreadsheet(QChar localeDecimalPoint);
};

/// What an export did.
struct ExportOutcome
{
    bool ok = false;
    bool cancelled = false;
    QString error; ///< in words, for the user
    qint64 rows = 0;
    QByteArray sha256; ///< hex, of the bytes written; only when a manifest was asked for
};

/**
 * Writes transactions as CSV: RFC 4180, UTF-8, dates in ISO 8601 UTC, amounts with '.'
 * at the currency's scale and negative for money out, formula-looking text neutralized.
 * The GUI and treasuryctl share it. No user interface here: errors come back as text.
 */
class TransactionExporter final
{
public:
    /// Called every few thousand rows with the count done; return false to cancel.
    using Progress = std::function<bool(qint64 done)>;

    static QStringList defaultColumns();
    static QStringList allColumns();
    /// The cell text of one column (locale-free), as the CSV and --json write it.
    static QString value(const TransactionTable &table, int row, const QString &column);
    /// ISO 8601 UTC with seconds: 2022-05-26T16:28:28Z.
    static QString isoDate(qint64 msecsSinceEpoch);

    /// Writes the header and rows to an open device.
    static ExportOutcome write(QIODevice *device, const TransactionTable &table,
                               const QList<int> &rows, const CsvOptions &options,
                               const Progress &progress = {});
    /// Writes to a temporary file renamed over path only when complete, so a failed or
    /// cancelled export never leaves a half file; then the manifest if asked for.
    static ExportOutcome writeFile(const QString &path, const TransactionTable &table,
                                   const QList<int> &rows, const CsvOptions &options,
                                   const Progress &progress = {});
    static QString manifestPath(const QString &csvPath);
};
