#include "CsvFormat.h"
#include "SyntheticTransactions.h"
#include "TestSupport.h"
#include "TransactionExporter.h"
#include "TransactionTable.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

TransactionTable tableOf(const QList<Transaction> &list)
{
    TransactionTable t;
    for (const Transaction &x : list)
        t.append(x);
    return t;
}

QList<int> allRows(int n)
{
    QList<int> rows;
    for (int i = 0; i < n; ++i)
        rows.append(i);
    return rows;
}

Transaction sample()
{
    Transaction t;
    t.provider = QStringLiteral("dashfi");
    t.connection = QStringLiteral("Main, Inc.");
    t.id = QStringLiteral("7f3e");
    t.date = QDateTime(QDate(2022, 5, 26), QTime(16, 28, 28, 450), QTimeZone::utc());
    t.description = QStringLiteral("=HYPERLINK(\"http://evil\")");
    t.cardName = QStringLiteral("Ads \"blue\"");
    t.cardLastFour = QStringLiteral("0042");
    t.status = Transaction::Status::Settled;
    t.rawStatus = QStringLiteral("SETTLED");
    t.direction = Transaction::Direction::Out;
    t.amount = *Money::parse(u"45.8");
    t.currency = QStringLiteral("USD");
    return t;
}

} // namespace

/// CSV export: RFC 4180, ISO dates, exact amounts, formula neutralization, atomic files.
class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void neutralizes_data();
    void neutralizes();
    void quotesOnlyWhenNeeded();
    void idsAreGuardedLikeAnyText_data();
    void idsAreGuardedLikeAnyText();
    void writesTheDocumentedColumns();
    void semicolonAndBom();
    void spreadsheetInThisLanguage();
    void whatAProviderSaysBeyondTheCommonFields();
    void roundTripsEveryRow();
    void isoDateMatchesQt();
    void fileHasManifestWithHash();
    void cancelLeavesNoHalfFile();
    void unwritablePathSaysSo();
    void unknownColumnRejected();
};

void TestCsvExport::neutralizes_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("equals") << "=SUM(A1)"
                            << "'=SUM(A1)";
    QTest::newRow("plus") << "+1"
                          << "'+1";
    QTest::newRow("minus") << "-2+3"
                           << "'-2+3";
    QTest::newRow("at") << "@cmd"
                        << "'@cmd";
    QTest::newRow("tab") << "\tx"
                         << "'\tx";
    QTest::newRow("cr") << "\rx"
                        << "'\rx";
    QTest::newRow("plain") << "Uber *Trip"
                           << "Uber *Trip";
    QTest::newRow("inner equals") << "a=b"
                                  << "a=b";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCsvExport::neutralizes()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(CsvFormat::neutralized(in), out);
}

void TestCsvExport::quotesOnlyWhenNeeded()
{
    QByteArray line;
    CsvFormat::appendCell(line, QStringLiteral("plain"), ',');
    QCOMPARE(line, QByteArray("plain"));
    line.clear();
    CsvFormat::appendCell(line, QStringLiteral("a,b"), ',');
    QCOMPARE(line, QByteArray("\"a,b\""));
    line.clear();
    CsvFormat::appendCell(line, QStringLiteral("a,b"), ';');
    QCOMPARE(line, QByteArray("a,b"));
    line.clear();
    CsvFormat::appendCell(line, QStringLiteral("say \"hi\"\nbye"), ',');
    QCOMPARE(line, QByteArray("\"say \"\"hi\"\"\nbye\""));
    line.clear();
    CsvFormat::appendCell(line, QStringLiteral("-45.80"), ',', true);
    QCOMPARE(line, QByteArray("-45.80"));
    line.clear();
    CsvFormat::appendCell(line, QStringLiteral("Zoë"), ',');
    QCOMPARE(line, QStringLiteral("Zoë").toUtf8());
}

void TestCsvExport::idsAreGuardedLikeAnyText_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("cell");
    QTest::newRow("plain") << "tx_0480" << QByteArray("tx_0480");
    QTest::newRow("formula") << "=1+2" << QByteArray("'=1+2");
    QTest::newRow("minus") << "-42" << QByteArray("'-42");
    QTest::newRow("comma") << "a,b" << QByteArray("\"a,b\"");
    QTest::newRow("quote") << "a\"b" << QByteArray("\"a\"\"b\"");
    QTest::newRow("tab first") << "\tx" << QByteArray("'\tx");
    QTest::newRow("not ASCII") << "Zoë-1" << QStringLiteral("Zoë-1").toUtf8();
}

