#include "Currency.h"
#include "JournalModel.h"
#include "SpreadsheetReadback.h"
#include "TransactionExporter.h"
#include "TransactionTable.h"
#include "TransactionWorkbook.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using SpreadsheetReadback::Cell;
using SpreadsheetReadback::Sheet;

namespace {

Transaction row(const char *id, QDateTime date, const char *amount, const char *currency,
                Transaction::Direction direction, Transaction::Status status,
                const QString &description)
{
    Transaction t;
    t.provider = QStringLiteral("dashfi");
    t.connection = QStringLiteral("Operations");
    t.id = QString::fromLatin1(id);
    t.date = date;
    t.amount = *Money::parse(QString::fromLatin1(amount));
    t.currency = QString::fromLatin1(currency);
    t.direction = direction;
    t.status = status;
    t.description = description;
    t.cardName = QStringLiteral("Ads");
    t.cardLastFour = QStringLiteral("0042");
    return t;
}

const QDateTime Dec2(QDate(2026, 12, 2), QTime(4, 0), QTimeZone::utc());
const QString Hostile = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");

TransactionTable table()
{
    using D = Transaction::Direction;
    using S = Transaction::Status;
    TransactionTable t;
    Transaction paid = row("0480", Dec2, "1234.56", "USD", D::Out, S::Settled, Hostile);
    paid.fee = Money::parse(u"2.50");
    t.append(paid);
    t.append(row("0481", Dec2.addSecs(-4 * 3600 - 1), "0.10", "USD", D::In, S::Pending,
                 QStringLiteral("+cmd|' /C calc'!A0")));
    t.append(row("0482", Dec2, "0.12345678", "BTC", D::In, S::Settled,
                 QStringLiteral("Grüße, \"quoted\"; semi")));
    // A declined row's fee moved nothing either.
    Transaction declined =
        row("0483", Dec2, "1500", "JPY", D::Out, S::Declined, QStringLiteral("@SUM(1)"));
    declined.fee = Money::parse(u"100");
    t.append(declined);
    // 19 significant digits: more than a spreadsheet number holds.
    t.append(
        row("0484", Dec2, "12345678901234567.89", "EUR", D::In, S::Settled, QStringLiteral("big")));
    return t;
}

QList<int> allRows(const TransactionTable &t)
{
    QList<int> rows;
    for (int i = 0; i < t.size(); ++i)
        rows.append(i);
    return rows;
}

int columnOf(const Sheet &sheet, const QString &header)
{
    for (int c = 0; c < sheet.rows.value(0).size(); ++c) {
        if (sheet.at(0, c).value == header)
            return c;
    }
    return -1;
}

QString describe(const Cell &c)
{
    return QStringLiteral("%1 \"%2\"%3")
        .arg(c.type, c.value, c.formula.isEmpty() ? QString() : QStringLiteral(" =") + c.formula);
}

} // namespace

/// Exports read back through LibreOffice as a spreadsheet user sees them: amounts are
/// numbers, dates are dates, ids keep their zeros, hostile names stay text.
class TestSpreadsheetReadback : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workbookHoldsTypedCells();
    void workbookTotalsSheetAgreesWithTheRule();
    void journalWorkbookHoldsTypedCells();
    void csvReadsBack_data();
    void csvReadsBack();

private:
    QTemporaryDir m_dir;
    TransactionTable m_table = table();
};

void TestSpreadsheetReadback::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestSpreadsheetReadback::workbookHoldsTypedCells()
{
    const QString path = m_dir.filePath(QStringLiteral("t.xlsx"));
    const ExportOutcome done =
        TransactionWorkbook::writeFile(path, m_table, allRows(m_table), {}, {});
    QVERIFY2(done.ok, qPrintable(done.error));
    QCOMPARE(done.rows, 5);
    QString error;
    const QList<Sheet> sheets = SpreadsheetReadback::open(path, QString(), &error);
    QVERIFY2(sheets.size() == 2, qPrintable(error));
    const Sheet &s = sheets.at(0);
    QCOMPARE(s.name, QStringLiteral("Transactions"));
    const int date = columnOf(s, QStringLiteral("date"));
    const int id = columnOf(s, QStringLiteral("transaction_id"));
    const int description = columnOf(s, QStringLiteral("description"));
    const int lastFour = columnOf(s, QStringLiteral("card_last_four"));
    const int amount = columnOf(s, QStringLiteral("amount"));
    QVERIFY(date >= 0 && id >= 0 && description >= 0 && lastFour >= 0 && amount >= 0);

    QCOMPARE(describe(s.at(1, date)), QStringLiteral("date \"2026-12-02T04:00:00\""));
    QCOMPARE(describe(s.at(2, date)), QStringLiteral("date \"2026-12-01T23:59:59\""));
    QCOMPARE(describe(s.at(1, id)), QStringLiteral("string \"0480\""));
    QCOMPARE(describe(s.at(1, lastFour)), QStringLiteral("string \"0042\""));
    // Text cells are never evaluated: the names arrive as written, inert.
    QCOMPARE(describe(s.at(1, description)), QStringLiteral("string \"%1\"").arg(Hostile));
    QCOMPARE(describe(s.at(2, description)), QStringLiteral("string \"+cmd|' /C calc'!A0\""));
    QCOMPARE(describe(s.at(1, amount)), QStringLiteral("float \"-1234.56\""));
    QCOMPARE(describe(s.at(2, amount)), QStringLiteral("float \"0.1\""));
    QCOMPARE(describe(s.at(3, amount)), QStringLiteral("float \"0.12345678\""));
    QCOMPARE(describe(s.at(4, amount)), QStringLiteral("float \"-1500\""));
    QCOMPARE(describe(s.at(5, amount)), QStringLiteral("string \"12345678901234567.89\""));
}

