#include "XlsxWriter.h"

#include "SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <xlsxwriter.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("XlsxWriter", text);
}

// Excel's serial date: days since 1899-12-30, the fraction the time of day.
double serialDate(qint64 ms)
{
    return double(ms) / 86400000.0 + 25569.0;
}

} // namespace

XlsxWriter::XlsxWriter(const QString &path) : m_path(path) {}

XlsxWriter::~XlsxWriter()
{
    if (m_book)
        discard();
}

bool XlsxWriter::open()
{
    if (const QString why = SafeFile::refusal(m_path); !why.isEmpty()) {
        m_error = why;
        return false;
    }
    // The part file is made by us, 0600, in the target's folder (so the rename is atomic);
    // libxlsxwriter then reopens it by name and keeps the mode.
    const QFileInfo target(m_path);
    // Parts of earlier exports to this name that were killed: no living process holds them.
    const QDir folder = target.absoluteDir();
    for (const QString &stale :
         folder.entryList({target.fileName() + QStringLiteral(".??????.part")}, QDir::Files)) {
        QLockFile lock(folder.filePath(stale) + QStringLiteral(".lock"));
        lock.setStaleLockTime(0); // a dead holder's lock is taken at once
        if (lock.tryLock(0)) {
            QFile::remove(folder.filePath(stale));
            lock.unlock();
        }
    }
    QTemporaryFile part(
        target.absoluteDir().filePath(target.fileName() + QStringLiteral(".XXXXXX.part")));
    if (!part.open()) {
        m_error = tr("Cannot write %1: %2").arg(m_path, part.errorString());
        return false;
    }
    part.setAutoRemove(false);
    m_partPath = part.fileName();
    part.close();
    m_partLock = std::make_unique<QLockFile>(m_partPath + QStringLiteral(".lock"));
    m_partLock->setStaleLockTime(0);
    m_partLock->tryLock(0);
    // Sheet data waits in temporary files in the same folder, not in memory.
    const QByteArray dir = QFile::encodeName(target.absolutePath());
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char *>(dir.constData());
    options.use_zip64 = LXW_TRUE;
    m_book = workbook_new_opt(QFile::encodeName(m_partPath).constData(), &options);
    if (!m_book) {
        m_error = tr("Cannot write %1: %2")
                      .arg(m_path, QString::fromLocal8Bit(strerror(errno ? errno : EIO)));
        removePart();
        return false;
    }
    m_bold = workbook_add_format(m_book);
    format_set_bold(m_bold);
    m_date = workbook_add_format(m_book);
    format_set_num_format(m_date, "yyyy-mm-dd hh:mm:ss");
    return true;
}

int XlsxWriter::addSheet(const QString &name)
{
    applyWidths();
    m_sheet = workbook_add_worksheet(m_book, name.left(31).toUtf8().constData());
    if (!m_sheet && m_error.isEmpty())
        m_error = tr("The sheet \"%1\" could not be added.").arg(name);
    m_widths.clear();
    return int(m_book->num_worksheets) - 1;
}

void XlsxWriter::check(int result)
{
    if (result != LXW_NO_ERROR && m_error.isEmpty())
        m_error = QString::fromUtf8(lxw_strerror(lxw_error(result)));
}

void XlsxWriter::header(const QStringList &names, qint64 lastRow)
{
    if (!m_sheet)
        return;
    for (int c = 0; c < names.size(); ++c) {
        bold(0, c, names.at(c));
        fit(c, names.at(c).size() + 2); // room for the filter button
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    if (!names.isEmpty())
        check(worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(qMax<qint64>(lastRow, 1)),
                                   lxw_col_t(names.size() - 1)));
}

void XlsxWriter::text(qint64 row, int column, const QString &value)
{
    if (!value.isEmpty())
        text(row, column, value.toUtf8());
}

void XlsxWriter::text(qint64 row, int column, const QByteArray &utf8)
{
    // A string cell is never evaluated, so a formula-looking name stays inert text.
    if (m_sheet && !utf8.isEmpty())
        check(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(),
                                     nullptr));
}

