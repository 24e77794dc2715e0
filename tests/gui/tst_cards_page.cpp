#include "AppController.h"
#include "CardActions.h"
#include "CardLimitDialog.h"
#include "CardStateDelegate.h"
#include "CardsFilterModel.h"
#include "CardsModel.h"
#include "CardsPage.h"
#include "Currency.h"
#include "DashfiEmulator.h"
#include "DemoApp.h"
#include "DinariEmulator.h"
#include "EmergencyFreezeButton.h"
#include "JournalModel.h"
#include "MainWindow.h"
#include "ModalAnswers.h"
#include "NewCardDialog.h"
#include "PayoutsPage.h"
#include "SandboxServer.h"
#include "Screenshot.h"
#include "TestSupport.h"
#include "TransactionTable.h"
#include "TransactionsModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

/// The Cards page in demo mode, driven as a user would: row buttons, keyboard, filters,
/// emergency freeze with failures, cancel with confirmation; the sandbox is the judge.
class TestCardsPage : public QObject
{
    Q_OBJECT

private slots:
    // Each test gets a fresh demo: nothing one leaves (a frozen card, a filter) reaches the next.
    void init();
    void cleanup();
    void rowButtonFreezesAndASecondClickSendsNothing();
    void spaceTogglesTheSelection();
    void everyUseIsInWords();
    void filtersByStateProviderAndConnection();
    void emergencyFreezeSummarisesFailuresAndRetries();
    void emergencyFreezeIsUndoneFromTheJournal();
    void emergencyFreezeIsUndoneOnTheCardsPage();
    void cancelAsksFirstAndIsForGood();
    void spendLimitThroughItsDialog();
    void newCardThroughItsDialog();
    void detailsPanelShowsTheCardsTransactions();

private:
    QString sandboxState(const QString &key) const;
    QModelIndex rowOf(const QString &key) const;
    QString firstOpen(const QString &connection) const;
    /// Postpaid dash.fi: one open card frozen by itself, then an emergency freeze of the
    /// other open ones (`keys`), confirmed.
    void freezeOneThenTheRest(QString *alone, QStringList *keys);

    std::unique_ptr<AppController> m_app;
    CardsPage *m_page = nullptr;
    QTableView *m_table = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCardsPage::cleanup()
{
    Dialogs::clearAnswers();
    m_tester.reset();
    m_page = nullptr;
    m_table = nullptr;
    m_app.reset();
}

void TestCardsPage::init()
{
    m_app = TestSupport::startDemoApp(QStringLiteral("TreasuryDeskCardsTest"));
    QVERIFY(m_app);
    QSignalSpy done(m_app.get(), &AppController::refreshFinished);
    QVERIFY(done.wait(60000));
    MainWindow *w = m_app->window();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    w->showPage(1);
    m_page = w->cardsPage();
    m_table = m_page->table();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_app->cards()->rowCount() > 20);
}

QString TestCardsPage::sandboxState(const QString &key) const
{
    // Both dash.fi companies number their cards from 1: the connection tells which.
    const QString id = key.section(u'/', -1);
    SandboxServer *s = m_app->sandbox();
    const QString connection = rowOf(key).siblingAtColumn(CardsModel::Connection).data().toString();
    const DashfiEmulator &e =
        connection.contains(QStringLiteral("(postpaid)")) ? s->dashfiPostpaid() : s->dashfi();
    for (const auto &c : e.cards()) {
        if (QString::number(c.id) == id)
            return c.state;
    }
    return QString();
}

QModelIndex TestCardsPage::rowOf(const QString &key) const
{
    for (int r = 0; r < m_table->model()->rowCount(); ++r) {
        const QModelIndex i = m_table->model()->index(r, CardsModel::State);
        if (i.data(CardsModel::CardKeyRole).toString() == key)
            return i;
    }
    return {};
}

QString TestCardsPage::firstOpen(const QString &connection) const
{
    for (const QString &key : m_page->openCards(QStringLiteral("dashfi"), connection))
        return key;
    return QString();
}

