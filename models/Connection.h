#pragma once

#include "ConnectionKind.h"
#include "ConnectionRef.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

/**
 * One account at one provider, as the user named it. Holds no secret: the secret lives in
 * the OS keychain under a key made from id, which never changes when the user renames.
 */
struct Connection
{
    QString id;
    QString name;
    QString provider;
    Environment environment = Environment::Production;
    QUrl customUrl;       ///< used when environment is Custom
    QJsonObject settings; ///< non-secret, keys from ConnectionKind::settings

    /// The API root the provider's paths are appended to; empty when unknown.
    QUrl baseUrl() const;
    /// What is missing or wrong, in words for the form; empty when usable.
    QStringList problems() const;

    /// Whose rows are this connection's, as tables and models key them.
    ConnectionRef ref() const { return {id, provider, name}; }

    static QString newId();
    /// A connection given on treasuryctl's command line has no saved id: this one is the
    /// same whenever the same provider, base URL and secret are given again, so a payout
    /// sent through it can be reconciled through it. The secret enters only as 64 bits of
    /// its SHA-256, mixed with the rest.
    static QString adHocId(const QString &provider, const QUrl &baseUrl, const QString &secret);
    friend bool operator==(const Connection &a, const Connection &b);
    friend bool operator!=(const Connection &a, const Connection &b) { return !(a == b); }
};
