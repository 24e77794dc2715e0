#include "AppController.h"
#include "BatchPayoutForm.h"
#include "CardsModel.h"
#include "CardsPage.h"
#include "CryptoEmulator.h"
#include "DartEmulator.h"
#include "DemoApp.h"
#include "DinariEmulator.h"
#include "DotsEmulator.h"
#include "JournalModel.h"
#include "MainWindow.h"
#include "ModalAnswers.h"
#include "NameOrder.h"
#include "NewSubAccountDialog.h"
#include "PayoutForm.h"
#include "PayoutsPage.h"
#include "RecipientsPage.h"
#include "SandboxServer.h"
#include "Screenshot.h"
#include "TransactionTable.h"
#include "TransactionsModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

/// The Payouts page in demo mode, driven as a user would: typing, field messages, the
/// confirmation, a double click; the sandbox's record of sends is the judge.
class TestPayoutsPage : public QObject
{
    Q_OBJECT

public slots:
    /// Stands in for the browser (QDesktopServices::setUrlHandler).
    void openUrl(const QUrl &url) { m_opened.append(url); }

private slots:
    // Each test gets a fresh demo: no payout, journal row or sub-account one test makes
    // reaches the next.
    void init();
    void cleanup();
    void formValidatesAsTheUserTypes();
    void confirmedAchPayoutIsSentOnceAndShowsEverywhere();
    void doubleClickAndEnterSendOnce();
    void cancelledConfirmationSendsNothing();
    void dotsPayoutToAUserFromTheList();
    void dotsWalletTransferToAUser();
    void cryptoWithdrawalIsQuotedBeforeItCanBeSent();
    void dartTransferToAWatchedCustomer();
    void cryptoTransferToASubAccount();
    void cryptoTransferFromASubAccountSaysWhichWay();
    void newSubAccountFromTheTransferForm();
    void dartRestrictionIsAskedConfirmedAndJournaled();
    void batchFromACsvFileIsPreviewedSentAndFollowed();
    void recipientsAreCreatedEditedAndShown();
    void sentPayoutIsCancelledFromTheJournal();
    void virtualCardIsIssuedFromTheCardsPage();

private:
    PayoutForm *showForm(PayoutMethod method);
    template<typename T> T *child(PayoutForm *form, const char *name)
    {
        return form->findChild<T *>(QLatin1String(name));
    }
    void type(PayoutForm *form, const char *field, const QString &text);
    void fillZelle(PayoutForm *form, const char *amount);
    bool waitForJournalRows(int rows);
    /// Clicks Send, says yes to the confirmation (its text in *asked) and returns the
    /// journal's entry once the provider has answered.
    JournalEntry sendConfirmed(PayoutForm *form, QString *asked);
    /// Sends with a yes to a confirmation that must name each of `mustAsk`, and checks the
    /// journal has `action` done; false with *why otherwise.
    bool sentAsAsked(PayoutForm *form, const char *action, const QStringList &mustAsk,
                     QString *why);

    std::unique_ptr<AppController> m_app;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<QUrl> m_opened;
};

void TestPayoutsPage::cleanup()
{
    Dialogs::clearAnswers();
    m_tester.reset();
    m_app.reset();
    m_opened.clear();
}