void TestSpreadsheetReadback::workbookTotalsSheetAgreesWithTheRule()
{
    const QString path = m_dir.filePath(QStringLiteral("totals.xlsx"));
    const QJsonObject filters{{QStringLiteral("since"), QStringLiteral("2026-11-01")}};
    const ExportOutcome done =
        TransactionWorkbook::writeFile(path, m_table, allRows(m_table), {}, filters);
    QVERIFY2(done.ok, qPrintable(done.error));
    QString error;
    const QList<Sheet> sheets = SpreadsheetReadback::open(path, QString(), &error);
    QVERIFY2(sheets.size() == 2, qPrintable(error));
    const Sheet &t = sheets.at(1);
    QCOMPARE(t.name, QStringLiteral("Totals"));
    QHash<QString, QList<Cell>> byCurrency;
    QHash<QString, Cell> labelled;
    for (const QList<Cell> &r : t.rows) {
        if (r.value(0).type == QLatin1String("string")) {
            byCurrency.insert(r.value(0).value, r);
            labelled.insert(r.value(0).value, r.value(1));
        }
    }
    // Settled in, settled out, pending in, pending out, settled fees, pending fees, did not
    // move, net (in − out − fees), then counts.
    const QList<Cell> usd = byCurrency.value(QStringLiteral("USD"));
    QStringList usdCells;
    for (int c = 1; c <= 10; ++c)
        usdCells << describe(usd.value(c));
    QCOMPARE(usdCells, (QStringList{"float \"0\"", "float \"1234.56\"", "float \"0.1\"",
                                    "float \"0\"", "float \"2.5\"", "float \"0\"", "float \"0\"",
                                    "float \"-1236.96\"", "float \"2\"", "float \"1\""}));
    // The declined yen moved nothing, nor did its fee: counted apart.
    const QList<Cell> jpy = byCurrency.value(QStringLiteral("JPY"));
    QCOMPARE(describe(jpy.value(2)), QStringLiteral("float \"0\""));
    QCOMPARE(describe(jpy.value(5)), QStringLiteral("float \"0\""));
    QCOMPARE(describe(jpy.value(7)), QStringLiteral("float \"1500\""));
    QCOMPARE(describe(jpy.value(8)), QStringLiteral("float \"0\""));
    QCOMPARE(describe(byCurrency.value(QStringLiteral("EUR")).value(1)),
             QStringLiteral("string \"12345678901234567.89\""));
    QVERIFY2(labelled.value(QStringLiteral("Note")).value.contains(QLatin1String("15")),
             qPrintable(describe(labelled.value(QStringLiteral("Note")))));
    QCOMPARE(describe(labelled.value(QStringLiteral("since"))),
             QStringLiteral("string \"2026-11-01\""));
    QCOMPARE(labelled.value(QStringLiteral("Exported at")).type, QStringLiteral("date"));
}

void TestSpreadsheetReadback::journalWorkbookHoldsTypedCells()
{
    JournalEntry e;
    e.connection = QStringLiteral("Main");
    e.action = JournalAction::fromText(QStringLiteral("payout:dinari.zelle"));
    e.target = Hostile;
    e.amount = *Money::parse(u"1234.5");
    e.currency = QStringLiteral("USD");
    e.created = Dec2;
    e.user = QStringLiteral("ana");
    e.state = JournalEntry::State::Succeeded;
    e.reference = QStringLiteral("007");
    // A coin's fee on a payout asked in dollars: the fee keeps its own currency.
    e.fee = *Money::parse(u"0.00012");
    e.feeCurrency = QStringLiteral("BTC");
    JournalModel model;
    model.setEntries({e});
    QCOMPARE(model.index(0, JournalModel::Fee).data().toString(),
             Currency::formatLocale(*e.fee, e.feeCurrency, QLocale()) + QStringLiteral(" BTC"));
    const QString path = m_dir.filePath(QStringLiteral("journal.xlsx"));
    QString error;
    QVERIFY2(model.writeXlsx(path, {}, &error), qPrintable(error));
    const QList<Sheet> sheets = SpreadsheetReadback::open(path, QString(), &error);
    QVERIFY2(sheets.size() == 1, qPrintable(error));
    const Sheet &s = sheets.first();
    QCOMPARE(s.rows.size(), 2);
    const auto cell = [&s](const char *header) {
        return describe(s.at(1, columnOf(s, QLatin1String(header))));
    };
    QCOMPARE(cell("time"), QStringLiteral("date \"2026-12-02T04:00:00\""));
    QCOMPARE(cell("amount"), QStringLiteral("float \"1234.5\""));
    QCOMPARE(cell("target"), QStringLiteral("string \"%1\"").arg(Hostile));
    QCOMPARE(cell("reference"), QStringLiteral("string \"007\""));
    QCOMPARE(cell("fee"), QStringLiteral("float \"0.00012\""));
    QCOMPARE(cell("fee_currency"), QStringLiteral("string \"BTC\""));
}

