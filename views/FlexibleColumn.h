#pragma once

#include <QObject>

class QTableView;

/**
 * Fits a table to its width: one column (a name, a description) takes what the others
 * leave, between a minimum and the width the page gave it, so that the default window needs
 * no sideways scrolling in any language. It stops once the user sizes the columns
 * (HeaderMemory remembers them).
 */
class FlexibleColumn final : public QObject
{
    Q_OBJECT

public:
    /// Call after the page has sized the columns and attached HeaderMemory.
    static void attach(QTableView *table, int column, int minimum);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FlexibleColumn(QTableView *table, int column, int minimum);
    void fit();

    QTableView *m_table;
    int m_column;
    int m_minimum;
    int m_preferred;
    int m_last; // the stretched last column's own width, before it fills the rest
};
