#include "Currency.h"
#include "Money.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseInvalid_data();
    void parseInvalid();
    void fromJsonNumber_data();
    void fromJsonNumber();
    void arithmetic();
    void overflow();
    void compareAcrossScales();
    void rounding_data();
    void rounding();
    void multiplyAndDivide();
    void locale_data();
    void locale();
    void currencyScale();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("units");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("plain");

    QTest::addRow("crypto 8 places")
        << "1000.00000000" << qint64(100000000000) << 8 << "1000.00000000";
    QTest::addRow("dollars") << "45.89" << qint64(4589) << 2 << "45.89";
    QTest::addRow("exponent") << "1e2" << qint64(100) << 0 << "100";
    QTest::addRow("negative half") << "-0.5" << qint64(-5) << 1 << "-0.5";
    QTest::addRow("plus sign") << "+7" << qint64(7) << 0 << "7";
    QTest::addRow("negative exponent") << "12.5e-3" << qint64(125) << 4 << "0.0125";
    QTest::addRow("exponent with fraction") << "1.25E+1" << qint64(125) << 1 << "12.5";
    QTest::addRow("zero") << "0" << qint64(0) << 0 << "0";
    QTest::addRow("negative zero") << "-0.00" << qint64(0) << 2 << "0.00";
    QTest::addRow("leading zeros") << "000123.40" << qint64(12340) << 2 << "123.40";
    QTest::addRow("18 digits") << "999999999999999999" << qint64(999999999999999999LL) << 0
                               << "999999999999999999";
    QTest::addRow("int64 max") << "9223372036854775807" << qint64(9223372036854775807LL) << 0
                               << "9223372036854775807";
    QTest::addRow("tiny") << "0.000000000000000001" << qint64(1) << 18 << "0.000000000000000001";
    QTest::addRow("trailing zeros past max scale")
        << "1.0000000000000000000000" << qint64(1000000000000000000LL) << 18
        << "1.000000000000000000";
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, units);
    QFETCH(int, scale);
    QFETCH(QString, plain);
    const auto m = Money::parse(text);
    QVERIFY2(m.has_value(), qPrintable(text));
    QCOMPARE(m->minorUnits(), units);
    QCOMPARE(m->scale(), scale);
    QCOMPARE(m->toString(), plain);
}

void TestMoney::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << "";
    // Its magnitude does not fit: every amount must be negatable.
    QTest::addRow("minus two to the 63") << "-9223372036854775808";
    QTest::addRow("minus two to the 63 with cents") << "-92233720368547758.08";
    QTest::addRow("NaN") << "NaN";
    QTest::addRow("inf") << "inf";
    QTest::addRow("comma decimal") << "1,5";
    QTest::addRow("double minus") << "--1";
    QTest::addRow("sign only") << "-";
    QTest::addRow("dot only") << ".";
    QTest::addRow("no integer digits") << ".5";
    QTest::addRow("no fraction digits") << "5.";
    QTest::addRow("leading space") << " 5";
    QTest::addRow("trailing space") << "5 ";
    QTest::addRow("letters") << "12abc";
    QTest::addRow("hex") << "0x10";
    QTest::addRow("30 digits") << "123456789012345678901234567890";
    QTest::addRow("30 digits with point") << "12345678901234567890.1234567890";
    QTest::addRow("just above int64") << "9223372036854775808";
    QTest::addRow("huge exponent") << "1e400";
    QTest::addRow("exponent overflow") << "5e19";
    QTest::addRow("too precise") << "0.0000000000000000001";
    QTest::addRow("empty exponent") << "1e";
    QTest::addRow("two points") << "1.2.3";
    QTest::addRow("arabic digits") << QString::fromUtf8("\u0661\u0662");
}

void TestMoney::parseInvalid()
{
    QFETCH(QString, text);
    QVERIFY2(!Money::parse(text).has_value(), qPrintable(text));
}

void TestMoney::fromJsonNumber_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::addRow("dash.fi amount") << QByteArray(R"({"v":45.89})") << "45.89";
    QTest::addRow("classic float trap") << QByteArray(R"({"v":0.1})") << "0.1";
    QTest::addRow("sum trap text")
        << QByteArray(R"({"v":0.30000000000000004})") << "0.30000000000000004";
    QTest::addRow("dinari fee") << QByteArray(R"({"v":11.27})") << "11.27";
    QTest::addRow("integer") << QByteArray(R"({"v":100000})") << "100000";
    QTest::addRow("negative cents") << QByteArray(R"({"v":-1000})") << "-1000";
    QTest::addRow("string") << QByteArray(R"({"v":"1000.00000000"})") << "1000.00000000";
    QTest::addRow("balance") << QByteArray(R"({"v":50111.10})") << "50111.1";
    QTest::addRow("big integer exact")
        << QByteArray(R"({"v":9007199254740993})") << "9007199254740993";
}