void TestCardsPage::rowButtonFreezesAndASecondClickSendsNothing()
{
    const QString key = firstOpen(QStringLiteral("Demo dash.fi"));
    QVERIFY(!key.isEmpty());
    const QModelIndex cell = rowOf(key);
    m_table->scrollTo(cell);
    QStyleOptionViewItem option;
    option.initFrom(m_table);
    option.rect = m_table->visualRect(cell);
    option.font = m_table->font();
    const QRect button = CardStateDelegate::buttonRect(option, cell);
    QVERIFY(!button.isEmpty());
    const QString path = QStringLiteral("/cards/%1/freeze").arg(key.section(u'/', -1));
    const int before = m_app->sandbox()->processedCount(QStringLiteral("dashfi"), path);

    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, button.center());
    // The row says "Freezing…" in the same frame as the click, before any answer.
    QCOMPARE(cell.data().toString(), QStringLiteral("Freezing…"));
    // Its button is gone while pending: a second click on the spot sends nothing.
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, button.center());
    QTRY_VERIFY(!m_app->cards()->isPending(key));
    QCOMPARE(m_app->sandbox()->processedCount(QStringLiteral("dashfi"), path), before + 1);
    QCOMPARE(sandboxState(key), QStringLiteral("PAUSED"));
    // The audit journal has the freeze, once, with its result.
    const QList<JournalEntry> journal = m_app->journal()->entries();
    QVERIFY(!journal.isEmpty());
    QCOMPARE(journal.first().action.kind(), JournalAction::Kind::Freeze);
    QCOMPARE(journal.first().connection, QStringLiteral("Demo dash.fi"));
    QCOMPARE(journal.first().state, JournalEntry::State::Succeeded);
    QCOMPARE(std::count_if(journal.cbegin(), journal.cend(),
                           [](const JournalEntry &e) {
                               return e.action.kind() == JournalAction::Kind::Freeze;
                           }),
             1);
    QVERIFY(TestSupport::screenshot(m_app->window(), QStringLiteral("cards")));

    // The same button now unfreezes.
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, button.center());
    QTRY_VERIFY(!m_app->cards()->isPending(key));
    QCOMPARE(sandboxState(key), QStringLiteral("OPEN"));
}

void TestCardsPage::spaceTogglesTheSelection()
{
    const QString key = firstOpen(QStringLiteral("Demo dash.fi"));
    m_table->setFocus();
    m_table->selectRow(rowOf(key).row());
    QTest::keyClick(m_table, Qt::Key_Space);
    QVERIFY(m_app->cards()->isPending(key));
    QTRY_COMPARE(sandboxState(key), QStringLiteral("PAUSED"));
    QTRY_VERIFY(!m_app->cards()->isPending(key));
    QTest::keyClick(m_table, Qt::Key_Space);
    QTRY_COMPARE(sandboxState(key), QStringLiteral("OPEN"));
}

