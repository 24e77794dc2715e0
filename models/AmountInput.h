#pragma once

#include "Money.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QLocale;

/// An amount a person typed, or why it was not taken.
struct AmountReading
{
    std::optional<Money> amount;
    QString problem; ///< empty when amount is set; says how to write it otherwise
};

/**
 * The one rule by which the app reads an amount a person typed, in the language the window
 * speaks: its decimal mark and its grouping, and nothing else.
 *
 * Text that could mean two amounts is refused, never reinterpreted: a mark that is not
 * this language's decimal mark ("1250.50" in German), grouping in the wrong place
 * ("1.25.0"), or a lone group mark with three digits after it ("1,250" in English is
 * 1.25 to a German reader). The message names both readings or the way to write it.
 */
class AmountInput
{
    Q_DECLARE_TR_FUNCTIONS(AmountInput)

public:
    static AmountReading read(const QString &text, const QLocale &locale);
    /// 1,250.50 / 1.250,50 / 1250,50: how an amount is written here.
    static QString example(const QLocale &locale);
};
