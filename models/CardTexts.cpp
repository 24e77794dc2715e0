// Card values in the user's words, translated: what the Cards page and dialogs show.
#include "Card.h"

#include <QCoreApplication>

QString CardLimitPeriods::text(const QString &code)
{
    static const std::pair<const char *, const char *> texts[] = {
        {"MONTHLY", QT_TRANSLATE_NOOP("CardLimitPeriods", "Per month (trailing)")},
        {"TRANSACTION", QT_TRANSLATE_NOOP("CardLimitPeriods", "Per transaction")},
        {"FOREVER", QT_TRANSLATE_NOOP("CardLimitPeriods", "For the card's lifetime")},
    };
    for (const auto &[key, text] : texts) {
        if (code == QLatin1String(key))
            return QCoreApplication::translate("CardLimitPeriods", text);
    }
    return code;
}

QString CardFrequencies::text(const QString &code)
{
    if (code == QLatin1String("recurring"))
        return QCoreApplication::translate("CardFrequencies", "Recurring");
    if (code == QLatin1String("single-use"))
        return QCoreApplication::translate("CardFrequencies", "Single use");
    // Dinari's virtual cards are loaded with a balance up front.
    if (code == QLatin1String("prepaid"))
        return QCoreApplication::translate("CardFrequencies", "Prepaid");
    return code;
}
