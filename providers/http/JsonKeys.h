#pragma once

#include <QByteArray>
#include <QString>

/**
 * Finds a key that appears twice in one JSON object. The JSON standard leaves such an
 * object's meaning open and parsers differ (QJsonDocument keeps one of them), so an answer
 * with `"amount": "1.00", "amount": "1000.00"` is refused rather than read either way.
 */
namespace JsonKeys {

/// The first repeated key, or a null string when every object's keys are distinct.
QString firstRepeated(const QByteArray &json);

} // namespace JsonKeys
