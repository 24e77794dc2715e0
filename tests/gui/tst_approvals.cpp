// The Approvals page as an approver sees it, against a real PostgreSQL team database
// (pg_virtualenv's, as the README's test command starts it): the saved team logs in at
// start, a colleague's request shows within a second, and approving from the page is what
// the database records. The window never waits for the database.
#include "ActionJournal.h"
#include "AmountField.h"
#include "AppController.h"
#include "ApprovalsPage.h"
#include "CardsModel.h"
#include "CardsPage.h"
#include "ConnectionForm.h"
#include "ConnectionManager.h"
#include "ConnectionsController.h"
#include "ConnectionsDialog.h"
#include "Currency.h"
#include "DemoApp.h"
#include "Dialogs.h"
#include "DinariEmulator.h"
#include "JournalModel.h"
#include "Keychain.h"
#include "Language.h"
#include "MainWindow.h"
#include "ModalAnswers.h"
#include "PayoutController.h"
#include "PayoutForm.h"
#include "PayoutsPage.h"
#include "Provider.h"
#include "ProviderRegistry.h"
#include "SandboxServer.h"
#include "Screenshot.h"
#include "TeamAdminPanel.h"
#include "TeamDatabase.h"
#include "TeamDialog.h"
#include "TeamKeychain.h"
#include "TeamPayoutsModel.h"
#include "TeamSession.h"
#include "TeamTestSupport.h"
#include "TeamWiring.h"
#include "TestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

class TestApprovals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aColleaguesRequestWaitsForMeAndIsApprovedFromThePage();
    void myOwnRequestCannotBeApprovedHere();
    void aMakersDesktopSendsThroughTheTeam();
    void theFormSaysWhatTheTeamNeedsAndTheApprovalsPageSendsIt();
    void aPayoutLeftInFlightIsSettledAfterARestart();
    void aColleaguesPayoutLeftInFlightIsTakenOverAsUnknown();
    void cardActionsFollowTheTeamButFreezingDoesNot();
    void aSharedConnectionIsAddedFromTheTeamDialog();
    void anAdminProposesAndASecondAdminDecides();
    void aTamperedAuditLogIsSaidOnTheDesktop();
    void aFirstStartOffersWaysToBegin();

private:
    QString url(const QString &login) const;
    std::unique_ptr<TeamDatabase> login(const QString &who, const QString &password);
    PayoutRequest ach(const char *amount, const char *key) const;
    QTableView *table() const;
    /// On m_desktop's Approvals page: selects the approved `key` and sends it, confirmed;
    /// the confirmation's text goes to *asked.
    bool sendFromApprovals(const QString &key, QString *asked);

    QString m_suffix;
    QString m_database;
    QString m_maker;
    QString m_approver;
    std::unique_ptr<TeamDatabase> m_makerDb;
    std::unique_ptr<AppController> m_app;
    QString m_sender;                         ///< a second maker, on m_desktop
    std::unique_ptr<AppController> m_desktop; ///< the sender's, with the demo's sandbox
};

QString TestApprovals::url(const QString &login) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(login, qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT"), m_database);
}

std::unique_ptr<TeamDatabase> TestApprovals::login(const QString &who, const QString &password)
{
    QString problem;
    const auto l = TeamLogin::fromUrl(url(who), &problem);
    auto db = std::make_unique<TeamDatabase>();
    if (!l || !db->open(*l, password) || !TestSupport::enrol(*db)) {
        qWarning() << who << problem << db->lastError();
        return nullptr;
    }
    return db;
}

PayoutRequest TestApprovals::ach(const char *amount, const char *key) const
{
    PayoutRequest r;
    r.method = PayoutMethod::DinariAch;
    r.connection = QStringLiteral("Operations");
    r.amount = *Money::parse(QString::fromLatin1(amount));
    r.currency = QStringLiteral("USD");
    r.idempotencyKey = QLatin1String(key) + u'-' + m_suffix;
    r.fields.insert(PayoutField::RecipientName, QStringLiteral("Sage Smith"));
    r.fields.insert(PayoutField::BankAccount, QStringLiteral("1234567890"));
    r.fields.insert(PayoutField::BankRouting, QStringLiteral("021000021"));
    return r;
}

QTableView *TestApprovals::table() const
{
    return m_app->window()->findChild<QTableView *>(QStringLiteral("approvalsTable"));
}

bool TestApprovals::sendFromApprovals(const QString &key, QString *asked)
{
    MainWindow *window = m_desktop->window();
    window->showPage(5);
    window->findChild<QComboBox *>(QStringLiteral("approvalsFilter"))
        ->setCurrentIndex(ApprovalsPage::All);
    auto *approvals = window->findChild<QTableView *>(QStringLiteral("approvalsTable"));
    int row = -1;
    const bool shown = QTest::qWaitFor(
        [&] {
            for (int r = 0; r < approvals->model()->rowCount(); ++r) {
                const QModelIndex i = approvals->model()->index(r, 0);
                if (i.data(TeamPayoutsModel::KeyRole).toString() == key &&
                    i.data(TeamPayoutsModel::ReadyToSendRole).toBool())
                    row = r;
            }
            return row >= 0;
        },
        5000);
    if (!shown)
        return false;
    approvals->selectRow(row);
    auto *send = window->findChild<QPushButton *>(QStringLiteral("releaseButton"));
    if (!send->isEnabled())
        return false;
    TestSupport::answerNextBox(QMessageBox::YesRole, asked);
    send->click();
    return true;
}