void TestMoney::fromJsonNumber()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto doc = QJsonDocument::fromJson(json);
    const auto m = Money::fromJson(doc.object().value(QStringLiteral("v")));
    QVERIFY(m.has_value());
    QCOMPARE(m->toString(), expected);
}

void TestMoney::arithmetic()
{
    const Money a = *Money::parse(u"0.1");
    const Money b = *Money::parse(u"0.2");
    QCOMPARE(a.checkedAdd(b)->toString(), QStringLiteral("0.3"));
    QVERIFY(*a.checkedAdd(b) == *Money::parse(u"0.3"));

    const Money usd = *Money::parse(u"50111.10");
    const Money fee = *Money::parse(u"11.27");
    QCOMPARE(usd.checkedSub(fee)->toString(), QStringLiteral("50099.83"));
    QCOMPARE(fee.checkedSub(usd)->toString(), QStringLiteral("-50099.83"));

    // Different scales align to the finer one without loss.
    const Money crypto = *Money::parse(u"1.00000001");
    QCOMPARE(crypto.checkedAdd(*Money::parse(u"2.5"))->toString(), QStringLiteral("3.50000001"));

    // Adding many cents stays exact.
    Money total;
    for (int i = 0; i < 1000; ++i)
        total = *total.checkedAdd(*Money::parse(u"0.01"));
    QCOMPARE(total.toString(), QStringLiteral("10.00"));

    QCOMPARE(Money::fromMinorUnits(-1050, 2).toString(), QStringLiteral("-10.50"));
    QCOMPARE(Money::fromMinorUnits(5, 2).toString(4), QStringLiteral("0.0500"));
    QCOMPARE(Money::parse(u"49.2500")->normalized().toString(), QStringLiteral("49.25"));
    // Padding beyond the scale, and the one value whose magnitude no qint64 holds.
    QCOMPARE(Money::fromMinorUnits(-7, 0).toString(2), QStringLiteral("-7.00"));
    QCOMPARE(Money::fromMinorUnits(0, 0).toString(18), QStringLiteral("0.000000000000000000"));
    const Money lowest = Money::fromMinorUnits(std::numeric_limits<qint64>::min(), 18);
    QCOMPARE(lowest.toString(), QStringLiteral("-9.223372036854775808"));
    QCOMPARE(Money::fromMinorUnits(std::numeric_limits<qint64>::min(), 0).toString(18),
             QStringLiteral("-9223372036854775808.000000000000000000"));
    char text[Money::MaxTextSize];
    const int size = lowest.copyTo(text, 18);
    QCOMPARE(QByteArray(text, size), QByteArray("-9.223372036854775808"));
}

void TestMoney::overflow()
{
    const Money max = Money::fromMinorUnits(std::numeric_limits<qint64>::max(), 0);
    QVERIFY(!max.checkedAdd(Money::fromMinorUnits(1, 0)).has_value());
    const Money min = Money::fromMinorUnits(std::numeric_limits<qint64>::min(), 0);
    QVERIFY(!min.checkedSub(Money::fromMinorUnits(1, 0)).has_value());
    QVERIFY(!min.checkedNegate().has_value());
    // Aligning scales can overflow too.
    const Money big = *Money::parse(u"92233720368547759");
    QVERIFY(!big.checkedAdd(*Money::parse(u"0.01")).has_value());
    QVERIFY(!big.withScale(4).has_value());
    QVERIFY(!max.checkedMul(max, 0).has_value());
}

void TestMoney::compareAcrossScales()
{
    QVERIFY(*Money::parse(u"1.10") == *Money::parse(u"1.1"));
    QVERIFY(*Money::parse(u"1.10000001") > *Money::parse(u"1.1"));
    QVERIFY(*Money::parse(u"-2") < *Money::parse(u"-1.99999999"));
    QVERIFY(*Money::parse(u"9223372036854775807") > *Money::parse(u"0.000000000000000001"));
}

void TestMoney::rounding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("expected");
    QTest::addRow("half to even down") << "2.345" << 2 << "2.34";
    QTest::addRow("half to even up") << "2.355" << 2 << "2.36";
    QTest::addRow("above half") << "2.3451" << 2 << "2.35";
    QTest::addRow("below half") << "2.3449" << 2 << "2.34";
    QTest::addRow("negative half even") << "-2.345" << 2 << "-2.34";
    QTest::addRow("negative half odd") << "-2.355" << 2 << "-2.36";
    QTest::addRow("to integer") << "0.5" << 0 << "0";
    QTest::addRow("to integer odd") << "1.5" << 0 << "2";
}

