#include "BalanceCharts.h"

#include "ChartTheme.h"

#include "ProviderNames.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QTabWidget>
#include <QValueAxis>

#include <cmath>

namespace {
QChartView *makeView(QWidget *parent, const char *name)
{
    auto *view = new QChartView(parent);
    view->setObjectName(QLatin1String(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->setAnimationOptions(QChart::NoAnimation);
    ChartTheme::follow(view);
    view->chart()->layout()->setContentsMargins(0, 0, 0, 0);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    QLegend *legend = view->chart()->legend();
    legend->setAlignment(Qt::AlignRight);
    // Long names with their amounts: a size smaller, and the whole text on hover.
    QFont font = legend->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    legend->setFont(font);
    legend->setShowToolTips(true);
    view->setMinimumSize(260, 200);
    return view;
}
} // namespace

BalanceCharts::BalanceCharts(QWidget *parent)
    : QWidget(parent), m_byProvider(makeView(this, "shareByProvider")),
      m_byCurrency(makeView(this, "shareByCurrency")), m_overTime(makeView(this, "totalOverTime"))
{
    auto *shares = new QWidget(this);
    auto *row = new QHBoxLayout(shares);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_byProvider);
    row->addWidget(m_byCurrency);
    m_overTime->chart()->legend()->hide();
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("balanceChartTabs"));
    tabs->addTab(shares, tr("Where the money is"));
    tabs->addTab(m_overTime, tr("Total over time"));
    auto *box = new QHBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(tabs);
    setHistory({});
}

void BalanceCharts::setHistory(const QList<DailyTotal> &days)
{
    QChart *chart = m_overTime->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(days.isEmpty()
                        ? tr("No stored balances yet: each refresh keeps one reading.")
                        : tr("Total per day in USD: crypto at today's rates; dashed where an "
                             "account's first reading is carried back (its history starts "
                             "later)"));
    // A screen reader says what the picture is (its title) and what it holds.
    m_overTime->setAccessibleName(tr("Balance over time"));
    m_overTime->setAccessibleDescription(chart->title());
    if (days.isEmpty())
        return;
    // Read days solid; days before an account's history starts dashed, joined at the first
    // complete day.
    auto *read = new QLineSeries(chart);
    read->setName(tr("read"));
    read->setPointsVisible(true);
    auto *carried = new QLineSeries(chart);
    carried->setName(tr("carried back"));
    QPen dashed = carried->pen();
    dashed.setStyle(Qt::DashLine);
    carried->setPen(dashed);
    double top = 0;
    for (qsizetype i = 0; i < days.size(); ++i) {
        const DailyTotal &d = days.at(i);
        // Only the point's position is a double; the exact totals are in the table.
        const double value = double(d.usd.minorUnits()) / std::pow(10.0, d.usd.scale());
        const double x = double(d.day.startOfDay(Qt::UTC).toMSecsSinceEpoch());
        if (d.carriedBack || (i > 0 && days.at(i - 1).carriedBack))
            carried->append(x, value);
        if (!d.carriedBack)
            read->append(x, value);
        top = qMax(top, value);
    }
    chart->addSeries(carried);
    chart->addSeries(read);
    chart->legend()->setVisible(carried->count() > 0);
    auto *x = new QDateTimeAxis(chart);
    x->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    // At least a week wide, so a first reading is a point on a timeline, not a void.
    const QDate last = days.constLast().day;
    const QDate first = qMin(days.constFirst().day, last.addDays(-6));
    x->setRange(first.startOfDay(Qt::UTC), last.addDays(1).startOfDay(Qt::UTC));
    x->setTickCount(qMin(8, int(first.daysTo(last)) + 2));
    // Nice steps first, then labels in the locale's digit grouping (a value axis formats
    // with printf, which has none).
    QValueAxis nice;
    nice.setRange(0, top > 0 ? top * 1.1 : 1);
    nice.applyNiceNumbers();
    auto *y = new QCategoryAxis(chart);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y->setRange(nice.min(), nice.max());
    const QLocale locale;
    const int steps = qMax(1, nice.tickCount() - 1);
    for (int i = 0; i <= steps; ++i) {
        const double v = nice.min() + (nice.max() - nice.min()) * i / steps;
        y->append(locale.toString(v, 'f', 0), v);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {carried, read}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void BalanceCharts::setTotals(const UsdValuation::Totals &totals)
{
    fill(m_byProvider, tr("By provider (USD)"), totals.byProvider,
         [](const QString &id) { return ProviderNames::display(id); });
    fill(m_byCurrency, tr("By currency (USD)"), totals.byCurrency,
         [](const QString &code) { return code; });
}

void BalanceCharts::fill(QChartView *view, const QString &title, const QMap<QString, Money> &shares,
                         const std::function<QString(const QString &)> &label)
{
    QChart *chart = view->chart();
    chart->removeAllSeries();
    chart->setTitle(title);
    view->setAccessibleName(title);
    auto *series = new QPieSeries(chart);
    const QLocale locale;
    double whole = 0;
    for (const Money &m : shares) {
        if (!m.isNegative())
            whole += double(m.minorUnits()) / std::pow(10.0, m.scale());
    }
    for (auto it = shares.cbegin(); it != shares.cend(); ++it) {
        if (!it->isNegative() && !it->isZero()) {
            // Only the slice's size is a double. The legend has room for whole dollars and
            // a share beside the name (cents and a decimal share were cut off in German and
            // Spanish); the exact amounts are in the table above.
            const double size = double(it->minorUnits()) / std::pow(10.0, it->scale());
            const double share = 100.0 * size / whole;
            QPieSlice *slice = series->append(
                tr("%1: %2 (%3 %)")
                    .arg(
                        label(it.key()),
                        locale.toString(
                            it->withScale(0, Money::Rounding::HalfEven).value_or(*it).minorUnits()),
                        locale.toString(share, 'f', share < 1.0 ? 1 : 0)),
                size);
            slice->setLabelVisible(false);
        }
    }
    // An empty pie would scale by nothing: say so instead.
    if (series->count() == 0)
        chart->setTitle(title + u'\n' + tr("no balance to show"));
    chart->addSeries(series);
    // The legend as wide as its longest entry (and its marker): the pie takes what is left,
    // rather than the legend cutting names short in German and Spanish.
    const QFontMetrics metrics(chart->legend()->font());
    int widest = 0;
    for (const QPieSlice *slice : series->slices())
        widest = qMax(widest, metrics.horizontalAdvance(slice->label()));
    chart->legend()->setMinimumWidth(widest + 4 * metrics.height());
}
