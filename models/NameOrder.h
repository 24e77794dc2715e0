#pragma once

#include <QCollator>

/// How names are put in order for people, wherever the app sorts them: in the user's
/// language, ignoring case, with "Card 2" before "Card 10".
namespace NameOrder {

inline QCollator collator()
{
    QCollator c;
    c.setCaseSensitivity(Qt::CaseInsensitive);
    c.setNumericMode(true);
    return c;
}

} // namespace NameOrder
