#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/**
 * Reads an export back as a spreadsheet user would see it: LibreOffice (headless) opens
 * the file, with the import settings of a language where it is a CSV, and saves it as
 * flat OpenDocument, whose cells say what they are (text, number, date, formula).
 */
namespace SpreadsheetReadback {

struct Cell
{
    QString type;    ///< "string", "float", "date", … or empty for an empty cell
    QString value;   ///< the number or ISO date LibreOffice holds; the text for a string
    QString formula; ///< non-empty when LibreOffice would calculate the cell
};

struct Sheet
{
    QString name;
    QList<QList<Cell>> rows;
    Cell at(int row, int column) const { return rows.value(row).value(column); }
};

/// Converts `file` in a throwaway LibreOffice profile; `csvFilter` the CSV import options,
/// whose sixth field is the language that reads numbers and dates (1031 German, 1033
/// English): "59,34,76,1,,1031,false,true". Empty for a workbook. The sheets, or empty
/// with *error.
QList<Sheet> open(const QString &file, const QString &csvFilter, QString *error);

} // namespace SpreadsheetReadback
