#include "ChartTheme.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QObject>

namespace {

bool isDark(const QWidget *w)
{
    return w->palette().color(QPalette::Window).lightness() < 128;
}

void apply(QChartView *view)
{
    const QChart::ChartTheme wanted =
        isDark(view) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (view->chart()->theme() == wanted)
        return;
    view->chart()->setTheme(wanted);
    // The theme's own background would frame the chart; the window's shows through.
    view->chart()->setBackgroundBrush(view->palette().brush(QPalette::Base));
}

/// Re-applies the theme when the palette changes (the desktop switched light or dark).
class Follower final : public QObject
{
public:
    explicit Follower(QChartView *view) : QObject(view), m_view(view) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && event->type() == QEvent::PaletteChange)
            apply(m_view);
        return false;
    }

private:
    QChartView *m_view;
};

} // namespace

namespace ChartTheme {

void follow(QChartView *view)
{
    apply(view);
    view->installEventFilter(new Follower(view));
}

} // namespace ChartTheme
