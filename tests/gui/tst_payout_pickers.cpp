#include "AppController.h"
#include "BalancesModel.h"
#include "Currency.h"
#include "DemoApp.h"
#include "DinariEmulator.h"
#include "MainWindow.h"
#include "ModalAnswers.h"
#include "PayoutForm.h"
#include "PayoutsPage.h"
#include "SandboxServer.h"
#include "Screenshot.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

/// The payee pickers of the payout forms, searched as a user does: by any part of a name or
/// email; and text that names no payee never sends to the one picked before.
class TestPayoutPickers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_app.reset(); }
    void dotsUserIsFoundByAnyPartOfItsName();
    void textNamingNoUserSendsToNoOne();
    void aDartTransferSaysWhatTheCustomersWalletWillHold();
    void theFirstPayoutsFeeIsEstimatedFromTheContract();

private:
    PayoutForm *dotsForm();
    QComboBox *picker(PayoutForm *form) { return form->findChild<QComboBox *>("dots_user"); }
    std::unique_ptr<AppController> m_app;
};

void TestPayoutPickers::init()
{
    m_app = TestSupport::startDemoApp(QStringLiteral("TreasuryDeskPickersTest"));
    QVERIFY(m_app);
    QVERIFY(TestSupport::showRefreshed(*m_app));
}

PayoutForm *TestPayoutPickers::dotsForm()
{
    m_app->window()->showPage(3);
    PayoutsPage *page = m_app->window()->payoutsPage();
    page->showMethod(PayoutMethod::DotsPayout);
    return page->form(PayoutMethod::DotsPayout);
}

void TestPayoutPickers::dotsUserIsFoundByAnyPartOfItsName()
{
    PayoutForm *form = dotsForm();
    QComboBox *users = picker(form);
    QTRY_VERIFY(users->count() > 3);
    QVERIFY(users->isEditable());
    // A user further down the list, looked for by the middle of their email, in capitals.
    int target = users->count() - 1; // one QTest can type: ASCII
    while (target > 1 &&
           std::any_of(users->itemText(target).cbegin(), users->itemText(target).cend(),
                       [](QChar c) { return c.unicode() > 127; }))
        --target;
    const QString text = users->itemText(target);
    const QString id = users->itemData(target).toString();
    const QString part = text.section(u'<', 1).section(u'@', 0, 0).mid(1).toUpper();
    QVERIFY2(part.size() >= 3, qPrintable(text));
    users->setFocus();
    users->lineEdit()->selectAll();
    QTest::keyClicks(users->lineEdit(), part);
    QCompleter *completer = users->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QVERIFY(completer->completionCount() >= 1);
    for (int i = 0; i < completer->completionCount(); ++i) {
        completer->setCurrentRow(i);
        QVERIFY2(completer->currentCompletion().contains(part, Qt::CaseInsensitive),
                 qPrintable(completer->currentCompletion()));
    }
    // Picked from the list of matches, it is that user.
    int row = 0;
    for (int i = 0; i < completer->completionCount(); ++i) {
        completer->setCurrentRow(i);
        if (completer->currentCompletion() == text)
            row = i;
    }
    completer->popup()->setCurrentIndex(completer->completionModel()->index(row, 0));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_COMPARE(users->currentData().toString(), id);
    QCOMPARE(users->currentText(), text);
    auto *amount = form->findChild<QLineEdit *>(QStringLiteral("amount"));
    QTest::keyClicks(amount, QStringLiteral("3.00"));
    QTRY_VERIFY(form->findChild<QPushButton *>(QStringLiteral("send"))->isEnabled());
}

void TestPayoutPickers::textNamingNoUserSendsToNoOne()
{
    PayoutForm *form = dotsForm();
    QComboBox *users = picker(form);
    QTRY_VERIFY(users->count() > 2);
    // A user whose name a keyboard test can type (QTest types ASCII only).
    int pick = 1;
    while (pick < users->count() &&
           std::any_of(users->itemText(pick).cbegin(), users->itemText(pick).cend(),
                       [](QChar c) { return c.unicode() > 127; }))
        ++pick;
    QVERIFY(pick < users->count());
    users->setCurrentIndex(pick);
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("amount")),
                     QStringLiteral("3.00"));
    auto *send = form->findChild<QPushButton *>(QStringLiteral("send"));
    QTRY_VERIFY(send->isEnabled());
    // The user's name edited into someone else's: the combo still holds the first user,
    // but nothing may go to them.
    users->lineEdit()->selectAll();
    QTest::keyClicks(users->lineEdit(), QStringLiteral("Somebody Else"));
    QTRY_VERIFY(!send->isEnabled());
    QVERIFY(form->request().value(PayoutField::DotsUser).isEmpty());
    // Typed back to the exact name: that user again.
    users->lineEdit()->selectAll();
    QTest::keyClicks(users->lineEdit(), users->itemText(pick));
    QTest::keyClick(users->lineEdit(), Qt::Key_Escape); // the completer's list, not the form
    QTRY_VERIFY(send->isEnabled());
    QCOMPARE(form->request().value(PayoutField::DotsUser), users->itemData(pick).toString());
}