void TestPayoutsPage::init()
{
    m_app = TestSupport::startDemoApp(QStringLiteral("TreasuryDeskPayoutsTest"));
    QVERIFY(m_app);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_app->journal(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_app->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
    QSignalSpy done(m_app.get(), &AppController::refreshFinished);
    m_app->refreshAll();
    QVERIFY(done.wait(30000));
}

PayoutForm *TestPayoutsPage::showForm(PayoutMethod method)
{
    m_app->window()->showPage(3);
    PayoutsPage *page = m_app->window()->payoutsPage();
    page->showMethod(method);
    return page->form(method);
}

void TestPayoutsPage::type(PayoutForm *form, const char *field, const QString &text)
{
    auto *edit = child<QLineEdit>(form, field);
    QVERIFY2(edit, field);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TestPayoutsPage::fillZelle(PayoutForm *form, const char *amount)
{
    type(form, "amount", QString::fromLatin1(amount));
    type(form, "zelle_address", QStringLiteral("9175551212"));
}

bool TestPayoutsPage::waitForJournalRows(int rows)
{
    return QTest::qWaitFor([&] {
        JournalModel *j = m_app->journal();
        if (j->rowCount() < rows)
            return false;
        for (const JournalEntry &e : j->entries()) {
            if (e.isOpen())
                return false;
        }
        return true;
    });
}

JournalEntry TestPayoutsPage::sendConfirmed(PayoutForm *form, QString *asked)
{
    TestSupport::answerNextBox(QMessageBox::YesRole, asked);
    QTest::mouseClick(child<QPushButton>(form, "send"), Qt::LeftButton);
    if (!waitForJournalRows(m_app->journal()->rowCount()) || m_app->journal()->rowCount() == 0)
        return JournalEntry();
    return m_app->journal()->entries().first();
}

bool TestPayoutsPage::sentAsAsked(PayoutForm *form, const char *action, const QStringList &mustAsk,
                                  QString *why)
{
    QString asked;
    const JournalEntry e = sendConfirmed(form, &asked);
    for (const QString &part : mustAsk) {
        if (!asked.contains(part)) {
            *why = QStringLiteral("the confirmation does not say %1: %2").arg(part, asked);
            return false;
        }
    }
    if (e.action.text() != QLatin1String(action) || e.state != JournalEntry::State::Succeeded) {
        *why = QStringLiteral("journal: %1 %2 %3")
                   .arg(e.action.text(), JournalEntry::stateName(e.state), e.message);
        return false;
    }
    return true;
}

void TestPayoutsPage::formValidatesAsTheUserTypes()
{
    PayoutForm *form = showForm(PayoutMethod::DinariAch);
    auto *send = child<QPushButton>(form, "send");
    QVERIFY(!send->isEnabled());
    QCOMPARE(child<QComboBox>(form, "connection")->currentText(), QStringLiteral("Demo Dinari"));
    // The payout balance is shown before anything is typed.
    QVERIFY(child<QLabel>(form, "balanceAfter")->text().contains(QStringLiteral("50,111.10")));
    type(form, "amount", QStringLiteral("25.50"));
    type(form, "recipient_name", QStringLiteral("Sage Smith"));
    type(form, "bank_account", QStringLiteral("1234567890"));
    type(form, "bank_routing", QStringLiteral("123456789")); // the documents' example: no checksum
    QLabel *routingError = nullptr;
    for (QLabel *l : form->findChildren<QLabel *>(QStringLiteral("fieldError"))) {
        if (l->isVisible())
            routingError = l;
    }
    QVERIFY(routingError);
    QVERIFY2(routingError->text().contains(QStringLiteral("ABA")),
             qPrintable(routingError->text()));
    QVERIFY(!send->isEnabled());
    type(form, "bank_routing", QStringLiteral("021000021"));
    QVERIFY(!routingError->isVisible());
    QVERIFY(send->isEnabled());
    type(form, "amount", QStringLiteral("25.505"));
    QVERIFY(!send->isEnabled());
    type(form, "amount", QStringLiteral("25.50"));
    QVERIFY(send->isEnabled());
    QTest::qWait(50); // the layout settles after the last message hid
    QVERIFY(TestSupport::screenshot(m_app->window(), QStringLiteral("payouts-form")));
}

void TestPayoutsPage::confirmedAchPayoutIsSentOnceAndShowsEverywhere()
{
    PayoutForm *form = showForm(PayoutMethod::DinariAch);
    type(form, "amount", QStringLiteral("25.50"));
    type(form, "recipient_name", QStringLiteral("Sage Smith"));
    type(form, "bank_account", QStringLiteral("1234567890"));
    type(form, "bank_routing", QStringLiteral("021000021"));
    DinariEmulator &dinari = m_app->sandbox()->dinari();
    const int before = dinari.sentCount(QStringLiteral("ACH"));
    const Money balanceBefore = dinari.payoutBalance();
    QString asked;
    TestSupport::answerNextBox(QMessageBox::YesRole, &asked);
    QTest::mouseClick(child<QPushButton>(form, "send"), Qt::LeftButton);
    // The confirmation repeats amount, currency, recipient and method.
    for (const char *part : {"25.50", "USD", "Sage Smith", "ACH bank transfer", "Demo Dinari"})
        QVERIFY2(asked.contains(QLatin1String(part)), qPrintable(asked));
    // And what is easy to mistype: the account masked but for its last four, the routing.
    QVERIFY2(asked.contains(QStringLiteral("••••••7890")) &&
                 !asked.contains(QStringLiteral("1234567890")) &&
                 asked.contains(QStringLiteral("Routing number: 021000021")),
             qPrintable(asked));
    QVERIFY(waitForJournalRows(1));
    const JournalEntry entry = m_app->journal()->entries().first();
    QCOMPARE(entry.state, JournalEntry::State::Succeeded);
    QCOMPARE(entry.action, JournalAction::payout(PayoutMethod::DinariAch));
    QCOMPARE(entry.target, QStringLiteral("Sage Smith"));
    QCOMPARE(entry.amount->toString(), QStringLiteral("25.50"));
    QCOMPARE(dinari.sentCount(QStringLiteral("ACH")), before + 1);
    QVERIFY(child<QLabel>(form, "status")->text().contains(entry.reference));
    QVERIFY(!child<QPushButton>(form, "send")->isVisible());
    // The balance went down by the amount and the fee, which the journal keeps as Dinari
    // stated it; the payout is a transaction, with that fee though Dinari's list names none.
    const Money fee =
        *balanceBefore.checkedSub(dinari.payoutBalance())->checkedSub(*Money::parse(u"25.50"));
    QVERIFY(!fee.isZero());
    QVERIFY(entry.fee);
    QCOMPARE(*entry.fee, fee);
    QCOMPARE(entry.feeCurrency, QStringLiteral("USD"));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const TransactionTable &t = m_app->transactions()->rows();
            for (int r = 0; r < t.size(); ++r) {
                if (t.id(r) == entry.reference)
                    return t.fee(r) == std::optional<Money>(fee);
            }
            return false;
        }(),
        15000);
    // The fee rule Dinari stated is now the next payout's preview.
    QTest::mouseClick(child<QPushButton>(form, "newPayout"), Qt::LeftButton);
    type(form, "amount", QStringLiteral("100.00"));
    QTRY_VERIFY(child<QLabel>(form, "fee")->text().startsWith(QStringLiteral("About")));
    QTest::qWait(50);
    QVERIFY(TestSupport::screenshot(m_app->window(), QStringLiteral("payouts")));
}

