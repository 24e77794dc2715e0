#pragma once

class QChartView;

/// Charts in the system's light or dark palette: Qt Charts' light and dark themes, chosen
/// from the view's window colour now and again whenever the palette changes.
namespace ChartTheme {

void follow(QChartView *view);

} // namespace ChartTheme
