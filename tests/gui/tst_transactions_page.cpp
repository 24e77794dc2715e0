#include "Clock.h"
#include "Dialogs.h"
#include "ElideMiddleDelegate.h"
#include "ExportDialog.h"
#include "ModalAnswers.h"
#include "Preferences.h"
#include "Screenshot.h"
#include "SpreadsheetReadback.h"
#include "SyntheticTransactions.h"
#include "TestSupport.h"
#include "TransactionDetails.h"
#include "TransactionFilterBar.h"
#include "TransactionTable.h"
#include "TransactionsFilterModel.h"
#include "TransactionsModel.h"
#include "TransactionsPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeWidgetItem>

namespace {

// Records which source rows a view asked to build, through the real model.
class CountingModel final : public TransactionsModel
{
public:
    QVariant data(const QModelIndex &index, int role) const override
    {
        rowsBuilt.insert(index.row());
        return TransactionsModel::data(index, role);
    }
    mutable QSet<int> rowsBuilt;
};

void choose(QComboBox *box, const QVariant &data)
{
    const int at = box->findData(data);
    QVERIFY2(at >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(at);
}

// A shown page over synthetic rows; Model lets a test count what the view asks for.
template<typename Model = TransactionsModel> struct ShownPage
{
    ShownPage(int rows, quint32 seed)
    {
        model.setTable(SyntheticTransactions::table(rows, seed));
        page.resize(1280, 800);
        page.show();
    }
    Model model;
    QSettings settings;
    TransactionsPage page{&model, ViewContext{&settings, &Clock::system()}};
};

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? TestSupport::parseCsv(file.readAll())
                                          : QList<QStringList>();
}

} // namespace

class TestTransactionsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TreasuryDeskPageTest"));
    }
    // Each test builds its own page over its own rows, with settings of its own.
    void init() { QSettings().clear(); }
    void cleanup() { Dialogs::clearAnswers(); }
    void filterWidgetsNarrowTableAndFooter();
    void badAmountSaysSoAndKeepsFilter();
    void exportWritesShownRowsInShownOrder();
    void workbookChosenInTheDialog();
    void tableIsThePageAndTotalsFitOneLine();
    void scrollingBuildsOnlyVisibleRows();
    void detailsFollowTheRowsShown();
    void detailsNameTheStateInOurWords();
    void exportChoicesLeavePreferencesAlone();
    void aListReadInPartSaysSoAboveAndInTheTotals();
};

void TestTransactionsPage::filterWidgetsNarrowTableAndFooter()
{
    ShownPage<> shown(3000, 21);
    auto &model = shown.model;
    auto &page = shown.page;
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const TransactionTable &rows = model.rows();
    TransactionsFilterModel *filter = page.filterModel();
    QCOMPARE(filter->rowCount(), 3000);

    choose(page.findChild<QComboBox *>(QStringLiteral("providerFilter")), QStringLiteral("dashfi"));
    choose(page.findChild<QComboBox *>(QStringLiteral("directionFilter")),
           int(Transaction::Direction::Out));
    page.findChild<QLineEdit *>(QStringLiteral("minAmount"))->setText(QStringLiteral("1000"));
    page.filterBar()->search()->setText(QStringLiteral("uber"));
    QTRY_COMPARE(filter->filter().text, QStringLiteral("uber"));

    int expected = 0;
    for (int r = 0; r < rows.size(); ++r) {
        expected += rows.provider(r) == QLatin1String("dashfi") &&
                    rows.direction(r) == Transaction::Direction::Out &&
                    rows.amount(r) >= Money::fromMinorUnits(1000, 0) &&
                    rows.description(r).contains(QLatin1String("uber"), Qt::CaseInsensitive);
    }
    QVERIFY(expected > 10);
    QCOMPARE(filter->rowCount(), expected);
    for (const int r : filter->sourceRows()) {
        QCOMPARE(rows.provider(r), QStringLiteral("dashfi"));
        QCOMPARE(rows.direction(r), Transaction::Direction::Out);
    }
    // The footer counts the filtered rows, per currency.
    QTRY_VERIFY(page.footer()->text().contains(
        QStringLiteral("<b>%1</b> of %2")
            .arg(QLocale().toString(expected), QLocale().toString(3000))));
    QVERIFY(page.footer()->text().contains(QStringLiteral("USD")));

    // Clearing the provider widens again; the other criteria still hold.
    choose(page.findChild<QComboBox *>(QStringLiteral("providerFilter")), QString(""));
    QVERIFY(filter->rowCount() > expected);
    for (const int r : filter->sourceRows())
        QCOMPARE(rows.direction(r), Transaction::Direction::Out);
}

