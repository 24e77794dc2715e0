#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

/// Where a connection points: the provider's sandbox, its production, or a URL of one's own
/// (the crypto gateway has no fixed host; tests and the demo use loopback).
enum class Environment { Sandbox, Production, Custom };

/**
 * What a connection to one provider needs, as its documentation says: the parts of its
 * secret, the non-secret settings, and its documented base URLs. Each provider describes
 * its own (providers/), the factory installs them at start; the Connections dialog builds
 * its form from them, and treasuryctl names them.
 */
struct ConnectionKind
{
    /// A non-secret setting kept in the settings file.
    struct Setting
    {
        QString key;   ///< in Connection::settings
        QString label; ///< for people
        bool list;     ///< several values, comma separated in the form
        /// A fee rule ("5.00 + 2.5 %"), typed with the window's marks and kept as
        /// FeeRule::toText.
        bool fee = false;
    };

    QString provider; ///< "dashfi"
    QString display;  ///< "dash.fi"
    /// Labels of the secret's parts; two parts are stored as "first:second".
    QStringList secretParts;
    QList<Setting> settings;
    QUrl sandboxUrl;    ///< empty when the provider documents none
    QUrl productionUrl; ///< empty when the URL is the customer's own

    QUrl url(Environment environment) const;
    QList<Environment> environments() const;

    /// The kinds installed, in the order the factory lists its providers.
    static const QList<ConnectionKind> &all();
    /// Called once by the composition root (ProviderFactory::installKinds).
    static void install(QList<ConnectionKind> kinds);
    /// nullptr for an unknown provider id.
    static const ConnectionKind *find(const QString &provider);
    static QString environmentName(Environment environment);
    /// Settings given as KEY=VALUE (treasuryctl's --setting): a key the provider lists as
    /// several values takes commas; a fee is kept as FeeRule::toText when it reads as one
    /// (Connection::problems names one that does not).
    static QJsonObject settingsFrom(const QStringList &pairs, const QString &provider);
    static std::optional<Environment> environmentFromName(const QString &name);
};