void TestCsvExport::idsAreGuardedLikeAnyText()
{
    // The id column has a fast path of its own: it must guard exactly like the rest.
    QFETCH(QString, id);
    QFETCH(QByteArray, cell);
    Transaction t = sample();
    t.id = id;
    const TransactionTable table = tableOf({t});
    CsvOptions options;
    options.columns = {QStringLiteral("transaction_id")};
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(TransactionExporter::write(&buffer, table, {0}, options).ok);
    QCOMPARE(buffer.data(), "transaction_id\r\n" + cell + "\r\n");
}

void TestCsvExport::writesTheDocumentedColumns()
{
    const TransactionTable table = tableOf({sample()});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const ExportOutcome r = TransactionExporter::write(&buffer, table, {0}, CsvOptions());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.rows, 1);
    QCOMPARE(
        buffer.data(),
        QByteArray("date,provider,connection,transaction_id,description,card,card_last_four,"
                   "status,direction,amount,currency,fee\r\n"
                   "2022-05-26T16:28:28Z,dashfi,\"Main, Inc.\",7f3e,"
                   "\"'=HYPERLINK(\"\"http://evil\"\")\",\"Ads \"\"blue\"\"\",0042,settled,out,"
                   "-45.80,USD,\r\n"));
}

void TestCsvExport::semicolonAndBom()
{
    const TransactionTable table = tableOf({sample()});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvOptions o;
    o.delimiter = ';';
    o.bom = true;
    o.columns = {QStringLiteral("amount"), QStringLiteral("connection"), QStringLiteral("fee")};
    QVERIFY(TransactionExporter::write(&buffer, table, {0}, o).ok);
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF"
                                       "amount;connection;fee\r\n-45.80;Main, Inc.;\r\n"));
}

void TestCsvExport::spreadsheetInThisLanguage()
{
    Transaction t = sample();
    t.fee = *Money::parse(u"1.5");
    t.connection = QStringLiteral("Main; Inc.");
    const TransactionTable table = tableOf({t});
    // German: ";" between cells, "," before decimals, dates a spreadsheet reads as dates.
    CsvOptions o = CsvOptions::spreadsheet(u',');
    QCOMPARE(o.delimiter, ';');
    QVERIFY(o.bom);
    o.columns = {QStringLiteral("date"), QStringLiteral("connection"), QStringLiteral("amount"),
                 QStringLiteral("fee"), QStringLiteral("description")};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(TransactionExporter::write(&buffer, table, {0}, o).ok);
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF"
                                       "date;connection;amount;fee;description\r\n"
                                       "2022-05-26 16:28:28;\"Main; Inc.\";-45,80;1,50;"
                                       "\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n"));
    // English: the decimal point, so the comma stays the delimiter.
    o = CsvOptions::spreadsheet(u'.');
    QCOMPARE(o.delimiter, ',');
    QCOMPARE(o.decimalPoint, '.');
    QVERIFY(o.spreadsheetDates);
}

void TestCsvExport::whatAProviderSaysBeyondTheCommonFields()
{
    // A crypto withdrawal: its chain hash, fee split and fiat price; a row without any.
    Transaction w = sample();
    w.currency = QStringLiteral("USDTTRC20");
    w.amount = *Money::parse(u"98.50000000");
    w.fee = *Money::parse(u"1.50000000");
    w.extra.chainReference = QStringLiteral("=cmd|' /C calc'!A0");
    w.extra.networkFee = *Money::parse(u"0.5");
    w.extra.platformFee = *Money::parse(u"1");
    w.extra.fiatAmount = *Money::parse(u"98.4");
    w.extra.fiatCurrency = QStringLiteral("USD");
    const TransactionTable table = tableOf({w, sample()});
    CsvOptions o = CsvOptions::spreadsheet(u',');
    o.columns = {QStringLiteral("amount"),         QStringLiteral("fee"),
                 QStringLiteral("network_fee"),    QStringLiteral("platform_fee"),
                 QStringLiteral("fiat_amount"),    QStringLiteral("fiat_currency"),
                 QStringLiteral("chain_reference")};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(TransactionExporter::write(&buffer, table, {0, 1}, o).ok);
    // Coin amounts at the coin's eight places, the price at the dollar's two, in this
    // language's marks; a hostile hash stays text.
    QCOMPARE(buffer.data(),
             QByteArray("\xEF\xBB\xBF"
                        "amount;fee;network_fee;platform_fee;fiat_amount;fiat_currency;"
                        "chain_reference\r\n"
                        "-98,50000000;1,50000000;0,50000000;1,00000000;98,40;USD;"
                        "'=cmd|' /C calc'!A0\r\n"
                        "-45,80;;;;;;\r\n"));
}

