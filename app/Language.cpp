#include "Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Language {

QStringList shipped()
{
    QStringList codes;
    for (const QString &file : QDir(QStringLiteral(":/i18n")).entryList({"treasury_*.qm"})) {
        const QString code = file.mid(9, file.size() - 12); // treasury_XX.qm
        if (code != QLatin1String("en")) // English plurals only: the source language
            codes.append(code);
    }
    codes.sort();
    return codes;
}

QString nativeName(const QString &code)
{
    // CLDR names Spanish "español de España"; the menu wants the language alone.
    static const std::pair<const char *, const char *> names[] = {
        {"de", "Deutsch"}, {"en", "English"}, {"es", "Español"}};
    for (const auto &[c, name] : names) {
        if (code == QLatin1String(c))
            return QString::fromUtf8(name);
    }
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString resolve(const QString &choice)
{
    const QStringList codes = shipped();
    if (choice == QLatin1String("en") || codes.contains(choice))
        return choice;
    const QString system = QLocale::system().name().section(u'_', 0, 0);
    return codes.contains(system) ? system : QStringLiteral("en");
}

QLocale localeFor(const QString &code, const QString &systemName)
{
    // Never QLocale::system() itself: on Unix it takes its name from LANGUAGE and its numbers
    // from LANG, so German words came with 1,250.50 and "1250,50" was read as 125050.
    // The system's region is kept where it speaks the window's language (de_AT, en_GB).
    const QLocale system(systemName);
    return system.language() == QLocale(code).language() ? system : QLocale(code);
}

QString apply(QCoreApplication *app, const QString &choice)
{
    const QString code = resolve(choice);
    QLocale::setDefault(localeFor(code, QLocale::system().name()));
    auto *ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/treasury_") + code))
        QCoreApplication::installTranslator(ours);
    // Qt's own strings (standard buttons, file dialogs), when the system has them.
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return code;
}

} // namespace Language
