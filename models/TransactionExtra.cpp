#include "TransactionExtra.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Same value and the same digits: a refresh that changes 1.50 to 1.5 is a change.
bool same(const std::optional<Money> &a, const std::optional<Money> &b)
{
    return a.has_value() == b.has_value() && (!a || (*a == *b && a->scale() == b->scale()));
}

void put(QJsonObject &o, const char *key, const std::optional<Money> &m)
{
    if (m)
        o.insert(QLatin1String(key), m->toString());
}

std::optional<Money> take(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? Money::parse(v.toString()) : std::nullopt;
}

} // namespace

bool operator==(const TransactionExtra &a, const TransactionExtra &b)
{
    return a.chainReference == b.chainReference && same(a.fiatAmount, b.fiatAmount) &&
           a.fiatCurrency == b.fiatCurrency && same(a.networkFee, b.networkFee) &&
           same(a.platformFee, b.platformFee);
}

QByteArray TransactionExtra::toJson() const
{
    if (isEmpty())
        return QByteArray();
    QJsonObject o;
    if (!chainReference.isEmpty())
        o.insert(QStringLiteral("chain_reference"), chainReference);
    put(o, "fiat_amount", fiatAmount);
    if (!fiatCurrency.isEmpty())
        o.insert(QStringLiteral("fiat_currency"), fiatCurrency);
    put(o, "network_fee", networkFee);
    put(o, "platform_fee", platformFee);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

TransactionExtra TransactionExtra::fromJson(const QByteArray &json)
{
    TransactionExtra e;
    if (json.isEmpty())
        return e;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    e.chainReference = o.value(QStringLiteral("chain_reference")).toString();
    e.fiatAmount = take(o, "fiat_amount");
    e.fiatCurrency = o.value(QStringLiteral("fiat_currency")).toString();
    e.networkFee = take(o, "network_fee");
    e.platformFee = take(o, "platform_fee");
    return e;
}
