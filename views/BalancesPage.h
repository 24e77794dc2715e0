#pragma once

#include "ViewContext.h"

#include <QWidget>

class BalanceCharts;
class BalanceGroupsModel;
class BalancesModel;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

/**
 * Every balance of every connection, grouped by provider or currency with USD subtotals,
 * the consolidated USD total (with the rates' time, and what could not be valued), and
 * charts of where the money is.
 */
class BalancesPage final : public QWidget
{
    Q_OBJECT

public:
    BalancesPage(BalancesModel *model, const ViewContext &context, QWidget *parent = nullptr);

    /// Ctrl+F lands in the search field.
    void focusSearch();
    /// The consolidated total per day, from the stored snapshots.
    void setHistory(const QList<struct DailyTotal> &days);
    // For tests and the main window: the parts a user looks at.
    QTreeView *tree() const { return m_tree; }
    QComboBox *grouping() const { return m_grouping; }
    QLabel *total() const { return m_total; }
    BalanceCharts *charts() const { return m_charts; }
    QLabel *problems() const { return m_problems; }

signals:
    /// The banner's Retry: refresh now.
    void retryRequested();

private:
    void fitColumns();
    void updateTotal();
    void updateProblems();

    BalancesModel *m_model;
    BalanceGroupsModel *m_groups;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_grouping;
    QTreeView *m_tree;
    QLabel *m_total;
    BalanceCharts *m_charts;
    QFrame *m_banner;
    QLabel *m_problems;
};
