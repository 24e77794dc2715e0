#pragma once

#include <QList>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class TransactionTable;

/// Money out of the filtered transactions: by day, week or month, or by card, in one
/// currency at a time (amounts in different currencies are never added).
class SpendChart final : public QWidget
{
    Q_OBJECT

public:
    explicit SpendChart(QWidget *parent = nullptr);
    /// Redraws for these rows of the table (the filtered set, in any order).
    void setRows(const TransactionTable &table, const QList<int> &rows);
    QChartView *chartView() const { return m_view; }
    /// 0 day, 1 week, 2 month, 3 card.
    void setGrouping(int grouping);

private:
    void redraw();

    QComboBox *m_grouping;
    QComboBox *m_currency;
    QChartView *m_view;
    QLabel *m_summary;
    const TransactionTable *m_table = nullptr;
    QList<int> m_rows;
};
