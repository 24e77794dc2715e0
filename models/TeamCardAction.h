#pragma once

#include "Card.h"
#include "Money.h"

#include <QByteArray>
#include <QString>

#include <optional>

/**
 * A card action the team's policy decides on: unfreezing a card, a spend limit, a new
 * card (freezing never waits). Kept whole in the team journal, so that any desktop with
 * the connection can carry it out once it is approved.
 */
struct TeamCardAction
{
    enum class Kind { Unfreeze, Limit, Create };

    Kind kind = Kind::Unfreeze;
    QString key;                ///< the idempotency key, also the local journal's
    QString connection;         ///< the connection's name on the desktop that asked
    QString cardKey;            ///< CardsModel's key (connection id / card id); empty for Create
    QString cardLabel;          ///< "Ads ·4242", for people
    std::optional<Money> limit; ///< Limit: the new limit; none is no limit at all
    QString currency;
    QString period;        ///< Limit: the provider's period code
    NewCard card;          ///< Create: what to create
    QString emergencyUndo; ///< Unfreeze: the emergency freeze it undoes, if any

    /// What it is about, for people: the card's label, or the new card's name.
    QString subject() const { return kind == Kind::Create ? card.name : cardLabel; }
    /// "card.unfreeze", "card.limit" or "card.create", as the team journal names it.
    QString method() const;
    static std::optional<Kind> kindOf(const QString &method);
    /// The limit as the policy weighs it: none when the card is to have no limit at all
    /// (no amount, or dash.fi's "NO-LIMIT" period).
    std::optional<Money> policyLimit() const;
    QByteArray toJson() const;
    static std::optional<TeamCardAction> fromJson(const QByteArray &json);
};
