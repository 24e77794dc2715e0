#pragma once

#include "Money.h"

#include <QHash>
#include <QLockFile>
#include <QString>

#include <memory>
#include <vector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

/**
 * A workbook written row by row in constant memory (libxlsxwriter), into a file beside its
 * path that is renamed over it only when complete: a failed or cancelled export leaves no
 * half workbook. Cells are typed: text stays text (a leading zero, a formula-looking
 * name), numbers and dates are numbers with a visible format. Rows of a sheet are written
 * in order.
 */
class XlsxWriter final
{
public:
    /// Rows a sheet holds in Excel and LibreOffice, its header included.
    static constexpr qint64 MaxRows = 1048576;
    /// Significant digits a spreadsheet number (a double) holds exactly.
    static constexpr int ExactDigits = 15;

    explicit XlsxWriter(const QString &path);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    /// False with error() when the path must not be written or the file cannot be made.
    bool open();
    /// A new sheet, which the calls below then write; its index.
    int addSheet(const QString &name);
    /// Bold cells in the first row, frozen there, with a filter over `lastRow` rows.
    void header(const QStringList &names, qint64 lastRow);
    void text(qint64 row, int column, const QString &value);
    void text(qint64 row, int column, const QByteArray &utf8);
    void bold(qint64 row, int column, const QString &value);
    void integer(qint64 row, int column, qint64 value);
    /// A date-and-time cell, shown as 2026-12-02 04:00:00 (UTC, as the header says).
    void date(qint64 row, int column, qint64 msecsSinceEpoch);
    /// A number shown with `decimals` places; more than ExactDigits significant digits
    /// go in as text instead, and false says so.
    bool amount(qint64 row, int column, const Money &value, int decimals);
    /// Widths in characters, kept per column of the current sheet and set at the end.
    void fit(int column, qsizetype characters);
    /// Closes the workbook and renames it into place; false with error().
    bool finish();
    /// Removes what was written (a cancelled export).
    void discard();
    QString error() const { return m_error; }

    /// How many significant digits `value` has (trailing zeros after the point not counted).
    static int significantDigits(const Money &value);

private:
    lxw_format *numberFormat(int decimals);
    void applyWidths();
    void check(int result);
    /// Removes `part` and its lock.
    void removePart();

    QString m_path;
    QString m_partPath;
    /// Held while the part file is ours: an export killed midway leaves a part whose lock
    /// anyone can take, and the next export to that name removes it.
    std::unique_ptr<QLockFile> m_partLock;
    QString m_error;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    QHash<int, lxw_format *> m_numbers;
    std::vector<qsizetype> m_widths;
};
