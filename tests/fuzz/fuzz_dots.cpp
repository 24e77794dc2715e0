#include "DotsParser.h"
#include "FuzzInput.h"

// Every Dots parser on any bytes: lists, payouts, transfers, batches, users.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto json = FuzzInput::json(data, size);
    if (!json)
        return 0;
    QString why;
    QList<QJsonObject> items;
    DotsParser::page(*json, &items, &why);
    const QString &connection = FuzzInput::Connection;
    for (const QJsonObject &o : FuzzInput::objects(*json)) {
        DotsParser::payout(o, connection, &why);
        DotsParser::transfer(o, connection, &why);
        DotsParser::receipt(o, &why);
        (void)DotsParser::batch(o);
        (void)DotsParser::profile(o);
        (void)DotsParser::userName(o);
    }
    return 0;
}
