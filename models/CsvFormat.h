#pragma once

#include <QByteArray>
#include <QString>

/// RFC 4180 cells that spreadsheets open safely.
namespace CsvFormat {

/// A leading ' on text that a spreadsheet would run as a formula (=, +, -, @, tab, CR),
/// as OWASP recommends for CSV injection.
QString neutralized(const QString &text);
/// Text of ASCII digits alone ("0042", a 20-digit id), which a spreadsheet would read as a
/// number and so lose its leading zeros and every digit past the 15th.
bool isDigits(QStringView text);
/// Appends one cell as UTF-8, quoted when it holds the delimiter, a quote or a line break.
/// Text cells are neutralized; numbers we formatted ourselves are passed as isNumber. With
/// digitsAsText (for spreadsheets), text of digits alone is written as ="0042", a formula
/// that yields exactly that text, the one way Excel and LibreOffice keep it as written.
void appendCell(QByteArray &line, const QString &value, char delimiter, bool isNumber = false,
                bool digitsAsText = false);

} // namespace CsvFormat
