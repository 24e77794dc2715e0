#pragma once

#include "Money.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

/// How many units of `to` one unit of `from` is worth, and when the provider said so.
struct ExchangeRate
{
    QString from;
    QString to;
    Money rate;
    QDateTime at; ///< UTC
};

Q_DECLARE_METATYPE(ExchangeRate)
