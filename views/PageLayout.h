#pragma once

#include <QStringList>

class QLabel;
class QLayout;
class QSplitter;
class QTableView;
class QTableWidget;
class QWidget;

/// The shape the data pages share: controls on top, the main view above a side panel
/// (details, charts) in a splitter, and a summary line at the bottom.
namespace PageLayout {

/// Lays `page` out; `top` is a widget or nullptr when `topLayout` is given instead.
QSplitter *build(QWidget *page, QWidget *top, QLayout *topLayout, QWidget *main, QWidget *side,
                 QLabel *footer);

/// A data table as every page has it: sortable, whole rows selected, alternating rows,
/// one line per row at a fixed height (so rows that are not shown are never measured),
/// movable columns.
void configureTable(QTableView *table, int rowPadding);

/// A small read-only list of rows (a preview, a customer's scripts): named for tests and
/// screen readers, headers given, no row numbers, the last column stretched.
void readOnlyTable(QTableWidget *table, const QString &objectName, const QString &accessibleName,
                   const QStringList &headers);

} // namespace PageLayout
