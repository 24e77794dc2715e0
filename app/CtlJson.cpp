#include "CtlJson.h"

#include "Currency.h"
#include "TransactionExporter.h"
#include "TransactionTable.h"

#include <QJsonObject>

namespace CtlJson {

namespace {
QJsonValue amount(const std::optional<Money> &money, const QString &currency)
{
    return money ? QJsonValue(Currency::format(*money, currency)) : QJsonValue(QJsonValue::Null);
}
QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
} // namespace

template<typename T, typename ToObject> QJsonArray each(const QList<T> &items, ToObject toObject)
{
    QJsonArray out;
    for (const T &item : items)
        out.append(toObject(item));
    return out;
}

// Every row says whose it is first.
QJsonObject owned(const QString &provider, const QString &connection,
                  std::initializer_list<std::pair<QString, QJsonValue>> fields)
{
    QJsonObject o{{QStringLiteral("provider"), provider},
                  {QStringLiteral("connection"), connection}};
    for (const auto &[key, value] : fields)
        o.insert(key, value);
    return o;
}

QJsonArray balances(const QList<Balance> &balances)
{
    return each(balances, [](const Balance &b) {
        return owned(b.provider, b.connection,
                     {
                         {QStringLiteral("account"), b.account},
                         {QStringLiteral("currency"), b.currency},
                         {QStringLiteral("available"), amount(b.available, b.currency)},
                         {QStringLiteral("pending"), amount(b.pending, b.currency)},
                     });
    });
}

QJsonArray balanceHistory(const QList<Balance> &history)
{
    return each(history, [](const Balance &b) {
        return owned(b.provider, b.connection,
                     {
                         {QStringLiteral("as_of"), time(b.asOf)},
                         {QStringLiteral("type"), text(b.cause)},
                         {QStringLiteral("account"), b.account},
                         {QStringLiteral("currency"), b.currency},
                         {QStringLiteral("available"), amount(b.available, b.currency)},
                     });
    });
}

QJsonArray cards(const QList<Card> &cards)
{
    return each(cards, [](const Card &c) {
        return owned(
            c.provider, c.connection,
            {
                {QStringLiteral("id"), c.id},
                {QStringLiteral("name"), c.name},
                {QStringLiteral("last_four"), c.lastFour},
                {QStringLiteral("state"), Card::stateName(c.state)},
                {QStringLiteral("spend_limit"), amount(c.spendLimit, c.currency)},
                {QStringLiteral("spend_limit_period"),
                 c.spendLimit ? QJsonValue(c.spendLimitPeriod) : QJsonValue(QJsonValue::Null)},
                // A prepaid card's money (Dinari); null where the provider gives none.
                {QStringLiteral("balance"), amount(c.balance, c.currency)},
            });
    });
}

QJsonArray transactions(const TransactionTable &table, const QList<int> &rows,
                        const QStringList &columns)
{
    QJsonArray out;
    for (const int row : rows) {
        QJsonObject o;
        for (const QString &column : columns)
            o.insert(column, TransactionExporter::value(table, row, column));
        out.append(o);
    }
    return out;
}

QJsonArray payoutCurrencies(const QList<PayoutCurrency> &currencies)
{
    return each(currencies, [](const PayoutCurrency &c) {
        return QJsonObject{{QStringLiteral("currency"), c.code},
                           {QStringLiteral("name"), text(c.name)},
                           {QStringLiteral("network"), text(c.network)},
                           {QStringLiteral("minimum"), amount(c.minimum, c.code)},
                           {QStringLiteral("maximum"), amount(c.maximum, c.code)}};
    });
}

QJsonArray payoutBatches(const QList<PayoutBatchStatus> &batches)
{
    return each(batches, [](const PayoutBatchStatus &b) {
        return QJsonObject{{QStringLiteral("id"), b.id},
                           {QStringLiteral("created"), time(b.created)},
                           {QStringLiteral("status"), b.status},
                           {QStringLiteral("total"), QString::number(b.total)},
                           {QStringLiteral("succeeded"), QString::number(b.succeeded)},
                           {QStringLiteral("failed"), QString::number(b.failed)}};
    });
}

QJsonArray payoutState(const PayoutState &state)
{
    return {QJsonObject{{QStringLiteral("reference"), state.reference},
                        {QStringLiteral("status"), state.rawStatus},
                        {QStringLiteral("chain_reference"), text(state.chainReference)},
                        {QStringLiteral("updated"), time(state.updated)}}};
}

QJsonArray wallets(const QList<Recipient> &wallets)
{
    return each(wallets, [](const Recipient &w) {
        return QJsonObject{{QStringLiteral("id"), w.id},
                           {QStringLiteral("name"), w.name},
                           {QStringLiteral("external_id"), text(w.detail)}};
    });
}

} // namespace CtlJson
