#pragma once

#include "Money.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

/// A payment card from any provider, normalized. Never holds a card number or CVV.
struct Card
{
    enum class State { Open, Frozen, Cancelled };

    QString provider;   ///< "dashfi", "dinari"
    QString connection; ///< the user's name for the connection
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
    QDateTime created; ///< UTC
    QUrl embeddedUrl;  ///< a provider page that shows the number; not stored

    /// provider/connection/id: unique across every connection.
    QString key() const { return provider + u'/' + connection + u'/' + id; }
    static QString stateName(State state);
};

Q_DECLARE_METATYPE(Card)
