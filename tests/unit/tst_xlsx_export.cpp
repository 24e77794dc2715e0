#include "SyntheticTransactions.h"
#include "TransactionTable.h"
#include "TransactionWorkbook.h"
#include "XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

/// The workbook export's limits and files: what a spreadsheet cannot hold is refused or
/// kept as text, and a failed or cancelled export leaves nothing behind.
class TestXlsxExport : public QObject
{
    Q_OBJECT

private slots:
    void countsSignificantDigits_data();
    void countsSignificantDigits();
    void refusesMoreRowsThanASheetHolds();
    void cancelLeavesNoFile();
    void aKilledExportsPartIsRemovedByTheNext();
    void replacesAnOldFileAndStaysPrivate();
    void refusesALinkAndAMissingFolder();
    void unknownColumnRefused();

private:
    QTemporaryDir m_dir;
};

void TestXlsxExport::countsSignificantDigits_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<int>("digits");
    QTest::newRow("zero") << "0.00" << 0;
    QTest::newRow("cents") << "-1234.56" << 6;
    QTest::newRow("trailing zeros") << "12.3000" << 3;
    QTest::newRow("leading zeros") << "0.00012345678" << 8;
    QTest::newRow("fifteen") << "1234567890123.45" << 15;
    QTest::newRow("sixteen") << "12345678901234.56" << 16;
}

void TestXlsxExport::countsSignificantDigits()
{
    QFETCH(QString, amount);
    QFETCH(int, digits);
    QCOMPARE(XlsxWriter::significantDigits(*Money::parse(amount)), digits);
}

void TestXlsxExport::refusesMoreRowsThanASheetHolds()
{
    const TransactionTable table = [] {
        TransactionTable t;
        for (const Transaction &x : SyntheticTransactions::make(1))
            t.append(x);
        return t;
    }();
    const QString path = m_dir.filePath(QStringLiteral("big.xlsx"));
    // One row more than fits below the header; the same row repeated is enough to ask.
    const ExportOutcome refused = TransactionWorkbook::writeFile(
        path, table, QList<int>(TransactionWorkbook::MaxRows + 1, 0), {}, {});
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QLatin1String("1,048,575")), qPrintable(refused.error));
    QVERIFY(refused.error.contains(QLatin1String("CSV")));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(TransactionWorkbook::MaxRows, XlsxWriter::MaxRows - 1);
}

void TestXlsxExport::cancelLeavesNoFile()
{
    TransactionTable table;
    for (const Transaction &x : SyntheticTransactions::make(20000))
        table.append(x);
    QList<int> rows;
    for (int i = 0; i < table.size(); ++i)
        rows.append(i);
    const QString path = m_dir.filePath(QStringLiteral("cancel.xlsx"));
    const ExportOutcome cancelled = TransactionWorkbook::writeFile(
        path, table, rows, {}, {}, [](qint64 done) { return done < 8000; });
    QVERIFY(cancelled.cancelled);
    QVERIFY(!cancelled.ok);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList());
}

void TestXlsxExport::aKilledExportsPartIsRemovedByTheNext()
{
    TransactionTable table;
    for (const Transaction &x : SyntheticTransactions::make(5))
        table.append(x);
    const QString path = m_dir.filePath(QStringLiteral("killed.xlsx"));
    // One left by an export that was killed; one an export still running holds.
    for (const char *part : {"killed.xlsx.aB3dE9.part", "killed.xlsx.zZ9yY8.part"}) {
        QFile f(m_dir.filePath(QLatin1String(part)));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QLockFile running(m_dir.filePath(QStringLiteral("killed.xlsx.zZ9yY8.part.lock")));
    QVERIFY(running.tryLock(0));
    const ExportOutcome done = TransactionWorkbook::writeFile(path, table, {0, 1}, {}, {});
    QVERIFY2(done.ok, qPrintable(done.error));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("killed*")}, QDir::Files),
             QStringList({QStringLiteral("killed.xlsx"), QStringLiteral("killed.xlsx.zZ9yY8.part"),
                          QStringLiteral("killed.xlsx.zZ9yY8.part.lock")}));
    running.unlock();
    QFile::remove(path);
    QFile::remove(m_dir.filePath(QStringLiteral("killed.xlsx.zZ9yY8.part")));
}

void TestXlsxExport::replacesAnOldFileAndStaysPrivate()
{
    TransactionTable table;
    for (const Transaction &x : SyntheticTransactions::make(10))
        table.append(x);
    const QString path = m_dir.filePath(QStringLiteral("again.xlsx"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older export");
    old.close();
    const ExportOutcome done = TransactionWorkbook::writeFile(path, table, {0, 1, 2}, {}, {});
    QVERIFY2(done.ok, qPrintable(done.error));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.read(2), QByteArray("PK")); // a zip, not the old text
    QCOMPARE(written.permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    // No part file left beside it.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("again*")}, QDir::Files),
             QStringList{QStringLiteral("again.xlsx")});
    QFile::remove(path);
}

void TestXlsxExport::refusesALinkAndAMissingFolder()
{
    TransactionTable table;
    for (const Transaction &x : SyntheticTransactions::make(1))
        table.append(x);
    const QString link = m_dir.filePath(QStringLiteral("link.xlsx"));
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("elsewhere.xlsx")), link));
    const ExportOutcome viaLink = TransactionWorkbook::writeFile(link, table, {0}, {}, {});
    QVERIFY(!viaLink.ok);
    QVERIFY2(viaLink.error.contains(QLatin1String("symbolic link")), qPrintable(viaLink.error));
    QFile::remove(link);
    const ExportOutcome noFolder = TransactionWorkbook::writeFile(
        m_dir.filePath(QStringLiteral("missing/t.xlsx")), table, {0}, {}, {});
    QVERIFY(!noFolder.ok);
    QVERIFY2(noFolder.error.contains(QLatin1String("does not exist")), qPrintable(noFolder.error));
}

void TestXlsxExport::unknownColumnRefused()
{
    TransactionTable table;
    const ExportOutcome r = TransactionWorkbook::writeFile(
        m_dir.filePath(QStringLiteral("c.xlsx")), table, {}, {QStringLiteral("balance")}, {});
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QLatin1String("balance")));
}

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "tst_xlsx_export.moc"
