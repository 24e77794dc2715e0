#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QPixmap>
#include <QWidget>

namespace TestSupport {

/// Saves a picture of the widget as NAME.png when TD_SCREENSHOT_DIR is set, to look at
/// what a user sees; false only when that save fails. Header-only: GUI tests alone need it.
inline bool screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    // Layouts settle on posted events: a picture taken right after typing would show
    // labels at their old sizes.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace TestSupport
