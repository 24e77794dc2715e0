#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class QLocale;

/**
 * The language the app speaks: English as written, or a shipped translation (embedded as
 * :/i18n/treasury_<code>.qm) with Qt's own for standard buttons. Amounts and dates, typed or
 * shown, follow the same choice through QLocale's default (localeFor).
 */
namespace Language {

/// The codes of the shipped translations ("de", "es"); English is the source (its file
/// holds only plural forms).
QStringList shipped();
/// "Deutsch", "Español", "English": each language in its own words.
QString nativeName(const QString &code);
/// The code to use for `choice`: itself when shipped or "en", else the system's language
/// when shipped, else "en". An empty choice means the system's.
QString resolve(const QString &choice);
/// The conventions for numbers, dates and amounts typed: those of the language the window
/// speaks (`code`), in the system's region when the system speaks it too.
QLocale localeFor(const QString &code, const QString &systemName);
/// Installs the translators for resolve(choice) and makes its locale the default;
/// returns the code applied.
QString apply(QCoreApplication *app, const QString &choice);

} // namespace Language
