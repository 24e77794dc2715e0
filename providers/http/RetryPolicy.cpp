#include "RetryPolicy.h"

#include "HttpResponse.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

int monthOf(QStringView name)
{
    static const char *const Months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (name == QLatin1String(Months[i]))
            return i + 1;
    }
    return 0;
}

/// An HTTP date in any of the three forms RFC 9110 section 5.6.7 says a recipient must
/// accept: IMF-fixdate, the obsolete RFC 850 form and asctime. Always UTC. Qt's own
/// RFC 2822 reader refuses "GMT" (Qt 6.4), so the forms are read here.
QDateTime httpDate(const QString &text, const QDateTime &nowUtc)
{
    static const QRegularExpression fixdate(QStringLiteral(
        R"(^[A-Z][a-z]{2}, (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    static const QRegularExpression rfc850(QStringLiteral(
        R"(^[A-Z][a-z]+, (\d{2})-([A-Z][a-z]{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    static const QRegularExpression asctime(QStringLiteral(
        R"(^[A-Z][a-z]{2} ([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$)"));
    int day = 0, month = 0, year = 0, h = 0, m = 0, sec = 0;
    if (const auto f = fixdate.match(text); f.hasMatch()) {
        day = f.captured(1).toInt();
        month = monthOf(f.capturedView(2));
        year = f.captured(3).toInt();
        h = f.captured(4).toInt(), m = f.captured(5).toInt(), sec = f.captured(6).toInt();
    } else if (const auto r = rfc850.match(text); r.hasMatch()) {
        day = r.captured(1).toInt();
        month = monthOf(r.capturedView(2));
        // Two digits: the century that puts it no more than 50 years ahead (RFC 9110).
        year = 2000 + r.captured(3).toInt();
        if (year > nowUtc.date().year() + 50)
            year -= 100;
        h = r.captured(4).toInt(), m = r.captured(5).toInt(), sec = r.captured(6).toInt();
    } else if (const auto a = asctime.match(text); a.hasMatch()) {
        month = monthOf(a.capturedView(1));
        day = a.captured(2).trimmed().toInt();
        h = a.captured(3).toInt(), m = a.captured(4).toInt(), sec = a.captured(5).toInt();
        year = a.captured(6).toInt();
    } else {
        return {};
    }
    const QDate date(year, month, day);
    const QTime time(h, m, sec);
    if (month == 0 || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace

bool RetryPolicy::isTransient(const HttpResponse &response)
{
    using K = ProviderError::Kind;
    switch (response.error.kind) {
    case K::Network:
    case K::Timeout:
    case K::RateLimited:
        return true;
    case K::Server:
        return response.status == 502 || response.status == 503 || response.status == 504;
    default:
        return false;
    }
}

int RetryPolicy::retryAfterMs(const QByteArray &header, const QDateTime &nowUtc)
{
    const QByteArray v = header.trimmed();
    if (v.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = v.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : int(qMin<qint64>(seconds, 24 * 3600) * 1000);
    const QDateTime when = httpDate(QString::fromLatin1(v), nowUtc);
    if (!when.isValid())
        return -1;
    return int(qBound<qint64>(0, nowUtc.msecsTo(when), 24LL * 3600 * 1000));
}

int RetryPolicy::backoffMs(int attempt) const
{
    const qint64 exp = qMin<qint64>(maxDelayMs, qint64(baseDelayMs) << qBound(0, attempt - 1, 20));
    const qint64 half = exp / 2;
    return int(half + QRandomGenerator::global()->bounded(half + 1));
}
