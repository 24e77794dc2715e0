#include "TransactionColumns.h"

#include "Currency.h"
#include "TransactionExporter.h"
#include "TransactionTable.h"

namespace TransactionColumns {

namespace {

struct ColumnName
{
    const char *name;
    Column column;
};

constexpr ColumnName Columns[] = {
    {"date", Column::Date},
    {"provider", Column::Provider},
    {"connection", Column::Connection},
    {"transaction_id", Column::TransactionId},
    {"description", Column::Description},
    {"card", Column::Card},
    {"card_last_four", Column::CardLastFour},
    {"status", Column::Status},
    {"direction", Column::Direction},
    {"amount", Column::Amount},
    {"currency", Column::Currency},
    {"raw_status", Column::RawStatus},
    {"fee", Column::Fee},
    {"card_id", Column::CardId},
    {"merchant_country", Column::MerchantCountry},
};
constexpr int DefaultColumnCount = 11;

const Pool Pools[] = {
    {Column::Provider, &TransactionTable::connectionCount, &TransactionTable::providerAt,
     &TransactionTable::connectionIndex},
    {Column::Connection, &TransactionTable::connectionCount, &TransactionTable::connectionAt,
     &TransactionTable::connectionIndex},
    {Column::Description, &TransactionTable::descriptionCount, &TransactionTable::descriptionAt,
     &TransactionTable::descriptionIndex},
    {Column::Card, &TransactionTable::cardCount, &TransactionTable::cardNameAt,
     &TransactionTable::cardIndex},
    {Column::CardLastFour, &TransactionTable::cardCount, &TransactionTable::cardLastFourAt,
     &TransactionTable::cardIndex},
    {Column::CardId, &TransactionTable::cardCount, &TransactionTable::cardIdAt,
     &TransactionTable::cardIndex},
    {Column::Currency, &TransactionTable::currencyCount, &TransactionTable::currencyAt,
     &TransactionTable::currencyIndex},
    {Column::RawStatus, &TransactionTable::rawStatusCount, &TransactionTable::rawStatusAt,
     &TransactionTable::rawStatusIndex},
};

} // namespace

const Pool *poolOf(Column column)
{
    for (const Pool &p : Pools) {
        if (p.column == column)
            return &p;
    }
    return nullptr;
}

QStringList defaultNames()
{
    QStringList names;
    for (int i = 0; i < DefaultColumnCount; ++i)
        names.append(QLatin1String(Columns[i].name));
    return names;
}

QStringList allNames()
{
    QStringList names;
    for (const ColumnName &c : Columns)
        names.append(QLatin1String(c.name));
    return names;
}

std::optional<Column> of(const QString &name)
{
    for (const ColumnName &c : Columns) {
        if (name == QLatin1String(c.name))
            return c.column;
    }
    return std::nullopt;
}

QString cellText(const TransactionTable &t, int row, Column column)
{
    switch (column) {
    case Column::Date:
        return TransactionExporter::isoDate(t.dateMs(row));
    case Column::Provider:
        return t.provider(row);
    case Column::Connection:
        return t.connection(row);
    case Column::TransactionId:
        return t.id(row);
    case Column::Description:
        return t.description(row);
    case Column::Card:
        return t.cardName(row);
    case Column::CardLastFour:
        return t.cardLastFour(row);
    case Column::Status:
        return Transaction::statusName(t.status(row));
    case Column::Direction:
        return Transaction::directionName(t.direction(row));
    case Column::Amount:
        return Currency::format(t.signedAmount(row), t.currency(row));
    case Column::Currency:
        return t.currency(row);
    case Column::RawStatus:
        return t.rawStatus(row);
    case Column::Fee: {
        const std::optional<Money> fee = t.fee(row);
        return fee ? Currency::format(*fee, t.currency(row)) : QString();
    }
    case Column::CardId:
        return t.cardId(row);
    case Column::MerchantCountry:
        return t.merchantCountry(row);
    }
    return QString();
}

} // namespace TransactionColumns
