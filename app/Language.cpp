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

QString apply(QCoreApplication *app, const QString &choice)
{
    const QString code = resolve(choice);
    // The system's own locale keeps its region (en_GB dates); a chosen language uses its
    // own conventions.
    const bool system = choice.isEmpty() && QLocale::system().name().startsWith(code);
    QLocale::setDefault(system ? QLocale::system() : QLocale(code));
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