void TestTransactionsPage::badAmountSaysSoAndKeepsFilter()
{
    ShownPage<> shown(500, 3);
    auto &page = shown.page;
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *min = page.findChild<QLineEdit *>(QStringLiteral("minAmount"));
    auto *error = page.findChild<QLabel *>(QStringLiteral("amountError"));
    QVERIFY(min && error);
    min->setText(QStringLiteral("12,3x"));
    QTRY_VERIFY(!error->text().isEmpty());
    QVERIFY(error->isVisible());
    QVERIFY(!page.filterModel()->filter().minAmount);
    QCOMPARE(page.filterModel()->rowCount(), 500);
    min->setText(QStringLiteral("250.5"));
    QTRY_VERIFY(error->text().isEmpty());
    QTRY_VERIFY(page.filterModel()->filter().minAmount.has_value());
    QCOMPARE(page.filterModel()->filter().minAmount->toString(), QStringLiteral("250.5"));
}

void TestTransactionsPage::exportWritesShownRowsInShownOrder()
{
    ShownPage<> fixture(2000, 5);
    auto &model = fixture.model;
    auto &page = fixture.page;
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    choose(page.findChild<QComboBox *>(QStringLiteral("statusFilter")),
           int(Transaction::Status::Settled));
    page.table()->sortByColumn(TransactionsModel::Amount, Qt::DescendingOrder);
    TransactionsFilterModel *filter = page.filterModel();
    const QList<int> shown = filter->sourceRows();
    QVERIFY(shown.size() > 100 && shown.size() < 2000);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settled.csv"));
    QSignalSpy finished(&page, &TransactionsPage::exportFinished);
    CsvOptions options;
    options.manifest = true;
    page.startExport(path, options, false, false);
    QVERIFY(finished.wait(20000));
    const auto outcome = finished.at(0).at(1).value<ExportOutcome>();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.rows, shown.size());

    const QList<QStringList> csv = readCsv(path);
    QCOMPARE(csv.size(), shown.size() + 1);
    QCOMPARE(csv.first(), TransactionExporter::defaultColumns());
    const int idColumn = int(csv.first().indexOf(QStringLiteral("transaction_id")));
    const int statusColumn = int(csv.first().indexOf(QStringLiteral("status")));
    for (qsizetype i = 0; i < shown.size(); ++i) {
        QCOMPARE(csv.at(i + 1).at(idColumn), model.rows().id(shown.at(i)));
        QCOMPARE(csv.at(i + 1).at(statusColumn), QStringLiteral("settled"));
    }
    QVERIFY(QFile::exists(TransactionExporter::manifestPath(path)));

    // The selection alone, when asked.
    page.table()->selectRow(3);
    page.table()->selectionModel()->select(filter->index(7, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString picked = dir.filePath(QStringLiteral("picked.csv"));
    page.startExport(picked, CsvOptions(), true, false);
    QVERIFY(finished.wait(20000));
    const QList<QStringList> two = readCsv(picked);
    QCOMPARE(two.size(), 3);
    QCOMPARE(two.at(1).at(idColumn), model.rows().id(shown.at(3)));
    QCOMPARE(two.at(2).at(idColumn), model.rows().id(shown.at(7)));
    // Each export ends with a message: the row count and a way to the folder.
    const auto boxes = page.findChildren<QMessageBox *>(QStringLiteral("exportFinishedBox"));
    QCOMPARE(boxes.size(), 2); // one per export, neither blocking the page
    QMessageBox *box = boxes.last();
    QVERIFY2(box->text().startsWith(QStringLiteral("2 transaction")) &&
                 box->text().contains(QStringLiteral("picked.csv")),
             qPrintable(box->text()));
    const QList<QAbstractButton *> buttons = box->buttons();
    QVERIFY(std::any_of(buttons.cbegin(), buttons.cend(), [box](QAbstractButton *b) {
        return box->buttonRole(b) == QMessageBox::ActionRole;
    }));
    qDeleteAll(page.findChildren<QMessageBox *>());

    // Exporting onto an existing file asks first; "No" leaves it as it was.
    const QByteArray before = [&picked] {
        QFile f(picked);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    finished.clear();
    TestSupport::fillNextDialog<ExportDialog>([&picked](ExportDialog *d) {
        d->setPath(picked);
        d->accept();
    });
    QString asked;
    TestSupport::answerNextBox(QMessageBox::NoRole, &asked);
    page.exportTransactions();
    QVERIFY2(asked.contains(QStringLiteral("exists already")), qPrintable(asked));
    QTest::qWait(200);
    QCOMPARE(finished.size(), 0);
    QFile kept(picked);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), before);
    // "Yes" replaces it.
    TestSupport::fillNextDialog<ExportDialog>([&picked](ExportDialog *d) {
        d->setPath(picked);
        d->accept();
    });
    TestSupport::answerNextBox(QMessageBox::YesRole);
    page.exportTransactions();
    QVERIFY(finished.wait(20000));
    qDeleteAll(page.findChildren<QMessageBox *>());
}

