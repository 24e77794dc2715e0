#include "ActionJournal.h"
#include "AppController.h"
#include "DemoApp.h"
#include "DinariEmulator.h"
#include "JournalModel.h"
#include "MainWindow.h"
#include "ModalAnswers.h"
#include "PayoutForm.h"
#include "PayoutsPage.h"
#include "SandboxServer.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

/**
 * A payout whose answer was lost and that the provider's records do not show: the app
 * never offers to send it again, and only a person, on a screen that says what was
 * searched, marks it as not sent.
 */
class TestPayoutDecisions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void notFoundWaitsForAPersonWhoSeesWhatWasSearched();
    void aSecondWindowOnTheSameDataIsRefused();

private:
    std::unique_ptr<AppController> m_app;
};

void TestPayoutDecisions::init()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TreasuryDeskDecisionsTest"));
    QSettings().clear();
    // No settling window: the first check that finds nothing already asks a person.
    QSettings().setValue(QStringLiteral("payouts/dinari/settlingMinutes"), 0);
    m_app = std::make_unique<AppController>();
    QVERIFY(m_app->startDemo());
    m_app->setStorePath(TestSupport::makeTempDir() + QStringLiteral("/demo.sqlite"));
    m_app->start();
    m_app->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
    QSignalSpy done(m_app.get(), &AppController::refreshFinished);
    m_app->refreshAll();
    QVERIFY(done.wait(30000));
}

void TestPayoutDecisions::cleanup()
{
    Dialogs::clearAnswers();
    m_app.reset();
}

void TestPayoutDecisions::notFoundWaitsForAPersonWhoSeesWhatWasSearched()
{
    DinariEmulator &dinari = m_app->sandbox()->dinari();
    const int before = dinari.sentCount(QStringLiteral("ZELLE"));
    // A gateway error after the request arrived: the outcome is unknown.
    QString error;
    QVERIFY(m_app->sandbox()->faults().addSpec(QStringLiteral("dinari:/send-money:503:count=1"),
                                               &error));
    MainWindow *w = m_app->window();
    w->showPage(3);
    PayoutsPage *page = w->payoutsPage();
    page->showMethod(PayoutMethod::DinariZelle);
    PayoutForm *form = page->form(PayoutMethod::DinariZelle);
    auto type = [form](const char *name, const QString &text) {
        auto *edit = form->findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY2(edit, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    type("amount", QStringLiteral("17.43"));
    type("zelle_address", QStringLiteral("9175551212"));
    auto *send = form->findChild<QPushButton *>(QStringLiteral("send"));
    TestSupport::answerNextBox(QMessageBox::YesRole);
    QTest::mouseClick(send, Qt::LeftButton);
    JournalModel *journal = m_app->journal();
    QVERIFY(QTest::qWaitFor(
        [&] { return journal->rowCount() > 0 && journal->entries().first().needsDecision; },
        20000));
    const JournalEntry waiting = journal->entries().first();
    QCOMPARE(waiting.state, JournalEntry::State::Unknown);
    // Never "send again" for what may have been sent: the form stays locked.
    QVERIFY(!send->isEnabled());
    // The navigation says a payout needs attention, from any page.
    auto *navigation = w->findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(navigation->item(3)->text(), QStringLiteral("Payouts (1)"));
    QVERIFY(!navigation->item(3)->toolTip().isEmpty());

    auto *table = w->findChild<QTableView *>(QStringLiteral("journalTable"));
    table->selectRow(0);
    QString asked;
    TestSupport::answerNextBox(QMessageBox::AcceptRole, &asked);
    QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("markNotSent")), Qt::LeftButton);
    QVERIFY2(asked.contains(QStringLiteral("What was searched")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("records from")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("paid twice")), qPrintable(asked));
    QTRY_COMPARE(journal->entries().first().state, JournalEntry::State::Failed);
    const JournalEntry decided = journal->entries().first();
    QCOMPARE(decided.key, waiting.key);
    QCOMPARE(decided.decidedBy, ActionJournal::currentUser());
    QCOMPARE(dinari.sentCount(QStringLiteral("ZELLE")), before);
    // Decided: the form may send it again, as a new payout.
    QTRY_VERIFY(send->isEnabled());
    QCOMPARE(navigation->item(3)->text(), QStringLiteral("Payouts"));
}

void TestPayoutDecisions::aSecondWindowOnTheSameDataIsRefused()
{
    const QString store = m_app->storePath();
    {
        AppController second;
        second.setStorePath(store);
        QVERIFY(!second.start());
        QVERIFY2(second.whyNotStarted().contains(QStringLiteral("already open")),
                 qPrintable(second.whyNotStarted()));
        QVERIFY(
            second.whyNotStarted().contains(QString::number(QCoreApplication::applicationPid())));
    }
    // The first one closes: the next start has the data to itself.
    m_app.reset();
    AppController next;
    next.setStorePath(store);
    QVERIFY2(next.start(), qPrintable(next.whyNotStarted()));
}

QTEST_MAIN(TestPayoutDecisions)
#include "tst_payout_decisions.moc"
