#include "AppController.h"
#include "BatchPayoutForm.h"
#include "DemoApp.h"
#include "DotsEmulator.h"
#include "MainWindow.h"
#include "ModalAnswers.h"
#include "PayoutForm.h"
#include "PayoutsPage.h"
#include "SandboxServer.h"
#include "Screenshot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

/// The Dots batch preview as a user checks it before sending: payees by name, and lines
/// that repeat another one left out at the user's choice, not only by cancelling.
class TestBatchPreview : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_app.reset(); }
    void previewNamesPayeesAndLeavesOutRepeats();

private:
    std::unique_ptr<AppController> m_app;
};

void TestBatchPreview::init()
{
    m_app = TestSupport::startDemoApp(QStringLiteral("TreasuryDeskBatchTest"));
    QVERIFY(m_app);
    QVERIFY(TestSupport::showRefreshed(*m_app));
}

void TestBatchPreview::previewNamesPayeesAndLeavesOutRepeats()
{
    PayoutsPage *page = m_app->window()->payoutsPage();
    m_app->window()->showPage(3);
    // The name the Dots payout form shows for a user, the one the preview should show.
    page->showMethod(PayoutMethod::DotsPayout);
    auto *picker = page->form(PayoutMethod::DotsPayout)->findChild<QComboBox *>("dots_user");
    QTRY_VERIFY(picker->count() > 2);
    const QString firstId = picker->itemData(1).toString();
    const QString secondId = picker->itemData(2).toString();
    const QString firstName = picker->itemText(1);
    QVERIFY(!firstId.isEmpty() && !secondId.isEmpty());

    page->showBatch();
    BatchPayoutForm *form = page->batchForm();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("weekly.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("user_id,amount,platform\n" + firstId.toLatin1() + ",10.00,paypal\n" +
               firstId.toLatin1() + ",10.00,paypal\n" + secondId.toLatin1() + ",5.00,venmo\n");
    file.close();
    form->loadFile(path);
    auto *table = form->findChild<QTableWidget *>(QStringLiteral("batchPreview"));
    QCOMPARE(table->rowCount(), 3);
    // By name, the id a hover away.
    QCOMPARE(table->item(0, 1)->text(), firstName);
    QVERIFY(!table->item(0, 1)->text().contains(firstId));
    QCOMPARE(table->item(0, 1)->toolTip(), firstId);
    // The second line repeats the first: warned, and sent unless the user leaves it out.
    QVERIFY(table->item(1, 4)->text().contains(QStringLiteral("Repeats")));
    auto *totals = form->findChild<QLabel *>(QStringLiteral("totals"));
    QVERIFY2(totals->text().contains(QStringLiteral("3 payout")) &&
                 totals->text().contains(QStringLiteral("25.00")),
             qPrintable(totals->text()));
    auto *leaveOut = form->findChild<QCheckBox *>(QStringLiteral("leaveOutRepeats"));
    QVERIFY(leaveOut->isEnabled());
    leaveOut->setChecked(true);
    QVERIFY2(totals->text().contains(QStringLiteral("2 payout")) &&
                 totals->text().contains(QStringLiteral("15.00")),
             qPrintable(totals->text()));
    QVERIFY(table->item(1, 4)->text().startsWith(QStringLiteral("Left out")));
    QVERIFY(table->item(1, 1)->font().strikeOut());
    QVERIFY(!table->item(0, 1)->font().strikeOut());
    QTest::qWait(50);
    QVERIFY(TestSupport::screenshot(m_app->window(), QStringLiteral("payouts-batch-repeats")));
    // What is asked is what is sent: two payouts, the repeat left out.
    DotsEmulator &dots = m_app->sandbox()->dots();
    const int before = dots.payoutCount();
    QString asked;
    TestSupport::answerNextBox(QMessageBox::YesRole, &asked);
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("send")), Qt::LeftButton);
    QVERIFY2(asked.contains(QStringLiteral("2 payout")) &&
                 asked.contains(QStringLiteral("15.00")) &&
                 asked.contains(QStringLiteral("left out")),
             qPrintable(asked));
    QTRY_VERIFY_WITH_TIMEOUT(form->findChild<QLabel *>(QStringLiteral("status"))
                                 ->text()
                                 .startsWith(QStringLiteral("Done: 2 paid")),
                             20000);
    QCOMPARE(dots.payoutCount(), before + 2);
}

QTEST_MAIN(TestBatchPreview)
#include "tst_batch_preview.moc"