void TestTransactionsPage::workbookChosenInTheDialog()
{
    ShownPage<> fixture(300, 8);
    auto &page = fixture.page;
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.table()->sortByColumn(TransactionsModel::Amount, Qt::AscendingOrder);
    const QList<int> shown = page.filterModel()->sourceRows();
    QTemporaryDir dir;
    fixture.settings.setValue(QStringLiteral("export/directory"), dir.path());
    QString suggested;
    bool bomOffered = true;
    TestSupport::fillNextDialog<ExportDialog>([&](ExportDialog *d) {
        auto *format = d->findChild<QComboBox *>(QStringLiteral("exportDelimiter"));
        format->setCurrentIndex(format->findData(QStringLiteral("xlsx")));
        suggested = d->path();
        bomOffered = d->findChild<QCheckBox *>(QStringLiteral("exportBom"))->isEnabled();
        d->accept();
    });
    QSignalSpy finished(&page, &TransactionsPage::exportFinished);
    page.exportTransactions();
    QVERIFY(finished.wait(20000));
    const auto outcome = finished.at(0).at(1).value<ExportOutcome>();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY2(suggested.endsWith(QLatin1String(".xlsx")), qPrintable(suggested));
    QVERIFY(!bomOffered);
    QString error;
    const QList<SpreadsheetReadback::Sheet> sheets =
        SpreadsheetReadback::open(suggested, QString(), &error);
    QVERIFY2(sheets.size() == 2, qPrintable(error));
    const SpreadsheetReadback::Sheet &rows = sheets.first();
    QCOMPARE(rows.rows.size(), shown.size() + 1);
    const int id =
        int(TransactionExporter::defaultColumns().indexOf(QStringLiteral("transaction_id")));
    for (qsizetype i = 0; i < shown.size(); ++i)
        QCOMPARE(rows.at(int(i) + 1, id).value, fixture.model.rows().id(shown.at(i)));
    // The choice is remembered for the next export.
    ExportDialog again(1, 0, ViewContext{&fixture.settings, &Clock::system()}, &page);
    QVERIFY(again.workbook());
    qDeleteAll(page.findChildren<QMessageBox *>());
}

void TestTransactionsPage::tableIsThePageAndTotalsFitOneLine()
{
    QSplitter *split = nullptr;
    {
        ShownPage<> fixture(3000, 4);
        auto &page = fixture.page;
        page.resize(1200, 760);
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::qWait(100);
        // Two connections that start alike stay apart: their names are cut in the middle.
        QVERIFY(qobject_cast<ElideMiddleDelegate *>(
            page.table()->itemDelegateForColumn(TransactionsModel::Connection)));
        split = page.findChild<QSplitter *>(QStringLiteral("transactionsSplit"));
        QVERIFY(split);
        const QList<int> sizes = split->sizes();
        QVERIFY2(sizes.at(0) >= 3 * sizes.at(1),
                 qPrintable(QStringLiteral("%1 / %2").arg(sizes.at(0)).arg(sizes.at(1))));
        // Four currencies, one line: the busiest, the rest behind the tooltip, and no
        // padding zeros on bitcoin.
        auto *footer = page.findChild<QLabel *>(QStringLiteral("transactionsFooter"));
        QTRY_VERIFY(footer->text().contains(QStringLiteral("more currenc")));
        QVERIFY2(footer->sizeHint().height() < 2 * footer->fontMetrics().lineSpacing(),
                 qPrintable(footer->text()));
        QVERIFY2(footer->sizeHint().width() <= page.width(), qPrintable(footer->text()));
        for (const char *code : {"USD", "EUR", "BTC", "USDC"})
            QVERIFY2(footer->toolTip().contains(QLatin1String(code)), code);
        QVERIFY(!footer->toolTip().contains(QStringLiteral("00000000")));
        // The rest is also a click away, for those who do not hover.
        QVERIFY(footer->text().contains(QStringLiteral("<a href")));
        QMetaObject::invokeMethod(footer, "linkActivated",
                                  Q_ARG(QString, QStringLiteral("#totals")));
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("BTC")), qPrintable(QToolTip::text()));
        QToolTip::hideText();
        // Dragging the details closed is remembered.
        QWidget *handle = split->handle(1);
        const QPoint from = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, from);
        QTest::mouseMove(handle, from + QPoint(0, 600));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, from + QPoint(0, 600));
        QTRY_COMPARE(split->sizes().at(1), 0);
        fixture.settings.sync();
    }
    ShownPage<> again(10, 4);
    again.page.resize(1200, 760);
    QVERIFY(QTest::qWaitForWindowExposed(&again.page));
    split = again.page.findChild<QSplitter *>(QStringLiteral("transactionsSplit"));
    QCOMPARE(split->sizes().at(1), 0);
}