void TestPayoutsPage::doubleClickAndEnterSendOnce()
{
    PayoutForm *form = showForm(PayoutMethod::DinariZelle);
    DinariEmulator &dinari = m_app->sandbox()->dinari();
    const int before = dinari.sentCount(QStringLiteral("ZELLE"));
    const int rows = m_app->journal()->rowCount();
    fillZelle(form, "17.25");
    auto *send = child<QPushButton>(form, "send");
    TestSupport::answerNextBox(QMessageBox::YesRole);
    QTest::mouseDClick(send, Qt::LeftButton);
    // Enter on the form while it is sending, and a direct second request.
    QTest::keyClick(child<QLineEdit>(form, "zelle_address"), Qt::Key_Return);
    form->send();
    QVERIFY(waitForJournalRows(rows + 1));
    QTest::qWait(300);
    QCOMPARE(m_app->journal()->rowCount(), rows + 1);
    QCOMPARE(dinari.sentCount(QStringLiteral("ZELLE")), before + 1);
}

void TestPayoutsPage::cancelledConfirmationSendsNothing()
{
    PayoutForm *form = showForm(PayoutMethod::DinariZelle);
    QTest::mouseClick(child<QPushButton>(form, "newPayout"), Qt::LeftButton);
    const int rows = m_app->journal()->rowCount();
    const int before = m_app->sandbox()->dinari().sentCount(QStringLiteral("ZELLE"));
    fillZelle(form, "8.00");
    TestSupport::answerNextBox(QMessageBox::RejectRole);
    QTest::mouseClick(child<QPushButton>(form, "send"), Qt::LeftButton);
    QTest::qWait(300);
    QCOMPARE(m_app->journal()->rowCount(), rows);
    QCOMPARE(m_app->sandbox()->dinari().sentCount(QStringLiteral("ZELLE")), before);
    QVERIFY(child<QPushButton>(form, "send")->isEnabled());
}

void TestPayoutsPage::dotsPayoutToAUserFromTheList()
{
    PayoutForm *form = showForm(PayoutMethod::DotsPayout);
    DotsEmulator &dots = m_app->sandbox()->dots();
    const int before = dots.payoutCount();
    auto *users = child<QComboBox>(form, "dots_user");
    // The users of the connection, picked by name.
    QTRY_VERIFY(users->count() > 2);
    // By name, as a person looks for one (after the "Choose a user…" line).
    const QCollator collator = NameOrder::collator();
    for (int i = 2; i < users->count(); ++i)
        QVERIFY2(collator.compare(users->itemText(i - 1), users->itemText(i)) <= 0,
                 qPrintable(users->itemText(i - 1) + QStringLiteral(" > ") + users->itemText(i)));
    users->setCurrentIndex(1);
    const QString who = users->currentText();
    auto *platform = child<QComboBox>(form, "platform");
    platform->setCurrentIndex(platform->findData(QStringLiteral("paypal")));
    type(form, "amount", QStringLiteral("12.00"));
    QString why;
    QVERIFY2(sentAsAsked(form, "payout:dots.payout", {who, QStringLiteral("Dots payout")}, &why),
             qPrintable(why));
    const JournalEntry entry = m_app->journal()->entries().first();
    QCOMPARE(entry.target, who);
    QCOMPARE(dots.payoutCount(), before + 1);
    QTest::qWait(50);
    QVERIFY(TestSupport::screenshot(m_app->window(), QStringLiteral("payouts-dots")));
}

