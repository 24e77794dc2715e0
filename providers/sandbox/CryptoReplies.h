#pragma once

#include "LoopbackHttpServer.h"
#include "Money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <initializer_list>

#include <optional>

/// How the crypto gateway emulator answers (Django REST framework's shapes) and reads
/// what it is sent.
namespace CryptoReplies {

QString iso(const QDateTime &t);
/// {"detail": text}, as DRF answers errors.
ServerResponse detail(int status, const QString &text);
/// {"field": [text]}, a DRF field error.
ServerResponse fieldError(const QString &field, const QString &text);
/// An amount from a JSON body: a number (documented) or a decimal string (also sent).
std::optional<Money> amountField(const QJsonObject &body, const char *name);
/// ISO 8601, or a bare date (midnight UTC); invalid when empty or unreadable.
QDateTime parseDate(const QString &text);
/// A list's limit (default 20, at most 100) and offset; the field error when they are off.
std::optional<ServerResponse> pageOf(const QUrlQuery &query, int *limit, int *offset);
/// Whether `item` has the value the query asks for (any case) in each of `keys` the query
/// names: the gateway's list filters.
bool matches(const QJsonObject &item, const QUrlQuery &query,
             std::initializer_list<const char *> keys);

} // namespace CryptoReplies
