#include "Connection.h"

#include "Payout.h"

#include "UrlPolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUuid>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Connection", text);
}
} // namespace

QUrl Connection::baseUrl() const
{
    if (environment == Environment::Custom)
        return customUrl;
    const ConnectionKind *kind = ConnectionKind::find(provider);
    return kind ? kind->url(environment) : QUrl();
}

QStringList Connection::problems() const
{
    QStringList found;
    if (name.trimmed().isEmpty())
        found.append(tr("Give the connection a name."));
    const ConnectionKind *kind = ConnectionKind::find(provider);
    if (!kind) {
        found.append(tr("Choose a provider."));
        return found;
    }
    if (!kind->environments().contains(environment))
        found.append(tr("%1 has no %2 environment.")
                         .arg(kind->display, ConnectionKind::environmentName(environment)));
    else if (environment == Environment::Custom && customUrl.isEmpty())
        found.append(tr("Enter the API address."));
    else if (const ProviderError refused = UrlPolicy::check(baseUrl()); refused.isError())
        found.append(refused.message);
    // A contract fee is kept as "5.00+2.5%"; anything else would silently estimate nothing.
    for (const ConnectionKind::Setting &s : kind->settings) {
        const QString value = settings.value(s.key).toString();
        if (s.fee && settings.contains(s.key) && !FeeRule::fromText(value))
            found.append(tr("The %1 must be a fixed amount plus a percentage, such as "
                            "5.00+2.5%: “%2” is not.")
                             .arg(s.label, value));
    }
    return found;
}

QString Connection::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Connection::adHocId(const QString &provider, const QUrl &baseUrl, const QString &secret)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(provider.toUtf8() + '\n' +
                 baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
                     .toString(QUrl::FullyEncoded)
                     .toUtf8() +
                 '\n' + secret.toUtf8());
    return QStringLiteral("adhoc:") + QString::fromLatin1(hash.result().left(8).toHex());
}

bool operator==(const Connection &a, const Connection &b)
{
    return a.id == b.id && a.name == b.name && a.provider == b.provider &&
           a.environment == b.environment && a.customUrl == b.customUrl && a.settings == b.settings;
}
