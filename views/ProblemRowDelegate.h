#pragma once

#include <QStyledItemDelegate>

/// Marks rows whose model says something is wrong with them (a role that holds true): a
/// warning sign before the first column and the text in italics, so that a failed
/// connection's rows stand out without colour alone.
class ProblemRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ProblemRowDelegate(int problemRole, QObject *parent = nullptr)
        : QStyledItemDelegate(parent), m_role(problemRole)
    {}

    /// Cuts this column's text in the middle, as ElideMiddleDelegate does (connections
    /// that start alike stay apart).
    void setMiddleElided(int column) { m_middle = column; }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_role;
    int m_middle = -1;
};