void TestCardsPage::everyUseIsInWords()
{
    // The Use column speaks the app's words, never a provider's code (Dinari: "prepaid").
    bool dinari = false;
    for (int r = 0; r < m_table->model()->rowCount(); ++r) {
        const QString use = m_table->model()->index(r, CardsModel::Frequency).data().toString();
        QVERIFY2(!QStringList({QStringLiteral("recurring"), QStringLiteral("single-use"),
                               QStringLiteral("prepaid")})
                      .contains(use),
                 qPrintable(use));
        if (m_table->model()->index(r, CardsModel::Connection).data().toString() ==
            QLatin1String("Demo Dinari")) {
            QCOMPARE(use, QStringLiteral("Prepaid"));
            if (!dinari) {
                // A prepaid card, selected, says what it holds, as Dinari gave it.
                const QString last =
                    m_table->model()->index(r, CardsModel::LastFour).data().toString();
                m_table->selectRow(r);
                auto *title = m_page->findChild<QLabel *>(QStringLiteral("cardDetailsTitle"));
                int matched = 0;
                for (const DinariEmulator::Card &c : m_app->sandbox()->dinari().cards())
                    if (c.lastFour == last && ++matched)
                        QTRY_VERIFY2(title->text().endsWith(
                                         QStringLiteral(" · it holds %1 USD")
                                             .arg(Currency::formatLocale(
                                                 c.balance, QStringLiteral("USD"), QLocale()))),
                                     qPrintable(title->text()));
                QCOMPARE(matched, 1);
            }
            dinari = true;
        }
    }
    QVERIFY(dinari);
    // The Balances page lists what the cards hold beside its total.
    Money held = Money::fromMinorUnits(0, 2);
    for (const DinariEmulator::Card &c : m_app->sandbox()->dinari().cards())
        if (c.status != QLatin1String("CANCELED"))
            held = *held.checkedAdd(c.balance);
    const QString total =
        m_app->window()->findChild<QLabel *>(QStringLiteral("balancesTotal"))->text();
    QVERIFY2(
        total.contains(QStringLiteral("on prepaid cards, apart from the total: %1 USD")
                           .arg(Currency::formatLocale(held, QStringLiteral("USD"), QLocale()))),
        qPrintable(total));
}

void TestCardsPage::filtersByStateProviderAndConnection()
{
    auto *state = m_page->findChild<QComboBox *>(QStringLiteral("cardStateFilter"));
    auto *connection = m_page->findChild<QComboBox *>(QStringLiteral("cardConnectionFilter"));
    state->setCurrentIndex(state->findData(int(Card::State::Frozen)));
    QVERIFY(m_table->model()->rowCount() > 0);
    for (int r = 0; r < m_table->model()->rowCount(); ++r)
        QCOMPARE(m_table->model()->index(r, 0).data(CardsModel::StateRole).toInt(),
                 int(Card::State::Frozen));
    connection->setCurrentIndex(connection->findData(QStringLiteral("Demo Dinari")));
    for (int r = 0; r < m_table->model()->rowCount(); ++r)
        QCOMPARE(m_table->model()->index(r, CardsModel::Connection).data().toString(),
                 QStringLiteral("Demo Dinari"));
    m_page->search()->setText(QStringLiteral("zzzz-no-such-card"));
    QCOMPARE(m_table->model()->rowCount(), 0);
    m_page->search()->clear();
    state->setCurrentIndex(0);
    connection->setCurrentIndex(0);
    QCOMPARE(m_table->model()->rowCount(), m_app->cards()->rowCount());
}

void TestCardsPage::emergencyFreezeSummarisesFailuresAndRetries()
{
    const QString connection = QStringLiteral("Demo dash.fi (postpaid)");
    const QStringList keys = m_page->openCards(QStringLiteral("dashfi"), connection);
    QVERIFY(keys.size() >= 3);
    // Two freezes fail at the provider; the rest go through.
    QString error;
    QVERIFY(m_app->sandbox()->faults().addSpec(
        QStringLiteral("dashfi-postpaid:/cards:503:method=POST,count=2"), &error));
    QString asked;
    TestSupport::answerNextBox(QMessageBox::AcceptRole, &asked);
    m_page->emergencyFreeze(keys, connection);
    QVERIFY2(asked.contains(QString::number(keys.size())), qPrintable(asked));
    // The summary offers to retry the two that failed; retrying freezes them.
    QString summary;
    TestSupport::answerNextBox(QMessageBox::AcceptRole, &summary);
    QTRY_VERIFY_WITH_TIMEOUT(summary.contains(QStringLiteral("2 of %1").arg(keys.size())), 20000);
    // The line beside the menu speaks of the whole emergency freeze, retries included.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->progress()->text().contains(QStringLiteral("all %1 card").arg(keys.size())), 20000);
    for (const QString &key : keys)
        QTRY_VERIFY2(sandboxState(key) == QLatin1String("PAUSED"),
                     qPrintable(key + u' ' + m_app->cards()->errorOf(key) + u' ' +
                                m_page->progress()->text()));
    m_app->sandbox()->faults().clear();
}

