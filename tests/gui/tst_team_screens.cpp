#include "AppController.h"
#include "Dialogs.h"
#include "Keychain.h"
#include "Language.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "TeamDialog.h"
#include "TeamFixture.h"
#include "TeamKeychain.h"
#include "TeamPayoutsModel.h"
#include "TeamPolicy.h"
#include "TeamTestSupport.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

/// The team's screens with a team's data, as an admin sees them in the language the test
/// runs in (TD_TEST_LANGUAGE=de or es, English without): requests waiting, the approve
/// dialog, the Team dialog and the policy's form. What they say comes from the database in
/// the window's words, and nothing scrolls sideways or widens the window.
class TestTeamScreens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void approvalsSayTheRulesInTheWindowsWords();
    void columnsDoNotJumpAsRequestsComeAndGo();
    void teamDialogAndPolicyFormFit();

private:
    static void fitsWithoutScrollingSideways(QAbstractScrollArea *table);
    TeamFixture m_team;
    std::unique_ptr<TeamDatabase> m_maker;
    std::unique_ptr<AppController> m_app;
    QString m_language;
};

void TestTeamScreens::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("PGPORT").isEmpty(),
             "run inside pg_virtualenv (the README's test command does)");
    m_language = qEnvironmentVariable("TD_TEST_LANGUAGE", QStringLiteral("en"));
    Language::apply(qApp, m_language);
    QVERIFY2(m_team.setUp(QStringList{QStringLiteral("maker"), QStringLiteral("admin")}),
             qPrintable(m_team.error()));
    m_maker = m_team.login(QStringLiteral("maker"));
    QVERIFY(m_maker);
    // Over the daily total; and over 25,000 USD to an account the team never paid.
    QVERIFY2(m_maker->request(
                 TestSupport::achRequest("12500.00", QStringLiteral("first-") + m_team.database()),
                 QStringLiteral("dinari"), QStringLiteral("ops")),
             qPrintable(m_maker->lastError()));
    QVERIFY(m_maker->request(TestSupport::achRequest("30000.00",
                                                     QStringLiteral("second-") + m_team.database(),
                                                     QStringLiteral("9876543210")),
                             QStringLiteral("dinari"), QStringLiteral("ops")));

    // The admin's desktop: a saved team, its password and key in the keychain.
    // One settings file per language: the three runs may go side by side.
    QCoreApplication::setOrganizationName(QStringLiteral("TreasuryDeskTeamScreensTest-") +
                                          m_language);
    QSettings().clear();
    const QString url = m_team.url(m_team.user(QStringLiteral("admin")));
    QSettings().setValue(QStringLiteral("team/url"), url);
    QString problem;
    Keychain keychain;
    auto saved = keychain.write(TeamLogin::fromUrl(url, &problem)->keychainKey(),
                                m_team.password(QStringLiteral("admin")));
    QTRY_VERIFY_WITH_TIMEOUT(saved.isFinished(), 20000);
    QVERIFY2(saved.result().ok(), qPrintable(saved.result().message));
    QVERIFY(TestSupport::keepKeyInKeychain(QString(), url));
    m_app = std::make_unique<AppController>();
    m_app->setStorePath(TestSupport::makeTempDir() + QStringLiteral("/treasury.sqlite"));
    QVERIFY(m_app->start());
    m_app->window()->resize(1200, 760);
    m_app->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
}

void TestTeamScreens::cleanupTestCase()
{
    Dialogs::clearAnswers();
    m_app.reset();
}

void TestTeamScreens::fitsWithoutScrollingSideways(QAbstractScrollArea *table)
{
    QTRY_VERIFY2(table->horizontalScrollBar()->maximum() == 0,
                 qPrintable(table->objectName() +
                            QStringLiteral(" scrolls sideways by %1 px (viewport %2 px)")
                                .arg(table->horizontalScrollBar()->maximum())
                                .arg(table->viewport()->width())));
}

