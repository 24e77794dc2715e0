#pragma once

#include <QStyledItemDelegate>

/**
 * The State cell of the cards table: the state in words and, for an open or frozen card
 * with nothing under way, a Freeze or Unfreeze button on the right. A click asks once;
 * the row then shows the pending label ("Freezing…") until the provider answers.
 */
class CardStateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    /// Where the button sits in a cell (empty when the row has none), for tests too.
    static QRect buttonRect(const QStyleOptionViewItem &option, const QModelIndex &index);

signals:
    /// The button of this row was clicked: freeze an open card, unfreeze a frozen one.
    void toggleRequested(const QModelIndex &index);
};
