#pragma once

#include "LoopbackHttpServer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// How the Dots emulator answers and reads: its error shape, its time format (microseconds,
/// no zone), whole cents, the payout platforms.
namespace DotsReplies {

/// {"message": message} with `status`.
ServerResponse error(int status, const QString &message);
/// "2024-07-11T21:17:33.959976": microseconds, no zone.
QString dotsTime(const QDateTime &t);
QDateTime fromDotsTime(const QString &text);
/// A whole number of cents as a JSON number, read through Money: 12.5 is refused.
std::optional<qint64> wholeCents(const QJsonValue &v);
/// The item whose "id" is `id`, or a 404 saying `notFound`.
ServerResponse byId(const QList<QJsonObject> &items, const QString &id, const QString &notFound);
/// The JSON object a POST to a collection carries; else the 405 or 400 to answer with.
std::optional<ServerResponse> postedObject(const ServerRequest &r, const QStringList &parts,
                                           QJsonObject *body);
/// ach, paypal, venmo, default.
const QStringList &platforms();

} // namespace DotsReplies