void TestMoney::rounding()
{
    QFETCH(QString, text);
    QFETCH(int, scale);
    QFETCH(QString, expected);
    const Money m = *Money::parse(text);
    QVERIFY(!m.withScale(scale, Money::Rounding::Exact).has_value());
    QCOMPARE(m.withScale(scale, Money::Rounding::HalfEven)->toString(), expected);
}

void TestMoney::multiplyAndDivide()
{
    // Dinari's documented fee: 2.5% of 250.75 is 6.26875, which rounds to 6.27.
    const Money amount = *Money::parse(u"250.75");
    const Money pct = *Money::parse(u"0.025");
    QCOMPARE(amount.checkedMul(pct, 2)->toString(), QStringLiteral("6.27"));
    // 1 BTC at 97123.45 USD.
    QCOMPARE(Money::parse(u"0.5")->checkedMul(*Money::parse(u"97123.45"), 2)->toString(),
             QStringLiteral("48561.72"));
    QCOMPARE(Money::parse(u"10")->checkedDiv(*Money::parse(u"3"), 4)->toString(),
             QStringLiteral("3.3333"));
    QCOMPARE(Money::parse(u"-10")->checkedDiv(*Money::parse(u"4"), 0)->toString(),
             QStringLiteral("-2"));
    QVERIFY(!Money::parse(u"1")->checkedDiv(Money(), 2).has_value());
    QVERIFY(!Money::parse(u"10")->checkedDiv(*Money::parse(u"3"), 2, Money::Rounding::Exact));
}

void TestMoney::locale_data()
{
    QTest::addColumn<QString>("localeName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("en_US") << "en_US"
                           << "-1234567.5"
                           << "-1,234,567.50";
    QTest::addRow("de_DE") << "de_DE"
                           << "1234567.5"
                           << "1.234.567,50";
    QTest::addRow("es_ES small") << "es_ES"
                                 << "0.05"
                                 << "0,05";
    // CLDR's minimum grouping digits: Spanish keeps four digits whole, groups five and more
    // (Qt 6.4's own QLocale::toString wrote "3631.721").
    QTest::addRow("es_ES four digits") << "es_ES"
                                       << "1234.5"
                                       << "1234,50";
    QTest::addRow("es_ES millions") << "es_ES"
                                    << "3631721.89"
                                    << "3.631.721,89";
    QTest::addRow("es_ES five digits") << "es_ES"
                                       << "-12345"
                                       << "-12.345,00";
    QTest::addRow("de_DE negative fraction") << "de_DE"
                                             << "-0.5"
                                             << "-0,50";
}

void TestMoney::locale()
{
    QFETCH(QString, localeName);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Money::parse(text)->toLocaleString(QLocale(localeName), 2), expected);
}

void TestMoney::currencyScale()
{
    QCOMPARE(Currency::scale(QStringLiteral("USD")), 2);
    QCOMPARE(Currency::scale(QStringLiteral("jpy")), 0);
    QCOMPARE(Currency::scale(QStringLiteral("BTC")), 8);
    QCOMPARE(Currency::scale(QStringLiteral("USDTTRC20")), 8);
    QCOMPARE(Currency::scale(QStringLiteral("USDC")), 2);
    QVERIFY(!Currency::isFiat(QStringLiteral("USDC")));
    QCOMPARE(Currency::format(*Money::parse(u"980.041"), QStringLiteral("USDC")),
             QStringLiteral("980.041"));
    QCOMPARE(Currency::format(*Money::parse(u"50111.1"), QStringLiteral("USD")),
             QStringLiteral("50111.10"));
    QCOMPARE(Currency::format(*Money::parse(u"49.2500"), QStringLiteral("USD")),
             QStringLiteral("49.25"));
    // Extra precision is shown rather than rounded away.
    QCOMPARE(Currency::format(*Money::parse(u"1.005"), QStringLiteral("USD")),
             QStringLiteral("1.005"));
    // ... but what a currency cannot carry does not fit: the parsers refuse it.
    QVERIFY(Currency::fits(*Money::parse(u"1.50"), QStringLiteral("USD")));
    QVERIFY(Currency::fits(*Money::parse(u"1.5000000"), QStringLiteral("USD")));
    QVERIFY(!Currency::fits(*Money::parse(u"1.005"), QStringLiteral("USD")));
    QVERIFY(!Currency::fits(*Money::parse(u"1.5"), QStringLiteral("JPY")));
    QVERIFY(Currency::fits(*Money::parse(u"1.005"), QStringLiteral("BHD")));
    QVERIFY(Currency::fits(*Money::parse(u"980.041234"), QStringLiteral("USDC")));
    QVERIFY(!Currency::fits(*Money::parse(u"980.0412345"), QStringLiteral("USDC")));
    QVERIFY(Currency::fits(*Money::parse(u"0.123456789012345678"), QStringLiteral("ETH")));
    QVERIFY(Currency::fits(*Money::parse(u"0.12345678"), QStringLiteral("USDTTRC20")));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
