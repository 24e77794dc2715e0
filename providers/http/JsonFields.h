#pragma once

#include "Money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

/// Reads fields from a provider's JSON object, recording the first problem as an error
/// that names the object and the field ("dash.fi card: field "last_four" is missing").
class JsonFields
{
public:
    JsonFields(const QJsonObject &object, QString what, QString *error);

    bool ok() const { return m_ok; }
    void fail(const QString &field, const QString &problem);

    QString text(const QString &field);
    QString optionalText(const QString &field);
    /// A number or a numeric string, as text (ids come both ways).
    QString id(const QString &field);
    int optionalInt(const QString &field, int fallback);
    /// A JSON number (through its shortest text) or a decimal string.
    std::optional<Money> money(const QString &field, bool optional = false);
    /// Fails `field` when `amount` has more decimals than `currency` can carry
    /// (Currency::fits): such an amount is refused, never rounded.
    void requireScale(const QString &field, const std::optional<Money> &amount,
                      const QString &currency);
    /// ISO 8601 (with or without fraction and zone; UTC assumed) or "YYYY-MM-DD HH:MM:SS".
    QDateTime time(const QString &field, bool optional = false);
    QJsonObject object(const QString &field, bool optional = false);

    static QDateTime parseTime(const QString &text);

private:
    QJsonObject m_object; // a copy (shared, cheap): callers often pass a temporary
    QString m_what;
    QString *m_error;
    bool m_ok = true;
};
