#pragma once

#include "Money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

/// One rule of a team's policy: a payout it applies to needs this many approvals. Every
/// condition left empty applies to all payouts.
struct PolicyRule
{
    QString name;
    QString provider;               ///< "dinari"; empty for any
    QString connection;             ///< a connection's id; empty for any
    QString method;                 ///< PayoutMethods::key ("dinari.swift"); empty for any
    QString currency;               ///< "EUR"; empty for any
    std::optional<Money> minAmount; ///< above this, in the payout's currency
    std::optional<Money> minUsd;    ///< above this, valued in USD at the policy's rates
    bool newCounterparty = false;   ///< only to a counterparty never paid before
    bool newCountry = false;        ///< only to a country never paid before
    int approvals = 1;
    QJsonObject other; ///< keys this version does not edit, kept as they were

    /// The conditions in the reader's language: "over 25,000.00 USD · to a new
    /// counterparty"; "any payout" when there are none.
    QString conditions() const;
    /// The name a team gave it; empty for a rule a new team starts with, whose English
    /// name the database wrote and whose conditions say the same in every language.
    QString givenName() const;
    /// The same conditions and approvals (names and other keys aside).
    bool sameRuleAs(const PolicyRule &other) const;
    /// One rule of the policy document (or a reason's conditions).
    static PolicyRule fromJson(const QJsonObject &rule);
};

/**
 * The team's policy document (td.policy) as a form edits it: the rules, the daily total
 * per person, the hold on new counterparties, the card actions that wait for approval and
 * the USD rates. Reading and writing it back keeps every key it does not know, so that an
 * older desktop never drops what a newer one set.
 */
class TeamPolicy
{
    Q_DECLARE_TR_FUNCTIONS(TeamPolicy)

public:
    QList<PolicyRule> rules;
    std::optional<Money> dailyLimitUsd; ///< none: no daily total
    int dailyApprovals = 1;
    int holdHours = 24;
    int unfreezeApprovals = 0;       ///< 0: unfreezing a card never waits
    int createApprovals = 0;         ///< a new card
    int limitRaiseApprovals = 0;     ///< a card limit above the last one the team set
    QMap<QString, QString> usdRates; ///< currency -> USD per unit, as the admin wrote it
    QJsonObject other;

    static TeamPolicy fromJson(const QJsonObject &doc);
    QJsonObject toJson() const;
    /// The policy in sentences, one per line, for the Team dialog.
    QStringList lines() const;
    /// Why the form cannot be proposed as it is (a rate that is not a number), or empty.
    QString problem() const;

    /// Why the policy asks for approval, in the reader's language: one reason as the
    /// database gives it ({rule, conditions, approvals, limit_usd, no_usd_rate}).
    static QString reasonText(const QJsonObject &reason);
    /// All of them in a line: "over 50,000.00 USD; a person's daily total above …".
    static QString reasonsText(const QJsonArray &reasons);
};
