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
    // The fee is money out beside the amount, as the totals count it: written by default.
    {"fee", Column::Fee},
    {"raw_status", Column::RawStatus},
    {"card_id", Column::CardId},
    {"merchant_country", Column::MerchantCountry},
    {"chain_reference", Column::ChainReference},
    {"fiat_amount", Column::FiatAmount},
    {"fiat_currency", Column::FiatCurrency},
    {"network_fee", Column::NetworkFee},
    {"platform_fee", Column::PlatformFee},
};
constexpr int DefaultColumnCount = 12;

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

bool isMoney(Column column)
{
    return column == Column::Amount || column == Column::Fee || column == Column::FiatAmount ||
           column == Column::NetworkFee || column == Column::PlatformFee;
}

std::optional<Money> money(const TransactionTable &t, int row, Column column)
{
    switch (column) {
    case Column::Amount:
        return t.signedAmount(row);
    case Column::Fee:
        return t.fee(row);
    case Column::FiatAmount:
        return t.extra(row).fiatAmount;
    case Column::NetworkFee:
        return t.extra(row).networkFee;
    case Column::PlatformFee:
        return t.extra(row).platformFee;
    default:
        return std::nullopt;
    }
}

QString moneyCurrency(const TransactionTable &t, int row, Column column)
{
    return column == Column::FiatAmount ? t.extra(row).fiatCurrency : t.currency(row);
}

QString cellText(const TransactionTable &t, int row, Column column)
{
    if (isMoney(column)) {
        const std::optional<Money> m = money(t, row, column);
        return m ? Currency::format(*m, moneyCurrency(t, row, column)) : QString();
    }
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
    case Column::Currency:
        return t.currency(row);
    case Column::RawStatus:
        return t.rawStatus(row);
    case Column::CardId:
        return t.cardId(row);
    case Column::MerchantCountry:
        return t.merchantCountry(row);
    case Column::ChainReference:
        return t.extra(row).chainReference;
    case Column::FiatCurrency:
        return t.extra(row).fiatCurrency;
    case Column::Amount:
    case Column::Fee:
    case Column::FiatAmount:
    case Column::NetworkFee:
    case Column::PlatformFee:
        break; // money, above
    }
    return QString();
}

} // namespace TransactionColumns
