#pragma once

#include "Money.h"

#include <QDateTime>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QStringList>

/// Deterministic, realistic-looking data for the sandbox, hostile text included.
class SandboxData
{
public:
    explicit SandboxData(quint32 seed) : m_rng(seed) {}

    int between(int low, int highInclusive)
    {
        return low + int(m_rng.bounded(highInclusive - low + 1));
    }
    bool chance(int percent) { return int(m_rng.bounded(100)) < percent; }
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(int(m_rng.bounded(qsizetype(list.size()))));
    }
    QString hex(int length);
    QString uuid();
    QString digits(int length);
    /// Cents between low and high dollars, skewed to small amounts as card spend is.
    Money spend(int lowDollars, int highDollars);

    static const QStringList &merchants();      ///< includes formula-like and non-Latin names
    static const QStringList &hostileStrings(); ///< =HYPERLINK, +SUM, commas, quotes, newlines
    static const QStringList &firstNames();
    static const QStringList &lastNames();
    static const QStringList &countries();

private:
    QRandomGenerator m_rng;
};

namespace SandboxJson {
/// A JSON number for an amount, as providers that send numbers do. The sandbox is the one
/// place that writes money as a JSON number; it goes through the decimal text.
QJsonValue number(const Money &amount);
/// "2022-05-26T16:28:28.000000Z", the dash.fi form.
QString isoMicros(const QDateTime &utc);
/// "2023-03-06 18:04:00", Dinari's other form.
QString spaced(const QDateTime &utc);
/// The start of the current hour, UTC: seeded dates are laid out backwards from here,
/// so none lies in the future.
QDateTime anchor();
} // namespace SandboxJson
