#include "CardStateDelegate.h"

#include "Card.h"
#include "CardsModel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace {

bool hasButton(const QModelIndex &index)
{
    const auto state = Card::State(index.data(CardsModel::StateRole).toInt());
    return state != Card::State::Cancelled &&
           index.data(CardsModel::PendingRole).toString().isEmpty();
}

QString buttonText(const QModelIndex &index)
{
    return Card::State(index.data(CardsModel::StateRole).toInt()) == Card::State::Frozen
               ? CardStateDelegate::tr("Unfreeze")
               : CardStateDelegate::tr("Freeze");
}

} // namespace

QRect CardStateDelegate::buttonRect(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!hasButton(index))
        return {};
    const QFontMetrics metrics(option.font);
    const int width =
        qMax(metrics.horizontalAdvance(tr("Unfreeze")), metrics.horizontalAdvance(tr("Freeze"))) +
        16;
    const QRect cell = option.rect.adjusted(2, 2, -2, -2);
    return QRect(cell.right() - width + 1, cell.top(), width, cell.height());
}

void CardStateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QRect button = buttonRect(option, index);
    QStyleOptionViewItem text = option;
    if (!button.isEmpty())
        text.rect.setRight(button.left() - 4);
    QStyledItemDelegate::paint(painter, text, index);
    if (button.isEmpty())
        return;
    QStyleOptionButton b;
    b.rect = button;
    b.text = buttonText(index);
    b.state = QStyle::State_Enabled | QStyle::State_Raised;
    b.fontMetrics = option.fontMetrics;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_PushButton, &b, painter, widget);
}

QSize CardStateDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.rwidth() += metrics.horizontalAdvance(tr("Unfreeze")) + 24;
    return size;
}

bool CardStateDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton &&
            buttonRect(option, index).contains(mouse->position().toPoint())) {
            emit toggleRequested(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
