#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QVBoxLayout;

/// A searchable, sortable table: the common body of the Balances, Cards and Transactions
/// pages. Only visible rows are painted; sorting and search run in a proxy.
class TablePage : public QWidget
{
    Q_OBJECT

public:
    TablePage(const QString &name, QAbstractItemModel *model, int sortRole,
              QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    QLineEdit *search() const { return m_search; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    /// Focuses the search field (Ctrl+F).
    void focusSearch();

protected:
    QVBoxLayout *layoutBox() const { return m_layout; }

private:
    QVBoxLayout *m_layout;
    QLineEdit *m_search;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
};
