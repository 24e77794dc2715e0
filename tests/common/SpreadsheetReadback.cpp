#include "SpreadsheetReadback.h"

#include <QDir>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>
#include <algorithm>

namespace SpreadsheetReadback {

namespace {

QList<Sheet> readFlat(QIODevice *device)
{
    QList<Sheet> sheets;
    QXmlStreamReader xml(device);
    const QString table = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
    const QString office = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.namespaceUri() != table)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("table")) {
            sheets.append(Sheet{a.value(table, QStringLiteral("name")).toString(), {}});
        } else if (xml.name() == QLatin1String("table-row") && !sheets.isEmpty()) {
            // A run of empty rows at the end repeats a million times: one is enough.
            sheets.last().rows.append(QList<Cell>());
        } else if ((xml.name() == QLatin1String("table-cell") ||
                    xml.name() == QLatin1String("covered-table-cell")) &&
                   !sheets.isEmpty() && !sheets.last().rows.isEmpty()) {
            Cell cell;
            cell.type = a.value(office, QStringLiteral("value-type")).toString();
            cell.formula = a.value(table, QStringLiteral("formula")).toString();
            if (cell.type == QLatin1String("date"))
                cell.value = a.value(office, QStringLiteral("date-value")).toString();
            else if (cell.type != QLatin1String("string"))
                cell.value = a.value(office, QStringLiteral("value")).toString();
            const int repeat =
                qBound(1, a.value(table, QStringLiteral("number-columns-repeated")).toInt(), 64);
            const bool text = cell.type == QLatin1String("string");
            if (text) {
                // The cell's paragraphs, joined by line breaks.
                QStringList paragraphs;
                int depth = 1;
                int inParagraph = 0; // the depth of the open text:p, 0 outside one
                while (depth > 0 && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement()) {
                        ++depth;
                        if (xml.name() == QLatin1String("p")) {
                            paragraphs.append(QString());
                            inParagraph = depth;
                        } else if (inParagraph && xml.name() == QLatin1String("s")) {
                            // text:s stands for a run of spaces.
                            const int n = xml.attributes().value(QStringLiteral("text:c")).toInt();
                            paragraphs.last() += QString(qMax(1, n), u' ');
                        }
                    } else if (xml.isEndElement()) {
                        if (depth == inParagraph)
                            inParagraph = 0;
                        --depth;
                    } else if (xml.isCharacters() && inParagraph) {
                        paragraphs.last() += xml.text();
                    }
                }
                cell.value = paragraphs.join(u'\n');
            }
            for (int i = 0; i < repeat; ++i)
                sheets.last().rows.last().append(cell);
        }
    }
    // LibreOffice writes the unused rest of a sheet as empty rows: not content.
    for (Sheet &sheet : sheets) {
        while (!sheet.rows.isEmpty() &&
               std::all_of(sheet.rows.last().begin(), sheet.rows.last().end(),
                           [](const Cell &c) { return c.type.isEmpty(); }))
            sheet.rows.removeLast();
    }
    return sheets;
}

} // namespace

QList<Sheet> open(const QString &file, const QString &csvFilter, QString *error)
{
    QTemporaryDir work;
    QStringList args{QStringLiteral("-env:UserInstallation=") +
                         QUrl::fromLocalFile(work.filePath(QStringLiteral("profile"))).toString(),
                     QStringLiteral("--headless")};
    if (!csvFilter.isEmpty())
        args << QStringLiteral("--infilter=CSV:") + csvFilter;
    args << QStringLiteral("--convert-to") << QStringLiteral("fods") << QStringLiteral("--outdir")
         << work.path() << file;
    QProcess office;
    office.setProcessChannelMode(QProcess::MergedChannels);
    office.start(QStringLiteral("soffice"), args);
    if (!office.waitForFinished(120000) || office.exitCode() != 0) {
        *error = QStringLiteral("soffice failed: ") + QString::fromLocal8Bit(office.readAll()) +
                 office.errorString();
        office.kill();
        return {};
    }
    QFile flat(
        QDir(work.path()).filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".fods")));
    if (!flat.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no converted file: ") + QString::fromLocal8Bit(office.readAll());
        return {};
    }
    return readFlat(&flat);
}

} // namespace SpreadsheetReadback
