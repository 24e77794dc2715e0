#pragma once

#include "Money.h"

#include <QJsonValue>
#include <QList>

#include <optional>

/// DART JSON: amounts are decimal strings; writes answer a bare JSON string.
namespace DartParser {

struct Customer
{
    QString userName;
    QString firstName;
    QString lastName;
    QString email;
};
struct TradeScript
{
    QString name;
    Money initialAmount;
    Money currentAmount;
    int status = 0;
    Money totalDeposit;
    QDate activated;
};

std::optional<Customer> customer(const QJsonValue &body, QString *error);
std::optional<Money> usdcBalance(const QJsonValue &body, QString *error);
std::optional<Money> tokenValue(const QJsonValue &body, QString *error);
std::optional<QList<TradeScript>> tradeScripts(const QJsonValue &body, QString *error);
/// The bare string a write answers ("Customer Created Successfully.").
std::optional<QString> confirmation(const QJsonValue &body, QString *error);

} // namespace DartParser
