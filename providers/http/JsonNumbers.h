#pragma once

#include <QByteArray>

/**
 * Keeps the exact text of JSON numbers a double cannot hold. QJsonDocument reads every
 * number through a double: 12345678901234567.89 becomes 12345678901234568 and
 * 0.1234567890123456789 loses its tail. Before parsing, each such number (more than 15
 * significant digits) is rewritten as a string holding Money::ExactNumberMark and the
 * number's own text, which Money::fromJson reads exactly (and rejects when it does not
 * fit). Numbers a double holds exactly stay numbers.
 */
namespace JsonNumbers {

QByteArray keepExact(const QByteArray &json);

} // namespace JsonNumbers
