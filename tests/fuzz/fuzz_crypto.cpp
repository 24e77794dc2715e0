#include "CryptoParser.h"
#include "FuzzInput.h"

// Every crypto gateway parser on any bytes, the quote's four answers included.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto json = FuzzInput::json(data, size);
    if (!json)
        return 0;
    QString why;
    const QString &connection = FuzzInput::Connection;
    QList<QJsonObject> items;
    CryptoParser::page(*json, &items, &why);
    CryptoParser::balances(*json, connection, &why);
    CryptoParser::currencies(*json, &why);
    CryptoParser::rate(*json, QStringLiteral("BTC"), &why);
    const QList<QJsonObject> objects = FuzzInput::objects(*json);
    for (const QJsonObject &o : objects) {
        CryptoParser::withdrawal(o, connection, &why);
        CryptoParser::payment(o, connection, &why);
        CryptoParser::historyEntry(o, connection, &why);
        CryptoParser::withdrawalReceipt(o, &why);
        CryptoParser::wallet(o, connection, &why);
        CryptoParser::walletSummary(o, &why);
        CryptoParser::withdrawalState(o, &why);
    }
    const QJsonObject first = objects.value(0);
    const QJsonObject second = objects.value(1, first);
    CryptoParser::quote(first, second, objects.value(2, first), objects.value(3, second),
                        Money::fromMinorUnits(12345, 2), &why);
    return 0;
}