void TestPayoutsPage::dotsWalletTransferToAUser()
{
    PayoutForm *form = showForm(PayoutMethod::DotsTransfer);
    DotsEmulator &dots = m_app->sandbox()->dots();
    const int before = dots.transferCount();
    auto *users = child<QComboBox>(form, "dots_user");
    QTRY_VERIFY(users->count() > 2);
    users->setCurrentIndex(2);
    const QString who = users->currentText();
    type(form, "amount", QStringLiteral("8.40"));
    QString why;
    QVERIFY2(sentAsAsked(form, "payout:dots.transfer",
                         {who, QStringLiteral("Dots wallet transfer")}, &why),
             qPrintable(why));
    QCOMPARE(dots.transferCount(), before + 1);
    const JournalEntry entry = m_app->journal()->entries().first();
    QCOMPARE(entry.target, who);
    QVERIFY(!entry.reference.isEmpty());
    QTest::qWait(50);
    QVERIFY(TestSupport::screenshot(m_app->window(), QStringLiteral("payouts-dots-transfer")));
}

void TestPayoutsPage::cryptoWithdrawalIsQuotedBeforeItCanBeSent()
{
    PayoutForm *form = showForm(PayoutMethod::CryptoWithdrawal);
    CryptoEmulator &crypto = m_app->sandbox()->crypto();
    const int before = crypto.withdrawalCount();
    auto *currency = child<QComboBox>(form, "currency");
    // The master account's currencies with money in them.
    QTRY_VERIFY(currency->findText(QStringLiteral("USDTTRC20")) >= 0);
    currency->setCurrentText(QStringLiteral("USDTTRC20"));
    auto *send = child<QPushButton>(form, "send");
    auto *fee = child<QLabel>(form, "fee");
    auto visibleErrors = [form] {
        QStringList texts;
        for (QLabel *l : form->findChildren<QLabel *>(QStringLiteral("fieldError"))) {
            if (l->isVisible())
                texts.append(l->text());
        }
        return texts.join(u'|');
    };
    // An Ethereum address for a TRON token: the gateway says no, on the field.
    type(form, "address", QStringLiteral("0x") + QStringLiteral("ab12").repeated(10));
    type(form, "amount", QStringLiteral("25"));
    QTRY_VERIFY2_WITH_TIMEOUT(visibleErrors().contains(QStringLiteral("TRX")),
                              qPrintable(visibleErrors() + u'#' + fee->text() + u'#' +
                                         m_app->window()->statusBar()->currentMessage()),
                              5000);
    QVERIFY(!send->isEnabled());
    // Under the gateway's minimum.
    type(form, "address", u'T' + QStringLiteral("Ab3").repeated(11));
    type(form, "amount", QStringLiteral("5"));
    QTRY_VERIFY_WITH_TIMEOUT(visibleErrors().contains(QStringLiteral("minimum")), 5000);
    QVERIFY(!send->isEnabled());
    type(form, "amount", QStringLiteral("25"));
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 5000);
    QVERIFY2(fee->text().contains(QStringLiteral("receives")), qPrintable(fee->text()));
    // The gateway's fee estimate for this address: the network's part, stated.
    QVERIFY2(fee->text().contains(QStringLiteral("to the network")), qPrintable(fee->text()));
    QString why;
    QVERIFY2(sentAsAsked(form, "payout:crypto.withdrawal", {QStringLiteral("receives")}, &why),
             qPrintable(why));
    QCOMPARE(crypto.withdrawalCount(), before + 1);
    QTest::qWait(50);
    QVERIFY(TestSupport::screenshot(m_app->window(), QStringLiteral("payouts-crypto")));
}

void TestPayoutsPage::dartTransferToAWatchedCustomer()
{
    PayoutForm *form = showForm(PayoutMethod::DartTransfer);
    DartEmulator &dart = m_app->sandbox()->dart();
    const int before = dart.transferCount();
    auto *customer = child<QComboBox>(form, "dart_customer");
    QTRY_VERIFY(customer->count() > 1);
    customer->setCurrentIndex(1);
    type(form, "amount", QStringLiteral("40.00"));
    QString why;
    QVERIFY2(sentAsAsked(form, "payout:dart.transfer",
                         {customer->currentText(), QStringLiteral("USDC")}, &why),
             qPrintable(why));
    const JournalEntry entry = m_app->journal()->entries().first();
    QCOMPARE(dart.transferCount(), before + 1);
    // DART answers with a sentence and no id: said so, not an empty "Reference".
    QVERIFY(entry.reference.isEmpty());
    const QString status = child<QLabel>(form, "status")->text();
    QVERIFY2(status.contains(QStringLiteral("returns no reference")) &&
                 !status.contains(QStringLiteral("Reference  ")),
             qPrintable(status));
    // The balance read before sending is in the journal, to settle a lost answer.
    QVERIFY(PayoutRequest::fromJournalJson(entry.request)->anchor.size() > 0);
}

