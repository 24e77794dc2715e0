#include "UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace UrlPolicy {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ProviderError check(const QUrl &url)
{
    ProviderError e;
    if (!url.isValid() || url.host().isEmpty()) {
        e.kind = ProviderError::Kind::Refused;
        e.message = QCoreApplication::translate("UrlPolicy", "The provider address \"%1\" is not "
                                                             "a valid URL.")
                        .arg(url.toDisplayString(QUrl::RemoveUserInfo));
        return e;
    }
    // A user name or password in the address would sit in the settings file and in every
    // listing: secrets belong in the keychain.
    if (!url.userInfo().isEmpty()) {
        e.kind = ProviderError::Kind::Refused;
        e.message = QCoreApplication::translate(
                        "UrlPolicy", "The provider address %1 holds a user name or password; "
                                     "enter the address without them and the secret as the "
                                     "connection's secret.")
                        .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath |
                                                 QUrl::RemoveQuery));
        return e;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https") || (scheme == QLatin1String("http") && isLoopback(url)))
        return e;
    e.kind = ProviderError::Kind::Refused;
    e.message =
        QCoreApplication::translate("UrlPolicy",
                                    "Refused to send credentials to %1: only https addresses are "
                                    "allowed (plain http only to this computer).")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery));
    return e;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace UrlPolicy
