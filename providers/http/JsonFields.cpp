#include "JsonFields.h"

#include "Currency.h"

#include <QJsonValue>
#include <QTimeZone>

JsonFields::JsonFields(const QJsonObject &object, QString what, QString *error)
    : m_object(object), m_what(std::move(what)), m_error(error)
{}

void JsonFields::fail(const QString &field, const QString &problem)
{
    if (m_ok && m_error)
        *m_error = QStringLiteral("%1: field \"%2\" %3").arg(m_what, field, problem);
    m_ok = false;
}

QString JsonFields::text(const QString &field)
{
    const QJsonValue v = m_object.value(field);
    if (!v.isString()) {
        fail(field, v.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("is not text"));
        return QString();
    }
    return v.toString();
}

QString JsonFields::optionalText(const QString &field)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    fail(field, QStringLiteral("is not text"));
    return QString();
}

QString JsonFields::id(const QString &field)
{
    const QJsonValue v = m_object.value(field);
    if (v.isString() && !v.toString().isEmpty()) {
        const QString s = v.toString();
        // A numeric id too long for a double, kept exact (JsonNumbers).
        return s.startsWith(QLatin1Char(Money::ExactNumberMark)) ? s.mid(1) : s;
    }
    if (v.isDouble() && v.toDouble() == double(v.toInteger()))
        return QString::number(v.toInteger());
    fail(field, v.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("is not an id"));
    return QString();
}

int JsonFields::optionalInt(const QString &field, int fallback)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (v.isDouble() && v.toDouble() == double(v.toInt()))
        return v.toInt();
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        if (ok)
            return n;
    }
    fail(field, QStringLiteral("is not a whole number"));
    return fallback;
}

std::optional<Money> JsonFields::money(const QString &field, bool optional)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (!optional)
            fail(field, QStringLiteral("is missing"));
        return std::nullopt;
    }
    const auto m = Money::fromJson(v);
    if (!m)
        fail(field, QStringLiteral("is not an amount"));
    return m;
}

void JsonFields::requireScale(const QString &field, const std::optional<Money> &amount,
                              const QString &currency)
{
    if (amount && !Currency::fits(*amount, currency))
        fail(field, QStringLiteral("has more decimals than %1 has (%2)")
                        .arg(currency)
                        .arg(Currency::precision(currency)));
}

QDateTime JsonFields::parseTime(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            dt = QDateTime(d, QTime(0, 0));
    }
    if (!dt.isValid())
        return dt;
    // No zone given: the providers mean UTC.
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc());
    return dt.toUTC();
}

QDateTime JsonFields::time(const QString &field, bool optional)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (!optional)
            fail(field, QStringLiteral("is missing"));
        return QDateTime();
    }
    const QDateTime dt = parseTime(v.toString());
    if (!dt.isValid())
        fail(field, QStringLiteral("is not a date and time"));
    return dt;
}

QJsonObject JsonFields::object(const QString &field, bool optional)
{
    const QJsonValue v = m_object.value(field);
    if (v.isObject())
        return v.toObject();
    if (!(optional && (v.isUndefined() || v.isNull())))
        fail(field, QStringLiteral("is not an object"));
    return QJsonObject();
}