void TestPayoutPickers::aDartTransferSaysWhatTheCustomersWalletWillHold()
{
    m_app->window()->showPage(3);
    PayoutsPage *page = m_app->window()->payoutsPage();
    page->showMethod(PayoutMethod::DartTransfer);
    PayoutForm *form = page->form(PayoutMethod::DartTransfer);
    auto *customer = form->findChild<QComboBox *>(QStringLiteral("dart_customer"));
    QVERIFY(customer);
    QTRY_VERIFY(customer->count() > 1);
    // Picked as a user does, from the keyboard; the first row asks to choose.
    customer->setCurrentIndex(0);
    customer->setFocus();
    QTest::keyClick(customer, Qt::Key_Down);
    const QString who = form->request().value(PayoutField::DartCustomer);
    QVERIFY(!who.isEmpty());
    // The wallet as Balances shows it.
    std::optional<Money> wallet;
    for (const Balance &b : m_app->balances()->balances())
        if (b.provider == QLatin1String("dart") && b.account == who)
            wallet = b.available;
    QVERIFY(wallet);
    auto *line = form->findChild<QLabel *>(QStringLiteral("balanceAfter"));
    const QLocale locale;
    QTRY_VERIFY2(
        line->text().contains(Currency::formatLocale(*wallet, QStringLiteral("USDC"), locale)),
        qPrintable(line->text()));
    QVERIFY2(!line->text().contains(QLatin1String("No balance")), qPrintable(line->text()));
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("amount")),
                     QStringLiteral("2.50"));
    const Money after = *wallet->checkedAdd(*Money::parse(u"2.50"));
    QTRY_VERIFY2(
        line->text().endsWith(Currency::formatLocale(after, QStringLiteral("USDC"), locale) +
                              QStringLiteral(" after")),
        qPrintable(line->text()));
    QVERIFY(line->text().contains(who));
    QVERIFY(TestSupport::screenshot(m_app->window(), QStringLiteral("payout-dart")));
}

void TestPayoutPickers::theFirstPayoutsFeeIsEstimatedFromTheContract()
{
    // No payout yet: Dinari states its fee only once it accepted one. The fee the demo
    // connection's settings give from the contract is the estimate, and what is charged.
    m_app->window()->showPage(3);
    PayoutsPage *page = m_app->window()->payoutsPage();
    page->showMethod(PayoutMethod::DinariAch);
    PayoutForm *form = page->form(PayoutMethod::DinariAch);
    auto type = [form](const char *name, const QString &text) {
        auto *edit = form->findChild<QLineEdit *>(QLatin1String(name));
        edit->selectAll();
        QTest::keyClicks(edit, text);
    };
    type("amount", QStringLiteral("25.50"));
    type("recipient_name", QStringLiteral("Sage Smith"));
    type("bank_account", QStringLiteral("1234567890"));
    type("bank_routing", QStringLiteral("021000021"));
    auto *fee = form->findChild<QLabel *>(QStringLiteral("fee"));
    QTRY_VERIFY2(fee->text().contains(QLatin1String("contract")), qPrintable(fee->text()));
    // 5.00 + 1 % of 25.50, rounded half-even: 5.26, and the balance after takes it off.
    QVERIFY2(fee->text().startsWith(QStringLiteral("About 5.26 (5.00 + 1 %")),
             qPrintable(fee->text()));
    DinariEmulator &dinari = m_app->sandbox()->dinari();
    const Money before = dinari.payoutBalance();
    const QLocale locale;
    auto *after = form->findChild<QLabel *>(QStringLiteral("balanceAfter"));
    const Money expectedAfter = *before.checkedSub(*Money::parse(u"30.76"));
    QTRY_VERIFY2(after->text().contains(
                     Currency::formatLocale(expectedAfter, QStringLiteral("USD"), locale)),
                 qPrintable(after->text()));
    QVERIFY(TestSupport::screenshot(m_app->window(), QStringLiteral("payout-fee-from-contract")));
    TestSupport::answerNextBox(QMessageBox::YesRole);
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("send")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dinari.sentCount(QStringLiteral("ACH")), 1, 15000);
    // What Dinari charged is what the form said.
    QCOMPARE(dinari.payoutBalance(), expectedAfter);
    // From now on, the rule Dinari stated on that payout.
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("newPayout")), Qt::LeftButton);
    type("amount", QStringLiteral("100.00"));
    QTRY_VERIFY2(fee->text().contains(QLatin1String("as on the last")), qPrintable(fee->text()));
    QVERIFY2(fee->text().startsWith(QStringLiteral("About 6.00 (5.00 + 1 %")),
             qPrintable(fee->text()));
}

QTEST_MAIN(TestPayoutPickers)
#include "tst_payout_pickers.moc"
