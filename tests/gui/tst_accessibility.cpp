#include "AppController.h"
#include "CardsModel.h"
#include "DemoApp.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "PayoutForm.h"
#include "PayoutsPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

/// Every control can be reached and named without a mouse or a screen: each focusable
/// control has an accessible name (its text, its label's, or its own), each table's columns
/// have titles, and every menu action has a keyboard path.
class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    // One app for these read-only audits; each test starts from the first page at the
    // default size with no dialog open, and closes what it opened.
    void init();
    void cleanup();
    void everyControlHasAName_data();
    void everyControlHasAName();
    void tabReachesEveryControl_data();
    void tabReachesEveryControl();
    void everyPayoutFormControlHasAName();
    void tabFollowsThePayoutFormToSend();
    void tabbingIntoCardsPicksOneThatSpaceToggles();
    void everyChartIsNamed();
    void everyDialogControlHasAName_data();
    void everyDialogControlHasAName();
    void everyMenuActionHasAKeyboardPath();
    void exportShortcutWorksFromATextField();
    void everyPageHasAPictureInTheNavigation();

private:
    static QStringList unnamed(QWidget *root);
    std::unique_ptr<AppController> m_app;
};

void TestAccessibility::initTestCase()
{
    m_app = TestSupport::startDemoApp(QStringLiteral("TreasuryDeskAccessibilityTest"));
    QVERIFY(m_app);
    m_app->window()->resize(1200, 760);
    m_app->window()->show();
    QSignalSpy done(m_app.get(), &AppController::refreshFinished);
    QVERIFY(done.wait(30000));
}

void TestAccessibility::init()
{
    m_app->window()->resize(1200, 760);
    m_app->window()->showPage(0);
    m_app->window()->activateWindow();
}

void TestAccessibility::cleanup()
{
    Dialogs::clearAnswers();
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top != m_app->window() && top->isVisible())
            top->close();
    }
}

QStringList TestAccessibility::unnamed(QWidget *root)
{
    QStringList problems;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        const bool control = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                             qobject_cast<QAbstractButton *>(w) ||
                             qobject_cast<QAbstractItemView *>(w) ||
                             qobject_cast<QAbstractSpinBox *>(w);
        // A combo box's or spin box's line edit is named through its owner.
        if (!control || qobject_cast<QComboBox *>(w->parentWidget()) ||
            qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
        const QString where =
            QStringLiteral("%1 \"%2\"")
                .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
        if (name.isEmpty())
            problems << where + QStringLiteral(": no accessible name");
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            for (int c = 0; c < view->model()->columnCount(); ++c) {
                if (view->model()->headerData(c, Qt::Horizontal).toString().trimmed().isEmpty())
                    problems << where + QStringLiteral(": column %1 has no title").arg(c);
            }
        }
    }
    return problems;
}

void TestAccessibility::everyControlHasAName_data()
{
    QTest::addColumn<int>("page");
    for (int page = 0; page < 5; ++page)
        QTest::addRow("page %d", page) << page;
}

