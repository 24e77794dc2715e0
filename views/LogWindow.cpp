#include "LogWindow.h"

#include "LogModel.h"
#include "PageLayout.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

/// Text and level filter over the log lines.
class LogFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool problemsOnly = false;
    QString text;
    void refilter() { invalidateRowsFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        if (problemsOnly && m->index(row, 0, parent).data(LogModel::LevelRole).toInt() <
                                int(LogModel::Level::Warning))
            return false;
        if (text.isEmpty())
            return true;
        for (const int c : {int(LogModel::CategoryColumn), int(LogModel::MessageColumn)}) {
            if (m->index(row, c, parent).data().toString().contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

} // namespace

LogWindow::LogWindow(LogModel *model, QWidget *parent)
    : QWidget(parent, Qt::Window), m_model(model), m_filter(new LogFilter(this)),
      m_search(new QLineEdit(this)), m_level(new QComboBox(this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("logWindow"));
    setWindowTitle(tr("Log"));
    m_filter->setSourceModel(model);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setAccessibleName(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    m_level->setObjectName(QStringLiteral("logLevel"));
    m_level->setAccessibleName(tr("Which lines"));
    m_level->addItem(tr("Every line"));
    m_level->addItem(tr("Warnings and errors"));
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setAccessibleName(tr("Log lines"));
    m_table->setModel(m_filter);
    PageLayout::configureTable(m_table, 6);
    // In the order it happened, newest at the bottom: no sorting, and none left behind by
    // the shared table setup (which sorts).
    m_table->setSortingEnabled(false);
    m_filter->sort(-1);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    auto *copyButton = new QPushButton(tr("&Copy"), this);
    copyButton->setObjectName(QStringLiteral("logCopy"));
    copyButton->setToolTip(tr("Copies the selected lines, or every line shown"));
    auto *clear = new QPushButton(tr("C&lear"), this);
    auto *close = new QPushButton(tr("Close"), this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_level);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(copyButton);
    bottom->addWidget(clear);
    bottom->addStretch(1);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    resize(900, 480);

    connect(m_search, &QLineEdit::textChanged, this, &LogWindow::applyFilter);
    connect(m_level, &QComboBox::currentIndexChanged, this, &LogWindow::applyFilter);
    connect(copyButton, &QPushButton::clicked, this, &LogWindow::copy);
    connect(clear, &QPushButton::clicked, model, &LogModel::clear);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    // Follows new lines while the view is at the bottom; stays put while reading above.
    m_table->scrollToBottom();
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_table->verticalScrollBar()->value() >= m_table->verticalScrollBar()->maximum() - 2)
            m_table->scrollToBottom();
    });
}

void LogWindow::applyFilter()
{
    auto *filter = static_cast<LogFilter *>(m_filter);
    filter->problemsOnly = m_level->currentIndex() == 1;
    filter->text = m_search->text().trimmed();
    filter->refilter();
}

void LogWindow::copy()
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        for (int r = 0; r < m_filter->rowCount(); ++r)
            rows.append(m_filter->index(r, 0));
    }
    QList<int> source;
    for (const QModelIndex &i : rows)
        source.append(m_filter->mapToSource(i).row());
    std::sort(source.begin(), source.end());
    QApplication::clipboard()->setText(m_model->text(source));
}