void TestPayoutsPage::newSubAccountFromTheTransferForm()
{
    PayoutForm *form = showForm(PayoutMethod::CryptoToSub);
    auto *wallets = child<QComboBox>(form, "wallet");
    QTRY_VERIFY(wallets->count() > 1);
    const int walletsBefore = wallets->count();
    const int sandboxBefore = int(m_app->sandbox()->crypto().walletIds().size());
    TestSupport::fillNextDialog<NewSubAccountDialog>([](NewSubAccountDialog *d) {
        auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // a name first
        d->findChild<QLineEdit *>(QStringLiteral("subAccountName"))
            ->setText(QStringLiteral("Payroll — EU"));
        d->findChild<QLineEdit *>(QStringLiteral("subAccountExternalId"))
            ->setText(QStringLiteral("payroll-eu"));
        QVERIFY(ok->isEnabled());
        QVERIFY(TestSupport::screenshot(d, QStringLiteral("new-sub-account")));
        d->accept();
    });
    QTest::mouseClick(child<QPushButton>(form, "newSubAccount"), Qt::LeftButton);
    QTRY_COMPARE(int(m_app->sandbox()->crypto().walletIds().size()), sandboxBefore + 1);
    // The new wallet can be picked at once to fund it.
    QTRY_COMPARE(wallets->count(), walletsBefore + 1);
    QVERIFY(wallets->findText(QStringLiteral("Payroll — EU"), Qt::MatchStartsWith) > 0);
    QVERIFY(m_app->window()->statusBar()->currentMessage().contains(QStringLiteral("opened")));
    QTest::qWait(50);
    QVERIFY(TestSupport::screenshot(m_app->window(), QStringLiteral("payouts-to-sub-account")));
}

void TestPayoutsPage::cryptoTransferToASubAccount()
{
    PayoutForm *form = showForm(PayoutMethod::CryptoToSub);
    CryptoEmulator &crypto = m_app->sandbox()->crypto();
    const int before = crypto.transferCount();
    auto *wallet = child<QComboBox>(form, "wallet");
    QVERIFY(wallet);
    // The gateway's sub-accounts, by name.
    QTRY_VERIFY(wallet->count() > 1);
    wallet->setCurrentIndex(wallet->findText(QStringLiteral("Operations"), Qt::MatchStartsWith));
    QVERIFY(wallet->currentIndex() > 0);
    child<QComboBox>(form, "currency")->setCurrentText(QStringLiteral("USDTTRC20"));
    type(form, "amount", QStringLiteral("30"));
    QString why;
    QVERIFY2(sentAsAsked(form, "payout:crypto.to_sub", {QStringLiteral("Operations")}, &why),
             qPrintable(why));
    QCOMPARE(crypto.transferCount(), before + 1);
    // Sent: the form shows what went and nothing on it can change until "New payout".
    for (const char *name : {"currency", "newSubAccount", "wallet", "amount", "connection"}) {
        auto *w = child<QWidget>(form, name);
        QVERIFY2(w && !w->isEnabled(), name);
    }
    QTest::mouseClick(child<QPushButton>(form, "newPayout"), Qt::LeftButton);
    QVERIFY(child<QWidget>(form, "currency")->isEnabled());
    QVERIFY(child<QWidget>(form, "newSubAccount")->isEnabled());
}

void TestPayoutsPage::cryptoTransferFromASubAccountSaysWhichWay()
{
    PayoutForm *form = showForm(PayoutMethod::CryptoToMaster);
    auto *wallet = child<QComboBox>(form, "wallet");
    QTRY_VERIFY(wallet->count() > 1);
    wallet->setCurrentIndex(wallet->findText(QStringLiteral("Operations"), Qt::MatchStartsWith));
    QVERIFY(wallet->currentIndex() > 0);
    child<QComboBox>(form, "currency")->setCurrentText(QStringLiteral("USDTTRC20"));
    type(form, "amount", QStringLiteral("5"));
    // The money leaves the sub-account: neither "to Operations" nor the master's balance.
    QVERIFY2(child<QLabel>(form, "balanceAfter")->text().contains(QStringLiteral("sub-account")),
             qPrintable(child<QLabel>(form, "balanceAfter")->text()));
    QString why;
    QVERIFY2(sentAsAsked(form, "payout:crypto.to_master",
                         {QStringLiteral("from the sub-account Operations"),
                          QStringLiteral("to the master account of Demo")},
                         &why),
             qPrintable(why));
    QVERIFY(m_app->journal()->entries().first().target.startsWith(
        QStringLiteral("the master account (from Operations")));
}

