#include "TeamLogin.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrlQuery>

std::optional<TeamLogin> TeamLogin::fromUrl(const QString &text, QString *problem)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() ||
        (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))) {
        *problem = tr("a team database is given as postgresql://USER@HOST[:PORT]/DATABASE");
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *problem = tr("the URL holds a password, which would be kept in plain text: leave it "
                      "out and give the password when asked (it goes to the keychain)");
        return std::nullopt;
    }
    TeamLogin login;
    login.host = url.host();
    login.port = url.port(5432);
    login.database = url.path().mid(1);
    login.user = url.userName();
    const QUrlQuery query(url);
    login.rootCertificate = query.queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("sslmode"))) {
        // Asking for less than a verified certificate and name is never followed.
        if (query.queryItemValue(QStringLiteral("sslmode")) != QLatin1String("verify-full")) {
            *problem = tr("only sslmode=verify-full may be given: the team database is reached "
                          "over verified TLS or, on this computer, directly");
            return std::nullopt;
        }
        login.verifyOnLoopback = true;
    }
    if (login.host.isEmpty() || login.database.isEmpty() || login.database.contains(u'/') ||
        login.user.isEmpty()) {
        *problem = tr("a team database is given as postgresql://USER@HOST[:PORT]/DATABASE");
        return std::nullopt;
    }
    return login;
}

QString TeamLogin::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setPath(u'/' + database);
    QStringList query;
    if (verifyOnLoopback)
        query << QStringLiteral("sslmode=verify-full");
    if (!rootCertificate.isEmpty())
        query << QStringLiteral("sslrootcert=") +
                     QString::fromLatin1(QUrl::toPercentEncoding(rootCertificate, "/"));
    if (!query.isEmpty())
        url.setQuery(query.join(u'&'));
    return url.toString();
}

bool TeamLogin::isLoopback() const
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString TeamLogin::connectOptions() const
{
    // A team database off this computer is only ever reached over verified TLS.
    QStringList options{QStringLiteral("connect_timeout=10"),
                        QStringLiteral("application_name=treasury-desk")};
    if (!isLoopback() || verifyOnLoopback) {
        options << QStringLiteral("sslmode=verify-full");
        if (!rootCertificate.isEmpty())
            options << QStringLiteral("sslrootcert=") + rootCertificate;
    }
    return options.join(u';');
}

QString TeamLogin::keychainKey() const
{
    return QStringLiteral("team:%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}