void TestCardsPage::freezeOneThenTheRest(QString *alone, QStringList *keys)
{
    // One card frozen by itself first: the emergency's undo must leave it frozen.
    const QString connection = QStringLiteral("Demo dash.fi (postpaid)");
    const QStringList open = m_page->openCards(QStringLiteral("dashfi"), connection);
    QVERIFY(open.size() >= 3);
    *alone = open.first();
    emit m_page->freezeRequested({*alone}, true);
    QTRY_COMPARE_WITH_TIMEOUT(sandboxState(*alone), QStringLiteral("PAUSED"), 20000);
    *keys = m_page->openCards(QStringLiteral("dashfi"), connection);
    QVERIFY(!keys->contains(*alone));
    TestSupport::answerNextBox(QMessageBox::AcceptRole);
    m_page->emergencyFreeze(*keys, connection);
}

void TestCardsPage::emergencyFreezeIsUndoneFromTheJournal()
{
    QString alone;
    QStringList keys;
    freezeOneThenTheRest(&alone, &keys);
    if (QTest::currentTestFailed())
        return;
    for (const QString &key : keys)
        QTRY_COMPARE_WITH_TIMEOUT(sandboxState(key), QStringLiteral("PAUSED"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->progress()->text().contains(QStringLiteral("all ")), 20000);

    // From the journal: a row of that emergency offers the undo, a lone freeze does not.
    MainWindow *w = m_app->window();
    w->showPage(3);
    PayoutsPage *payouts = w->payoutsPage();
    QTableView *journal = payouts->journalTable();
    auto *undo = payouts->findChild<QPushButton *>(QStringLiteral("undoEmergencyFreeze"));
    int emergencyRow = -1;
    int aloneRow = -1;
    const QAbstractItemModel *rows = journal->model();
    QTRY_VERIFY(rows->rowCount() >= keys.size() + 1);
    for (int r = 0; r < rows->rowCount(); ++r) {
        const JournalEntry &e = m_app->journal()->entries().at(r);
        if (!e.emergency().isEmpty() && emergencyRow < 0)
            emergencyRow = r;
        if (e.cardKey() == alone)
            aloneRow = r;
    }
    QVERIFY(emergencyRow >= 0 && aloneRow >= 0);
    journal->selectRow(aloneRow);
    QVERIFY(!undo->isVisible());
    journal->selectRow(emergencyRow);
    QVERIFY(undo->isVisible() && undo->isEnabled());
    QTest::qWait(50);
    QVERIFY(TestSupport::screenshot(w, QStringLiteral("journal-undo-emergency")));
    // The same kind of question as the freeze, with the count of what it froze.
    QString asked;
    TestSupport::answerNextBox(QMessageBox::AcceptRole, &asked);
    QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY2(asked.contains(QStringLiteral("Unfreeze the %1 card").arg(keys.size())),
             qPrintable(asked));
    for (const QString &key : keys)
        QTRY_COMPARE_WITH_TIMEOUT(sandboxState(key), QStringLiteral("OPEN"), 20000);
    QCOMPARE(sandboxState(alone), QStringLiteral("PAUSED"));
    // Each unfreeze is journaled as undoing that emergency.
    QTRY_VERIFY(std::count_if(m_app->journal()->entries().begin(),
                              m_app->journal()->entries().end(), [](const JournalEntry &e) {
                                  return e.action.kind() == JournalAction::Kind::Unfreeze &&
                                         e.state == JournalEntry::State::Succeeded;
                              }) == keys.size());
}

void TestCardsPage::emergencyFreezeIsUndoneOnTheCardsPage()
{
    QString alone;
    QStringList keys;
    freezeOneThenTheRest(&alone, &keys);
    if (QTest::currentTestFailed())
        return;
    const int n = int(keys.size());
    const QString all =
        EmergencyFreezeButton::tr("Emergency freeze: all %n card(s) frozen.", nullptr, n);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->progress()->text(), all, 20000);
    // One of them unfrozen by hand: the line says so instead of "all frozen".
    const QString byHand = keys.last();
    emit m_page->freezeRequested({byHand}, false);
    QTRY_COMPARE_WITH_TIMEOUT(sandboxState(byHand), QStringLiteral("OPEN"), 20000);
    QTRY_COMPARE(m_page->progress()->text(),
                 QStringLiteral("Emergency freeze: %1 of its %2 cards frozen now.")
                     .arg(keys.size() - 1)
                     .arg(keys.size()));

    // The menu that froze them offers the undo, for what is still frozen.
    auto *button = m_page->findChild<QToolButton *>(QStringLiteral("emergencyFreeze"));
    QVERIFY(button && button->menu());
    emit button->menu()->aboutToShow();
    auto *undo = button->menu()->findChild<QAction *>(QStringLiteral("undoEmergency"));
    QVERIFY(undo && undo->isEnabled());
    QVERIFY2(undo->text().endsWith(
                 EmergencyFreezeButton::tr(
                     "Undo the emergency freeze of %1 (%n card(s) still frozen)…", nullptr, n - 1)
                     .section(QStringLiteral("%1"), 1)),
             qPrintable(undo->text()));
    button->menu()->popup(button->mapToGlobal(QPoint(0, button->height())));
    QVERIFY(QTest::qWaitForWindowExposed(button->menu()));
    QVERIFY(TestSupport::screenshot(button->menu(), QStringLiteral("cards-undo-emergency-menu")));
    button->menu()->hide();
    // Showing the menu filled it again.
    undo = button->menu()->findChild<QAction *>(QStringLiteral("undoEmergency"));
    QVERIFY(undo);
    QString asked;
    TestSupport::answerNextBox(QMessageBox::AcceptRole, &asked);
    undo->trigger();
    QVERIFY2(asked.contains(QStringLiteral("Unfreeze the %1 card").arg(keys.size() - 1)),
             qPrintable(asked));
    for (const QString &key : keys)
        QTRY_COMPARE_WITH_TIMEOUT(sandboxState(key), QStringLiteral("OPEN"), 20000);
    // The card frozen before it stays frozen; the line and the status bar say it is over.
    QCOMPARE(sandboxState(alone), QStringLiteral("PAUSED"));
    QTRY_COMPARE(m_page->progress()->text(),
                 EmergencyFreezeButton::tr(
                     "Emergency freeze undone: none of its %n card(s) is frozen now.", nullptr, n));
    QCOMPARE(m_app->window()->statusBar()->currentMessage(),
             CardActions::tr("Emergency freeze undone: %n card(s) unfrozen.", nullptr, n - 1));
    QVERIFY(TestSupport::screenshot(m_app->window(), QStringLiteral("cards-emergency-undone")));
    // Nothing is left to undo.
    emit button->menu()->aboutToShow();
    QVERIFY(!button->menu()->findChild<QAction *>(QStringLiteral("undoEmergency")));
}