void TestTeamScreens::approvalsSayTheRulesInTheWindowsWords()
{
    MainWindow *window = m_app->window();
    window->showPage(5);
    auto *table = window->findChild<QTableView *>(QStringLiteral("approvalsTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 20000);
    // Each request's rules as the database gave them, said in the window's words: a rule's
    // reason carries its conditions (the 30,000 USD one: the new-counterparty rule's).
    bool conditionsGiven = false;
    for (int row = 0; row < 2; ++row) {
        const QString key =
            table->model()->index(row, 0).data(TeamPayoutsModel::KeyRole).toString();
        const std::optional<TeamPayout> p = m_maker->payout(key);
        QVERIFY(p);
        QVERIFY(!p->verdict.reasons.isEmpty());
        for (const QJsonValue &reason : p->verdict.reasons)
            conditionsGiven |= reason[QStringLiteral("conditions")].toObject() ==
                               QJsonObject{{QStringLiteral("min_usd"), QStringLiteral("25000")},
                                           {QStringLiteral("new_counterparty"), true}};
        QCOMPARE(table->model()->index(row, TeamPayoutsModel::Rules).data().toString(),
                 TeamPolicy::reasonsText(p->verdict.reasons));
    }
    QVERIFY(conditionsGiven);
    fitsWithoutScrollingSideways(table);
    QCOMPARE(window->width(), 1200);
    QVERIFY(TestSupport::screenshot(window, QStringLiteral("team-approvals-") + m_language));
    // The approve dialog, looked at and left without deciding.
    table->selectRow(0);
    bool asked = false;
    Dialogs::setNextDialog([this, &asked](QDialog *d) {
        asked = true;
        QVERIFY(TestSupport::screenshot(d, QStringLiteral("team-approve-") + m_language));
        d->reject();
    });
    window->findChild<QPushButton *>(QStringLiteral("approveButton"))->click();
    QVERIFY(asked);
    QCOMPARE(m_maker->payout(table->model()->index(0, 0).data(TeamPayoutsModel::KeyRole).toString())
                 ->approvals(),
             0);
}

void TestTeamScreens::columnsDoNotJumpAsRequestsComeAndGo()
{
    MainWindow *window = m_app->window();
    window->showPage(5);
    auto *table = window->findChild<QTableView *>(QStringLiteral("approvalsTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 20000);
    auto widths = [table] {
        QList<int> out;
        for (int c = 0; c < TeamPayoutsModel::Rules; ++c)
            out << table->horizontalHeader()->sectionSize(c);
        return out;
    };
    const QList<int> before = widths();
    // A wider request arrives: columns may grow to show it whole, never shrink.
    PayoutRequest wide = TestSupport::achRequest(
        "250000.00", QStringLiteral("third-") + m_team.database(), QStringLiteral("5550001234"));
    wide.fields.insert(PayoutField::RecipientName, QStringLiteral("Bartholomew Fairweather"));
    QVERIFY(m_maker->request(wide, QStringLiteral("dinari"), QStringLiteral("ops")));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 5000);
    const QList<int> grown = widths();
    // What is shown whole never narrows (the payee, method, connection and asker may give
    // way so that nothing scrolls sideways).
    for (const int c : {TeamPayoutsModel::Created, TeamPayoutsModel::Amount,
                        TeamPayoutsModel::State, TeamPayoutsModel::Approvals})
        QVERIFY2(grown[c] >= before[c], qPrintable(QString::number(c)));
    QVERIFY(grown[TeamPayoutsModel::Amount] > before[TeamPayoutsModel::Amount]);
    fitsWithoutScrollingSideways(table);
    // Rejected elsewhere, it leaves the list: the columns stay where they were.
    const auto admin = m_team.login(QStringLiteral("admin"));
    QVERIFY(admin);
    QVERIFY(admin->reject(wide.idempotencyKey,
                          TestSupport::requestHash(*admin, wide.idempotencyKey),
                          QStringLiteral("too much")));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 5000);
    QCOMPARE(widths(), grown);
    fitsWithoutScrollingSideways(table);
}

void TestTeamScreens::teamDialogAndPolicyFormFit()
{
    MainWindow *window = m_app->window();
    window->findChild<QAction *>(QStringLiteral("teamAction"))->trigger();
    auto *dialog = window->findChild<TeamDialog *>(QStringLiteral("teamDialog"));
    QVERIFY(dialog);
    auto *policy = dialog->findChild<QPlainTextEdit *>(QStringLiteral("teamPolicy"));
    // The policy in sentences of the window's language, not the database's document.
    const TeamPolicy read = TeamPolicy::fromJson(*m_maker->policy());
    QTRY_VERIFY_WITH_TIMEOUT(policy->toPlainText().contains(read.lines().first()), 10000);
    QVERIFY2(!policy->toPlainText().contains(u'{'), qPrintable(policy->toPlainText()));
    for (auto *table : dialog->findChildren<QTableWidget *>())
        if (table->isVisible())
            fitsWithoutScrollingSideways(table);
    QVERIFY(TestSupport::screenshot(dialog, QStringLiteral("team-dialog-") + m_language));
    bool opened = false;
    Dialogs::setNextDialog([this, &opened](QDialog *d) {
        opened = true;
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d));
        auto *tabs = d->findChild<QTabWidget *>(QStringLiteral("policyTabs"));
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QVERIFY(TestSupport::screenshot(
                d, QStringLiteral("team-policy-%1-%2").arg(m_language).arg(tab)));
        }
        // The rules table fits: its text gives way, not the dialog.
        fitsWithoutScrollingSideways(d->findChild<QTableWidget *>(QStringLiteral("policyRules")));
        d->reject();
    });
    dialog->findChild<QPushButton *>(QStringLiteral("teamEditPolicy"))->click();
    QVERIFY(opened);
    dialog->close();
}

QTEST_MAIN(TestTeamScreens)
#include "tst_team_screens.moc"