void TestApprovals::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("PGPORT").isEmpty(),
             "run inside pg_virtualenv (the README's test command does)");
    // Screenshots in another language (TD_TEST_LANGUAGE=de or es); the checks are English.
    if (const QString lang = qEnvironmentVariable("TD_TEST_LANGUAGE"); !lang.isEmpty())
        Language::apply(qApp, lang);
    m_suffix = QString::number(QRandomGenerator::global()->bounded(1000000, 9999999));
    m_database = QStringLiteral("approvals_") + m_suffix;
    {
        QSqlDatabase admin =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("c"));
        admin.setHostName(qEnvironmentVariable("PGHOST"));
        admin.setPort(qEnvironmentVariableIntValue("PGPORT"));
        admin.setUserName(qEnvironmentVariable("PGUSER"));
        admin.setPassword(qEnvironmentVariable("PGPASSWORD"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        QVERIFY(q.exec(QStringLiteral("CREATE DATABASE ") + m_database));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("c"));
    const auto owner = login(qEnvironmentVariable("PGUSER"), qEnvironmentVariable("PGPASSWORD"));
    QVERIFY(owner);
    QVERIFY2(owner->initialize(), qPrintable(owner->lastError()));
    m_maker = QStringLiteral("maker_") + m_suffix;
    m_approver = QStringLiteral("approver_") + m_suffix;
    QVERIFY2(owner->addMember(m_maker, QStringLiteral("maker"), QStringLiteral("maker-password")),
             qPrintable(owner->lastError()));
    QVERIFY(owner->addMember(m_approver, QStringLiteral("approver"),
                             QStringLiteral("approver-password")));
    m_makerDb = login(m_maker, QStringLiteral("maker-password"));
    QVERIFY(m_makerDb);
    // Over the default daily total of 10,000 USD: it needs one approval.
    QVERIFY2(m_makerDb->request(ach("12500.00", "first"), QStringLiteral("dinari"),
                                QStringLiteral("ops")),
             qPrintable(m_makerDb->lastError()));

    // The approver's desktop: a saved team, its password in the keychain.
    QCoreApplication::setOrganizationName(QStringLiteral("TreasuryDeskApprovalsTest"));
    QSettings().clear();
    QString problem;
    QSettings().setValue(QStringLiteral("team/url"), url(m_approver));
    Keychain keychain;
    auto saved = keychain.write(TeamLogin::fromUrl(url(m_approver), &problem)->keychainKey(),
                                QStringLiteral("approver-password"));
    QTRY_VERIFY_WITH_TIMEOUT(saved.isFinished(), 20000);
    QVERIFY2(saved.result().ok(), qPrintable(saved.result().message));
    QVERIFY(TestSupport::keepKeyInKeychain(QString(), url(m_approver)));
    m_app = std::make_unique<AppController>();
    m_app->setStorePath(TestSupport::makeTempDir() + QStringLiteral("/treasury.sqlite"));
    QVERIFY(m_app->start());
    m_app->window()->resize(1200, 760);
    m_app->window()->show();
}

void TestApprovals::aColleaguesRequestWaitsForMeAndIsApprovedFromThePage()
{
    MainWindow *window = m_app->window();
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    window->showPage(5);
    QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 1, 20000);
    QCOMPARE(navigation->item(5)->text(), QStringLiteral("Approvals (1)"));
    // Only the rule that applies: the form named no country, so "new country" does not.
    // Said in the window's words, with the limit the database gave.
    QCOMPARE(table()->model()->index(0, TeamPayoutsModel::Rules).data().toString(),
             QStringLiteral("a person's daily total above 10,000.00 USD"));
    auto *state = window->findChild<QLabel *>(QStringLiteral("teamState"));
    QVERIFY2(state->text().contains(m_approver), qPrintable(state->text()));

    // A colleague asks for another: it shows without a refresh, within a second.
    QVERIFY(m_makerDb->request(ach("15000.00", "second"), QStringLiteral("dinari"),
                               QStringLiteral("ops")));
    QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 2, 1000);
    QCOMPARE(navigation->item(5)->text(), QStringLiteral("Approvals (2)"));
    QVERIFY(TestSupport::screenshot(window, QStringLiteral("approvals")));

    // Both at once, with one note.
    auto *approve = window->findChild<QPushButton *>(QStringLiteral("approveButton"));
    QVERIFY(!approve->isEnabled());
    table()->selectAll();
    QVERIFY(approve->isEnabled());
    QString asked;
    Dialogs::setNextDialog([&asked](QDialog *d) {
        auto *input = qobject_cast<QInputDialog *>(d);
        asked = input->labelText();
        input->setTextValue(QStringLiteral("matches invoice 4711"));
        d->accept();
    });
    QElapsedTimer clicked;
    clicked.start();
    approve->click();
    // The window answered at once: the database work is on the session's thread.
    QVERIFY2(clicked.elapsed() < 500, "the click waited for the database");
    QVERIFY2(asked.contains(QLatin1String("2")), qPrintable(asked));
    // The dialog says what each approval sends: amount, method, from, to (the account by its
    // last four), who asked, the rules and the request's fingerprint.
    for (const char *key : {"first", "second"}) {
        const auto p = m_makerDb->payout(QLatin1String(key) + u'-' + m_suffix);
        QVERIFY(p);
        for (const QString &fact :
             {Currency::formatLocale(p->amount, p->currency, QLocale()) + u' ' + p->currency,
              TeamPayoutsModel::methodText(*p), p->connection,
              QStringLiteral("····") + p->counterparty.value.right(4), p->maker,
              p->verdict.rulesText(), p->fingerprint()})
            QVERIFY2(asked.contains(fact), qPrintable(fact + QStringLiteral(" not in: ") + asked));
        QVERIFY(!p->fingerprint().isEmpty());
    }
    QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 0, 5000);
    QCOMPARE(navigation->item(5)->text(), QStringLiteral("Approvals"));
    for (const char *key : {"first", "second"}) {
        const auto p = m_makerDb->payout(QLatin1String(key) + u'-' + m_suffix);
        QVERIFY(p);
        QCOMPARE(p->state, TeamPayout::State::Approved);
        QCOMPARE(p->decisions.size(), 1);
        QCOMPARE(p->decisions.first().approver, m_approver);
        QCOMPARE(p->decisions.first().note, QStringLiteral("matches invoice 4711"));
    }
}

