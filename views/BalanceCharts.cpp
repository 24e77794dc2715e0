#include "BalanceCharts.h"

#include "Currency.h"
#include "ProviderNames.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>

#include <cmath>

namespace {
QChartView *makeView(QWidget *parent, const char *name)
{
    auto *view = new QChartView(parent);
    view->setObjectName(QLatin1String(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->setAnimationOptions(QChart::NoAnimation);
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
      m_byCurrency(makeView(this, "shareByCurrency"))
{
    auto *box = new QHBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(m_byProvider);
    box->addWidget(m_byCurrency);
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
    auto *series = new QPieSeries(chart);
    const QLocale locale;
    for (auto it = shares.cbegin(); it != shares.cend(); ++it) {
        if (!it->isNegative() && !it->isZero()) {
            // Only the slice's size is a double; its label is the exact amount.
            const double size = double(it->minorUnits()) / std::pow(10.0, it->scale());
            QPieSlice *slice = series->append(
                tr("%1: %2").arg(label(it.key()),
                                 Currency::formatLocale(*it, QStringLiteral("USD"), locale)),
                size);
            slice->setLabelVisible(false);
        }
    }
    chart->addSeries(series);
}
