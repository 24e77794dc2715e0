#include "ProblemRowDelegate.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

void ProblemRowDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == m_middle)
        option->textElideMode = Qt::ElideMiddle;
    if (!index.data(m_role).toBool())
        return;
    option->font.setItalic(true);
    if (index.column() != 0)
        return;
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    option->icon = QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                    style->standardIcon(QStyle::SP_MessageBoxWarning));
    option->features |= QStyleOptionViewItem::HasDecoration;
    const int size = style->pixelMetric(QStyle::PM_SmallIconSize, option, option->widget);
    option->decorationSize = QSize(size, size);
}