void TestApprovals::myOwnRequestCannotBeApprovedHere()
{
    // The approver asks for one of their own: it waits for others, not for them.
    const auto mine = login(m_approver, QStringLiteral("approver-password"));
    QVERIFY(mine);
    // An approver is not a maker: the database refuses the request itself.
    QVERIFY(
        !mine->request(ach("20000.00", "own"), QStringLiteral("dinari"), QStringLiteral("ops")));
    QVERIFY(mine->lastErrorDenied());
    // The maker's payout shows under "waiting for others" for the maker's own desktop model.
    QVERIFY(m_makerDb->request(ach("30000.00", "third"), QStringLiteral("dinari"),
                               QStringLiteral("ops")));
    TeamPayoutsModel makers;
    makers.setPayouts(*m_makerDb->payouts(), m_maker, false);
    QCOMPARE(makers.waitingForMe(), 0);
    // Even as an approver, one's own request never waits for oneself.
    makers.setPayouts(*m_makerDb->payouts(), m_maker, true);
    QCOMPARE(makers.waitingForMe(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 1, 2000);
    auto *filter = m_app->window()->findChild<QComboBox *>(QStringLiteral("approvalsFilter"));
    filter->setCurrentIndex(ApprovalsPage::All);
    QCOMPARE(table()->model()->rowCount(), 3);
    // Newest first; amounts sort by value (30,000 after 15,000, not as text).
    const auto amountAt = [this](int row) {
        return table()->model()->index(row, TeamPayoutsModel::Amount).data().toString();
    };
    QCOMPARE(amountAt(0), QStringLiteral("30,000.00 USD"));
    table()->sortByColumn(TeamPayoutsModel::Amount, Qt::AscendingOrder);
    QCOMPARE(amountAt(0), QStringLiteral("12,500.00 USD"));
    QCOMPARE(amountAt(2), QStringLiteral("30,000.00 USD"));
    QVERIFY(TestSupport::screenshot(m_app->window(), QStringLiteral("approvals-all")));

    // File → Team…: who is in the team, and the policy in words.
    m_app->window()->findChild<QAction *>(QStringLiteral("teamAction"))->trigger();
    auto *dialog = m_app->window()->findChild<TeamDialog *>(QStringLiteral("teamDialog"));
    QVERIFY(dialog);
    auto *members = dialog->findChild<QTableWidget *>(QStringLiteral("teamMembers"));
    QTRY_COMPARE_WITH_TIMEOUT(members->rowCount(), 2, 5000);
    QCOMPARE(members->item(0, 0)->text(), m_approver);
    // The role in the window's words, not the database's.
    QCOMPARE(members->item(0, 1)->text(), QStringLiteral("Approver"));
    QCOMPARE(members->item(0, 2)->text(), QStringLiteral("yes"));
    // Each member's key as this desktop pinned it, to compare with them out of band.
    for (int row = 0; row < members->rowCount(); ++row)
        QTRY_COMPARE_WITH_TIMEOUT(
            members->item(row, 3)->text(),
            SigningKey::fingerprint(TestSupport::keyOf(members->item(row, 0)->text()).publicKey()),
            5000);
    auto *policy = dialog->findChild<QPlainTextEdit *>(QStringLiteral("teamPolicy"));
    QTRY_VERIFY2_WITH_TIMEOUT(
        policy->toPlainText().contains(QLatin1String("above 10,000.00 USD in a day")),
        qPrintable(policy->toPlainText()), 5000);
    // The rules in words, not the document the database keeps.
    QVERIFY2(policy->toPlainText().contains(QStringLiteral("• over 50,000.00 USD: 1 approval")) &&
                 !policy->toPlainText().contains(u'{'),
             qPrintable(policy->toPlainText()));
    // The audit log was checked at login: intact, and this desktop's checkpoint kept.
    auto *audit = dialog->findChild<QLabel *>(QStringLiteral("teamAudit"));
    QTRY_VERIFY2_WITH_TIMEOUT(audit->text().contains(QLatin1String("intact")),
                              qPrintable(audit->text()), 5000);
    QVERIFY(TestSupport::screenshot(dialog, QStringLiteral("team-dialog")));
    dialog->close();
}

void TestApprovals::aMakersDesktopSendsThroughTheTeam()
{
    // A second maker, whose day has no payouts yet, on a desktop with the demo's sandbox.
    const QString maker = QStringLiteral("sender_") + m_suffix;
    m_sender = maker;
    {
        const auto owner =
            login(qEnvironmentVariable("PGUSER"), qEnvironmentVariable("PGPASSWORD"));
        QVERIFY(owner);
        QVERIFY(
            owner->addMember(maker, QStringLiteral("maker"), QStringLiteral("sender-password")));
    }
    // The sender's keychain holds the key this test's own desktop of the sender signs with.
    QVERIFY(TestSupport::keepKeyInKeychain(QString(), url(maker)));
    m_desktop = TestSupport::startDemoApp(QStringLiteral("TreasuryDeskTeamSenderTest"));
    auto &desktop = m_desktop;
    QVERIFY(desktop);
    QVERIFY(TestSupport::showRefreshed(*desktop));
    MainWindow *window = desktop->window();
    window->findChild<QAction *>(QStringLiteral("teamAction"))->trigger();
    auto *dialog = window->findChild<TeamDialog *>(QStringLiteral("teamDialog"));
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("teamUrl"))->setText(url(maker));
    dialog->findChild<QLineEdit *>(QStringLiteral("teamPassword"))
        ->setText(QStringLiteral("sender-password"));
    dialog->findChild<QPushButton *>(QStringLiteral("teamConnect"))->click();
    auto *state = window->findChild<QLabel *>(QStringLiteral("teamState"));
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(maker), 10000);
    dialog->close();
    auto sentHere = [&](const QString &key) {
        for (const JournalEntry &e : desktop->journal()->entries()) {
            if (e.key == key)
                return true;
        }
        return false;
    };
    PayoutsPage *page = window->payoutsPage();

    // Within the policy, to a bank account new to the team: approved, but held.
    PayoutRequest small = ach("100.00", "gui-small");
    small.connection = QStringLiteral("Demo Dinari");
    small.fields.insert(PayoutField::BankAccount, QStringLiteral("99") + m_suffix);
    emit page->sendRequested(small);
    QTRY_VERIFY_WITH_TIMEOUT(m_makerDb->payout(small.idempotencyKey).has_value(), 5000);
    QCOMPARE(m_makerDb->payout(small.idempotencyKey)->state, TeamPayout::State::Approved);
    QTest::qWait(300);
    QVERIFY(!sentHere(small.idempotencyKey));

    // The same account once an admin released it: claimed, sent once, recorded for the team.
    {
        const QString adminName = QStringLiteral("admin_") + m_suffix;
        const auto owner =
            login(qEnvironmentVariable("PGUSER"), qEnvironmentVariable("PGPASSWORD"));
        QVERIFY(owner->addMember(adminName, QStringLiteral("admin"), QStringLiteral("admin-pw")));
        const auto admin = login(adminName, QStringLiteral("admin-pw"));
        QVERIFY(admin);
        // The team knows a bank account as routing/account.
        QVERIFY2(admin->releaseCounterparty(QStringLiteral("bank_account"),
                                            QStringLiteral("021000021/99") + m_suffix),
                 qPrintable(admin->lastError()));
    }
    PayoutRequest released = small;
    released.idempotencyKey = QStringLiteral("gui-released-") + m_suffix;
    emit page->sendRequested(released);
    QTRY_VERIFY_WITH_TIMEOUT(sentHere(released.idempotencyKey), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_makerDb->payout(released.idempotencyKey)->state,
                              TeamPayout::State::Sent, 15000);
    const TeamPayout sent = *m_makerDb->payout(released.idempotencyKey);
    QVERIFY(!sent.reference.isEmpty());
    QCOMPARE(sent.claimedBy, maker);
    int entries = 0;
    for (const JournalEntry &e : desktop->journal()->entries())
        entries += e.key == released.idempotencyKey ? 1 : 0;
    QCOMPARE(entries, 1);

    // Over the daily total (it counts the day's payouts): in the team journal, waiting,
    // and never sent from here.
    PayoutRequest big = ach("20000.00", "gui-big");
    big.connection = QStringLiteral("Demo Dinari");
    emit page->sendRequested(big);
    QTRY_VERIFY_WITH_TIMEOUT(m_makerDb->payout(big.idempotencyKey).has_value(), 5000);
    QCOMPARE(m_makerDb->payout(big.idempotencyKey)->state, TeamPayout::State::AwaitingApproval);
    QCOMPARE(m_makerDb->payout(big.idempotencyKey)->maker, maker);

    QTest::qWait(300);
    QVERIFY(!sentHere(big.idempotencyKey));

    // A Dots batch would go round the policy: refused while in the team, nothing journaled.
    PayoutRequest item;
    item.method = PayoutMethod::DotsPayout;
    item.connection = QStringLiteral("Demo Dots");
    item.amount = *Money::parse(u"5.00");
    item.currency = QStringLiteral("USD");
    item.idempotencyKey = QStringLiteral("gui-batch-item-") + m_suffix;
    const QString batchKey = QStringLiteral("gui-batch-") + m_suffix;
    emit page->batchRequested(item.connection, batchKey, {item});
    QTest::qWait(300);
    QVERIFY(!sentHere(batchKey));
    QVERIFY(!sentHere(item.idempotencyKey));
    QVERIFY(!m_makerDb->payout(item.idempotencyKey).has_value());
}

