#include "TeamRequest.h"

#include "Payout.h"
#include "TeamCardAction.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <algorithm>

namespace {

// JSON.stringify's escapes (RFC 8785 3.2.2.2): the two that must be, the five short ones,
// \u00xx for the other control characters, everything else as its UTF-8.
void appendText(QByteArray &out, const QString &text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += "\\u00" +
                       QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
}

bool appendObject(QByteArray &out, const QJsonObject &o)
{
    QStringList keys = o.keys();
    std::sort(keys.begin(), keys.end()); // UTF-16 code units, as RFC 8785 sorts
    out += '{';
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i > 0)
            out += ',';
        appendText(out, keys.at(i));
        out += ':';
        const QJsonValue v = o.value(keys.at(i));
        if (v.isString())
            appendText(out, v.toString());
        else if (!v.isObject() || !appendObject(out, v.toObject()))
            return false; // numbers would need ES6 formatting: amounts are texts here
    }
    out += '}';
    return true;
}

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

namespace TeamRequest {

std::optional<QByteArray> canonical(const QJsonObject &o)
{
    QByteArray out;
    if (!appendObject(out, o))
        return std::nullopt;
    return out;
}

QByteArray forPayout(const PayoutRequest &request, const QString &provider,
                     const QString &connectionId)
{
    QJsonObject o = objectOf(request.toJournalJson(PayoutRequest::AccountNumbers::Whole));
    o.remove(QStringLiteral("anchor")); // read by the sending desktop just before it sends
    o.insert(QStringLiteral("action"), QStringLiteral("payout"));
    o.insert(QStringLiteral("provider"), provider);
    o.insert(QStringLiteral("connection_id"), connectionId);
    return canonical(o).value_or(QByteArray());
}

QByteArray forCard(const TeamCardAction &action, const QString &provider,
                   const QString &connectionId)
{
    QJsonObject o = objectOf(action.toJson());
    o.insert(QStringLiteral("action"), QStringLiteral("card"));
    o.insert(QStringLiteral("provider"), provider);
    o.insert(QStringLiteral("connection_id"), connectionId);
    return canonical(o).value_or(QByteArray());
}

QString hash(const QByteArray &document)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(document, QCryptographicHash::Sha256).toHex());
}

bool isExpected(const QByteArray &document, const QString &expectedHash)
{
    return !expectedHash.isEmpty() && hash(document) == expectedHash;
}

QString connectionIdOf(const QByteArray &document)
{
    return objectOf(document).value(QStringLiteral("connection_id")).toString();
}

} // namespace TeamRequest
