// The one rule for amounts people type (AmountInput) and their echo in words
// (AmountWords), in each language the app speaks.
#include "AmountInput.h"
#include "AmountWords.h"
#include "Connection.h"
#include "ConnectionKind.h"
#include "Payout.h"

#include <QLocale>
#include <QTest>

class TestAmountInput : public QObject
{
    Q_OBJECT

private slots:
    void taken_data();
    void taken();
    void refused_data();
    void refused();
    void messagesShowTheWayToWriteIt();
    void words_data();
    void words();
    void contractFeesAreReadLikeAmounts();
};

void TestAmountInput::taken_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("amount");
    QTest::addRow("en plain") << "en_US"
                              << "1250.50"
                              << "1250.50";
    QTest::addRow("en grouped") << "en_US"
                                << " 1,250.50 "
                                << "1250.50";
    QTest::addRow("en millions without decimals") << "en_US"
                                                  << "1,250,000"
                                                  << "1250000";
    QTest::addRow("en spaces as groups") << "en_US"
                                         << "1 250.50"
                                         << "1250.50";
    QTest::addRow("en negative") << "en_US"
                                 << "-12.5"
                                 << "-12.5";
    QTest::addRow("de plain") << "de_DE"
                              << "1250,50"
                              << "1250.50";
    QTest::addRow("de grouped") << "de_DE"
                                << "1.250,50"
                                << "1250.50";
    QTest::addRow("de no-break space")
        << "de_DE" << QString::fromUtf8("1\u00a0250,50") << "1250.50";
    QTest::addRow("de whole") << "de_DE"
                              << "1250"
                              << "1250";
    QTest::addRow("de two groups") << "de_DE"
                                   << "1.250.000"
                                   << "1250000";
    QTest::addRow("es plain") << "es_ES"
                              << "1250,50"
                              << "1250.50";
    QTest::addRow("es grouped") << "es_ES"
                                << "12.345,67"
                                << "12345.67";
    QTest::addRow("es crypto places") << "es_ES"
                                      << "0,12345678"
                                      << "0.12345678";
    QTest::addRow("de_CH apostrophe") << "de_CH" << QString::fromUtf8("1\u2019250.50") << "1250.50";
}

void TestAmountInput::taken()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(QString, amount);
    const AmountReading r = AmountInput::read(typed, QLocale(locale));
    QVERIFY2(r.amount, qPrintable(r.problem));
    QCOMPARE(r.amount->toString(), amount);
    QVERIFY(r.problem.isEmpty());
}

void TestAmountInput::refused_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    // The 100-times amounts: another language's decimal mark is never taken as grouping.
    QTest::addRow("de with a decimal point") << "de_DE"
                                             << "1250.50";
    QTest::addRow("en with a decimal comma") << "en_US"
                                             << "1250,50";
    QTest::addRow("es with a decimal point") << "es_ES"
                                             << "1250.50";
    // A lone group mark with three digits after it means 1250 to one reader, 1.25 to another.
    QTest::addRow("de lone group") << "de_DE"
                                   << "1.250";
    QTest::addRow("en lone group") << "en_US"
                                   << "1,250";
    QTest::addRow("es lone group") << "es_ES"
                                   << "12.345";
    QTest::addRow("grouping in the wrong place") << "en_US"
                                                 << "12,50,000.00";
    QTest::addRow("grouping after the mark") << "de_DE"
                                             << "1,250.000";
    QTest::addRow("two decimal marks") << "en_US"
                                       << "1.250.50";
    QTest::addRow("both marks the other way") << "en_US"
                                              << "1.250,50";
    QTest::addRow("foreign mark") << "en_US"
                                  << "1'250.50";
    QTest::addRow("letters") << "en_US"
                             << "12a";
    QTest::addRow("currency sign") << "en_US"
                                   << "$12";
    QTest::addRow("empty") << "de_DE"
                           << "  ";
    QTest::addRow("mark alone") << "de_DE"
                                << ",";
    QTest::addRow("trailing mark") << "en_US"
                                   << "12.";
    QTest::addRow("leading group") << "en_US"
                                   << ",250";
    QTest::addRow("too many digits") << "en_US"
                                     << "12345678901234567890";
    QTest::addRow("NaN") << "en_US"
                         << "NaN";
    QTest::addRow("exponent") << "en_US"
                              << "1e3";
}

void TestAmountInput::refused()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    const AmountReading r = AmountInput::read(typed, QLocale(locale));
    QVERIFY2(!r.amount, qPrintable(r.amount ? r.amount->toString() : QString()));
    QVERIFY(!r.problem.isEmpty());
}

void TestAmountInput::messagesShowTheWayToWriteIt()
{
    const QLocale de(QStringLiteral("de_DE"));
    // The other reading is offered, never taken.
    QCOMPARE(AmountInput::read(QStringLiteral("1250.50"), de).problem,
             QString::fromUtf8("The decimal mark here is “,”: did you mean 1.250,50?"));
    QCOMPARE(AmountInput::read(QStringLiteral("1.250"), de).problem,
             QString::fromUtf8("“1.250” can be read as 1250 or as 1,25: type one of them."));
    QCOMPARE(AmountInput::read(QStringLiteral("1,250"), QLocale(QStringLiteral("en_US"))).problem,
             QString::fromUtf8("“1,250” can be read as 1250 or as 1.25: type one of them."));
    QCOMPARE(AmountInput::read(QStringLiteral("x"), QLocale(QStringLiteral("es_ES"))).problem,
             QStringLiteral("Write the amount like 1250,50."));
    QCOMPARE(AmountInput::example(QLocale(QStringLiteral("en_US"))), QStringLiteral("1,250.50"));
}

