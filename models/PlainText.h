#pragma once

#include <QString>

/// Text from a provider made safe for one line of a terminal or a status bar: control
/// characters (escape sequences, CR, LF, tabs, DEL, C1) are written out as \e, \r, \n, \t or
/// \xNN, so a card or merchant name cannot forge lines, rows or terminal commands.
namespace PlainText {
QString oneLine(const QString &text);
}