void TestPayoutsPage::dartRestrictionIsAskedConfirmedAndJournaled()
{
    PayoutForm *form = showForm(PayoutMethod::DartTransfer);
    auto *customer = child<QComboBox>(form, "dart_customer");
    QTRY_VERIFY(customer->count() > 1);
    customer->setCurrentIndex(1);
    const QString who = customer->currentData().toString();
    TestSupport::fillNextDialog<QInputDialog>([](QInputDialog *d) {
        d->setIntValue(12);
        d->accept();
    });
    QString asked;
    TestSupport::answerNextBox(QMessageBox::YesRole, &asked);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QTest::mouseClick(child<QPushButton>(form, "restrict"), Qt::LeftButton);
    QVERIFY2(asked.contains(who) && asked.contains(QStringLiteral("12 hour")), qPrintable(asked));
    QVERIFY(waitForJournalRows(m_app->journal()->rowCount()));
    const JournalEntry entry = m_app->journal()->entries().first();
    QCOMPARE(entry.action.kind(), JournalAction::Kind::Restrict);
    QCOMPARE(entry.state, JournalEntry::State::Succeeded);
    const QDateTime until = m_app->sandbox()->dart().restrictedUntil(who);
    QVERIFY(qAbs(before.secsTo(until) - 12 * 3600) < 60);
}

void TestPayoutsPage::batchFromACsvFileIsPreviewedSentAndFollowed()
{
    PayoutsPage *page = m_app->window()->payoutsPage();
    m_app->window()->showPage(3);
    page->showBatch();
    BatchPayoutForm *form = page->batchForm();
    DotsEmulator &dots = m_app->sandbox()->dots();
    const QStringList users = dots.userIds();
    QVERIFY(users.size() >= 3);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("weekly.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("user_id,amount,platform\n" + users[0].toLatin1() + ",15.00,paypal\n" +
               users[1].toLatin1() + ",20.00,venmo\n" + "not-a-user,5.00,ach\n" +
               users[2].toLatin1() + ",7.50,\n");
    file.close();
    form->loadFile(path);
    auto *table = form->findChild<QTableWidget *>(QStringLiteral("batchPreview"));
    QCOMPARE(table->rowCount(), 4);
    QVERIFY(table->item(2, 4)->text().contains(QStringLiteral("user_id")));
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("4"));
    auto *totals = form->findChild<QLabel *>(QStringLiteral("totals"));
    QVERIFY2(totals->text().contains(QStringLiteral("3 payout")) &&
                 totals->text().contains(QStringLiteral("42.50")),
             qPrintable(totals->text()));
    auto *send = form->findChild<QPushButton *>(QStringLiteral("send"));
    // A line has errors: nothing goes until the user says to send the valid ones only.
    QVERIFY(!send->isEnabled());
    form->findChild<QCheckBox *>(QStringLiteral("sendValidOnly"))->setChecked(true);
    QVERIFY(send->isEnabled());
    const int before = dots.payoutCount();
    QString asked;
    TestSupport::answerNextBox(QMessageBox::YesRole, &asked);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY2(asked.contains(QStringLiteral("3 payout")) && asked.contains(QStringLiteral("1 line")),
             qPrintable(asked));
    QVERIFY(!send->isEnabled()); // sent: a second click sends nothing
    auto *progress = form->findChild<QProgressBar *>(QStringLiteral("batchProgress"));
    QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible() && progress->value() == 3, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(form->findChild<QLabel *>(QStringLiteral("status"))
                                 ->text()
                                 .startsWith(QStringLiteral("Done: 3 paid")),
                             20000);
    QCOMPARE(dots.payoutCount(), before + 3);
    QTest::qWait(50);
    QVERIFY(TestSupport::screenshot(m_app->window(), QStringLiteral("payouts-batch")));
    // Dots lists the batch, as anyone on the team would see it.
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("showSentBatches")),
                      Qt::LeftButton);
    auto *sent = form->findChild<QTableWidget *>(QStringLiteral("sentBatches"));
    QTRY_VERIFY(sent->isVisible() && sent->rowCount() > 0);
    const QString batchId = m_app->journal()->entries().first().reference;
    QVERIFY(!batchId.isEmpty());
    QCOMPARE(sent->item(0, 5)->text(), batchId);
    QCOMPARE(sent->item(0, 2)->text(), QStringLiteral("3"));
    QCOMPARE(sent->item(0, 1)->text(), QStringLiteral("completed"));
    QTest::qWait(50);
    QVERIFY(TestSupport::screenshot(m_app->window(), QStringLiteral("payouts-batches-at-dots")));
    // The same file again: the lines now repeat recent payouts, and say so.
    QTRY_VERIFY(m_app->journal()->entries().first().message.startsWith(QStringLiteral("Done")));
    form->loadFile(path);
    QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("recently")));
}