void TestTransactionsPage::scrollingBuildsOnlyVisibleRows()
{
    constexpr int Rows = 1000000;
    ShownPage<CountingModel> shown(Rows, 9);
    auto &model = shown.model;
    auto &page = shown.page;
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTableView *table = page.table();
    QTest::qWait(100);
    const int visible = table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
    QVERIFY(visible > 5);
    // A few rows of slack for a partly shown row at each edge.
    const int allowed = visible + 4;
    QVERIFY2(
        model.rowsBuilt.size() <= allowed,
        qPrintable(QStringLiteral("shown %1 built %2").arg(visible).arg(model.rowsBuilt.size())));

    auto scrollAndCount = [&](int value) {
        model.rowsBuilt.clear();
        table->verticalScrollBar()->setValue(value);
        table->viewport()->repaint();
        QCoreApplication::processEvents();
        return model.rowsBuilt.size();
    };
    for (const int at : {Rows / 2, Rows - 1, 12345, 0, Rows / 3}) {
        const qsizetype built = scrollAndCount(at);
        QVERIFY2(
            built > 0 && built <= allowed,
            qPrintable(
                QStringLiteral("at %1: built %2 of %3 visible").arg(at).arg(built).arg(visible)));
    }
    // Sorting a million rows builds no cells either: the proxy reads typed values.
    model.rowsBuilt.clear();
    table->sortByColumn(TransactionsModel::Amount, Qt::AscendingOrder);
    QCoreApplication::processEvents();
    QVERIFY2(model.rowsBuilt.size() <= allowed,
             qPrintable(QString::number(model.rowsBuilt.size())));
}

void TestTransactionsPage::detailsNameTheStateInOurWords()
{
    TransactionDetails details;
    auto statusShown = [&](Transaction::Status status, const char *raw) {
        Transaction t;
        t.id = QStringLiteral("t1");
        t.status = status;
        t.rawStatus = QLatin1String(raw);
        t.amount = *Money::parse(u"12.50");
        details.showTransaction(t, {});
        const QTreeWidgetItem *ours = details.topLevelItem(0);
        for (int i = 0; i < ours->childCount(); ++i) {
            if (ours->child(i)->text(0) == QLatin1String("Status"))
                return ours->child(i)->text(1);
        }
        return QString();
    };
    // The table's word first; the provider's own only where it says more.
    QCOMPARE(statusShown(Transaction::Status::Pending, "INITIATED"),
             QStringLiteral("Pending (the provider's word: INITIATED)"));
    QCOMPARE(statusShown(Transaction::Status::Settled, "SETTLED"), QStringLiteral("Settled"));
    QCOMPARE(statusShown(Transaction::Status::Declined, ""), QStringLiteral("Declined"));
}

void TestTransactionsPage::detailsFollowTheRowsShown()
{
    ShownPage<> shown(3000, 21);
    auto &page = shown.page;
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTableView *>(QStringLiteral("transactionsTable"));
    auto *details = page.findChild<TransactionDetails *>();
    QVERIFY(table && details);
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(details->topLevelItemCount() > 0);
    // A search that hides the row: its details go with it, not left as if it were shown.
    page.filterBar()->search()->setText(QStringLiteral("no such merchant anywhere"));
    QTRY_COMPARE(page.filterModel()->rowCount(), 0);
    QTRY_COMPARE(details->topLevelItemCount(), 0);
    // Back: nothing is selected, so nothing is shown until the user picks a row.
    page.filterBar()->search()->clear();
    QTRY_COMPARE(page.filterModel()->rowCount(), 3000);
    QCOMPARE(details->topLevelItemCount(), 0);
}