void TestCardsPage::cancelAsksFirstAndIsForGood()
{
    const QString key = firstOpen(QStringLiteral("Demo dash.fi"));
    const Card card = *m_app->cards()->card(key);
    m_table->clearSelection();
    m_table->selectRow(rowOf(key).row());
    auto *cancel = m_page->findChild<QPushButton *>(QStringLiteral("cancelCardButton"));
    QVERIFY(cancel->isEnabled());
    // Keep the card: nothing is sent.
    QString asked;
    TestSupport::answerNextBox(QMessageBox::RejectRole, &asked);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY2(asked.contains(card.lastFour) && asked.contains(QStringLiteral("cannot be undone")),
             qPrintable(asked));
    QCOMPARE(sandboxState(key), QStringLiteral("OPEN"));
    QVERIFY(!m_app->cards()->isPending(key));
    // Cancel it: archived at the provider, shown as cancelled, no button left.
    TestSupport::answerNextBox(QMessageBox::DestructiveRole);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(sandboxState(key), QStringLiteral("ARCHIVED"));
    QTRY_COMPARE(m_app->cards()->card(key)->state, Card::State::Cancelled);
    QVERIFY(!cancel->isEnabled());
}

void TestCardsPage::spendLimitThroughItsDialog()
{
    const QString key = firstOpen(QStringLiteral("Demo dash.fi"));
    m_table->clearSelection();
    m_table->selectRow(rowOf(key).row());
    TestSupport::fillNextDialog<CardLimitDialog>([](CardLimitDialog *d) {
        d->findChild<QCheckBox *>(QStringLiteral("noLimit"))->setChecked(false);
        auto *amount = d->findChild<QLineEdit *>(QStringLiteral("limitAmount"));
        amount->setText(QStringLiteral("abc"));
        // Said so, and OK stays off until it is an amount.
        QVERIFY(!d->findChild<QLabel *>(QStringLiteral("limitError"))->text().isEmpty());
        amount->setText(QStringLiteral("2500.50"));
        auto *period = d->findChild<QComboBox *>(QStringLiteral("limitPeriod"));
        period->setCurrentIndex(period->findData(QStringLiteral("TRANSACTION")));
        QVERIFY(TestSupport::screenshot(d, QStringLiteral("card-limit")));
        d->accept();
    });
    const QString id = key.section(u'/', -1);
    SandboxServer *sandbox = m_app->sandbox();
    auto cardReads = [&] { return sandbox->processedCount("dashfi", "/cards/" + id, "GET"); };
    auto listReads = [&] {
        return sandbox->processedCount("dashfi", "/cards", "GET") -
               sandbox->processedCount("dashfi", "/cards/", "GET");
    };
    const int cardReadsBefore = cardReads();
    const int listReadsBefore = listReads();
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("limitButton")),
                      Qt::LeftButton);
    auto sandboxCard = [this, &id] {
        for (const auto &c : m_app->sandbox()->dashfi().cards()) {
            if (QString::number(c.id) == id)
                return c;
        }
        return DashfiEmulator::Card();
    };
    QTRY_COMPARE(sandboxCard().spendLimit.toString(), QStringLiteral("2500.50"));
    QCOMPARE(sandboxCard().limitType, QStringLiteral("TRANSACTION"));
    // The row shows the provider's new limit once that one card is read again, and
    // stays selected: the list is not fetched again.
    QTRY_COMPARE(m_app->cards()->card(key)->spendLimit->toString(), QStringLiteral("2500.50"));
    QVERIFY(!m_app->cards()->isPending(key));
    QCOMPARE(cardReads(), cardReadsBefore + 1);
    QCOMPARE(listReads(), listReadsBefore);
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().data(CardsModel::CardKeyRole).toString(), key);
}

