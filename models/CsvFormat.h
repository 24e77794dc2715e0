#pragma once

#include <QByteArray>
#include <QString>

/// RFC 4180 cells that spreadsheets open safely.
namespace CsvFormat {

/// A leading ' on text that a spreadsheet would run as a formula (=, +, -, @, tab, CR),
/// as OWASP recommends for CSV injection.
QString neutralized(const QString &text);
/// Appends one cell as UTF-8, quoted when it holds the delimiter, a quote or a line break.
/// Text cells are neutralized; numbers we formatted ourselves are passed as isNumber.
void appendCell(QByteArray &line, const QString &value, char delimiter, bool isNumber = false);

} // namespace CsvFormat
