#include "CountryCodes.h"

#include "GettextCatalog.h"

#include <QCollator>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

const CountryCodes &CountryCodes::instance()
{
    static const CountryCodes codes(QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json"),
                                    QLocale().name().section(u'_', 0, 0));
    return codes;
}

CountryCodes::CountryCodes(const QString &path, const QString &language)
{
    const GettextCatalog names =
        language.isEmpty() || language == QLatin1String("en")
            ? GettextCatalog(QString())
            : GettextCatalog::system(QStringLiteral("iso_3166-1"), language);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate(
                      "CountryCodes", "The country list %1 cannot be read (package iso-codes): %2")
                      .arg(path, file.errorString());
        return;
    }
    const QJsonArray list =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("3166-1")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QStringLiteral("alpha_3")).toString();
        if (code.size() == 3)
            m_countries.append({code, names.translate(o.value(QStringLiteral("name")).toString())});
    }
    if (m_countries.isEmpty())
        m_error =
            QCoreApplication::translate("CountryCodes", "The country list %1 is empty.").arg(path);
    // In the language's alphabetical order (Österreich with the Os).
    const QCollator collator{QLocale(language.isEmpty() ? QStringLiteral("en") : language)};
    std::sort(m_countries.begin(), m_countries.end(),
              [&collator](const Country &a, const Country &b) {
                  return collator.compare(a.name, b.name) < 0;
              });
}

bool CountryCodes::isAlpha3(const QString &code) const
{
    return std::any_of(m_countries.cbegin(), m_countries.cend(),
                       [&code](const Country &c) { return c.alpha3 == code; });
}

QString CountryCodes::nameOf(const QString &alpha3) const
{
    for (const Country &c : m_countries) {
        if (c.alpha3 == alpha3)
            return c.name;
    }
    return QString();
}
