#pragma once

#include "TablePage.h"

class CardsModel;
class QPushButton;

/// All cards, with freeze and unfreeze for the selected ones.
class CardsPage final : public TablePage
{
    Q_OBJECT

public:
    explicit CardsPage(CardsModel *model, QWidget *parent = nullptr);
    /// Keys of the selected cards, in view order.
    QStringList selectedKeys() const;

signals:
    void freezeRequested(const QStringList &cardKeys, bool frozen);

private:
    void updateButtons();

    CardsModel *m_model;
    QPushButton *m_freeze;
    QPushButton *m_unfreeze;
};
