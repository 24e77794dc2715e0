#include "ConnectionKind.h"

#include <QCoreApplication>

QUrl ConnectionKind::url(Environment environment) const
{
    switch (environment) {
    case Environment::Sandbox:
        return sandboxUrl;
    case Environment::Production:
        return productionUrl;
    case Environment::Custom:
        break;
    }
    return QUrl();
}

QList<Environment> ConnectionKind::environments() const
{
    QList<Environment> offered;
    if (!productionUrl.isEmpty())
        offered.append(Environment::Production);
    if (!sandboxUrl.isEmpty())
        offered.append(Environment::Sandbox);
    offered.append(Environment::Custom);
    return offered;
}

const QList<ConnectionKind> &ConnectionKind::all()
{
    auto tr = [](const char *text) { return QCoreApplication::translate("ConnectionKind", text); };
    // Base URLs as each provider's document gives them (provider-docs/README.md).
    static const QList<ConnectionKind> kinds = {
        {QStringLiteral("dashfi"),
         QStringLiteral("dash.fi"),
         {tr("API key")},
         {},
         QUrl(),
         QUrl(QStringLiteral("https://app.dash.fi/api-v1"))},
        {QStringLiteral("dinari"),
         QStringLiteral("Dinari"),
         {tr("Corporate account ID"), tr("Gateway API key")},
         {},
         QUrl(QStringLiteral("https://sandbox.dinaricash.com")),
         QUrl(QStringLiteral("https://production.dinaricash.com"))},
        {QStringLiteral("dots"),
         QStringLiteral("Dots"),
         {tr("Client ID"), tr("API key")},
         {{QStringLiteral("app_id"), tr("App ID (Api-App-Id)"), false}},
         QUrl(QStringLiteral("https://pls.senddotssandbox.com/api/v2")),
         QUrl(QStringLiteral("https://api.dots.dev/api/v2"))},
        {QStringLiteral("crypto"),
         tr("Crypto gateway"),
         {tr("Client ID"), tr("Client secret")},
         {},
         QUrl(),
         QUrl()},
        {QStringLiteral("dart"),
         QStringLiteral("DART"),
         {tr("API token")},
         {{QStringLiteral("customers"), tr("Customer user names"), true}},
         QUrl(),
         QUrl(QStringLiteral("https://api.dart.cash/api"))},
    };
    return kinds;
}

const ConnectionKind *ConnectionKind::find(const QString &provider)
{
    for (const ConnectionKind &k : all()) {
        if (k.provider == provider)
            return &k;
    }
    return nullptr;
}

namespace {
// The words saved in settings and shown by treasuryctl.
const std::pair<Environment, const char *> EnvironmentNames[] = {
    {Environment::Sandbox, "sandbox"},
    {Environment::Production, "production"},
    {Environment::Custom, "custom"},
};
} // namespace

QString ConnectionKind::environmentName(Environment environment)
{
    for (const auto &[e, name] : EnvironmentNames) {
        if (e == environment)
            return QLatin1String(name);
    }
    return QString();
}

std::optional<Environment> ConnectionKind::environmentFromName(const QString &name)
{
    for (const auto &[e, text] : EnvironmentNames) {
        if (name == QLatin1String(text))
            return e;
    }
    return std::nullopt;
}