void XlsxWriter::bold(qint64 row, int column, const QString &value)
{
    if (m_sheet)
        check(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column),
                                     value.toUtf8().constData(), m_bold));
}

void XlsxWriter::integer(qint64 row, int column, qint64 value)
{
    if (m_sheet)
        check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), double(value),
                                     nullptr));
}

void XlsxWriter::date(qint64 row, int column, qint64 msecsSinceEpoch)
{
    if (m_sheet)
        check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column),
                                     serialDate(msecsSinceEpoch), m_date));
}

int XlsxWriter::significantDigits(const Money &value)
{
    QByteArray digits;
    value.normalized().appendTo(digits);
    int count = 0;
    bool leading = true;
    for (const char ch : digits) {
        if (ch < '0' || ch > '9')
            continue;
        if (leading && ch == '0')
            continue;
        leading = false;
        ++count;
    }
    return count;
}

bool XlsxWriter::amount(qint64 row, int column, const Money &value, int decimals)
{
    if (!m_sheet)
        return true;
    QByteArray digits;
    value.appendTo(digits, decimals);
    if (significantDigits(value) > ExactDigits) {
        check(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), digits.constData(),
                                     nullptr));
        return false;
    }
    // The double nearest the exact decimal text: what a spreadsheet would read from it.
    check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), digits.toDouble(),
                                 numberFormat(decimals)));
    return true;
}

lxw_format *XlsxWriter::numberFormat(int decimals)
{
    if (lxw_format *known = m_numbers.value(decimals))
        return known;
    lxw_format *f = workbook_add_format(m_book);
    const QByteArray pattern =
        decimals > 0 ? "#,##0." + QByteArray(decimals, '0') : QByteArray("#,##0");
    format_set_num_format(f, pattern.constData());
    m_numbers.insert(decimals, f);
    return f;
}

void XlsxWriter::fit(int column, qsizetype characters)
{
    if (size_t(column) >= m_widths.size())
        m_widths.resize(size_t(column) + 1, 0);
    m_widths[size_t(column)] = qMax(m_widths[size_t(column)], characters);
}

void XlsxWriter::applyWidths()
{
    if (!m_sheet)
        return;
    for (size_t c = 0; c < m_widths.size(); ++c) {
        if (m_widths[c] > 0)
            check(worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c),
                                       double(std::clamp<qsizetype>(m_widths[c] + 1, 6, 60)),
                                       nullptr));
    }
}

bool XlsxWriter::finish()
{
    if (!m_book)
        return false;
    applyWidths();
    errno = 0;
    const lxw_error closed = workbook_close(m_book);
    const int why = errno;
    m_book = nullptr;
    m_sheet = nullptr;
    if (closed != LXW_NO_ERROR && m_error.isEmpty()) {
        m_error = tr("Cannot write %1: %2")
                      .arg(m_path, why == ENOSPC ? tr("the disk is full")
                                                 : QString::fromUtf8(lxw_strerror(closed)));
    }
    if (!m_error.isEmpty()) {
        removePart();
        return false;
    }
    // rename(2) replaces the old file in one step; QFile::rename would refuse to.
    if (std::rename(QFile::encodeName(m_partPath).constData(),
                    QFile::encodeName(m_path).constData()) != 0) {
        m_error = tr("Cannot write %1: %2").arg(m_path, QString::fromLocal8Bit(strerror(errno)));
        removePart();
        return false;
    }
    removePart(); // renamed away: its lock goes
    return true;
}

void XlsxWriter::removePart()
{
    QFile::remove(m_partPath);
    m_partLock.reset(); // unlocks and removes the lock file
}

void XlsxWriter::discard()
{
    // Freed without assembling: a cancelled million-row export ends at once.
    if (m_book)
        lxw_workbook_free(m_book);
    m_book = nullptr;
    m_sheet = nullptr;
    removePart();
}
