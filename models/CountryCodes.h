#pragma once

#include <QList>
#include <QString>

/// One ISO 3166-1 country, named in the app's language.
struct Country
{
    QString alpha3;
    QString name;
};

/**
 * ISO 3166-1 countries from Debian's iso-codes package (the list the system keeps
 * current), sorted by name. Empty, with error() saying why, when the file is missing.
 */
class CountryCodes final
{
public:
    static const CountryCodes &instance();
    /// Reads a given iso_3166-1.json (the instance reads the system's), with the names in
    /// `language` where iso-codes has them (the instance: the app's language).
    explicit CountryCodes(const QString &path, const QString &language = QString());

    const QList<Country> &all() const { return m_countries; }
    bool isAlpha3(const QString &code) const;
    QString nameOf(const QString &alpha3) const;
    QString error() const { return m_error; }

private:
    QList<Country> m_countries;
    QString m_error;
};
