#include "DartParser.h"
#include "FuzzInput.h"

// Every DART parser on any bytes (DART also answers bare JSON strings).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto json = FuzzInput::json(data, size);
    if (!json)
        return 0;
    QString why;
    DartParser::customer(*json, &why);
    DartParser::usdcBalance(*json, &why);
    DartParser::tokenValue(*json, &why);
    DartParser::tradeScripts(*json, &why);
    DartParser::confirmation(*json, &why);
    for (const QJsonObject &o : FuzzInput::objects(*json)) {
        DartParser::customer(o, &why);
        DartParser::tradeScripts(o, &why);
    }
    return 0;
}
