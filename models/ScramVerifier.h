#pragma once

#include <QByteArray>
#include <QString>

/// What PostgreSQL stores of a password (SCRAM-SHA-256, RFC 5802 / 7677), made on the
/// client so that the password itself never reaches the server.
class ScramVerifier final
{
public:
    static QString of(const QString &password, const QByteArray &salt = {});
};
