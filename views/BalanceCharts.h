#pragma once

#include "BalanceHistory.h"
#include "UsdValuation.h"

#include <QWidget>

class QChartView;

/// Where the money is: the USD value of every priced balance shared out by provider and by
/// currency (two pies), and the consolidated total per day from stored snapshots.
class BalanceCharts final : public QWidget
{
    Q_OBJECT

public:
    explicit BalanceCharts(QWidget *parent = nullptr);
    void setTotals(const UsdValuation::Totals &totals);
    void setHistory(const QList<DailyTotal> &days);
    QChartView *overTime() const { return m_overTime; }
    QChartView *byProvider() const { return m_byProvider; }
    QChartView *byCurrency() const { return m_byCurrency; }

private:
    static void fill(QChartView *view, const QString &title, const QMap<QString, Money> &shares,
                     const std::function<QString(const QString &)> &label);

    QChartView *m_byProvider;
    QChartView *m_byCurrency;
    QChartView *m_overTime;
};