void TestPayoutsPage::recipientsAreCreatedEditedAndShown()
{
    m_app->window()->showPage(4);
    RecipientsPage *page = m_app->window()->recipientsPage();
    auto *connection = page->findChild<QComboBox *>(QStringLiteral("connection"));
    auto *list = page->findChild<QListWidget *>(QStringLiteral("recipients"));
    auto field = [page](const char *name) {
        return page->findChild<QLineEdit *>(QLatin1String(name));
    };
    auto *message = page->findChild<QLabel *>(QStringLiteral("message"));
    // A new Dots user, found again by name afterwards.
    connection->setCurrentText(QStringLiteral("Demo Dots"));
    QTRY_VERIFY(list->count() > 0);
    // A Dots user has a phone and a setup link, and none of DART's fields.
    auto *dart = page->findChild<QWidget *>(QStringLiteral("dartSection"));
    QVERIFY(!field("phone")->isHidden() && !field("countryCode")->isHidden());
    QVERIFY(field("password")->isHidden());
    QVERIFY(dart->isHidden());
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("setupLink"))->isHidden());
    QVERIFY(TestSupport::screenshot(m_app->window(), QStringLiteral("recipients-dots")));
    const int users = m_app->sandbox()->dots().userIds().size();
    page->findChild<QPushButton *>(QStringLiteral("newRecipient"))->click();
    field("firstName")->setText(QStringLiteral("Zoë")); // keyClicks types ASCII only
    QTest::keyClicks(field("lastName"), QStringLiteral("Okafor"));
    QTest::keyClicks(field("email"), QStringLiteral("zoe.okafor@example.com"));
    QTest::keyClicks(field("countryCode"), QStringLiteral("1"));
    QTest::keyClicks(field("phone"), QStringLiteral("4155550199"));
    page->findChild<QPushButton *>(QStringLiteral("save"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("Saved")), 5000);
    QCOMPARE(m_app->sandbox()->dots().userIds().size(), users + 1);
    QTest::keyClicks(page->findChild<QLineEdit *>(QStringLiteral("recipientSearch")),
                     QStringLiteral("zoe.okafor"));
    QTRY_COMPARE(list->count(), 1);
    // Their payout setup page, from Dots, opens in the browser.
    list->setCurrentRow(0);
    QTRY_VERIFY(field("id")->text().size() > 0);
    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl");
    page->findChild<QPushButton *>(QStringLiteral("setupLink"))->click();
    QTRY_COMPARE(m_opened.size(), 1);
    QVERIFY(m_opened.first().toString().contains(QStringLiteral("/flow/")));
    // A link that is not https is never handed to the desktop.
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openUrl");
    QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "openUrl");
    page->openSetupLink(QUrl(QStringLiteral("file:///etc/passwd")));
    page->openSetupLink(QUrl(QStringLiteral("http://pay.example.com/flow/1")));
    QCOMPARE(m_opened.size(), 1);
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("message"))
                ->text()
                .contains(QStringLiteral("not an https")));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    // A DART customer: details, trade scripts, a token's value, and an edit.
    connection->setCurrentText(QStringLiteral("Demo DART"));
    page->findChild<QLineEdit *>(QStringLiteral("recipientSearch"))->clear();
    QVERIFY(!dart->isHidden() && !field("password")->isHidden());
    QVERIFY(field("phone")->isHidden());
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("setupLink"))->isHidden());
    QTRY_VERIFY(list->count() > 0);
    list->setCurrentRow(0);
    const QString who = list->item(0)->data(Qt::UserRole).toString();
    QTRY_COMPARE(field("id")->text(), who);
    auto *scripts = page->findChild<QTableWidget *>(QStringLiteral("tradeScripts"));
    QTRY_VERIFY(scripts->rowCount() > 0);
    QTest::keyClicks(field("token"), QStringLiteral("Chaos"));
    page->findChild<QPushButton *>(QStringLiteral("getTokenValue"))->click();
    // The sandbox gives each customer some of its tokens: a value, or DART's own "not
    // found", both read from the provider.
    QTRY_VERIFY(page->findChild<QLabel *>(QStringLiteral("tokenValue"))
                    ->text()
                    .startsWith(QStringLiteral("Chaos")) ||
                message->text().contains(QStringLiteral("Token not found")));
    field("email")->clear();
    QTest::keyClicks(field("email"), QStringLiteral("new.address@example.com"));
    page->findChild<QPushButton *>(QStringLiteral("save"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("Saved")), 5000);
    QTest::qWait(50);
    QVERIFY(TestSupport::screenshot(m_app->window(), QStringLiteral("recipients")));
}

