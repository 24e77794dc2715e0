#include "TransactionsPage.h"

#include "Dialogs.h"

#include "Currency.h"
#include "ElideMiddleDelegate.h"
#include "ExportDialog.h"
#include "FlexibleColumn.h"
#include "GapsBanner.h"
#include "HeaderMemory.h"
#include "PageLayout.h"
#include "SpendChart.h"
#include "TransactionDetails.h"
#include "TransactionFilterBar.h"
#include "TransactionWorkbook.h"
#include "TransactionsFilterModel.h"
#include "TransactionsModel.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

TransactionsPage::TransactionsPage(TransactionsModel *model, const ViewContext &context,
                                   QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new TransactionsFilterModel(model, this)),
      m_context(context), m_bar(new TransactionFilterBar(*context.clock, this)),
      m_table(new QTableView(this)), m_side(new QTabWidget(this)),
      m_details(new TransactionDetails(this)), m_chart(new SpendChart(this)),
      m_footer(new QLabel(this)), m_summaryTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("transactionsPage"));
    m_table->setObjectName(QStringLiteral("transactionsTable"));
    m_table->setAccessibleName(tr("Transactions"));
    m_table->setModel(m_filter);
    PageLayout::configureTable(m_table, 10);
    m_table->setItemDelegateForColumn(TransactionsModel::Connection,
                                      new ElideMiddleDelegate(m_table));
    m_table->sortByColumn(TransactionsModel::Date, Qt::DescendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const std::pair<int, int> widths[] = {
        {TransactionsModel::Provider, 6},     {TransactionsModel::Connection, 8},
        {TransactionsModel::Description, 13}, {TransactionsModel::Card, 10},
        {TransactionsModel::Status, 7},       {TransactionsModel::Direction, 4},
        {TransactionsModel::Amount, 7},       {TransactionsModel::Currency, 4},
        {TransactionsModel::Fee, 4}};
    // Never narrower than the column's title (translations run longer).
    for (const auto &[column, ems] : widths) {
        const QString title = m_filter->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column,
                              qMax(em * ems, header->fontMetrics().horizontalAdvance(title) + 18));
    }
    // The date as this locale writes it (a short date in German, a long one in C).
    const QString sampleDate =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58)), QLocale::ShortFormat);
    header->resizeSection(TransactionsModel::Date,
                          m_table->fontMetrics().horizontalAdvance(sampleDate) + 24);
    // The status in whole words: the longest of ours in this language.
    int status = header->sectionSize(TransactionsModel::Status);
    for (const Transaction::Status s : Transaction::Statuses)
        status =
            qMax(status,
                 m_table->fontMetrics().horizontalAdvance(TransactionsModel::statusWord(s)) + 16);
    header->resizeSection(TransactionsModel::Status, status);
    HeaderMemory::attach(header, QStringLiteral("transactions"), context.settings);
    // The description gives way first, down to a few words.
    FlexibleColumn::attach(m_table, TransactionsModel::Description, em * 9);

    m_side->setObjectName(QStringLiteral("transactionsSide"));
    m_side->addTab(m_details, tr("Details"));
    m_side->addTab(m_chart, tr("Spend chart"));
    m_footer->setObjectName(QStringLiteral("transactionsFooter"));
    auto *top = new QVBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_bar);
    top->addWidget(new GapsBanner(model->gaps(), QStringLiteral("transactionsGaps"), this));
    QSplitter *split = PageLayout::build(this, nullptr, top, m_table, m_side, m_footer);
    split->setObjectName(QStringLiteral("transactionsSplit"));
    // The table is the page: the details below it are small, can be closed by dragging,
    // and stay as the user left them.
    split->setCollapsible(1, true);
    m_side->setMinimumHeight(60); // not the chart's own minimum: the table comes first
    const QByteArray splitState =
        context.settings->value(QStringLiteral("transactions/split")).toByteArray();
    if (splitState.isEmpty() || !split->restoreState(splitState))
        split->setSizes({620, 150});
    connect(split, &QSplitter::splitterMoved, this, [split, settings = context.settings] {
        settings->setValue(QStringLiteral("transactions/split"), split->saveState());
    });
    // One line: the busiest currency; all of them in the tooltip. It never widens the
    // window: at worst its end is cut, and the tooltip still has it all.
    m_footer->setWordWrap(false);
    m_footer->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // "+N more currencies" is a link: a click (or Enter) shows the tooltip's table too, for
    // those who do not hover.
    m_footer->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_footer, &QLabel::linkActivated, this, [this] {
        QToolTip::showText(m_footer->mapToGlobal(QPoint(0, 0)), m_footer->toolTip(), m_footer);
    });

    connect(m_bar, &TransactionFilterBar::filterChanged, m_filter,
            &TransactionsFilterModel::setFilter);
    // Totals and the chart follow the rows shown, once per burst of changes.
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(50);
    connect(m_summaryTimer, &QTimer::timeout, this, &TransactionsPage::updateSummary);
    connect(m_filter, &TransactionsFilterModel::rowsShownChanged, m_summaryTimer,
            qOverload<>(&QTimer::start));
    connect(m_side, &QTabWidget::currentChanged, m_summaryTimer, qOverload<>(&QTimer::start));
    connect(model->gaps(), &ConnectionGaps::changed, m_summaryTimer, qOverload<>(&QTimer::start));
    auto choices = [this] { m_bar->updateChoices(m_model->rows()); };
    connect(m_model, &QAbstractItemModel::modelReset, this, choices);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, choices);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TransactionsPage::showCurrent);
    // A filter that hides the shown row resets the view's current row without a signal:
    // the details must not go on showing it.
    connect(m_filter, &TransactionsFilterModel::rowsShownChanged, this, [this] {
        if (!m_table->currentIndex().isValid())
            m_details->clearDetails();
    });
    choices();
    updateSummary();
}

