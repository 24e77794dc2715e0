#include "TestSupport.h"

#include <QTemporaryDir>

#include <deque>

namespace TestSupport {

QString makeTempDir()
{
    // Destroyed at exit, which removes the directories.
    static std::deque<QTemporaryDir> dirs;
    dirs.emplace_back();
    return dirs.back().path();
}

} // namespace TestSupport

QList<QStringList> TestSupport::parseCsv(const QByteArray &bytes, QChar delimiter)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == delimiter) {
            row.append(cell);
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}