void TestPayoutsPage::sentPayoutIsCancelledFromTheJournal()
{
    // A Zelle payout just sent is still INITIATED at Dinari: it can be cancelled.
    PayoutForm *form = showForm(PayoutMethod::DinariZelle);
    fillZelle(form, "17.25");
    QString why;
    QVERIFY2(sentAsAsked(form, "payout:dinari.zelle", {QStringLiteral("17.25")}, &why),
             qPrintable(why));
    m_app->window()->showPage(3);
    PayoutsPage *page = m_app->window()->payoutsPage();
    QTableView *table = page->journalTable();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, JournalModel::Target).data().toString() ==
            QLatin1String("9175551212"))
            row = r;
    }
    QVERIFY(row >= 0);
    // Accepted and under way, not "Done": the provider's own word is in the tooltip.
    const QModelIndex state = table->model()->index(row, JournalModel::State);
    QCOMPARE(state.data().toString(), QStringLiteral("Accepted, under way"));
    QVERIFY2(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("INITIATED")),
             qPrintable(state.data(Qt::ToolTipRole).toString()));
    table->selectRow(row);
    const Money before = m_app->sandbox()->dinari().payoutBalance();
    QString asked;
    TestSupport::answerNextBox(QMessageBox::YesRole, &asked);
    page->findChild<QPushButton *>(QStringLiteral("cancelPayout"))->click();
    QVERIFY2(asked.contains(QStringLiteral("17.25")) &&
                 asked.contains(QStringLiteral("9175551212")),
             qPrintable(asked));
    QVERIFY(waitForJournalRows(m_app->journal()->rowCount()));
    const JournalEntry entry = m_app->journal()->entries().first();
    QCOMPARE(entry.action.kind(), JournalAction::Kind::CancelPayout);
    QCOMPARE(entry.state, JournalEntry::State::Succeeded);
    // Dinari refunded it, less its cancel fee.
    QVERIFY(m_app->sandbox()->dinari().payoutBalance() > before);
    // The payout's own row now says it was cancelled.
    int payoutRow = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex action = table->model()->index(r, JournalModel::Action);
        if (table->model()->index(r, JournalModel::Target).data().toString() ==
                QLatin1String("9175551212") &&
            action.data().toString().startsWith(QStringLiteral("Payout")))
            payoutRow = r;
    }
    QVERIFY(payoutRow >= 0);
    QTRY_COMPARE(table->model()->index(payoutRow, JournalModel::State).data().toString(),
                 QStringLiteral("Cancelled"));
}

void TestPayoutsPage::virtualCardIsIssuedFromTheCardsPage()
{
    m_app->window()->showPage(1);
    auto *issue =
        m_app->window()->cardsPage()->findChild<QPushButton *>(QStringLiteral("virtualCardButton"));
    QVERIFY(issue && issue->isEnabled());
    const int cards = m_app->cards()->rowCount();
    const int sandboxCards = int(m_app->sandbox()->dinari().cards().size());
    issue->click();
    // The Dinari virtual card payout form, on the Payouts page.
    QCOMPARE(m_app->window()->currentPage(), 3);
    PayoutForm *form = m_app->window()->payoutsPage()->form(PayoutMethod::DinariVirtualCard);
    QVERIFY(form->isVisible());
    type(form, "amount", QStringLiteral("150.00"));
    type(form, "recipient_name", QStringLiteral("Ana Lima"));
    type(form, "email", QStringLiteral("ana.lima@example.com"));
    QString why;
    QVERIFY2(sentAsAsked(form, "payout:dinari.virtual_card", {QStringLiteral("Ana Lima")}, &why),
             qPrintable(why));
    QCOMPARE(int(m_app->sandbox()->dinari().cards().size()), sandboxCards + 1);
    // The new card is in the Cards list once the connection has reloaded.
    QTRY_COMPARE_WITH_TIMEOUT(m_app->cards()->rowCount(), cards + 1, 15000);
}

QTEST_MAIN(TestPayoutsPage)
#include "tst_payouts_page.moc"
