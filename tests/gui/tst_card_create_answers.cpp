#include "AppController.h"
#include "CardsModel.h"
#include "CardsPage.h"
#include "DashfiEmulator.h"
#include "DemoApp.h"
#include "JournalModel.h"
#include "MainWindow.h"
#include "ModalAnswers.h"
#include "NewCardDialog.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

/// A new card whose answer was lost: dash.fi keeps the id we sent it (external_id), so the
/// card list settles it. Not finding it proves nothing.
class TestCardCreateAnswers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aCardMadeWithoutAnAnswerIsFoundByItsId();
    void aCardNeverMadeStaysUnknown();

private:
    /// Asks for a dash.fi card named `name` through the New card dialog.
    void create(const QString &name);
    /// The journal's card creation named `name`.
    std::optional<JournalEntry> entryOf(const QString &name) const;

    std::unique_ptr<AppController> m_app;
};

void TestCardCreateAnswers::init()
{
    m_app = TestSupport::startDemoApp(QStringLiteral("TreasuryDeskCardCreateTest"));
    QVERIFY(m_app);
    QVERIFY(TestSupport::showRefreshed(*m_app));
    m_app->window()->showPage(1);
}

void TestCardCreateAnswers::cleanup()
{
    Dialogs::clearAnswers();
    m_app.reset();
}

void TestCardCreateAnswers::create(const QString &name)
{
    TestSupport::fillNextDialog<NewCardDialog>([name](NewCardDialog *d) {
        auto *issuer = d->findChild<QComboBox *>(QStringLiteral("newCardConnection"));
        issuer->setCurrentIndex(issuer->findText(QStringLiteral("Demo dash.fi (dash.fi)")));
        d->findChild<QLineEdit *>(QStringLiteral("newCardName"))->setText(name);
        d->accept();
    });
    QTest::mouseClick(
        m_app->window()->cardsPage()->findChild<QPushButton *>(QStringLiteral("newCardButton")),
        Qt::LeftButton);
}

std::optional<JournalEntry> TestCardCreateAnswers::entryOf(const QString &name) const
{
    for (const JournalEntry &e : m_app->journal()->entries()) {
        if (e.action.kind() == JournalAction::Kind::CreateCard && e.target == name)
            return e;
    }
    return std::nullopt;
}

void TestCardCreateAnswers::aCardMadeWithoutAnAnswerIsFoundByItsId()
{
    DashfiEmulator &dashfi = m_app->sandbox()->dashfi();
    const int before = int(dashfi.cards().size());
    m_app->sandbox()->faults().add(
        TestSupport::faultOnce("dashfi", "/cards", "POST", FaultRule::Kind::DropAfterProcess));
    create(QStringLiteral("Lost answer"));
    // dash.fi made it once; the journal says so by the card's id, found by ours.
    QTRY_COMPARE(int(dashfi.cards().size()), before + 1);
    const auto made = dashfi.cards().constLast();
    QTRY_VERIFY_WITH_TIMEOUT(entryOf(QStringLiteral("Lost answer")) &&
                                 entryOf(QStringLiteral("Lost answer"))->state ==
                                     JournalEntry::State::Succeeded,
                             20000);
    const JournalEntry e = *entryOf(QStringLiteral("Lost answer"));
    QCOMPARE(e.reference, QString::number(made.id));
    QVERIFY2(e.message.contains(QStringLiteral("found in the card list")), qPrintable(e.message));
    QVERIFY(!made.externalId.isEmpty());
    QVERIFY(e.request.contains(made.externalId.toUtf8()));
    QCOMPARE(int(dashfi.cards().size()), before + 1); // never sent again
}

void TestCardCreateAnswers::aCardNeverMadeStaysUnknown()
{
    DashfiEmulator &dashfi = m_app->sandbox()->dashfi();
    const int before = int(dashfi.cards().size());
    // Never processed, never answered.
    m_app->sandbox()->faults().add(
        TestSupport::faultOnce("dashfi", "/cards", "POST", FaultRule::Kind::Timeout));
    create(QStringLiteral("Never made"));
    QTRY_VERIFY_WITH_TIMEOUT(entryOf(QStringLiteral("Never made")) &&
                                 entryOf(QStringLiteral("Never made"))->state ==
                                     JournalEntry::State::Unknown,
                             60000);
    // The list was read again and holds no such card: that is no proof, so it stays open.
    QTest::qWait(1500);
    QCOMPARE(entryOf(QStringLiteral("Never made"))->state, JournalEntry::State::Unknown);
    QCOMPARE(int(dashfi.cards().size()), before);
}

QTEST_MAIN(TestCardCreateAnswers)
#include "tst_card_create_answers.moc"
