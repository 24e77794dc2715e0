#pragma once

#include <QWidget>

class LogModel;
class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

/// The details behind a status-bar message: every request and error logged this session,
/// searchable, errors only if wanted, copied as text for a bug report.
class LogWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit LogWindow(LogModel *model, QWidget *parent = nullptr);

private:
    void applyFilter();
    void copy();

    LogModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_level;
    QTableView *m_table;
};
