#pragma once

#include <QPixmap>
#include <QWidget>

namespace TestSupport {

/// Saves a picture of the widget as NAME.png when TD_SCREENSHOT_DIR is set, to look at
/// what a user sees; false only when that save fails. Header-only: GUI tests alone need it.
inline bool screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    return dir.isEmpty() || widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace TestSupport
