#pragma once

#include "Card.h"
#include "Transaction.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QUrl>

#include <optional>

/// dash.fi JSON to domain types. Accepts the documented quirks (create_at, numeric or text
/// amounts); rejects anything else with an error naming the field.
namespace DashfiParser {

struct PageMeta
{
    int currentPage = 0;
    int lastPage = 0;
    int perPage = 0;
    int total = 0;
    QUrl next;
};

std::optional<Card> card(const QJsonObject &o, const QString &connection, QString *error);
std::optional<Transaction> transaction(const QJsonObject &o, const QString &connection,
                                       QString *error);
/// A paged list: its `data` items and `meta`/`links`.
bool page(const QJsonValue &body, QList<QJsonObject> *items, PageMeta *meta, QString *error);
std::optional<Money> balance(const QJsonValue &body, QString *error);

} // namespace DashfiParser