void TransactionsPage::focusSearch()
{
    m_bar->focusSearch();
}

void TransactionsPage::updateSummary()
{
    const QList<int> rows = m_filter->sourceRows();
    const QList<CurrencyTotal> totals = m_filter->totals();
    const QLocale locale;
    QStringList parts;
    QStringList details;
    // The currencies with the most rows come first in the line.
    QList<CurrencyTotal> byRows = totals;
    std::stable_sort(
        byRows.begin(), byRows.end(),
        [](const CurrencyTotal &a, const CurrencyTotal &b) { return a.count > b.count; });
    for (const CurrencyTotal &t : byRows) {
        const auto money = [&](const Money &m) {
            return Currency::formatCompact(m, t.currency, locale).toHtmlEscaped();
        };
        // What moved or will move; what did not is counted apart (Transaction::movementOf).
        QString part =
            tr("<b>%1</b> in %2, out %3, net %4")
                .arg(t.currency.toHtmlEscaped(), money(t.in()), money(t.out()), money(t.net()));
        // Out counts the fees; how much of it they are is said beside it.
        if (!t.fees().isZero())
            part += tr(" (fees %1)").arg(money(t.fees()));
        if (t.notMovedCount > 0)
            part += tr(", %n not moved", nullptr, t.notMovedCount);
        if (t.overflow)
            part += tr(" — too large to add up exactly");
        parts.append(part);
        details.append(tr("<tr><td><b>%1</b></td><td>settled (%2)</td><td>in %3</td>"
                          "<td>out %4</td></tr><tr><td></td><td>pending (%5)</td><td>in %6</td>"
                          "<td>out %7</td></tr><tr><td></td><td>not moved (%8)</td>"
                          "<td colspan=2>%9</td></tr>")
                           .arg(t.currency.toHtmlEscaped(), locale.toString(t.settledCount),
                                money(t.settledIn), money(t.settledOut),
                                locale.toString(t.pendingCount), money(t.pendingIn),
                                money(t.pendingOut), locale.toString(t.notMovedCount),
                                money(t.notMoved)));
        if (!t.fees().isZero())
            details.append(tr("<tr><td></td><td>fees</td><td>settled %1</td>"
                              "<td>pending %2</td></tr>")
                               .arg(money(t.settledFees), money(t.pendingFees)));
    }
    m_footer->setToolTip(
        details.isEmpty()
            ? QString()
            : tr("<p>Totals count what moved (settled) and what will (pending), with the "
                 "provider's fees as money out; declined, failed, cancelled and reversed rows "
                 "did not move and are counted apart.</p>") +
                  QStringLiteral("<table cellspacing=4>") + details.join(QString()) +
                  QStringLiteral("</table>"));
    QString text = tr("<b>%1</b> of %2 transactions")
                       .arg(locale.toString(rows.size()), locale.toString(m_model->rowCount()));
    // Totals over a list a provider gave in part are not the whole story, and say so.
    if (!m_model->gaps()->isEmpty())
        text += QStringLiteral(" &nbsp;│&nbsp; ") +
                tr("<b>incomplete</b>: %1 read in part")
                    .arg(m_model->gaps()->connections().join(QStringLiteral(", ")).toHtmlEscaped());
    constexpr int Shown = 1;
    if (!parts.isEmpty())
        text += QStringLiteral(" &nbsp;│&nbsp; ") +
                parts.mid(0, Shown).join(QStringLiteral(" &nbsp;│&nbsp; "));
    if (parts.size() > Shown)
        text += QStringLiteral(" &nbsp;│&nbsp; <a href=\"#totals\">") +
                tr("+%n more currency(ies)", nullptr, int(parts.size() - Shown)) +
                QStringLiteral("</a>");
    m_footer->setText(text);
    if (m_side->currentWidget() == m_chart)
        m_chart->setRows(m_model->rows(), rows);
}

