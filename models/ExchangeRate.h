#pragma once

#include "Money.h"

#include <QDateTime>
#include <QList>
#include <QMap>
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

/// What a rate source answered for the currencies it was asked to value in USD: rates in
/// either direction (one side is USD), and why each of the others has none.
struct UsdRates
{
    QList<ExchangeRate> rates;
    QMap<QString, QString> unavailable; ///< currency -> why it has no rate
};

Q_DECLARE_METATYPE(ExchangeRate)
Q_DECLARE_METATYPE(UsdRates)