void TestAccessibility::everyControlHasAName()
{
    QFETCH(int, page);
    MainWindow *w = m_app->window();
    w->showPage(page);
    QTest::qWait(50);
    const QStringList problems = unnamed(w);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::tabReachesEveryControl_data()
{
    everyControlHasAName_data();
}

void TestAccessibility::tabReachesEveryControl()
{
    QFETCH(int, page);
    MainWindow *w = m_app->window();
    w->activateWindow();
    w->showPage(page);
    QTest::qWait(50);
    QSet<QWidget *> controls;
    for (QWidget *c : w->findChildren<QWidget *>()) {
        if (c->isVisible() && c->isEnabled() && (c->focusPolicy() & Qt::TabFocus) &&
            !c->focusProxy() && !qobject_cast<QComboBox *>(c->parentWidget()) &&
            !qobject_cast<QAbstractSpinBox *>(c->parentWidget()))
            controls.insert(c);
    }
    QVERIFY(controls.size() > 3);
    // From the section list, Tab alone walks through every control of the page: none is
    // out of reach, and no table keeps the focus to itself.
    auto *navigation = w->findChild<QListWidget *>();
    navigation->setFocus(Qt::TabFocusReason);
    QSet<QWidget *> visited;
    for (int i = 0; i < 3 * controls.size() && visited.size() < controls.size(); ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (controls.contains(focus))
            visited.insert(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QStringList missed;
    for (QWidget *c : std::as_const(controls)) {
        if (!visited.contains(c))
            missed << QStringLiteral("%1 \"%2\"")
                          .arg(QString::fromLatin1(c->metaObject()->className()), c->objectName());
    }
    QVERIFY2(missed.isEmpty(), qPrintable(missed.join(u'\n')));
}

void TestAccessibility::everyPayoutFormControlHasAName()
{
    MainWindow *w = m_app->window();
    w->showPage(3);
    auto *methods = w->findChild<QListWidget *>(QStringLiteral("payoutMethods"));
    QVERIFY(methods && methods->count() > 10);
    QStringList problems;
    for (int row = 0; row < methods->count(); ++row) {
        methods->setCurrentRow(row);
        QTest::qWait(20);
        for (const QString &p : unnamed(w))
            problems << methods->item(row)->text() + QStringLiteral(": ") + p;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::tabFollowsThePayoutFormToSend()
{
    MainWindow *w = m_app->window();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    w->showPage(3);
    PayoutsPage *page = w->payoutsPage();
    page->showMethod(PayoutMethod::DinariAch);
    PayoutForm *form = page->form(PayoutMethod::DinariAch);
    // Filled, so that Send may take focus.
    for (const auto &[field, text] :
         {std::pair{"amount", "12.50"}, std::pair{"recipient_name", "Sage Smith"},
          std::pair{"bank_account", "1234567890"}, std::pair{"bank_routing", "021000021"}})
        QTest::keyClicks(form->findChild<QLineEdit *>(QLatin1String(field)), QLatin1String(text));
    QTRY_VERIFY(form->findChild<QPushButton *>(QStringLiteral("send"))->isEnabled());
    auto *connection = form->findChild<QComboBox *>(QStringLiteral("connection"));
    connection->setFocus();
    QTRY_VERIFY(connection->hasFocus());
    QStringList visited;
    for (int i = 0; i < 8; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        QVERIFY(now);
        visited << now->objectName();
        if (now->objectName() == QLatin1String("send"))
            break;
    }
    QCOMPARE(visited, QStringList({"amount", "recipient_name", "bank_account", "bank_routing",
                                   "description", "admin_note", "send"}));
}

void TestAccessibility::tabbingIntoCardsPicksOneThatSpaceToggles()
{
    MainWindow *w = m_app->window();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    w->showPage(1);
    auto *table = w->findChild<QTableView *>(QStringLiteral("cardsTable"));
    QTRY_VERIFY(table->model()->rowCount() > 0);
    table->clearSelection();
    table->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(table->hasFocus());
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    // The row's Freeze button is said, and how to press it.
    const QModelIndex state = rows.first().siblingAtColumn(CardsModel::State);
    const QString said = state.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(said.contains(QLatin1String("Space")), qPrintable(said));
    const int before = state.data(CardsModel::StateRole).toInt();
    QTest::keyClick(table, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(state.data(CardsModel::StateRole).toInt() != before, 10000);
    QTest::keyClick(table, Qt::Key_Space); // and back, for the tests after
    QTRY_COMPARE_WITH_TIMEOUT(state.data(CardsModel::StateRole).toInt(), before, 10000);
}

void TestAccessibility::everyChartIsNamed()
{
    MainWindow *w = m_app->window();
    QStringList unnamedCharts;
    for (int page : {0, 2}) {
        w->showPage(page);
        if (auto *side = w->findChild<QTabWidget *>(QStringLiteral("transactionsSide")); page == 2)
            side->setCurrentIndex(1);
        for (QGraphicsView *chart : w->findChildren<QGraphicsView *>()) {
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(chart);
            if (chart->isVisible() && (!a || a->text(QAccessible::Name).trimmed().isEmpty()))
                unnamedCharts << chart->objectName();
        }
    }
    QVERIFY2(unnamedCharts.isEmpty(), qPrintable(unnamedCharts.join(u',')));
}

void TestAccessibility::everyDialogControlHasAName_data()
{
    QTest::addColumn<QString>("opener");
    QTest::addColumn<int>("page");
    QTest::newRow("connections") << QStringLiteral("connectionsAction") << 0;
    QTest::newRow("export") << QStringLiteral("exportCsvAction") << 2;
    QTest::newRow("preferences") << QStringLiteral("preferencesAction") << 0;
    QTest::newRow("new card") << QStringLiteral("newCardButton") << 1;
    QTest::newRow("spend limit") << QStringLiteral("limitButton") << 1;
}

void TestAccessibility::everyDialogControlHasAName()
{
    QFETCH(QString, opener);
    QFETCH(int, page);
    MainWindow *w = m_app->window();
    w->showPage(page);
    if (opener == QLatin1String("limitButton")) {
        auto *cards = w->findChild<QAbstractItemView *>(QStringLiteral("cardsTable"));
        cards->setCurrentIndex(cards->model()->index(0, 0));
        cards->selectionModel()->select(cards->currentIndex(), QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
    }
    // Modal dialogs are audited through the views' dialog seam, shown; windows once they show.
    QStringList problems;
    bool seen = false;
    bool viaSeam = false;
    Dialogs::setNextDialog([&](QDialog *d) {
        viaSeam = true;
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d));
        seen = true;
        problems = unnamed(d);
        d->reject();
    });
    auto *poll = new QTimer(this);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, this, [&, poll] {
        if (viaSeam || seen) {
            poll->deleteLater();
            return;
        }
        for (QWidget *top : QApplication::topLevelWidgets()) {
            auto *d = qobject_cast<QDialog *>(top);
            if (!d || !d->isVisible())
                continue;
            poll->deleteLater();
            seen = true;
            QTest::qWait(50);
            problems = unnamed(d);
            d->reject();
            d->close();
            return;
        }
    });
    poll->start();
    if (auto *action = w->findChild<QAction *>(opener))
        action->trigger();
    else
        QTest::mouseClick(w->findChild<QAbstractButton *>(opener), Qt::LeftButton);
    QTRY_VERIFY(seen);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::everyMenuActionHasAKeyboardPath()
{
    // Every menu has an &-mnemonic, and so has every action in it (or a shortcut).
    QStringList problems;
    for (QAction *menuAction : m_app->window()->menuBar()->actions()) {
        if (!menuAction->text().contains(u'&'))
            problems << menuAction->text() + QStringLiteral(": menu without a mnemonic");
        if (!menuAction->menu())
            continue;
        QSet<QChar> letters;
        for (QAction *a : menuAction->menu()->actions()) {
            if (a->isSeparator())
                continue;
            if (!a->text().contains(u'&') && a->shortcut().isEmpty())
                problems << a->text() + QStringLiteral(": no mnemonic and no shortcut");
            const qsizetype at = a->text().indexOf(u'&');
            if (at >= 0 && at + 1 < a->text().size()) {
                const QChar letter = a->text().at(at + 1).toLower();
                if (letters.contains(letter))
                    problems << a->text() + QStringLiteral(": mnemonic taken in its menu");
                letters.insert(letter);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::exportShortcutWorksFromATextField()
{
    MainWindow *w = m_app->window();
    w->showPage(2);
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    auto *page = w->findChild<QWidget *>(QStringLiteral("transactionsPage"));
    QVERIFY(page);
    QLineEdit *field = nullptr;
    for (QLineEdit *e : page->findChildren<QLineEdit *>()) {
        if (e->isVisible() && e->isEnabled() && !e->isReadOnly()) {
            field = e;
            break;
        }
    }
    QVERIFY(field);
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    field->setText(QStringLiteral("uber"));
    QString opened;
    Dialogs::setNextDialog([&opened](QDialog *d) {
        opened = QString::fromLatin1(d->metaObject()->className());
        d->reject();
    });
    // Qt line edits keep some Emacs keys for themselves; the menu's Ctrl+E must still win.
    QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
    QTRY_COMPARE(opened, QStringLiteral("ExportDialog"));
    QCOMPARE(field->text(), QStringLiteral("uber"));
}

void TestAccessibility::everyPageHasAPictureInTheNavigation()
{
    auto *navigation = m_app->window()->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QSet<QByteArray> pictures;
    for (int i = 0; i < navigation->count(); ++i) {
        const QIcon icon = navigation->item(i)->icon();
        QVERIFY2(!icon.isNull(), qPrintable(navigation->item(i)->text()));
        // Drawn (the SVG loaded), and a different picture for each page.
        const QImage image = icon.pixmap(24, 24).toImage();
        QVERIFY(!image.isNull());
        int drawn = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                drawn += image.pixelColor(x, y).alpha() > 0;
        QVERIFY2(drawn > 20, qPrintable(navigation->item(i)->text()));
        pictures.insert(
            QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes()));
    }
    QCOMPARE(pictures.size(), navigation->count());
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
