#pragma once

class Clock;
class QSettings;

/// What the views are given rather than make: the settings they remember layouts and
/// choices in, and the clock their dates come from. Both outlive every view.
struct ViewContext
{
    QSettings *settings;
    const Clock *clock;
};