void TestSpreadsheetReadback::csvReadsBack_data()
{
    QTest::addColumn<bool>("spreadsheet");
    QTest::addColumn<QChar>("decimalPoint");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("firstDate");
    QTest::addColumn<QString>("amountType");
    QTest::addColumn<QString>("idCell");
    // The plain variant is for scripts and import dialogs: ISO 8601 with its T and Z,
    // which spreadsheets keep as text; amounts still read as numbers.
    QTest::newRow("plain, English") << false << QChar(u'.') << "44,34,76,1,,1033,false,true"
                                    << "string \"2026-12-02T04:00:00Z\""
                                    << "float"
                                    << "float \"480\"";
    // Why the spreadsheet variant exists: a decimal-comma language reads 1234.56 as text.
    QTest::newRow("plain, German") << false << QChar(u'.') << "44,34,76,1,,1031,false,true"
                                   << "string \"2026-12-02T04:00:00Z\""
                                   << "string"
                                   << "float \"480\"";
    QTest::newRow("spreadsheet, English") << true << QChar(u'.') << "44,34,76,1,,1033,false,true"
                                          << "date \"2026-12-02T04:00:00\""
                                          << "float"
                                          << "string \"0480\"";
    QTest::newRow("spreadsheet, German") << true << QChar(u',') << "59,34,76,1,,1031,false,true"
                                         << "date \"2026-12-02T04:00:00\""
                                         << "float"
                                         << "string \"0480\"";
}

void TestSpreadsheetReadback::csvReadsBack()
{
    QFETCH(bool, spreadsheet);
    QFETCH(QChar, decimalPoint);
    QFETCH(QString, filter);
    QFETCH(QString, firstDate);
    QFETCH(QString, amountType);
    QFETCH(QString, idCell);
    CsvOptions options = spreadsheet ? CsvOptions::spreadsheet(decimalPoint) : CsvOptions();
    options.columns = TransactionExporter::defaultColumns();
    for (const char *more : {"transaction_id", "card_last_four"})
        if (!options.columns.contains(QLatin1String(more)))
            options.columns << QLatin1String(more);
    const QString path = m_dir.filePath(QStringLiteral("t.csv"));
    const ExportOutcome done =
        TransactionExporter::writeFile(path, m_table, allRows(m_table), options);
    QVERIFY2(done.ok, qPrintable(done.error));
    QString error;
    const QList<Sheet> sheets = SpreadsheetReadback::open(path, filter, &error);
    QVERIFY2(sheets.size() == 1, qPrintable(error));
    const Sheet &s = sheets.at(0);
    const int date = columnOf(s, QStringLiteral("date"));
    const int description = columnOf(s, QStringLiteral("description"));
    const int amount = columnOf(s, QStringLiteral("amount"));
    QVERIFY2(date >= 0 && description >= 0 && amount >= 0, qPrintable(describe(s.at(0, 0))));
    QCOMPARE(describe(s.at(1, date)), firstDate);
    const QStringList amounts{"-1234.56", "0.1", "0.12345678", "-1500"};
    // Rows 1 to 3 have decimals; -1500 reads as a number either way.
    for (int r = 1; r <= 4; ++r) {
        const Cell c = s.at(r, amount);
        QCOMPARE(c.type, r == 4 ? QStringLiteral("float") : amountType);
        if (amountType == QLatin1String("float"))
            QCOMPARE(c.value, amounts.at(r - 1));
    }
    // Neutralized: a leading ' keeps each one a string, never a formula.
    for (int r = 1; r <= 4; ++r) {
        const Cell c = s.at(r, description);
        QVERIFY2(c.type == QLatin1String("string") && c.formula.isEmpty(), qPrintable(describe(c)));
    }
    QCOMPARE(s.at(3, description).value, QStringLiteral("Grüße, \"quoted\"; semi"));
    // Ids and a card's last four keep their zeros where a spreadsheet user opens the file;
    // the plain variant (for scripts) shows why that takes doing.
    const int id = columnOf(s, QStringLiteral("transaction_id"));
    const int lastFour = columnOf(s, QStringLiteral("card_last_four"));
    QVERIFY(id >= 0 && lastFour >= 0);
    QCOMPARE(describe(s.at(1, id)).section(QStringLiteral(" ="), 0, 0), idCell);
    if (spreadsheet) {
        QCOMPARE(s.at(1, lastFour).value, QStringLiteral("0042"));
        QCOMPARE(s.at(1, lastFour).type, QStringLiteral("string"));
    }
}

QTEST_GUILESS_MAIN(TestSpreadsheetReadback)
#include "tst_spreadsheet_readback.moc"