void TestTransactionsPage::exportChoicesLeavePreferencesAlone()
{
    ShownPage<> fixture(50, 3);
    auto &page = fixture.page;
    QSettings settings;
    Preferences defaults = Preferences::load(settings);
    defaults.csvDelimiter = ',';
    defaults.csvBom = false;
    defaults.save(settings);
    QTemporaryDir dir;
    // This export: the spreadsheet kind and a BOM, chosen in the dialog.
    TestSupport::fillNextDialog<ExportDialog>([&](ExportDialog *d) {
        auto *format = d->findChild<QComboBox *>(QStringLiteral("exportDelimiter"));
        format->setCurrentIndex(format->findData(QStringLiteral(";")));
        d->findChild<QCheckBox *>(QStringLiteral("exportBom"))->setChecked(true);
        d->setPath(dir.filePath(QStringLiteral("once.csv")));
        d->accept();
    });
    page.exportTransactions();
    // Finished when it says so.
    QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QMessageBox *>(), 10000);
    page.findChild<QMessageBox *>()->close();
    QFile once(dir.filePath(QStringLiteral("once.csv")));
    QVERIFY(once.open(QIODevice::ReadOnly));
    const QByteArray written = once.readAll();
    QVERIFY(written.startsWith("\xEF\xBB\xBF"));
    // Preferences still say what the user set there, and the next export starts from them.
    const Preferences after = Preferences::load(settings);
    QCOMPARE(after.csvDelimiter, ',');
    QVERIFY(!after.csvBom);
    char delimiter = 0;
    bool bom = true;
    TestSupport::fillNextDialog<ExportDialog>([&](ExportDialog *d) {
        delimiter = d->findChild<QComboBox *>(QStringLiteral("exportDelimiter"))
                        ->currentData()
                        .toString()
                        .at(0)
                        .toLatin1();
        bom = d->findChild<QCheckBox *>(QStringLiteral("exportBom"))->isChecked();
        d->reject();
    });
    page.exportTransactions();
    QTRY_COMPARE(delimiter, ',');
    QVERIFY(!bom);
}

void TestTransactionsPage::aListReadInPartSaysSoAboveAndInTheTotals()
{
    ShownPage<> shown(200, 7);
    QVERIFY(QTest::qWaitForWindowExposed(&shown.page));
    auto *banner = shown.page.findChild<QFrame *>(QStringLiteral("transactionsGaps"));
    auto *footer = shown.page.findChild<QLabel *>(QStringLiteral("transactionsFooter"));
    QVERIFY(banner && footer);
    QVERIFY(!banner->isVisible());
    QTRY_VERIFY(!footer->text().isEmpty());
    QVERIFY(!footer->text().contains(QStringLiteral("incomplete")));

    const ConnectionRef ops{QStringLiteral("id-ops"), QStringLiteral("dinari"),
                            QStringLiteral("Ops")};
    Transaction t = shown.model.rows().at(0);
    t.id = QStringLiteral("new-one");
    const QStringList gaps{QStringLiteral("item 2 of 4 (id \"t-b\") could not be read: amount")};
    shown.model.mergeConnection(ops, {t}, gaps);
    QTRY_VERIFY(banner->isVisible());
    auto *text = banner->findChild<QLabel *>(QStringLiteral("transactionsGapsText"));
    QVERIFY2(text->text().contains(QStringLiteral("Ops: ") + gaps.first()),
             qPrintable(text->text()));
    QTRY_VERIFY2(footer->text().contains(QStringLiteral("<b>incomplete</b>: Ops read in part")),
                 qPrintable(footer->text()));
    QVERIFY(TestSupport::screenshot(&shown.page, QStringLiteral("transactions-read-in-part")));
    // Above the table.
    QVERIFY(banner->mapTo(&shown.page, QPoint(0, banner->height())).y() <=
            shown.page.table()->mapTo(&shown.page, QPoint(0, 0)).y());

    // A whole answer clears both.
    shown.model.mergeConnection(ops, {t});
    QTRY_VERIFY(!banner->isVisible());
    QTRY_VERIFY(!footer->text().contains(QStringLiteral("incomplete")));
}

QTEST_MAIN(TestTransactionsPage)
#include "tst_transactions_page.moc"
