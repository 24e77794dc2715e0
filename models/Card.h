#pragma once

#include "Money.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <algorithm>
#include <iterator>

#include <QList>
#include <QStringList>

#include <optional>

/// A payment card from any provider, normalized. Never holds a card number or CVV.
struct Card
{
    enum class State { Open, Frozen, Cancelled };

    QString connectionId; ///< the connection's stable id
    QString provider;     ///< "dashfi", "dinari"
    QString connection;   ///< the user's name for the connection, a label
    QString id;
    QString name;
    QString lastFour;
    State state = State::Open;
    QString rawState;                ///< what the provider said ("PAUSED")
    std::optional<Money> spendLimit; ///< none: no limit
    QString spendLimitPeriod;        ///< MONTHLY, TRANSACTION, FOREVER
    int category = -1;
    QString spendingFrequency; ///< single-use, recurring
    std::optional<Money> balance;
    QString currency = QStringLiteral("USD");
    QDateTime created;  ///< UTC
    QUrl embeddedUrl;   ///< a provider page that shows the number; not stored
    QString externalId; ///< ours, given when it was created (dash.fi), to find it again

    /// connection id/card id: unique across every connection, and kept across renames.
    QString key() const { return connectionId + u'/' + id; }
    static QString stateName(State state);
    /// What the cards hold, per currency: prepaid cards with a balance, not cancelled.
    static QMap<QString, Money> heldOnCards(const QList<Card> &cards);
    /// The one card created with `externalId`; null when none or several carry it.
    static const Card *byExternalId(const QList<Card> &cards, const QString &externalId);
};

/// Which cards to list: a part of the name (any case) and the exact last four digits;
/// an empty field does not narrow.
struct CardSearch
{
    QString name;
    QString lastFour;
    bool matches(const Card &card) const
    {
        return card.name.contains(name, Qt::CaseInsensitive) &&
               (lastFour.isEmpty() || card.lastFour == lastFour);
    }
    QList<Card> filter(const QList<Card> &cards) const
    {
        QList<Card> hits;
        std::copy_if(cards.cbegin(), cards.cend(), std::back_inserter(hits),
                     [this](const Card &c) { return matches(c); });
        return hits;
    }
};

/// What a user asks for when creating a card.
struct NewCard
{
    QString name;
    int category = 6;                                ///< dash.fi: "Other / General Expense"
    QString frequency = QStringLiteral("recurring"); ///< or single-use
    /// Ours, sent along so a card whose creation reply was lost can be found again.
    QString externalId;
};

/// A spending category dash.fi documents for new cards.
struct CardCategory
{
    int value;
    QString group; ///< "Ad Platform"
    QString name;  ///< "Facebook Ads"
    static const QList<CardCategory> &dashfi();
};

/// The spend-limit periods dash.fi documents; "NO-LIMIT" goes with an amount of 0.
namespace CardLimitPeriods {
const QStringList &dashfi();
/// A period in the user's words ("Per month (trailing)"); an unknown code as it came.
QString text(const QString &code);
} // namespace CardLimitPeriods

namespace CardFrequencies {
/// "recurring", "single-use" and "prepaid" in the user's words.
QString text(const QString &code);
} // namespace CardFrequencies

Q_DECLARE_METATYPE(Card)
