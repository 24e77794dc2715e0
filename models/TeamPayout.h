#pragma once

#include "ActionJournal.h"
#include "Money.h"
#include "Payout.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// One approver's decision on a team payout.
struct TeamDecision
{
    QString approver;
    bool approved = false;
    QString note;
    QDateTime at;
    QString signature; ///< over TeamSignatures::decisionStatement, base64
};

/// What the team's policy makes of a payout: how many approvals, by which rules, its USD
/// value (empty without a rate) and until when a new counterparty is held.
struct TeamVerdict
{
    int required = 0;
    QJsonArray reasons; ///< {rule, approvals, no_usd_rate, ...} per rule that applies
    QString usd;
    QDateTime heldUntil;
    /// The rules by the names the database gives them ("over 50,000 USD; daily total"),
    /// stable for scripts (treasuryctl); the window says them with TeamPolicy::reasonsText.
    QString rulesText() const;
};

/// Whom a payout pays, as the policy tells new from known: a bank account, a crypto
/// address, or a recipient the provider names (a Dots user, a wallet, a payee).
struct TeamCounterparty
{
    QString kind; ///< bank_account, address, wallet, recipient
    QString value;
    QString country; ///< ISO 3166 alpha-3, where the form has one
    static TeamCounterparty of(const PayoutRequest &request);
};

/// One payout in the team journal, as the database keeps it.
struct TeamPayout
{
    enum class State { AwaitingApproval, Approved, Rejected, Sending, Sent, Failed, Unknown };

    QString key;
    QString maker;
    QDateTime created;
    QDateTime updated;
    QString provider;
    QString connectionId;
    QString connection;
    QString method;
    Money amount;
    bool hasAmount = true; ///< false: a card action without one (unfreeze, no limit)
    QString currency;
    TeamCounterparty counterparty;
    QByteArray request;     ///< the filed document (TeamRequest), or an older row's JSON
    QString requestHash;    ///< SHA-256 of `request` in hex; empty for rows filed before documents
    QString recipient;      ///< whom it pays as the request names it (a label the maker chose)
    QString makerSignature; ///< over TeamSignatures::requestStatement; empty: never signed
    State state = State::AwaitingApproval;
    TeamVerdict verdict;
    QString owner;
    QString claimedBy;
    QDateTime leaseUntil;
    QString reference;
    QString message;
    QList<TeamDecision> decisions;

    int approvals() const;
    /// Whom it pays, for people: the recipient's name and what the money goes to (an
    /// account by its last four digits, "Sage Smith ····7890"; an address shortened).
    QString payee() const;
    /// The request's hash as people compare it: its first 16 hex digits in groups of 4.
    QString fingerprint() const;
    static QString stateName(State state);
    /// What the team journal records for an action the local journal left in `state`: a
    /// lost answer stays unknown for the team too.
    static State outcomeOf(JournalEntry::State state);
    static std::optional<State> stateFromName(const QString &name);
};
