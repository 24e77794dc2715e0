#pragma once

#include "ViewContext.h"

#include "TransactionExporter.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;
class QTimer;
class SpendChart;
class TransactionDetails;
class TransactionFilterBar;
class TransactionsFilterModel;
class TransactionsModel;

/**
 * Every provider's transactions in one table: filters on top, the table with a details
 * panel and a spend chart beside it, counts and sums of the filtered rows per currency
 * below, and CSV export of what is shown (or selected) in the background.
 */
class TransactionsPage final : public QWidget
{
    Q_OBJECT

public:
    TransactionsPage(TransactionsModel *model, const ViewContext &context,
                     QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    TransactionsFilterModel *filterModel() const { return m_filter; }
    TransactionFilterBar *filterBar() const { return m_bar; }
    SpendChart *chart() const { return m_chart; }
    QTabWidget *sidePanel() const { return m_side; }
    QLabel *footer() const { return m_footer; }
    void focusSearch();
    /// Asks where and how, then exports (Ctrl+E).
    void exportTransactions();
    /// Exports in a worker thread with a progress dialog that can cancel.
    void startExport(const QString &path, const CsvOptions &options, bool selectionOnly,
                     bool workbook);

signals:
    void exportFinished(const QString &path, const ExportOutcome &outcome);

private:
    /// A message with the row count and a button that opens the file's folder.
    void showExported(const QString &path, const ExportOutcome &outcome);
    void updateSummary();
    void showCurrent();

    TransactionsModel *m_model;
    TransactionsFilterModel *m_filter;
    ViewContext m_context;
    TransactionFilterBar *m_bar;
    QTableView *m_table;
    QTabWidget *m_side;
    TransactionDetails *m_details;
    SpendChart *m_chart;
    QLabel *m_footer;
    QTimer *m_summaryTimer;
    bool m_exporting = false;
};
