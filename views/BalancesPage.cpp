#include "BalancesPage.h"

#include "ProblemRowDelegate.h"

#include "BalanceCharts.h"
#include "BalanceGroupsModel.h"
#include "Currency.h"
#include "HeaderMemory.h"
#include "PageLayout.h"

#include <QComboBox>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

BalancesPage::BalancesPage(BalancesModel *model, const ViewContext &context, QWidget *parent)
    : QWidget(parent), m_model(model), m_groups(new BalanceGroupsModel(model, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_search(new QLineEdit(this)),
      m_grouping(new QComboBox(this)), m_tree(new QTreeView(this)), m_total(new QLabel(this)),
      m_charts(new BalanceCharts(this)), m_banner(new QFrame(this)), m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("balancesPage"));
    m_search->setObjectName(QStringLiteral("balancesSearch"));
    m_search->setPlaceholderText(tr("Search provider, connection, account or currency"));
    m_search->setAccessibleName(tr("Search balances"));
    m_search->setClearButtonEnabled(true);
    m_grouping->setObjectName(QStringLiteral("balancesGrouping"));
    m_grouping->setAccessibleName(tr("Group balances by"));
    m_grouping->addItem(tr("By provider"), int(BalanceGroupsModel::Grouping::Provider));
    m_grouping->addItem(tr("By currency"), int(BalanceGroupsModel::Grouping::Currency));
    m_grouping->addItem(tr("Not grouped"), int(BalanceGroupsModel::Grouping::None));

    m_proxy->setSourceModel(m_groups);
    m_proxy->setSortRole(BalancesModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    // A group stays when one of its balances matches the search.
    m_proxy->setRecursiveFilteringEnabled(true);
    m_tree->setObjectName(QStringLiteral("balancesTree"));
    m_tree->setAccessibleName(tr("Balances"));
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(BalancesModel::Provider, Qt::AscendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *delegate = new ProblemRowDelegate(BalancesModel::ProblemRole, m_tree);
    delegate->setMiddleElided(BalancesModel::Connection);
    m_tree->setItemDelegate(delegate);
    m_tree->header()->setSectionsMovable(true);
    m_tree->header()->setStretchLastSection(true);
    m_total->setObjectName(QStringLiteral("balancesTotal"));

    // What failed, in full, above the rows it concerns, with a way to try again.
    m_banner->setObjectName(QStringLiteral("balancesBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setAutoFillBackground(true);
    m_problems->setObjectName(QStringLiteral("balancesProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setForegroundRole(QPalette::ToolTipText);
    auto *retry = new QPushButton(tr("&Retry"), m_banner);
    retry->setObjectName(QStringLiteral("balancesRetry"));
    connect(retry, &QPushButton::clicked, this, &BalancesPage::retryRequested);
    auto *bannerRow = new QHBoxLayout(m_banner);
    bannerRow->addWidget(m_problems, 1);
    bannerRow->addWidget(retry, 0, Qt::AlignTop);
    m_banner->hide();

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_grouping);
    auto *top = new QVBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addLayout(searchRow);
    top->addWidget(m_banner);
    PageLayout::build(this, nullptr, top, m_tree, m_charts, m_total);

    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        m_groups->setGrouping(BalanceGroupsModel::Grouping(m_grouping->currentData().toInt()));
    });
    // Groups open, columns fitted, whenever the balances change.
    HeaderMemory::attach(m_tree->header(), QStringLiteral("balances"), context.settings);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BalancesPage::updateProblems);
    connect(m_model, &BalancesModel::totalsChanged, this, &BalancesPage::updateTotal);
    connect(m_groups, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        // Fitted to the data until the user sizes the columns; then as they left them.
        if (!HeaderMemory::isRemembered(m_tree->header()))
            fitColumns();
        updateTotal();
    });
    m_tree->expandAll();
    updateTotal();
}

void BalancesPage::fitColumns()
{
    QHeaderView *header = m_tree->header();
    const QSignalBlocker quiet(header);
    int used = 0;
    for (int c = 0; c < BalancesModel::Status; ++c) {
        m_tree->resizeColumnToContents(c);
        used += header->isSectionHidden(c) ? 0 : header->sectionSize(c);
    }
    // The usual status ("As of …") whole: the connection's name gives way, cut in the
    // middle, down to its title's width. Longer notes are cut and whole on hover.
    const QString asOf = BalancesModel::asOfText(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58)));
    const int over =
        used + m_tree->fontMetrics().horizontalAdvance(asOf) + 16 - m_tree->viewport()->width();
    const QString title = m_proxy->headerData(BalancesModel::Connection, Qt::Horizontal).toString();
    const int floor = header->fontMetrics().horizontalAdvance(title) + 24;
    const int connection = header->sectionSize(BalancesModel::Connection);
    if (over > 0 && connection > floor)
        header->resizeSection(BalancesModel::Connection, qMax(floor, connection - over));
}

void BalancesPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void BalancesPage::setHistory(const QList<DailyTotal> &days)
{
    m_charts->setHistory(days);
}

void BalancesPage::updateTotal()
{
    const UsdValuation::Totals totals = m_model->totals();
    const QLocale locale;
    QString text = tr("<b>Total %1</b> (USD, %n balance(s))", nullptr, totals.valued)
                       .arg(Currency::formatLocale(totals.total, QStringLiteral("USD"), locale));
    if (totals.oldestRate.isValid())
        text += tr(" · crypto at the gateway's rates of %1")
                    .arg(locale.toString(totals.oldestRate.toLocalTime(), QLocale::ShortFormat));
    if (!totals.atPar.isEmpty())
        text += tr(" · %1 at par (1.00 USD, as chosen in Preferences)")
                    .arg(totals.atPar.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!totals.borrowed.isEmpty())
        text += QStringLiteral(" · ") + totals.borrowed.join(QStringLiteral(", ")).toHtmlEscaped();
    QStringList onCards;
    for (auto it = totals.onPrepaidCards.cbegin(); it != totals.onPrepaidCards.cend(); ++it)
        onCards << Currency::formatLocale(*it, it.key(), locale) + u' ' + it.key();
    if (!onCards.isEmpty())
        text += tr(" · on prepaid cards, apart from the total: %1")
                    .arg(onCards.join(QStringLiteral(", ")).toHtmlEscaped());
    QStringList stale;
    for (auto it = totals.stale.cbegin(); it != totals.stale.cend(); ++it)
        stale << tr("%1 as of %2")
                     .arg(it.key().toHtmlEscaped(),
                          locale.toString(it.value().toLocalTime(), QLocale::ShortFormat));
    if (!stale.isEmpty())
        text += tr(" · <span style=\"color:#b26a00\">last known, refresh failed: %1</span>")
                    .arg(stale.join(QStringLiteral(", ")));
    // What the total leaves out, each with its reason: nothing drops out silently.
    QStringList left;
    QStringList why;
    for (const UsdValuation::Totals::Left &l : totals.notIncluded) {
        const QString what = l.currency.isEmpty() ? l.connection : l.connection + u' ' + l.currency;
        left << what.toHtmlEscaped();
        why << QStringLiteral("<li><b>%1</b>: %2</li>")
                   .arg(what.toHtmlEscaped(), l.reason.toHtmlEscaped());
    }
    if (!left.isEmpty())
        text += tr(" · <span style=\"color:#c62828\">not included: %1</span>")
                    .arg(left.join(QStringLiteral(", ")));
    m_total->setText(text);
    m_total->setToolTip(why.isEmpty() ? QString()
                                      : tr("Not in the total:") + QStringLiteral("<ul>") +
                                            why.join(QString()) + QStringLiteral("</ul>"));
    m_charts->setTotals(totals);
}

void BalancesPage::updateProblems()
{
    const QStringList problems = m_model->problems();
    m_problems->setText(problems.join(u'\n'));
    m_banner->setVisible(!problems.isEmpty());
}
