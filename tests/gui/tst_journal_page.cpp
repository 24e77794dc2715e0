#include "AppController.h"
#include "DemoApp.h"
#include "JournalModel.h"
#include "Language.h"
#include "MainWindow.h"
#include "ModalAnswers.h"
#include "PayoutForm.h"
#include "PayoutsPage.h"
#include "Screenshot.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>

/// The journal on the Payouts page as a user reads it: what a payout link needs (its URL,
/// to copy) and rows in the reader's language, whoever wrote them.
class TestJournalPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void payoutLinkIsCopiedFromTheJournal();
    void rowsFollowTheLanguageTheAppSpeaks();
    void anExportAsksAllOrSelectedAndStartsInAFolderThatExists();

private:
    /// Sends a Dots payout link by email through the form, as a user would.
    JournalEntry sendLink();
    PayoutsPage *page() const { return m_app->window()->payoutsPage(); }
    QPushButton *copyButton() const
    {
        return page()->findChild<QPushButton *>(QStringLiteral("copyPayoutLink"));
    }
    void selectRow(int row);

    std::unique_ptr<AppController> m_app;
};

void TestJournalPage::init()
{
    m_app = TestSupport::startDemoApp(QStringLiteral("TreasuryDeskJournalTest"));
    QVERIFY(m_app);
    QVERIFY(TestSupport::showRefreshed(*m_app));
}

void TestJournalPage::cleanup()
{
    m_app.reset();
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
}

JournalEntry TestJournalPage::sendLink()
{
    m_app->window()->showPage(3);
    page()->showMethod(PayoutMethod::DotsPayoutLink);
    PayoutForm *form = page()->form(PayoutMethod::DotsPayoutLink);
    auto *delivery = form->findChild<QComboBox *>(QStringLiteral("delivery"));
    delivery->setCurrentIndex(delivery->findData(QStringLiteral("email")));
    for (const auto &[field, text] :
         {std::pair{"payee", "ana@example.com"}, std::pair{"amount", "15.00"}}) {
        auto *edit = form->findChild<QLineEdit *>(QLatin1String(field));
        edit->clear();
        QTest::keyClicks(edit, QLatin1String(text));
    }
    const int before = m_app->journal()->rowCount();
    TestSupport::answerNextBox(QMessageBox::YesRole);
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("send")), Qt::LeftButton);
    if (!QTest::qWaitFor([&] {
            return m_app->journal()->rowCount() > before &&
                   !m_app->journal()->entries().first().isOpen();
        }))
        return JournalEntry();
    return m_app->journal()->entries().first();
}

void TestJournalPage::selectRow(int row)
{
    QTableView *table = page()->journalTable();
    table->selectionModel()->clearSelection();
    if (row >= 0)
        table->selectRow(row);
}

void TestJournalPage::payoutLinkIsCopiedFromTheJournal()
{
    const JournalEntry link = sendLink();
    QCOMPARE(link.state, JournalEntry::State::Succeeded);
    QVERIFY2(link.link.startsWith(QStringLiteral("http")), qPrintable(link.message));
    QVERIFY(link.shownMessage().contains(link.link));
    // Nothing selected: nothing to copy.
    selectRow(-1);
    QVERIFY(!copyButton()->isEnabled());
    selectRow(0);
    QVERIFY(copyButton()->isEnabled());
    QGuiApplication::clipboard()->clear();
    QSignalSpy said(page(), &PayoutsPage::message);
    QTest::mouseClick(copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), link.link);
    QCOMPARE(said.size(), 1);
    QVERIFY(said.first().first().toString().contains(link.link));
    QTest::qWait(50);
    QVERIFY(TestSupport::screenshot(m_app->window(), QStringLiteral("payouts-journal-link")));
}

void TestJournalPage::rowsFollowTheLanguageTheAppSpeaks()
{
    const JournalEntry link = sendLink(); // written while the app speaks English
    QVERIFY(!link.link.isEmpty());
    const QString english = m_app->journal()->index(0, JournalModel::Message).data().toString();
    QCOMPARE(english, link.statusWord() + QStringLiteral("; the link: ") + link.link);
    // Read in German: the app's words are German, the provider's word and the URL are not.
    QCOMPARE(Language::apply(qApp, QStringLiteral("de")), QStringLiteral("de"));
    const QString german = m_app->journal()->index(0, JournalModel::Message).data().toString();
    QVERIFY2(german != english, qPrintable(german));
    QVERIFY2(german.startsWith(link.statusWord() + QStringLiteral("; ")), qPrintable(german));
    QVERIFY2(german.endsWith(link.link), qPrintable(german));
    QCOMPARE(german, QCoreApplication::translate("JournalText", "%1; the link: %2")
                         .replace(QStringLiteral("%1"), link.statusWord())
                         .replace(QStringLiteral("%2"), link.link));
}

void TestJournalPage::anExportAsksAllOrSelectedAndStartsInAFolderThatExists()
{
    QVERIFY(sendLink().state == JournalEntry::State::Succeeded);
    page()->form(PayoutMethod::DotsPayoutLink)->startNew();
    QVERIFY(sendLink().state == JournalEntry::State::Succeeded);
    const int shown = page()->journalTable()->model()->rowCount();
    QVERIFY(shown >= 2);
    selectRow(0); // one click to look at a row
    const QString dir = TestSupport::makeTempDir();
    const auto exportAs = [&](QMessageBox::ButtonRole role, const QString &name, QString *asked,
                              QString *offered) {
        TestSupport::answerNextBox(role, asked);
        TestSupport::fillNextDialog<QFileDialog>([&, name](QFileDialog *d) {
            *offered = d->directory().absolutePath();
            d->selectFile(dir + u'/' + name);
            d->setResult(QDialog::Accepted);
        });
        QTest::mouseClick(page()->findChild<QPushButton *>(QStringLiteral("exportJournal")),
                          Qt::LeftButton);
        QFile file(dir + u'/' + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll().count('\n') - 1 : -1;
    };
    QString asked;
    QString offered;
    // All of them, though a row is selected.
    QCOMPARE(exportAs(QMessageBox::AcceptRole, QStringLiteral("all.csv"), &asked, &offered), shown);
    QVERIFY2(asked.contains(QString::number(shown)), qPrintable(asked));
    // The picker opens where a folder is (a new home has no Documents).
    QVERIFY2(QFileInfo(offered).isDir(), qPrintable(offered));
    // Only the selected one, when asked for.
    QCOMPARE(exportAs(QMessageBox::ActionRole, QStringLiteral("one.csv"), &asked, &offered), 1);
    // Cancelled: nothing written.
    TestSupport::answerNextBox(QMessageBox::RejectRole);
    QTest::mouseClick(page()->findChild<QPushButton *>(QStringLiteral("exportJournal")),
                      Qt::LeftButton);
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/journal.csv")));
}

QTEST_MAIN(TestJournalPage)
#include "tst_journal_page.moc"
