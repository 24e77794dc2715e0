#include "CardsPage.h"

#include "CardsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

CardsPage::CardsPage(CardsModel *model, QWidget *parent)
    : TablePage(QStringLiteral("cards"), model, CardsModel::SortRole, parent), m_model(model),
      m_freeze(new QPushButton(tr("&Freeze"), this)),
      m_unfreeze(new QPushButton(tr("&Unfreeze"), this))
{
    search()->setPlaceholderText(tr("Search by name or last four"));
    m_freeze->setObjectName(QStringLiteral("freezeButton"));
    m_unfreeze->setObjectName(QStringLiteral("unfreezeButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_freeze);
    buttons->addWidget(m_unfreeze);
    buttons->addStretch(1);
    layoutBox()->insertLayout(1, buttons);
    table()->sortByColumn(CardsModel::Name, Qt::AscendingOrder);
    table()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table()->horizontalHeader()->resizeSection(CardsModel::Name, 240);
    connect(m_freeze, &QPushButton::clicked, this,
            [this] { emit freezeRequested(selectedKeys(), true); });
    connect(m_unfreeze, &QPushButton::clicked, this,
            [this] { emit freezeRequested(selectedKeys(), false); });
    connect(table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CardsPage::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &CardsPage::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &CardsPage::updateButtons);
    updateButtons();
}

QStringList CardsPage::selectedKeys() const
{
    QStringList keys;
    const auto rows = table()->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        keys << row.data(CardsModel::CardKeyRole).toString();
    return keys;
}

void CardsPage::updateButtons()
{
    bool canFreeze = false;
    bool canUnfreeze = false;
    for (const QString &key : selectedKeys()) {
        const Card *card = m_model->card(key);
        if (!card || m_model->isPending(key))
            continue;
        canFreeze |= card->state == Card::State::Open;
        canUnfreeze |= card->state == Card::State::Frozen;
    }
    m_freeze->setEnabled(canFreeze);
    m_unfreeze->setEnabled(canUnfreeze);
}
