// treasuryctl balances: the balances now, their history, and the same valuation as the
// Balances page's total, for one connection (Treasuryctl's members, apart from its core).
#include "Treasuryctl.h"

#include "BalanceHistorySource.h"
#include "BalanceSource.h"
#include "CardSource.h"
#include "CtlJson.h"
#include "Currency.h"
#include "Preferences.h"
#include "Provider.h"
#include "RateSource.h"
#include "TreasuryctlSupport.h"
#include "UsdValuation.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTimeZone>

#include <algorithm>

using TreasuryctlSupport::await;

int Treasuryctl::balances(QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("total")))
        return balancesTotal(parser);
    if (parser.isSet(QStringLiteral("history")))
        return balanceHistory(parser);
    int exit = Ok;
    const std::optional<QList<Balance>> balances =
        fetch<QList<Balance>>(parser, &exit, [](BalanceSource &p) { return p.fetchBalances(); });
    if (!balances)
        return exit;
    return print(CtlJson::balances(*balances), parser.isSet(QStringLiteral("json")),
                 {"account", "currency", "available", "pending"});
}

int Treasuryctl::balanceHistory(QCommandLineParser &parser)
{
    // Ninety days unless asked for more or less, as the balance chart starts.
    QDateTime from = QDateTime::currentDateTimeUtc().addDays(-90);
    if (parser.isSet(QStringLiteral("since"))) {
        const QDate day = QDate::fromString(parser.value(QStringLiteral("since")), Qt::ISODate);
        if (!day.isValid())
            return fail(Usage, tr("--since wants a date as YYYY-MM-DD"));
        from = day.startOfDay(QTimeZone::utc());
    }
    int exit = Ok;
    std::optional<QList<Balance>> history = fetch<QList<Balance>>(
        parser, &exit, [&](BalanceHistorySource &p) { return p.fetchBalanceHistory(from); });
    if (!history)
        return exit;
    std::stable_sort(history->begin(), history->end(),
                     [](const Balance &a, const Balance &b) { return a.asOf < b.asOf; });
    return print(CtlJson::balanceHistory(*history), parser.isSet(QStringLiteral("json")),
                 {"as_of", "type", "account", "currency", "available"});
}

int Treasuryctl::balancesTotal(QCommandLineParser &parser)
{
    int exit = Ok;
    BalanceSource *source = nullptr;
    const std::unique_ptr<Provider> p = providerOffering(parser, &exit, &source);
    if (!p)
        return exit;
    const Result<QList<Balance>> read = await(source->fetchBalances());
    if (!read.ok())
        return failWith(read.error());
    // What the provider's answer left out is not in the total either, and says so.
    QStringList incomplete;
    for (const QString &gap : read.gaps())
        incomplete << tr("its balances were read in part: %1").arg(gap);
    const QList<Balance> balances = p->connection().stamped(read.value());
    manager(); // opens the settings, which hold the at-par choice
    UsdValuation valuation;
    valuation.setStablecoinsAtPar(Preferences::load(*m_settings).stablecoinsAtPar);
    // The connection's own rates where it has some (the crypto gateway); without them its
    // coins are left out, and the answer says so.
    if (auto *rates = qobject_cast<RateSource *>(p.get())) {
        if (const QStringList currencies = UsdValuation::currenciesToValue(balances);
            !currencies.isEmpty()) {
            const auto got = await(rates->fetchUsdRates(currencies));
            if (got.ok())
                valuation.setRates(got.value());
        }
    }
    const UsdValuation::Totals t = valuation.totals(balances);
    // What the connection's prepaid cards hold, apart from the total (Dinari's).
    // Cards that cannot be read leave the total as it is, and say so.
    QJsonValue onCards = QJsonObject();
    QString cardsProblem;
    if (auto *cards = qobject_cast<CardSource *>(p.get())) {
        const Result<QList<Card>> listed = await(cards->fetchCards());
        if (listed.ok()) {
            for (const QString &gap : listed.gaps())
                incomplete << tr("its cards were read in part: %1").arg(gap);
            QJsonObject held;
            const QMap<QString, Money> sums = Card::heldOnCards(listed.value());
            for (auto it = sums.cbegin(); it != sums.cend(); ++it)
                held.insert(it.key(), Currency::format(*it, it.key()));
            onCards = held;
        } else {
            onCards = QJsonValue(QJsonValue::Null);
            cardsProblem = tr("its cards could not be read: %1").arg(listed.error().summary());
        }
    }
    QDateTime asOf;
    for (const Balance &b : balances) {
        if (!asOf.isValid() || b.asOf < asOf)
            asOf = b.asOf; // the oldest reading the total rests on
    }
    QJsonArray left;
    for (const UsdValuation::Totals::Left &l : t.notIncluded)
        left.append(QJsonObject{{QStringLiteral("connection"), l.connection},
                                {QStringLiteral("currency"), l.currency},
                                {QStringLiteral("reason"), l.reason}});
    // A partial answer makes the exit code say so; cards that could not be read at all
    // only leave their line out, as before.
    if (!incomplete.isEmpty())
        warnIncomplete(p->displayName(), incomplete);
    if (!cardsProblem.isEmpty())
        incomplete.prepend(cardsProblem);
    for (const QString &reason : std::as_const(incomplete))
        left.append(QJsonObject{{QStringLiteral("connection"), p->connectionName()},
                                {QStringLiteral("currency"), QString()},
                                {QStringLiteral("reason"), reason}});
    const QJsonObject total{
        {QStringLiteral("usd_total"), Currency::format(t.total, QStringLiteral("USD"))},
        {QStringLiteral("as_of"), asOf.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("balances_valued"), t.valued},
        {QStringLiteral("not_included"), left},
        {QStringLiteral("at_par"), QJsonArray::fromStringList(t.atPar)},
        {QStringLiteral("on_prepaid_cards"), onCards},
    };
    if (parser.isSet(QStringLiteral("json"))) {
        m_out << QJsonDocument(total).toJson(QJsonDocument::Indented);
        m_out.flush();
        return Ok;
    }
    m_out << "USD\t" << total.value(QStringLiteral("usd_total")).toString() << '\n';
    for (const UsdValuation::Totals::Left &l : t.notIncluded)
        m_out << tr("not included") << '\t' << l.currency << '\t' << l.reason << '\n';
    for (const QString &reason : std::as_const(incomplete))
        m_out << tr("not included") << "\t\t" << reason << '\n';
    const QJsonObject held = onCards.toObject();
    for (auto it = held.constBegin(); it != held.constEnd(); ++it)
        m_out << tr("on prepaid cards") << '\t' << it.key() << '\t' << it.value().toString()
              << '\n';
    m_out.flush();
    return Ok;
}
