#pragma once

#include "Money.h"
#include "SandboxData.h"
#include "SandboxEmulator.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMutex>

/**
 * DART: Bearer token (Sanctum style, "2|..."), GET with query and POST with form fields.
 * External customers (get, create, update), per-customer USDC balance and token values,
 * trade-script details and restriction, and transfers to a customer's main wallet, which
 * raise that customer's USDC balance. Writes answer bare JSON strings.
 */
class DartEmulator final : public SandboxEmulator
{
public:
    struct TradeScript
    {
        QString name;
        Money initial;
        Money current;
        int status = 5;
        Money deposit;
        QDate activated;
    };
    struct Customer
    {
        QString userName;
        QString firstName;
        QString lastName;
        QString email;
        QString password;
        Money usdc;
        QMap<QString, Money> tokens;
        QList<TradeScript> scripts;
        QDateTime restrictedUntil;
    };

    DartEmulator(SandboxData &data, QString token);

    QString name() const override { return QStringLiteral("dart"); }
    QString prefix() const override { return QStringLiteral("/dart/api"); }
    QString credential() const override { return m_token; }
    /// The user names a connection watches (DART has no list endpoint).
    QJsonObject settings() const override;
    ServerResponse handle(const ServerRequest &request, const QString &path) override;

    std::optional<Customer> customer(const QString &userName) const;
    int transferCount() const;
    /// Until when a customer's trade scripts are restricted (invalid: not restricted).
    QDateTime restrictedUntil(const QString &userName) const;

private:
    Customer *find(const QString &userName);
    ServerResponse create(const ServerRequest &r);
    ServerResponse update(const ServerRequest &r);
    ServerResponse restrict(const ServerRequest &r);
    ServerResponse transfer(const ServerRequest &r);

    QString m_token;
    QList<Customer> m_customers;
    int m_transfers = 0;
    mutable QMutex m_mutex;
};
