#include "SpendChart.h"

#include "ChartTheme.h"

#include "Currency.h"
#include "SpendBuckets.h"
#include "TransactionTable.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

constexpr int MaxBars = 60;

// Charts draw in floating point; only the bar heights go through it. Every figure a
// person reads (tooltips, the summary) stays exact Money text.
qreal plotValue(const Money &m)
{
    const Money cents = m.withScale(2, Money::Rounding::HalfEven).value_or(Money());
    return qreal(cents.minorUnits()) / 100.0;
}

} // namespace

SpendChart::SpendChart(QWidget *parent)
    : QWidget(parent), m_grouping(new QComboBox(this)), m_currency(new QComboBox(this)),
      m_view(new QChartView(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("spendChart"));
    m_view->setAccessibleName(tr("Spend chart"));
    m_grouping->setObjectName(QStringLiteral("spendGrouping"));
    m_grouping->setAccessibleName(tr("Group spend by"));
    m_grouping->addItems({tr("By day"), tr("By week"), tr("By month"), tr("By card")});
    m_grouping->setCurrentIndex(0);
    m_currency->setObjectName(QStringLiteral("spendCurrency"));
    m_currency->setAccessibleName(tr("Currency"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->chart()->setAnimationOptions(QChart::NoAnimation);
    ChartTheme::follow(m_view);
    m_view->chart()->legend()->hide();
    // The panel is short: give the plot the room the default margins would take.
    m_view->chart()->setMargins(QMargins(2, 2, 2, 2));
    m_view->chart()->layout()->setContentsMargins(0, 0, 0, 0);
    m_view->chart()->setBackgroundRoundness(0);
    m_view->setMinimumHeight(120);
    m_summary->setObjectName(QStringLiteral("spendSummary"));
    m_summary->setWordWrap(true);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &SpendChart::redraw);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &SpendChart::redraw);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Spend"), this));
    controls->addWidget(m_grouping);
    controls->addWidget(m_currency);
    controls->addStretch(1);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addLayout(controls);
    box->addWidget(m_view, 1);
    box->addWidget(m_summary);
    redraw();
}

void SpendChart::setGrouping(int grouping)
{
    m_grouping->setCurrentIndex(grouping);
}

void SpendChart::setRows(const TransactionTable &table, const QList<int> &rows)
{
    m_table = &table;
    m_rows = rows;
    // Offer the currencies with spend; keep the user's pick, else the busiest one.
    QStringList currencies;
    std::vector<bool> seen(size_t(table.currencyCount()), false);
    for (const int row : rows) {
        const int c = table.currencyIndex(row);
        if (!seen[size_t(c)] && table.direction(row) == Transaction::Direction::Out) {
            seen[size_t(c)] = true;
            currencies.append(table.currencyAt(c));
        }
    }
    currencies.sort();
    const QString current = m_currency->currentText();
    {
        QSignalBlocker block(m_currency);
        m_currency->clear();
        m_currency->addItems(currencies);
        const QString pick =
            currencies.contains(current) ? current : SpendBuckets::mainCurrency(table, rows);
        m_currency->setCurrentIndex(qMax(0, int(currencies.indexOf(pick))));
    }
    redraw();
}

void SpendChart::redraw()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    const QString currency = m_currency->currentText();
    const int grouping = m_grouping->currentIndex();
    QList<SpendBuckets::Bucket> buckets;
    if (m_table && !currency.isEmpty())
        buckets = grouping == 3 ? SpendBuckets::byCard(*m_table, m_rows, currency, 12,
                                                       tr("Other cards"), tr("No card"))
                                : SpendBuckets::overTime(*m_table, m_rows, currency,
                                                         SpendBuckets::Period(grouping));
    // An axis over no bars has the range [nan, nan], which Qt Charts logs: say it instead.
    if (buckets.isEmpty()) {
        chart->setTitle(tr("No spend in the filtered transactions"));
        m_view->setAccessibleDescription(chart->title());
        m_summary->clear();
        return;
    }
    // The most recent periods when there are more than fit.
    if (grouping != 3 && buckets.size() > MaxBars)
        buckets = buckets.mid(buckets.size() - MaxBars);
    auto *set = new QBarSet(currency);
    QStringList labels;
    Money total;
    int count = 0;
    const QLocale locale;
    for (const SpendBuckets::Bucket &b : std::as_const(buckets)) {
        *set << plotValue(b.total);
        QString label = b.label;
        if (grouping == 2)
            label = locale.toString(b.start, QStringLiteral("MMM yyyy"));
        else if (grouping != 3)
            label = locale.toString(b.start, QStringLiteral("d MMM"));
        labels << label;
        total = total.checkedAdd(b.total).value_or(total);
        count += b.count;
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsAngle(labels.size() > 8 ? -90 : 0);
    x->setTruncateLabels(false);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(currency);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    // All-zero bars leave the axis nothing to span.
    if (y->max() <= y->min())
        y->setRange(0, 1);
    y->applyNiceNumbers();
    // No title: the grouping and currency boxes above say what is drawn.
    chart->setTitle(QString());
    m_summary->setText(tr("%n payment(s) out, %1 %2 in all", nullptr, count)
                           .arg(Currency::formatLocale(total, currency, locale), currency));
    m_view->setAccessibleDescription(m_summary->text());
}
