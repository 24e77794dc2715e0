#pragma once

#include "Payout.h"
#include "SigningKey.h"
#include "TeamDatabase.h"

#include <QHash>
#include <QSqlDatabase>

namespace TestSupport {

/// The hash of the team request `key` as `db`'s member reads it: what a decision names.
inline QString requestHash(TeamDatabase &db, const QString &key)
{
    const std::optional<TeamPayout> p = db.payout(key);
    return p ? p->requestHash : QString();
}

/// An ACH payout to Sage Smith's `account` at routing 021000021, as a payout form makes it.
inline PayoutRequest achRequest(const char *amount, const QString &key,
                                const QString &account = QStringLiteral("1234567890"))
{
    PayoutRequest r;
    r.method = PayoutMethod::DinariAch;
    r.connection = QStringLiteral("Ops");
    r.amount = *Money::parse(QString::fromLatin1(amount));
    r.currency = QStringLiteral("USD");
    r.idempotencyKey = key;
    r.fields.insert(PayoutField::RecipientName, QStringLiteral("Sage Smith"));
    r.fields.insert(PayoutField::BankAccount, account);
    r.fields.insert(PayoutField::BankRouting, QStringLiteral("021000021"));
    return r;
}

/// A bare QPSQL connection called `name` to `database` of the pg_virtualenv cluster, as
/// `user`, not yet opened: what a modified client or an operator has.
inline QSqlDatabase connectionAs(const QString &name, const QString &database, const QString &user,
                                 const QString &password)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(qEnvironmentVariable("PGHOST"));
    db.setPort(qEnvironmentVariableIntValue("PGPORT"));
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    return db;
}

/// The signing key of the database role `user` in this test run: one per person, as each
/// person's keychain keeps one.
inline SigningKey keyOf(const QString &user)
{
    static QHash<QString, SigningKey> keys;
    const auto it = keys.constFind(user);
    if (it != keys.cend())
        return *it;
    return *keys.insert(user, *SigningKey::generate());
}

/// Gives an opened member's desktop its signing key and registers it, as a login does.
inline bool enrol(TeamDatabase &db)
{
    db.setSigningKey(keyOf(db.user()));
    return db.role().isEmpty() || db.registerKey().has_value();
}

} // namespace TestSupport