void TransactionsPage::showExported(const QString &path, const ExportOutcome &outcome)
{
    // Not modal to the code: the page goes on while the user reads it (and tests too).
    auto *box = new QMessageBox(QMessageBox::Information, tr("Export finished"),
                                tr("%n transaction(s) written to %1.", nullptr, int(outcome.rows))
                                    .arg(QDir::toNativeSeparators(path)),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("exportFinishedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *folder = box->addButton(tr("Open &folder"), QMessageBox::ActionRole);
    const QString dir = QFileInfo(path).absolutePath();
    connect(folder, &QPushButton::clicked, box,
            [dir] { QDesktopServices::openUrl(QUrl::fromLocalFile(dir)); });
    box->open();
}

void TransactionsPage::showCurrent()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_details->clearDetails();
        return;
    }
    m_details->showTransaction(m_model->at(current.row()), m_model->rawRecord(current.row()));
}

void TransactionsPage::exportTransactions()
{
    if (m_exporting)
        return;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    ExportDialog dialog(m_filter->rowCount(), int(selected.size()), m_context, this);
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return;
    // A typed path is not asked about by a file dialog: ask here before replacing a file.
    if (QFileInfo::exists(dialog.path()) &&
        Dialogs::question(this, tr("Replace the file?"),
                          tr("%1 exists already. Replace it with this export?")
                              .arg(QDir::toNativeSeparators(dialog.path())),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    startExport(dialog.path(), dialog.options(), dialog.selectionOnly(), dialog.workbook());
}

void TransactionsPage::startExport(const QString &path, const CsvOptions &chosen,
                                   bool selectionOnly, bool workbook)
{
    if (m_exporting)
        return;
    m_exporting = true;
    CsvOptions options = chosen;
    options.filters = m_filter->filter().toJson();
    if (selectionOnly)
        options.filters.insert(QStringLiteral("selection_only"), true);
    // The worker reads a snapshot: a refresh meanwhile copies the table, not this.
    const std::shared_ptr<const TransactionTable> table = m_model->snapshot();
    const QList<int> rows = selectionOnly
                                ? m_filter->sourceRows(m_table->selectionModel()->selectedRows())
                                : m_filter->sourceRows();
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto done = std::make_shared<std::atomic<qint64>>(0);
    auto *progress =
        new QProgressDialog(tr("Exporting %1 transactions…").arg(QLocale().toString(rows.size())),
                            tr("Cancel"), 0, int(rows.size()), this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    auto *poll = new QTimer(progress);
    connect(poll, &QTimer::timeout, progress, [progress, done] { progress->setValue(int(*done)); });
    poll->start(100);

    auto *watcher = new QFutureWatcher<ExportOutcome>(this);
    connect(watcher, &QFutureWatcher<ExportOutcome>::finished, this,
            [this, watcher, progress, path] {
                const ExportOutcome outcome = watcher->result();
                watcher->deleteLater();
                // Gone before any message: a window-modal progress box left on top would
                // take the clicks meant for it.
                progress->hide();
                progress->deleteLater();
                m_exporting = false;
                if (!outcome.ok && !outcome.cancelled)
                    Dialogs::warning(this, tr("Export failed"), outcome.error);
                else if (outcome.ok)
                    showExported(path, outcome);
                emit exportFinished(path, outcome);
            });
    watcher->setFuture(QtConcurrent::run([table, rows, options, path, cancel, done, workbook] {
        const auto progress = [cancel, done](qint64 n) {
            *done = n;
            return !*cancel;
        };
        return workbook ? TransactionWorkbook::writeFile(path, *table, rows, options.columns,
                                                         options.filters, progress)
                        : TransactionExporter::writeFile(path, *table, rows, options, progress);
    }));
}