void TestApprovals::theFormSaysWhatTheTeamNeedsAndTheApprovalsPageSendsIt()
{
    QVERIFY(m_desktop);
    MainWindow *window = m_desktop->window();
    window->showPage(3);
    PayoutsPage *page = window->payoutsPage();
    page->showMethod(PayoutMethod::DinariZelle);
    PayoutForm *form = page->form(PayoutMethod::DinariZelle);
    auto *amount = form->findChild<QLineEdit *>(QStringLiteral("amount"));
    QTest::keyClicks(amount, QStringLiteral("20000.00"));
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("zelle_address")),
                     QStringLiteral("9175551212"));
    // Before anything is sent, the form says what the team's policy makes of it.
    auto *rules = form->findChild<QLabel *>(QStringLiteral("teamRules"));
    QTRY_VERIFY_WITH_TIMEOUT(rules->isVisible(), 5000);
    QVERIFY2(rules->text().startsWith(QLatin1String("Team policy: needs 1 approval")),
             qPrintable(rules->text()));
    QVERIFY2(rules->text().contains(QLatin1String("daily total")), qPrintable(rules->text()));
    QVERIFY(TestSupport::screenshot(window, QStringLiteral("payout-form-team-rules")));
    // A changed amount is asked again; the old answer is not shown for it meanwhile.
    QTest::keyClick(amount, Qt::Key_Backspace);
    QVERIFY(!rules->isVisible());
    QTest::keyClicks(amount, QStringLiteral("0"));
    QTRY_VERIFY_WITH_TIMEOUT(rules->isVisible(), 5000);

    QString asked;
    TestSupport::answerNextBox(QMessageBox::YesRole, &asked);
    form->findChild<QPushButton *>(QStringLiteral("send"))->click();
    QVERIFY2(asked.contains(rules->text()), qPrintable(asked));
    const QString key = form->key();
    QTRY_VERIFY_WITH_TIMEOUT(m_makerDb->payout(key).has_value(), 5000);
    QCOMPARE(m_makerDb->payout(key)->state, TeamPayout::State::AwaitingApproval);
    // A maker approves nothing: a colleague's request does not wait for this desktop.
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QTRY_VERIFY(m_desktop->team()->session()->role() == QLatin1String("maker"));
    QCOMPARE(navigation->item(5)->text(), QStringLiteral("Approvals"));

    // Approved later, on the approver's desktop: the maker's Approvals page can send it.
    const auto approver = login(m_approver, QStringLiteral("approver-password"));
    QVERIFY(approver);
    QVERIFY2(approver->approve(key, TestSupport::requestHash(*approver, key), QStringLiteral("ok")),
             qPrintable(approver->lastError()));
    // The Zelle address is a recipient, not a held bank account: it may go at once.
    QVERIFY(sendFromApprovals(key, &asked));
    QVERIFY2(asked.contains(QLatin1String("20,000.00")), qPrintable(asked));
    auto *send = window->findChild<QPushButton *>(QStringLiteral("releaseButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_makerDb->payout(key)->state, TeamPayout::State::Sent, 15000);
    const TeamPayout sent = *m_makerDb->payout(key);
    QCOMPARE(sent.claimedBy, m_sender);
    auto *message = window->findChild<QLabel *>(QStringLiteral("approvalsMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(sent.reference), 5000);
    int entries = 0;
    for (const JournalEntry &e : m_desktop->journal()->entries())
        entries += e.key == key ? 1 : 0;
    QCOMPARE(entries, 1);
    // Sent: nothing left to send, here or anywhere.
    QTRY_VERIFY(!send->isEnabled());
    QVERIFY(TestSupport::screenshot(window, QStringLiteral("approvals-sent")));
}

void TestApprovals::aPayoutLeftInFlightIsSettledAfterARestart()
{
    // A previous run of this desktop claimed a payout and sent it; its journal has the
    // answer, but the app stopped before the team heard it.
    QVERIFY(m_desktop);
    const auto sender = login(m_sender, QStringLiteral("sender-password"));
    QVERIFY(sender);
    PayoutRequest r = ach("50.00", "left-in-flight");
    r.connection = QStringLiteral("Demo Dinari");
    r.fields.insert(PayoutField::BankAccount, QStringLiteral("99") + m_suffix); // released
    QVERIFY(sender->request(r, QStringLiteral("dinari"), QStringLiteral("ops")));
    // Over the sender's daily total by now: approved by a colleague first.
    if (sender->payout(r.idempotencyKey)->state == TeamPayout::State::AwaitingApproval) {
        const auto approver = login(m_approver, QStringLiteral("approver-password"));
        QVERIFY(approver && approver->approve(r.idempotencyKey,
                                              TestSupport::requestHash(*approver, r.idempotencyKey),
                                              QString()));
    }
    const QString previousRun = QStringLiteral("gone-host/1/previous");
    // A lease long enough to look while it runs, on a slow machine too.
    QCOMPARE(sender->claim(r.idempotencyKey, previousRun, 3), std::optional<bool>(true));
    {
        ActionJournal local(m_desktop->storePath());
        QVERIFY(local.open());
        JournalEntry e;
        e.key = r.idempotencyKey;
        e.provider = QStringLiteral("dinari");
        e.connection = r.connection;
        e.action = JournalAction::payout(r.method);
        e.amount = r.amount;
        e.currency = r.currency;
        e.request = r.toJournalJson();
        const auto id = local.append(e);
        QVERIFY(id);
        QVERIFY(local.update(*id, JournalEntry::State::Succeeded, QStringLiteral("ach_previous"),
                             QStringLiteral("accepted")));
    }
    // While the previous run's lease lasts, the team's payout stays with it.
    m_desktop->team()->session()->refresh();
    QTest::qWait(300);
    QCOMPARE(m_makerDb->payout(r.idempotencyKey)->state, TeamPayout::State::Sending);
    QCOMPARE(m_makerDb->payout(r.idempotencyKey)->owner, previousRun);
    // Then this desktop takes it back and tells the team what its journal knows.
    QTest::qWait(3000);
    m_desktop->team()->session()->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_makerDb->payout(r.idempotencyKey)->state, TeamPayout::State::Sent,
                              5000);
    const TeamPayout settled = *m_makerDb->payout(r.idempotencyKey);
    QCOMPARE(settled.reference, QStringLiteral("ach_previous"));
    QCOMPARE(settled.owner, m_desktop->payouts()->owner());
    // Nothing was sent again.
    ActionJournal local(m_desktop->storePath());
    QVERIFY(local.open());
    int entries = 0;
    for (const JournalEntry &e : local.entries())
        entries += e.key == r.idempotencyKey ? 1 : 0;
    QCOMPARE(entries, 1);
}

void TestApprovals::aColleaguesPayoutLeftInFlightIsTakenOverAsUnknown()
{
    // A colleague's desktop claimed a payout and stopped; no journal here has it.
    QVERIFY(m_desktop);
    const Provider *dinari = m_desktop->providers()->provider(QStringLiteral("Demo Dinari"));
    QVERIFY(dinari);
    const auto sender = login(m_sender, QStringLiteral("sender-password"));
    PayoutRequest r = ach("30.00", "orphaned");
    r.connection = QStringLiteral("Demo Dinari");
    r.fields.insert(PayoutField::BankAccount, QStringLiteral("99") + m_suffix); // released
    QVERIFY(sender->request(r, QStringLiteral("dinari"), dinari->connectionId()));
    if (sender->payout(r.idempotencyKey)->state == TeamPayout::State::AwaitingApproval) {
        const auto approver = login(m_approver, QStringLiteral("approver-password"));
        QVERIFY(approver && approver->approve(r.idempotencyKey,
                                              TestSupport::requestHash(*approver, r.idempotencyKey),
                                              QString()));
    }
    QCOMPARE(sender->claim(r.idempotencyKey, QStringLiteral("colleague/7/gone"), 1),
             std::optional<bool>(true));
    const int sent = m_desktop->sandbox()->dinari().sentCount(QStringLiteral("ACH"));
    QTest::qWait(1200); // its lease runs out
    m_desktop->team()->session()->refresh();
    // This desktop takes it over as unknown: journaled here, checked, never sent again.
    QTRY_COMPARE_WITH_TIMEOUT(m_makerDb->payout(r.idempotencyKey)->owner,
                              m_desktop->payouts()->owner(), 5000);
    // Taking it over leaves it unknown for the team at once (td.take_over); the journal
    // entry here follows.
    QTRY_COMPARE_WITH_TIMEOUT(m_makerDb->payout(r.idempotencyKey)->state,
                              TeamPayout::State::Unknown, 5000);
    ActionJournal local(m_desktop->storePath());
    QVERIFY(local.open());
    QTRY_VERIFY_WITH_TIMEOUT(local.byKey(r.idempotencyKey).has_value(), 5000);
    const std::optional<JournalEntry> entry = local.byKey(r.idempotencyKey);
    QVERIFY(entry);
    QCOMPARE(entry->state, JournalEntry::State::Unknown);
    QTest::qWait(1000);
    QCOMPARE(m_desktop->sandbox()->dinari().sentCount(QStringLiteral("ACH")), sent);
}

void TestApprovals::cardActionsFollowTheTeamButFreezingDoesNot()
{
    QVERIFY(m_desktop);
    CardsPage *page = m_desktop->window()->cardsPage();
    const QString connection = QStringLiteral("Demo dash.fi (postpaid)");
    const QStringList open = page->openCards(QStringLiteral("dashfi"), connection);
    QVERIFY(!open.isEmpty());
    const QString key = open.first();
    CardsModel *cards = m_desktop->cards();
    const qsizetype before = m_makerDb->payouts()->size();

    // Freezing is one click in a team too: done at once, nothing asked of the team.
    emit page->freezeRequested({key}, true);
    QTRY_COMPARE_WITH_TIMEOUT(cards->card(key)->state, Card::State::Frozen, 10000);
    QCOMPARE(m_makerDb->payouts()->size(), before);

    // Unfreezing waits for an approver; the card stays frozen until then.
    emit page->freezeRequested({key}, false);
    QTRY_COMPARE_WITH_TIMEOUT(m_makerDb->payouts()->size(), before + 1, 5000);
    const TeamPayout asked = m_makerDb->payouts()->first(); // newest first
    QCOMPARE(asked.method, QStringLiteral("card.unfreeze"));
    QCOMPARE(asked.state, TeamPayout::State::AwaitingApproval);
    QCOMPARE(asked.maker, m_sender);
    QTest::qWait(300);
    QCOMPARE(cards->card(key)->state, Card::State::Frozen);
    QVERIFY(!m_desktop->journal()->entries().isEmpty());
    QVERIFY(m_desktop->journal()->entries().first().key != asked.key);

    // Approved by a colleague, then done from this desktop's Approvals page, once.
    const auto approver = login(m_approver, QStringLiteral("approver-password"));
    QVERIFY(approver && approver->approve(asked.key, TestSupport::requestHash(*approver, asked.key),
                                          QStringLiteral("card found")));
    QString confirmation;
    QVERIFY(sendFromApprovals(asked.key, &confirmation));
    QVERIFY2(confirmation.contains(QLatin1String("Unfreeze card")), qPrintable(confirmation));
    QTRY_COMPARE_WITH_TIMEOUT(cards->card(key)->state, Card::State::Open, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_makerDb->payout(asked.key)->state, TeamPayout::State::Sent, 5000);
    QCOMPARE(m_makerDb->payout(asked.key)->claimedBy, m_sender);
    int entries = 0;
    for (const JournalEntry &e : m_desktop->journal()->entries())
        entries += e.key == asked.key ? 1 : 0;
    QCOMPARE(entries, 1);

    // A new card and a first spend limit wait too; nothing reaches the provider meanwhile.
    const qsizetype cardsBefore = page->openCards(QStringLiteral("dashfi"), connection).size();
    NewCard travel;
    travel.name = QStringLiteral("Team travel");
    emit page->createRequested(QStringLiteral("dashfi"), connection, travel);
    emit page->limitRequested(key, Money::parse(u"900.00"), QStringLiteral("MONTHLY"));
    QTRY_COMPARE_WITH_TIMEOUT(m_makerDb->payouts()->size(), before + 3, 5000);
    QStringList methods;
    for (const TeamPayout &p : m_makerDb->payouts()->mid(0, 2)) {
        QCOMPARE(p.state, TeamPayout::State::AwaitingApproval);
        methods << p.method;
    }
    methods.sort();
    QCOMPARE(methods, (QStringList{QStringLiteral("card.create"), QStringLiteral("card.limit")}));
    QTest::qWait(300);
    QCOMPARE(page->openCards(QStringLiteral("dashfi"), connection).size(), cardsBefore);
    QVERIFY(!cards->card(key)->spendLimit || cards->card(key)->spendLimit->toString() != "900.00");
    m_desktop->window()->showPage(5);
    QVERIFY(TestSupport::screenshot(m_desktop->window(), QStringLiteral("approvals-cards")));
}

void TestApprovals::aSharedConnectionIsAddedFromTheTeamDialog()
{
    const QString adminName = QStringLiteral("admin_") + m_suffix;
    const auto admin = login(adminName, QStringLiteral("admin-pw"));
    QVERIFY(admin);
    Connection shared;
    shared.id = QStringLiteral("team-dashfi-") + m_suffix;
    shared.name = QStringLiteral("Team dash.fi");
    shared.provider = QStringLiteral("dashfi");
    shared.environment = Environment::Production;
    QVERIFY2(admin->publishConnection(shared), qPrintable(admin->lastError()));

    MainWindow *window = m_app->window();
    window->findChild<QAction *>(QStringLiteral("teamAction"))->trigger();
    auto *dialog = window->findChild<TeamDialog *>(QStringLiteral("teamDialog"));
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTableWidget *>(QStringLiteral("teamConnections"));
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 1, 5000);
    QCOMPARE(list->item(0, 0)->text(), shared.name);
    QCOMPARE(list->item(0, 2)->text(), QString());
    auto *adopt = dialog->findChild<QPushButton *>(QStringLiteral("teamAdopt"));
    QVERIFY(!adopt->isEnabled());
    list->selectRow(0);
    QVERIFY(adopt->isEnabled());
    adopt->click();
    // The Connections dialog holds the team's definition, under the team's id.
    ConnectionsDialog *connections = m_app->connectionsUi()->dialog();
    QTRY_VERIFY(connections && connections->isVisible());
    const Connection asked = connections->form()->connection();
    QCOMPARE(asked.id, shared.id);
    QCOMPARE(asked.name, shared.name);
    QCOMPARE(asked.provider, shared.provider);
    QCOMPARE(asked.environment, Environment::Production);
    // Only this desktop's secret is still to be typed.
    auto *secret = connections->findChild<QLineEdit *>(QStringLiteral("secret0"));
    QVERIFY(secret);
    QTRY_VERIFY(secret->isVisible());
    QCOMPARE(secret->placeholderText(), QStringLiteral("Required"));
    QVERIFY(TestSupport::screenshot(connections, QStringLiteral("connection-from-team")));
    connections->close();
    dialog->close();
}

void TestApprovals::anAdminProposesAndASecondAdminDecides()
{
    // This desktop logs in as the team's admin.
    const QString adminName = QStringLiteral("admin_") + m_suffix;
    MainWindow *window = m_app->window();
    window->findChild<QAction *>(QStringLiteral("teamAction"))->trigger();
    auto *dialog = window->findChild<TeamDialog *>(QStringLiteral("teamDialog"));
    QVERIFY(dialog);
    auto *panel = dialog->findChild<TeamAdminPanel *>(QStringLiteral("teamAdminPanel"));
    QVERIFY(!panel->isVisible()); // an approver proposes nothing
    // The admin's keychain holds the key this test's own desktop of the admin signed with.
    QVERIFY(TestSupport::keepKeyInKeychain(QString(), url(adminName)));
    dialog->findChild<QLineEdit *>(QStringLiteral("teamUrl"))->setText(url(adminName));
    dialog->findChild<QLineEdit *>(QStringLiteral("teamPassword"))
        ->setText(QStringLiteral("admin-pw"));
    dialog->findChild<QPushButton *>(QStringLiteral("teamConnect"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 10000);
    // The admin types a new daily total into the policy's form.
    const auto propose = [dialog](const QString &dailyTotal) {
        Dialogs::setNextDialog([dailyTotal](QDialog *d) {
            auto *total = d->findChild<AmountField *>(QStringLiteral("policyDailyLimit"));
            total->edit()->selectAll();
            QTest::keyClicks(total->edit(), dailyTotal);
            auto *ok = d->findChild<QDialogButtonBox *>(QString(), Qt::FindDirectChildrenOnly)
                           ->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        dialog->findChild<QPushButton *>(QStringLiteral("teamEditPolicy"))->click();
    };
    const auto dailyLimit = [this] {
        return m_makerDb->policy()->value(QStringLiteral("daily_limit_usd")).toString();
    };
    // The only admin of this team (another team's admin in the same cluster is not one of
    // ours): a new policy applies at once.
    {
        const QString other = QStringLiteral("otherteam_") + m_suffix;
        QSqlDatabase admin =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("other"));
        admin.setHostName(qEnvironmentVariable("PGHOST"));
        admin.setPort(qEnvironmentVariableIntValue("PGPORT"));
        admin.setUserName(qEnvironmentVariable("PGUSER"));
        admin.setPassword(qEnvironmentVariable("PGPASSWORD"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        QVERIFY(admin.open());
        QVERIFY(QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE ") + other));
        admin.close();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QString problem;
        TeamDatabase otherTeam;
        QVERIFY(otherTeam.open(*TeamLogin::fromUrl(QStringLiteral("postgresql://%1@%2:%3/%4")
                                                       .arg(qEnvironmentVariable("PGUSER"),
                                                            qEnvironmentVariable("PGHOST"),
                                                            qEnvironmentVariable("PGPORT"), other),
                                                   &problem),
                               qEnvironmentVariable("PGPASSWORD")));
        QVERIFY2(otherTeam.initialize(), qPrintable(otherTeam.lastError()));
        QVERIFY(otherTeam.addMember(QStringLiteral("outsider_") + m_suffix, QStringLiteral("admin"),
                                    QStringLiteral("outsider-pw")));
    }
    propose(QStringLiteral("12,000.00"));
    QTRY_COMPARE_WITH_TIMEOUT(dailyLimit(), QStringLiteral("12000"), 5000);

    // With a second admin, the next change waits for them; its proposer cannot approve it.
    const QString second = QStringLiteral("admin2_") + m_suffix;
    {
        const auto owner =
            login(qEnvironmentVariable("PGUSER"), qEnvironmentVariable("PGPASSWORD"));
        QVERIFY(owner->addMember(second, QStringLiteral("admin"), QStringLiteral("admin2-pw")));
    }
    propose(QStringLiteral("9000"));
    auto *pending = dialog->findChild<QTableWidget *>(QStringLiteral("teamPendingChanges"));
    QTRY_COMPARE_WITH_TIMEOUT(pending->rowCount(), 1, 5000);
    QCOMPARE(pending->item(0, 1)->text(), adminName);
    QCOMPARE(dailyLimit(), QStringLiteral("12000"));
    pending->selectRow(0);
    dialog->findChild<QPushButton *>(QStringLiteral("teamApproveChange"))->click();
    auto *state = dialog->findChild<QLabel *>(QStringLiteral("teamDialogState"));
    QTRY_VERIFY2_WITH_TIMEOUT(state->text().contains(QLatin1String("cannot decide")),
                              qPrintable(state->text()), 5000);
    QVERIFY(TestSupport::screenshot(dialog, QStringLiteral("team-dialog-admin")));
    // The second admin approves on their own desktop: it applies, and the list empties here.
    const auto other = login(second, QStringLiteral("admin2-pw"));
    QVERIFY(other);
    const qint64 id = other->pendingChanges()->first().value(QStringLiteral("id")).toInteger();
    QCOMPARE(other->decideChange(id, true), std::optional<QString>(QStringLiteral("applied")));
    QTRY_COMPARE_WITH_TIMEOUT(pending->rowCount(), 0, 5000);
    QCOMPARE(dailyLimit(), QStringLiteral("9000"));

    // A role change waits the same way, said in words.
    Dialogs::setNextDialog([this](QDialog *d) {
        auto *member = d->findChild<QComboBox *>(QStringLiteral("roleMember"));
        member->setCurrentIndex(member->findText(m_maker));
        auto *role = d->findChild<QComboBox *>(QStringLiteral("roleRole"));
        role->setCurrentIndex(role->findData(QStringLiteral("approver")));
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    dialog->findChild<QPushButton *>(QStringLiteral("teamChangeRole"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(pending->rowCount(), 1, 5000);
    QCOMPARE(pending->item(0, 0)->text(), QStringLiteral("Role of %1: Approver").arg(m_maker));
    const qint64 roleId = other->pendingChanges()->first().value(QStringLiteral("id")).toInteger();
    QCOMPARE(other->decideChange(roleId, false),
             std::optional<QString>(QStringLiteral("rejected")));
    QTRY_COMPARE_WITH_TIMEOUT(pending->rowCount(), 0, 5000);

    // The maker on a second desktop, with a key of its own: it waits here for this admin.
    const SigningKey secondDesk = *SigningKey::generate();
    m_makerDb->setSigningKey(secondDesk);
    QCOMPARE(m_makerDb->registerKey(), std::optional<QString>(QStringLiteral("awaiting approval")));
    m_app->team()->session()->refresh();
    auto *keys = dialog->findChild<QTableWidget *>(QStringLiteral("teamWaitingKeys"));
    QTRY_COMPARE_WITH_TIMEOUT(keys->rowCount(), 1, 5000);
    QCOMPARE(keys->item(0, 0)->text(), m_maker);
    QCOMPARE(keys->item(0, 1)->text(), SigningKey::fingerprint(secondDesk.publicKey()));
    QVERIFY(TestSupport::screenshot(dialog, QStringLiteral("team-dialog-new-key")));
    // Vouched for after comparing the fingerprint: asked first, signed once answered.
    keys->selectRow(0);
    QString vouch;
    Dialogs::setNextAnswer(QMessageBox::YesRole, &vouch);
    dialog->findChild<QPushButton *>(QStringLiteral("teamApproveKey"))->click();
    QVERIFY2(vouch.contains(SigningKey::fingerprint(secondDesk.publicKey())), qPrintable(vouch));
    const auto keyRows = [this] {
        QStringList rows;
        for (const TeamKey &k : m_makerDb->keys().value_or(QList<TeamKey>()))
            rows << QStringLiteral("%1:%2:%3:%4")
                        .arg(k.id)
                        .arg(k.member, k.publicKey.left(8), k.approvedBy);
        return rows.join(u' ');
    };
    QTRY_VERIFY2_WITH_TIMEOUT(keys->rowCount() == 0, qPrintable(keyRows()), 5000);
    const auto approvedBy = [this, &secondDesk] {
        for (const TeamKey &k : m_makerDb->keys().value_or(QList<TeamKey>()))
            if (k.publicKey == secondDesk.publicKey())
                return k.approvedBy;
        return QString();
    };
    QCOMPARE(approvedBy(), adminName);
    m_makerDb->setSigningKey(TestSupport::keyOf(m_maker));
    dialog->close();

    // An admin shares one of this desktop's connections, never its secret.
    Connection mine;
    mine.id = Connection::newId();
    mine.name = QStringLiteral("Admin's Dinari");
    mine.provider = QStringLiteral("dinari");
    mine.environment = Environment::Custom;
    mine.customUrl = QUrl(QStringLiteral("http://127.0.0.1:9/api"));
    auto saved = m_app->connections()->save(mine, QStringLiteral("admin-secret-42"));
    QTRY_VERIFY_WITH_TIMEOUT(saved.isFinished(), 20000);
    QVERIFY2(saved.result().ok(), qPrintable(saved.result().message));
    window->findChild<QAction *>(QStringLiteral("teamAction"))->trigger();
    dialog = window->findChild<TeamDialog *>(QStringLiteral("teamDialog")); // a new one
    QVERIFY(dialog);
    Dialogs::setNextDialog([&mine](QDialog *d) {
        auto *choice = d->findChild<QComboBox *>(QStringLiteral("shareConnection"));
        choice->setCurrentIndex(choice->findData(mine.id));
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    dialog->findChild<QPushButton *>(QStringLiteral("teamShareConnection"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<Connection> shared = m_makerDb->connections().value_or(QList<Connection>());
            for (const Connection &c : shared) {
                if (c.id == mine.id)
                    return c.name == mine.name && c.customUrl == mine.customUrl;
            }
            return false;
        }(),
        5000);
    auto *teamConnections = dialog->findChild<QTableWidget *>(QStringLiteral("teamConnections"));
    QTRY_VERIFY_WITH_TIMEOUT(teamConnections->findItems(mine.name, Qt::MatchExactly).size() == 1,
                             5000);
    dialog->close();

    // The first payout's bank account is new to the team: an admin lifts its hold here.
    const QString first = QStringLiteral("first-") + m_suffix;
    QVERIFY(m_makerDb->payout(first)->verdict.heldUntil.isValid());
    window->showPage(5);
    window->findChild<QComboBox *>(QStringLiteral("approvalsFilter"))
        ->setCurrentIndex(ApprovalsPage::All);
    QAbstractItemModel *rows = table()->model();
    int row = -1;
    for (int r = 0; r < rows->rowCount(); ++r) {
        if (rows->index(r, 0).data(TeamPayoutsModel::KeyRole).toString() == first)
            row = r;
    }
    QVERIFY(row >= 0);
    QVERIFY2(rows->index(row, TeamPayoutsModel::State)
                 .data()
                 .toString()
                 .startsWith(QLatin1String("Approved, new account held until")),
             qPrintable(rows->index(row, TeamPayoutsModel::State).data().toString()));
    QVERIFY(!rows->index(row, 0).data(TeamPayoutsModel::ReadyToSendRole).toBool());
    table()->selectRow(row);
    auto *lift = window->findChild<QPushButton *>(QStringLiteral("liftHoldButton"));
    QVERIFY(lift->isVisible() && lift->isEnabled());
    QString asked;
    TestSupport::answerNextBox(QMessageBox::YesRole, &asked);
    lift->click();
    QVERIFY2(asked.contains(QLatin1String("ending 7890")), qPrintable(asked));
    QVERIFY(!asked.contains(QLatin1String("1234567890")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_makerDb->payout(first)->verdict.heldUntil.isValid(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < rows->rowCount(); ++r) {
                const QModelIndex i = rows->index(r, 0);
                if (i.data(TeamPayoutsModel::KeyRole).toString() == first)
                    return i.data(TeamPayoutsModel::ReadyToSendRole).toBool();
            }
            return false;
        }(),
        5000);
}

void TestApprovals::aTamperedAuditLogIsSaidOnTheDesktop()
{
    {
        QSqlDatabase owner =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("t"));
        owner.setHostName(qEnvironmentVariable("PGHOST"));
        owner.setPort(qEnvironmentVariableIntValue("PGPORT"));
        owner.setUserName(qEnvironmentVariable("PGUSER"));
        owner.setPassword(qEnvironmentVariable("PGPASSWORD"));
        owner.setDatabaseName(m_database);
        QVERIFY(owner.open());
        QSqlQuery q(owner);
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE td.audit DISABLE TRIGGER audit_frozen")));
        QVERIFY(q.exec(QStringLiteral("UPDATE td.audit SET actor = 'nobody' WHERE seq = 3")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE td.audit ENABLE TRIGGER audit_frozen")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    MainWindow *window = m_app->window();
    window->findChild<QAction *>(QStringLiteral("teamAction"))->trigger();
    auto *dialog = window->findChild<TeamDialog *>(QStringLiteral("teamDialog"));
    dialog->findChild<QPushButton *>(QStringLiteral("teamVerifyAudit"))->click();
    auto *audit = dialog->findChild<QLabel *>(QStringLiteral("teamAudit"));
    QTRY_VERIFY2_WITH_TIMEOUT(audit->text().contains(QLatin1String("does not verify")),
                              qPrintable(audit->text()), 5000);
    QVERIFY2(audit->text().contains(QLatin1String("3")), qPrintable(audit->text()));
    // The Approvals page says it too, where decisions are made.
    auto *state = window->findChild<QLabel *>(QStringLiteral("teamState"));
    QVERIFY2(state->text().contains(QLatin1String("does not verify")), qPrintable(state->text()));
    QVERIFY(TestSupport::screenshot(dialog, QStringLiteral("team-dialog-tampered")));
    dialog->close();
}

void TestApprovals::aFirstStartOffersWaysToBegin()
{
    // No connection and no team: ways to begin, not empty pages.
    QCoreApplication::setOrganizationName(QStringLiteral("TreasuryDeskFirstRunTest"));
    QSettings().clear();
    AppController first;
    first.setStorePath(TestSupport::makeTempDir() + QStringLiteral("/treasury.sqlite"));
    QVERIFY(first.start());
    MainWindow *window = first.window();
    window->resize(1200, 760);
    window->show();
    auto *page = window->findChild<QWidget *>(QStringLiteral("firstRunPage"));
    QTRY_VERIFY(page->isVisible());
    QVERIFY(!window->findChild<QListWidget *>(QStringLiteral("navigation"))->isVisible());
    // What to have at hand for each provider, from its own connection form.
    const QString needs = window->findChild<QLabel *>(QStringLiteral("firstRunNeeds"))->text();
    for (const char *provider : {"dash.fi", "Dinari", "Dots", "DART"})
        QVERIFY2(needs.contains(QLatin1String(provider)), qPrintable(needs));
    QVERIFY(TestSupport::screenshot(window, QStringLiteral("first-run")));
    // "Join a team database…" opens File → Team….
    window->findChild<QPushButton *>(QStringLiteral("firstRunTeam"))->click();
    auto *dialog = window->findChild<TeamDialog *>(QStringLiteral("teamDialog"));
    QVERIFY(dialog && dialog->isVisible());
    // Joined there: the pages come, at Approvals, not the welcome page without navigation.
    dialog->findChild<QLineEdit *>(QStringLiteral("teamUrl"))->setText(url(m_approver));
    dialog->findChild<QLineEdit *>(QStringLiteral("teamPassword"))
        ->setText(QStringLiteral("approver-password"));
    dialog->findChild<QPushButton *>(QStringLiteral("teamConnect"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isVisible(), 20000);
    QVERIFY(window->findChild<QListWidget *>(QStringLiteral("navigation"))->isVisible());
    QTRY_VERIFY(window->findChild<QWidget *>(QStringLiteral("approvalsPage"))->isVisible());
    dialog->close();
}

QTEST_MAIN(TestApprovals)
#include "tst_approvals.moc"
