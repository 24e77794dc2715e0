#include "PageLayout.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace PageLayout {

QSplitter *build(QWidget *page, QWidget *top, QLayout *topLayout, QWidget *main, QWidget *side,
                 QLabel *footer)
{
    // The main view keeps the full width; the side panel sits below it.
    auto *split = new QSplitter(Qt::Vertical, page);
    split->setObjectName(page->objectName() + QStringLiteral("Splitter"));
    split->addWidget(main);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    footer->setTextFormat(Qt::RichText);
    footer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    footer->setWordWrap(true);
    auto *box = new QVBoxLayout(page);
    if (top)
        box->addWidget(top);
    if (topLayout)
        box->addLayout(topLayout);
    box->addWidget(split, 1);
    box->addWidget(footer);
    return split;
}

void configureTable(QTableView *table, int rowPadding)
{
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    // Rows are picked with the arrow keys; Tab goes on to the next control, as everywhere.
    table->setTabKeyNavigation(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + rowPadding);
    table->horizontalHeader()->setSectionsMovable(true);
    table->horizontalHeader()->setStretchLastSection(true);
}

void readOnlyTable(QTableWidget *table, const QString &objectName, const QString &accessibleName,
                   const QStringList &headers)
{
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    // Whole headers in every language before any row arrives (filling it fits them again).
    table->resizeColumnsToContents();
    // The style's hint can fall a pixel short of a word ("Date" at 36 px): room for each
    // header's text and the header's margins, at least.
    QHeaderView *header = table->horizontalHeader();
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int i = 0; i < int(headers.size()); ++i)
        header->resizeSection(
            i, qMax(header->sectionSize(i),
                    header->fontMetrics().horizontalAdvance(headers.at(i)) + margins + 4));
    table->verticalHeader()->hide();
    // One line per row, as in the big tables; the style's default is about two.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setWordWrap(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
}

} // namespace PageLayout