void TestCsvExport::roundTripsEveryRow()
{
    const QList<Transaction> list = SyntheticTransactions::make(2000);
    const TransactionTable table = tableOf(list);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvOptions o;
    o.columns = TransactionExporter::allColumns();
    QVERIFY(TransactionExporter::write(&buffer, table, allRows(table.size()), o).ok);
    const QList<QStringList> rows = TestSupport::parseCsv(buffer.data(), u',');
    QCOMPARE(rows.size(), list.size() + 1);
    QCOMPARE(rows.first(), o.columns);
    const auto col = [&](const char *name) { return rows.first().indexOf(QLatin1String(name)); };
    for (int i = 0; i < list.size(); ++i) {
        const Transaction &t = list[i];
        const QStringList &r = rows[i + 1];
        QCOMPARE(r.size(), o.columns.size());
        QCOMPARE(r[col("transaction_id")], t.id);
        QCOMPARE(QDateTime::fromString(r[col("date")], Qt::ISODate),
                 t.date.addMSecs(-t.date.time().msec()));
        QCOMPARE(r[col("description")], CsvFormat::neutralized(t.description));
        // Amounts read back exactly, signed by direction, never neutralized.
        const Money amount = *Money::parse(r[col("amount")]);
        QCOMPARE(amount.isNegative(), t.direction == Transaction::Direction::Out);
        QCOMPARE(amount.checkedNegate()->compare(t.amount) == 0 || amount == t.amount, true);
        QCOMPARE(r[col("fee")].isEmpty(), !t.fee.has_value());
        QCOMPARE(r[col("status")], Transaction::statusName(t.status));
    }
}

void TestCsvExport::isoDateMatchesQt()
{
    QRandomGenerator rng(3);
    for (int i = 0; i < 20000; ++i) {
        const qint64 ms = qint64(rng.bounded(4102444800.0) * 1000.0) - 2208988800000LL / 2;
        const QDateTime d = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        QCOMPARE(TransactionExporter::isoDate(ms),
                 d.addMSecs(-d.time().msec()).toString(Qt::ISODate));
    }
}

void TestCsvExport::fileHasManifestWithHash()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    const QList<Transaction> list = SyntheticTransactions::make(500);
    const TransactionTable table = tableOf(list);
    CsvOptions o;
    o.manifest = true;
    o.filters = QJsonObject{{QStringLiteral("provider"), QStringLiteral("dashfi")}};
    const ExportOutcome r = TransactionExporter::writeFile(path, table, allRows(500), o);
    QVERIFY2(r.ok, qPrintable(r.error));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QCOMPARE(r.sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QFile side(TransactionExporter::manifestPath(path));
    QVERIFY(side.open(QIODevice::ReadOnly));
    const QJsonObject m = QJsonDocument::fromJson(side.readAll()).object();
    QCOMPARE(m.value(QStringLiteral("sha256")).toString(), QString::fromLatin1(r.sha256));
    QCOMPARE(m.value(QStringLiteral("rows")).toInt(), 500);
    QCOMPARE(m.value(QStringLiteral("file")).toString(), QStringLiteral("out.csv"));
    QCOMPARE(m.value(QStringLiteral("filters")).toObject().value(QStringLiteral("provider")),
             QJsonValue(QStringLiteral("dashfi")));
    int counted = 0;
    for (const QJsonValue &v : m.value(QStringLiteral("totals")).toArray())
        counted += v.toObject().value(QStringLiteral("count")).toInt();
    QCOMPARE(counted, 500);
    QVERIFY(QDateTime::fromString(m.value(QStringLiteral("exported_at")).toString(), Qt::ISODate)
                .isValid());
}

void TestCsvExport::cancelLeavesNoHalfFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export\n");
    }
    const TransactionTable table = tableOf(SyntheticTransactions::make(20000));
    qint64 calls = 0;
    const ExportOutcome r = TransactionExporter::writeFile(
        path, table, allRows(table.size()), CsvOptions(), [&calls](qint64) { return ++calls < 2; });
    QVERIFY(!r.ok);
    QVERIFY(r.cancelled);
    // The earlier file is untouched and no temporary is left beside it.
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("previous export\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("big.csv")});
}

void TestCsvExport::unwritablePathSaysSo()
{
    const TransactionTable table = tableOf({sample()});
    const ExportOutcome r = TransactionExporter::writeFile(
        QStringLiteral("/proc/no-such-dir/out.csv"), table, {0}, CsvOptions());
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("/proc/no-such-dir/out.csv")), qPrintable(r.error));
}

void TestCsvExport::unknownColumnRejected()
{
    const TransactionTable table = tableOf({sample()});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvOptions o;
    o.columns = {QStringLiteral("date"), QStringLiteral("secret")};
    const ExportOutcome r = TransactionExporter::write(&buffer, table, {0}, o);
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QStringLiteral("secret")));
    QVERIFY(buffer.data().isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csv_export.moc"
