#include "FlexibleColumn.h"

#include "HeaderMemory.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

FlexibleColumn::FlexibleColumn(QTableView *table, int column, int minimum)
    : QObject(table), m_table(table), m_column(column), m_minimum(minimum),
      m_preferred(qMax(minimum, table->horizontalHeader()->sectionSize(column))),
      m_last(table->horizontalHeader()->sectionSize(
          table->horizontalHeader()->logicalIndex(table->horizontalHeader()->count() - 1)))
{
    table->viewport()->installEventFilter(this);
}

void FlexibleColumn::attach(QTableView *table, int column, int minimum)
{
    new FlexibleColumn(table, column, minimum);
}

bool FlexibleColumn::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void FlexibleColumn::fit()
{
    QHeaderView *header = m_table->horizontalHeader();
    if (HeaderMemory::isRemembered(header))
        return;
    const int last = header->logicalIndex(header->count() - 1);
    int others = 0;
    for (int i = 0; i < header->count(); ++i) {
        if (i == m_column || header->isSectionHidden(i))
            continue;
        others += (i == last && header->stretchLastSection()) ? m_last : header->sectionSize(i);
    }
    const int width = qBound(m_minimum, m_table->viewport()->width() - others, m_preferred);
    if (header->sectionSize(m_column) != width)
        HeaderMemory::resizeByDefault(header, m_column, width);
}
