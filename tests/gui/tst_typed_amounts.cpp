// The amount a person types is the amount sent, in every language. ctest runs this once
// per environment (LANGUAGE= and LANG= for English, German and Spanish, see CMakeLists);
// TD_EXPECT_LANGUAGE says which language the window must speak there.
#include "AmountField.h"
#include "Language.h"
#include "ModalAnswers.h"
#include "PayoutForm.h"
#include "Screenshot.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestTypedAmounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { Dialogs::clearAnswers(); }
    void numbersFollowTheWindowsLanguage();
    void theLanguagesMarkIsTaken();
    void theOtherMarkIsRefusedNotMultiplied();
    void balanceAfterIsReckonedOnceFromTheBalanceBeforeSending();
    void aPayoutAboveTheBalanceAsksAgainNamingTheShortfall();

private:
    void type(const char *field, const QString &text);
    QString label(const char *name) const;
    /// "1250,50" in German and Spanish, "1250.50" in English; `other` the other mark.
    QString typed(bool other) const;
    QString shown(const char *amount) const;

    QString m_language;
    QChar m_mark;
    std::unique_ptr<PayoutForm> m_form;
};

void TestTypedAmounts::initTestCase()
{
    m_language = qEnvironmentVariable("TD_EXPECT_LANGUAGE");
    QVERIFY2(!m_language.isEmpty(), "run by ctest with TD_EXPECT_LANGUAGE");
    QCOMPARE(Language::apply(qApp, QString()), m_language);
    m_mark = QLocale().decimalPoint().front();
}

void TestTypedAmounts::init()
{
    m_form = std::make_unique<PayoutForm>(PayoutMethod::DinariAch);
    m_form->setConnections({QStringLiteral("Ops")});
    m_form->setBalance(QStringLiteral("Ops"), QStringLiteral("USD"), *Money::parse(u"50111.10"));
    m_form->setFeeRule(QStringLiteral("Ops"), FeeRule{*Money::parse(u"17.50"), Money()});
    m_form->show();
    type("recipient_name", QStringLiteral("Acme Supplies"));
    type("bank_account", QStringLiteral("000123456789"));
    type("bank_routing", QStringLiteral("021000021"));
}

void TestTypedAmounts::type(const char *field, const QString &text)
{
    auto *edit = m_form->findChild<QLineEdit *>(QLatin1String(field));
    QVERIFY2(edit, field);
    edit->clear();
    QTest::keyClicks(edit, text);
}

QString TestTypedAmounts::label(const char *name) const
{
    // The amount's own problem is the AmountField's "fieldError", like every field's.
    const bool amount = qstrcmp(name, "amountError") == 0;
    auto *l =
        amount
            ? m_form->findChild<AmountField *>()->findChild<QLabel *>(QStringLiteral("fieldError"))
            : m_form->findChild<QLabel *>(QLatin1String(name));
    return l && l->isVisible() ? l->text() : QString();
}

QString TestTypedAmounts::typed(bool other) const
{
    const bool comma = (m_mark == u',') != other;
    return comma ? QStringLiteral("1250,50") : QStringLiteral("1250.50");
}

QString TestTypedAmounts::shown(const char *amount) const
{
    return Money::parse(QString::fromLatin1(amount))->toLocaleString(QLocale(), 2);
}

void TestTypedAmounts::numbersFollowTheWindowsLanguage()
{
    const QLocale numbers;
    QCOMPARE(QLocale::languageToCode(numbers.language()), m_language);
    // The words and the numbers agree, whatever LANG says about numbers.
    QCOMPARE(m_mark, m_language == QLatin1String("en") ? u'.' : u',');
    QCOMPARE(label("balanceAfter"),
             m_language == QLatin1String("de")   ? QStringLiteral("50.111,10 jetzt")
             : m_language == QLatin1String("es") ? QStringLiteral("50.111,10 ahora")
                                                 : QStringLiteral("50,111.10 now"));
}

