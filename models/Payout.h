#pragma once

#include "Money.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

/// The payout methods the app offers; each is sent by one provider.
enum class PayoutMethod {
    DinariAch,
    DinariSwift,
    DinariZelle,
    DinariVirtualCard,
    DotsPayout,       ///< to a Dots user, by ACH, PayPal, Venmo or their default
    DotsPayoutLink,   ///< a link the payee opens to choose how to be paid
    CryptoWithdrawal, ///< from the gateway's master account to an address
    DartTransfer,     ///< USDC to a DART customer's main wallet
    CryptoToSub,      ///< master account to a sub-account (wallet)
    CryptoToMaster,   ///< a sub-account back to the master account
    DotsTransfer,     ///< the app's Dots wallet to a Dots user's wallet
};

/// What a payout form collects, in the app's words; each provider maps them to its own
/// parameters, so nothing here knows a provider's field names.
enum class PayoutField {
    RecipientName,
    Email,
    ZelleAddress,
    BankAccount,
    BankRouting, ///< ABA routing number (ACH) or BIC (SWIFT)
    Street1,
    Street2,
    City,
    Region,
    PostalCode,
    Country, ///< ISO 3166 alpha-3
    BankName,
    BankStreet1,
    BankStreet2,
    BankCity,
    BankRegion,
    BankCountry, ///< ISO 3166 alpha-3
    RecipientAccountId,
    Description,  ///< the recipient sees it
    AdminNote,    ///< only the company's own managers see it
    DotsUser,     ///< a Dots user id
    Platform,     ///< default, ach, paypal, venmo
    Payee,        ///< phone or email a payout link goes to
    Delivery,     ///< sms, email, link, all
    Message,      ///< the text sent with a payout link
    Memo,         ///< shown at the top of a payout link
    Address,      ///< a blockchain address
    DartCustomer, ///< a DART user name
    Wallet,       ///< a crypto gateway sub-account's wallet id
};

/// One field of a method's form.
struct PayoutFieldSpec
{
    PayoutField field;
    bool required;
    int maxLength;
};

/// One payout as the user asked for it.
struct PayoutRequest
{
    PayoutMethod method = PayoutMethod::DinariAch;
    QString connection;
    Money amount;
    QString currency;
    QMap<PayoutField, QString> fields;
    /// How the form named the recipient when it is an id (a Dots user): display only.
    QString recipientLabel;
    /// Set before the journal entry is written, and sent where the provider takes one.
    QString idempotencyKey;
    /// What the provider's records showed just before sending (DART: the customer's USDC
    /// balance), kept in the journal to settle a lost answer where there is no list.
    QString anchor;

    QString value(PayoutField f) const { return fields.value(f).trimmed(); }
    /// Who receives it, for confirmations and the journal.
    QString recipient() const;
    enum class AccountNumbers { Masked, Whole };
    /// What the journal keeps to reconcile it: method, connection, amount and fields,
    /// account numbers cut to their last four digits unless the team journal needs them
    /// whole, to send it from another desktop.
    QByteArray toJournalJson(AccountNumbers accounts = AccountNumbers::Masked) const;
    /// An account number with all but its last four digits hidden.
    static QString maskedAccount(const QString &number);
    static std::optional<PayoutRequest> fromJournalJson(const QByteArray &json);
};

class QLocale;

/// Where a fee estimate comes from: the provider's word on our last payout of the method,
/// or the fee the connection's settings give from the provider's contract.
enum class FeeSource { Stated, Contract };

/// A provider's fee rule as it stated it: a fixed part plus a percentage of the amount.
struct FeeRule
{
    Money fixed;
    Money percent; ///< 2.5 means 2.5 %
    /// The fee for `amount`, rounded half-even to `scale`.
    std::optional<Money> feeFor(const Money &amount, int scale) const;
    QString toText() const;
    static std::optional<FeeRule> fromText(const QString &text);
    /// "5.00 + 2.5 %" as a person writes it with `locale`'s marks (either part may be 0);
    /// nullopt for anything else, which is never guessed at.
    static std::optional<FeeRule> read(const QString &text, const QLocale &locale);
    QString toLocaleText(const QLocale &locale) const;
    /// The connection setting that holds a method's fee from the provider's contract
    /// ("fee.dinari.ach"), for the estimate before the provider has stated one.
    static QString settingKey(PayoutMethod method);
};