void TestAmountInput::words_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("words");
    QTest::addRow("en") << "en_US"
                        << "1250.50"
                        << "one thousand two hundred fifty and 50/100";
    QTest::addRow("en big") << "en_US"
                            << "125050.00"
                            << "one hundred twenty-five thousand fifty and 00/100";
    QTest::addRow("en million") << "en_US"
                                << "2000001"
                                << "two million one";
    QTest::addRow("en zero") << "en_US"
                             << "0.05"
                             << "zero and 05/100";
    QTest::addRow("de") << "de_DE"
                        << "1250.50" << QString::fromUtf8("eintausendzweihundertfünfzig 50/100");
    QTest::addRow("de one") << "de_DE"
                            << "1"
                            << "eins";
    QTest::addRow("de 101") << "de_DE"
                            << "101"
                            << "einhunderteins";
    QTest::addRow("de 21") << "de_DE"
                           << "21"
                           << "einundzwanzig";
    QTest::addRow("de million") << "de_DE"
                                << "1200000"
                                << "eine Million zweihunderttausend";
    QTest::addRow("de millions") << "de_DE"
                                 << "3000000000"
                                 << "drei Milliarden";
    QTest::addRow("es") << "es_ES"
                        << "1250.50"
                        << "mil doscientos cincuenta con 50/100";
    QTest::addRow("es 100") << "es_ES"
                            << "100"
                            << "cien";
    QTest::addRow("es 21000") << "es_ES"
                              << "21000" << QString::fromUtf8("veintiún mil");
    QTest::addRow("es 31") << "es_ES"
                           << "31"
                           << "treinta y uno";
    QTest::addRow("es million") << "es_ES"
                                << "1000000" << QString::fromUtf8("un millón");
    QTest::addRow("es 2.5 billion") << "es_ES"
                                    << "2500000000"
                                    << "dos mil quinientos millones";
    QTest::addRow("crypto places") << "en_US"
                                   << "0.12345678"
                                   << "zero and 12345678/100000000";
}

void TestAmountInput::words()
{
    QFETCH(QString, locale);
    QFETCH(QString, amount);
    QFETCH(QString, words);
    QCOMPARE(AmountWords::spell(*Money::parse(amount), QLocale(locale)), words);
}

void TestAmountInput::contractFeesAreReadLikeAmounts()
{
    // Typed in a connection's settings with the window's marks, kept as "5.00+2.5%".
    const QLocale en(QStringLiteral("en_US"));
    const QLocale de(QStringLiteral("de_DE"));
    QCOMPARE(FeeRule::read(QStringLiteral("5.00 + 2.5 %"), en)->toText(),
             QStringLiteral("5.00+2.5%"));
    QCOMPARE(FeeRule::read(QStringLiteral("5,00+2,5%"), de)->toText(), QStringLiteral("5.00+2.5%"));
    QCOMPARE(FeeRule::read(QStringLiteral("0 + 1 %"), en)->toText(), QStringLiteral("0+1%"));
    QCOMPARE(FeeRule::read(QStringLiteral("1,250.00 + 0 %"), en)->toText(),
             QStringLiteral("1250.00+0%"));
    // Shown back the same way.
    QCOMPARE(FeeRule::read(QStringLiteral("5,00 + 2,5 %"), de)->toLocaleText(de),
             QStringLiteral("5,00 + 2,5 %"));
    // What could mean two amounts, lacks its percent sign or is negative: refused.
    for (const char *bad : {"5,00 + 2.5 %", "5.00 + 2.5", "5.00", "-5 + 1 %", "5 + 1 % + 2 %", ""})
        QVERIFY2(!FeeRule::read(QString::fromLatin1(bad), en), bad);
    QVERIFY(!FeeRule::read(QStringLiteral("5.00 + 2,5 %"), de));

    // treasuryctl's --setting keeps a fee the same way, and a connection names one that
    // does not read rather than estimating nothing.
    ConnectionKind::install(
        {{QStringLiteral("dinari"),
          QStringLiteral("Dinari"),
          {QStringLiteral("ID"), QStringLiteral("Key")},
          {{QStringLiteral("fee.dinari.ach"), QStringLiteral("ACH fee"), false, true}},
          QUrl(QStringLiteral("https://sandbox.dinaricash.com")),
          QUrl(QStringLiteral("https://production.dinaricash.com"))}});
    Connection c;
    c.name = QStringLiteral("Ops");
    c.provider = QStringLiteral("dinari");
    c.settings =
        ConnectionKind::settingsFrom({QStringLiteral("fee.dinari.ach=5.00 + 1%")}, c.provider);
    QCOMPARE(c.settings.value(QStringLiteral("fee.dinari.ach")).toString(),
             QStringLiteral("5.00+1%"));
    QVERIFY2(c.problems().isEmpty(), qPrintable(c.problems().join(u' ')));
    c.settings =
        ConnectionKind::settingsFrom({QStringLiteral("fee.dinari.ach=five dollars")}, c.provider);
    QCOMPARE(c.problems().size(), 1);
    QVERIFY2(c.problems().first().contains(QLatin1String("five dollars")),
             qPrintable(c.problems().first()));
}

QTEST_GUILESS_MAIN(TestAmountInput)
#include "tst_amount_input.moc"