void TestTypedAmounts::theLanguagesMarkIsTaken()
{
    QSignalSpy sent(m_form.get(), &PayoutForm::sendRequested);
    type("amount", typed(false));
    QCOMPARE(m_form->request().amount, *Money::parse(u"1250.50"));
    QVERIFY(m_form->isValid());
    QVERIFY(m_form->findChild<QPushButton *>(QStringLiteral("send"))->isEnabled());
    const QString words = label("amountWords");
    QVERIFY2(words.contains(m_language == QLatin1String("de")   ? QStringLiteral("zweihundert")
                            : m_language == QLatin1String("es") ? QStringLiteral("doscientos")
                                                                : QStringLiteral("two hundred")),
             qPrintable(words));
    QVERIFY(words.contains(QStringLiteral("50/100")));
    QVERIFY(TestSupport::screenshot(m_form.get(), QStringLiteral("amount-taken-") + m_language));

    QString asked;
    TestSupport::answerNextBox(QMessageBox::YesRole, &asked);
    m_form->send();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().first().value<PayoutRequest>().amount, *Money::parse(u"1250.50"));
    QVERIFY2(asked.contains(shown("1250.50")), qPrintable(asked));
}

void TestTypedAmounts::theOtherMarkIsRefusedNotMultiplied()
{
    QSignalSpy sent(m_form.get(), &PayoutForm::sendRequested);
    type("amount", typed(true));
    QVERIFY(!m_form->isValid());
    QVERIFY(!m_form->findChild<QPushButton *>(QStringLiteral("send"))->isEnabled());
    QVERIFY(m_form->request().amount.isZero());
    // The message shows how to write it, in this language's marks.
    const QString problem = label("amountError");
    QVERIFY2(problem.contains(shown("1250.50")), qPrintable(problem));
    QVERIFY(label("amountWords").isEmpty());
    QVERIFY(TestSupport::screenshot(m_form.get(), QStringLiteral("amount-refused-") + m_language));
    m_form->send(); // Enter pressed: nothing is asked and nothing leaves
    QCOMPARE(sent.size(), 0);

    // A lone group mark is two amounts: refused too.
    type("amount", m_mark == u',' ? QStringLiteral("1.250") : QStringLiteral("1,250"));
    QVERIFY(!m_form->isValid());
    // Grouped in this language, with its decimal mark: taken.
    type("amount", shown("1250.50"));
    QCOMPARE(m_form->request().amount, *Money::parse(u"1250.50"));
    QVERIFY(m_form->isValid());
}

void TestTypedAmounts::balanceAfterIsReckonedOnceFromTheBalanceBeforeSending()
{
    type("amount", typed(false));
    const QString after = shown("48843.10"); // 50,111.10 - 1,250.50 - 17.50
    QCOMPARE(label("balanceAfter"), after);
    TestSupport::answerNextBox(QMessageBox::YesRole);
    m_form->send();
    // A refresh after sending reads the balance without the payout: the form does not take
    // it off again, however often it is read.
    for (const char *read : {"48843.10", "48843.10", "47575.10"})
        m_form->setBalance(QStringLiteral("Ops"), QStringLiteral("USD"),
                           *Money::parse(QString::fromLatin1(read)));
    QCOMPARE(label("balanceAfter"), after);
}

void TestTypedAmounts::aPayoutAboveTheBalanceAsksAgainNamingTheShortfall()
{
    QSignalSpy sent(m_form.get(), &PayoutForm::sendRequested);
    type("amount", m_mark == u',' ? QStringLiteral("50100,00") : QStringLiteral("50100.00"));
    QString first;
    QString second;
    TestSupport::answerNextBox(QMessageBox::YesRole, &first);
    TestSupport::answerNextBox(QMessageBox::RejectRole, &second);
    m_form->send();
    QCOMPARE(sent.size(), 0);
    // 50,100.00 + 17.50 from 50,111.10 leaves 6.40 missing.
    QVERIFY2(second.contains(shown("6.40")), qPrintable(second));
    QVERIFY2(second.contains(shown("50111.10")), qPrintable(second));

    TestSupport::answerNextBox(QMessageBox::YesRole);
    TestSupport::answerNextBox(QMessageBox::YesRole);
    m_form->send();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().first().value<PayoutRequest>().amount, *Money::parse(u"50100"));
}

QTEST_MAIN(TestTypedAmounts)
#include "tst_typed_amounts.moc"