/// What the provider answered when it accepted a payout.
struct PayoutReceipt
{
    QString reference; ///< the provider's transaction id
    QString rawStatus;
    std::optional<Money> fee;
    QString feeCurrency; ///< empty: the payout's own currency
    std::optional<FeeRule> feeRule;
    std::optional<Money> balanceAfter;
    QDateTime created;
    QString url; ///< a payout link's address, for the payee
    /// What the provider follows it by when not its id (a Dots payout link's flow).
    QString tracking;
};

/// What the provider says a payout would cost before it is sent (the crypto gateway's
/// estimate), and what it finds wrong with it (an address, an amount under its minimum).
struct PayoutQuote
{
    QString key; ///< the form's idempotency key when it asked
    std::optional<Money> fee;
    std::optional<Money> arrives; ///< what the recipient receives
    std::optional<Money> minimum;
    std::optional<Money> networkFee; ///< the part of the fee the network takes
    QMap<PayoutField, QString> problems;
    QString amountProblem;
    bool isAcceptable() const { return problems.isEmpty() && amountProblem.isEmpty(); }
};

/// A sent payout's status as the provider reports it now.
struct PayoutState
{
    QString reference;
    QString rawStatus;
    QString chainReference; ///< a crypto transaction hash, once on chain
    QDateTime updated;
    QStringList stepsDone; ///< a payout link's steps the payee has taken, in its words

    /// Where a provider's status word puts a sent payout, in one vocabulary for all.
    enum class Progress {
        Unstated,  ///< no word, or one we do not know: accepted, nothing more said
        UnderWay,  ///< pending, processing, initiated…: asking again later can tell more
        Completed, ///< paid out
        Cancelled, ///< called back before it was paid
        Failed     ///< refused, returned or reversed after it was accepted
    };
    static Progress progressOf(const QString &rawStatus);
    static bool isUnderWay(const QString &rawStatus)
    {
        return progressOf(rawStatus) == Progress::UnderWay;
    }
};

/// A currency a provider pays out in, with its limits where it states them.
struct PayoutCurrency
{
    QString code;
    QString name;
    QString network; ///< a crypto currency's blockchain
    std::optional<Money> minimum;
    std::optional<Money> maximum;
};

/// Someone a provider can pay (a Dots user, a DART customer), for the forms' pickers.
struct Recipient
{
    QString id;
    QString name;
    QString detail; ///< email or phone, to tell namesakes apart
};

namespace PayoutMethods {
const QList<PayoutMethod> &all();
/// "ACH", "SWIFT", ... for people.
QString name(PayoutMethod method);
/// The provider id that sends it ("dinari").
QString provider(PayoutMethod method);
/// A stable key for the journal and settings ("dinari.ach").
QString key(PayoutMethod method);
std::optional<PayoutMethod> fromKey(const QString &key);
/// The currencies the method sends; empty when the connection says (crypto).
QStringList currencies(PayoutMethod method);
/// True when the provider must quote a payout (fee, minimum, address) before it is sent.
bool needsQuote(PayoutMethod method);
/// The form's fields, in order.
QList<PayoutFieldSpec> fields(PayoutMethod method);
/// The values a field may take (a platform, a delivery), empty for free text.
QStringList choices(PayoutField field);
/// A choice's text for people ("PayPal", "Text message").
QString choiceText(PayoutField field, const QString &value);
/// A field's label for people.
QString label(PayoutField field);
/// A field's label in one method's form (a SWIFT wire's bank code is its BIC).
QString label(PayoutField field, PayoutMethod method);
QString fieldKey(PayoutField field);
std::optional<PayoutField> fieldFromKey(const QString &key);
} // namespace PayoutMethods