void TestCardsPage::newCardThroughItsDialog()
{
    const int before = int(m_app->sandbox()->dashfi().cards().size());
    TestSupport::fillNextDialog<NewCardDialog>([](NewCardDialog *d) {
        auto *issuer = d->findChild<QComboBox *>(QStringLiteral("newCardConnection"));
        issuer->setCurrentIndex(issuer->findText(QStringLiteral("Demo dash.fi (dash.fi)")));
        d->findChild<QLineEdit *>(QStringLiteral("newCardName"))
            ->setText(QStringLiteral("Launch — TikTok"));
        auto *category = d->findChild<QComboBox *>(QStringLiteral("newCardCategory"));
        category->setCurrentIndex(category->findData(11));
        d->findChild<QRadioButton *>(QStringLiteral("newCardSingleUse"))->setChecked(true);
        QVERIFY(TestSupport::screenshot(d, QStringLiteral("new-card")));
        d->accept();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("newCardButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(int(m_app->sandbox()->dashfi().cards().size()), before + 1);
    const auto made = m_app->sandbox()->dashfi().cards().constLast();
    QCOMPARE(made.name, QStringLiteral("Launch — TikTok"));
    QCOMPARE(made.category, 11);
    QCOMPARE(made.frequency, QStringLiteral("single-use"));
    QVERIFY(made.externalId.startsWith(QLatin1String("td-")));
    // The new card is the one selected once it is listed, with its details.
    auto selectedName = [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        return rows.size() == 1 ? rows.first().siblingAtColumn(CardsModel::Name).data().toString()
                                : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(selectedName(), QStringLiteral("Launch — TikTok"), 20000);
    QTRY_VERIFY(m_page->findChild<QLabel *>(QStringLiteral("cardDetailsTitle"))
                    ->text()
                    .contains(made.lastFour));
    m_page->search()->setText(QStringLiteral("Launch"));
    QTRY_COMPARE(m_table->model()->rowCount(), 1);
    m_page->search()->clear();
}

void TestCardsPage::detailsPanelShowsTheCardsTransactions()
{
    auto *details = m_page->findChild<QTableWidget *>(QStringLiteral("cardTransactions"));
    QVERIFY(details);
    // A dash.fi card with synced transactions, and a Dinari card with purchases in its
    // details (Dinari's transaction list names no card).
    QSet<QString> dinariWithPurchases;
    for (const auto &c : m_app->sandbox()->dinari().cards()) {
        if (!c.purchases.isEmpty())
            dinariWithPurchases.insert(c.id);
    }
    QSet<QString> dashfiWithTransactions;
    const TransactionTable &rows = m_app->transactions()->rows();
    for (int r = 0; r < rows.size(); ++r) {
        if (rows.provider(r) == QLatin1String("dashfi"))
            dashfiWithTransactions.insert(rows.cardId(r));
    }
    for (const QString &provider : {QStringLiteral("dashfi"), QStringLiteral("dinari")}) {
        const QSet<QString> &withRows =
            provider == QLatin1String("dashfi") ? dashfiWithTransactions : dinariWithPurchases;
        QString key;
        for (int c = 0; c < m_app->cards()->rowCount() && key.isEmpty(); ++c) {
            const QString k = m_app->cards()->index(c, 0).data(CardsModel::CardKeyRole).toString();
            const Card *card = m_app->cards()->card(k);
            if (card && card->provider == provider && withRows.contains(card->id))
                key = k;
        }
        QVERIFY2(!key.isEmpty(), qPrintable(provider));
        m_page->findChild<QLineEdit *>(QStringLiteral("cardsSearch"))->clear();
        for (const char *filter : {"cardStateFilter", "cardProviderFilter", "cardConnectionFilter"})
            m_page->findChild<QComboBox *>(QLatin1String(filter))->setCurrentIndex(0);
        const QModelIndex cell = rowOf(key);
        QVERIFY(cell.isValid());
        m_table->selectionModel()->select(cell, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
        QTRY_VERIFY_WITH_TIMEOUT(details->rowCount() > 0, 10000);
        const Card *card = m_app->cards()->card(key);
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("cardDetailsTitle"))
                    ->text()
                    .contains(card->lastFour));
    }
    QTest::qWait(50);
    QVERIFY(TestSupport::screenshot(m_app->window(), QStringLiteral("card-details")));
    // A reload of the cards keeps the selection and its details.
    auto *title = m_page->findChild<QLabel *>(QStringLiteral("cardDetailsTitle"));
    const QString shown = title->text();
    const QStringList selected = m_page->selectedKeys();
    QCOMPARE(selected.size(), 1);
    QSignalSpy done(m_app.get(), &AppController::refreshFinished);
    m_app->refreshAll();
    QVERIFY(done.wait(30000));
    QCOMPARE(m_page->selectedKeys(), selected);
    QCOMPARE(title->text(), shown);
    // A search that hides the card: its details go too, not left as if it were selected.
    m_page->search()->setText(QStringLiteral("no such card anywhere"));
    QTRY_COMPARE(m_table->model()->rowCount(), 0);
    QTRY_COMPARE(details->rowCount(), 0);
    QVERIFY2(!title->text().contains(m_app->cards()->card(selected.first())->lastFour),
             qPrintable(title->text()));
    m_page->search()->clear();
}

QTEST_MAIN(TestCardsPage)
#include "tst_cards_page.moc"
