#include "DashfiParser.h"
#include "FuzzInput.h"

// Every dash.fi parser on any bytes: no crash, no sanitizer report, whatever they hold.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto json = FuzzInput::json(data, size);
    if (!json)
        return 0;
    QString why;
    QList<QJsonObject> items;
    DashfiParser::PageMeta meta;
    DashfiParser::page(*json, &items, &meta, &why);
    DashfiParser::balance(*json, &why);
    const QString &connection = FuzzInput::Connection;
    for (const QJsonObject &o : FuzzInput::objects(*json)) {
        DashfiParser::card(o, connection, &why);
        DashfiParser::transaction(o, connection, &why);
    }
    return 0;
}
