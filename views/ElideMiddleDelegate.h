#pragma once

#include <QStyledItemDelegate>

/// Cuts text in the middle: "Demo dash.fi postpaid" stays "Demo…postpaid", so two
/// connections that start alike can still be told apart in a narrow column.
class ElideMiddleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};
