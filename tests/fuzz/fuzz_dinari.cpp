#include "DinariParser.h"
#include "FuzzInput.h"

// Every Dinari parser on any bytes, the envelope ({"status": "success", "data": ...}) first.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HttpResponse response;
    const auto json = FuzzInput::json(data, size, &response);
    ProviderError error;
    (void)DinariParser::data(response, &error);
    if (!json)
        return 0;
    QString why;
    const QString &connection = FuzzInput::Connection;
    for (const QJsonObject &o : FuzzInput::objects(*json)) {
        DinariParser::balances(o, connection, &why);
        DinariParser::transaction(o, connection, &why);
        DinariParser::receipt(o, &why);
        bool known = false;
        DinariParser::status(o.value(QStringLiteral("STATUS")).toString(), &known);
        if (const auto card = DinariParser::card(o, connection, &why))
            DinariParser::cardPurchases(o, *card, &why);
    }
    return 0;
}
