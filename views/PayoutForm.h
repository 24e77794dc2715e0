#pragma once

#include "ActionJournal.h"
#include "Payout.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QWidget>

class AmountField;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class TeamRulesLine;

/**
 * One payout method's form: the provider's fields, checked as the user types with a
 * message under each field, the fee and the balance after, and Send enabled only when
 * everything is right. Send asks for a confirmation that repeats amount, currency,
 * recipient and method, then locks the form: the payout's idempotency key stays with it
 * until the journal says the payout failed (it may be corrected and sent) or the user
 * starts a new one, so a double click or a re-opened form cannot send it twice.
 */
class PayoutForm final : public QWidget
{
    Q_OBJECT

public:
    explicit PayoutForm(PayoutMethod method, QWidget *parent = nullptr);

    PayoutMethod method() const { return m_method; }
    QString key() const { return m_key; }
    void setConnections(const QStringList &names);
    void setFeeRule(const QString &connection, const FeeRule &rule,
                    FeeSource source = FeeSource::Stated);
    /// Whom the connection can pay, for a recipient picker (Dots users).
    void setRecipients(const QString &connection, const QList<Recipient> &recipients);
    /// A balance as last read: the connection's own, or (`recipient`) a customer's wallet.
    void setBalance(const QString &connection, const QString &currency, const Money &balance,
                    const QString &recipient = QString());
    /// The currencies a connection can send, for methods whose currency varies (crypto).
    void setCurrencies(const QString &connection, const QStringList &currencies);
    /// The provider's quote for this form's payout; ignored when the form has changed since.
    void setQuote(const PayoutQuote &quote);
    /// What the team's policy makes of `askedFor` (team mode only).
    void setTeamRules(const PayoutRequest &askedFor, const QString &text);
    /// What the form holds now, with its key.
    PayoutRequest request() const;
    bool isValid() const;
    /// The journal's word on this form's payout.
    void settle(const JournalEntry &entry);
    /// The payout was not taken (nothing was sent): the form can be changed and sent.
    void reject(const QString &reason);
    /// Journaled elsewhere (the team's journal), not sent: stays as it was asked.
    void hold(const QString &text);
    /// Asks for the confirmation, then sends.
    void send();
    /// Clears the form for a new payout with a new key.
    void startNew();

signals:
    void sendRequested(const PayoutRequest &request);
    /// DART: stop a customer's trade scripts for `hours` (asked and confirmed).
    void restrictRequested(const QString &connection, const QString &customer, int hours);
    /// The form needs the provider's word (fee, minimum, address) before it can send.
    void quoteRequested(const PayoutRequest &request);
    /// In a team: which rules apply to what the form holds, and how many approvals.
    void teamRulesRequested(const PayoutRequest &request);
    /// Open a sub-account (a crypto wallet) at this connection, asked in a dialog.
    void subAccountRequested(const QString &connection);

private:
    void showRecipients();
    void askRestriction();
    void showCurrencies();
    /// What a quote is for: the fields that change it.
    QString quoteFingerprint(const PayoutRequest &r) const;
    bool hasCurrentQuote(const PayoutRequest &r) const;
    void revalidate();
    void setLocked(bool locked);
    QString confirmationText(const PayoutRequest &r) const;
    std::optional<Money> feeEstimate(const PayoutRequest &r) const;
    /// The balance the payout is reckoned from: as last read, or as read when it was sent.
    std::optional<Money> balanceBefore(const PayoutRequest &r) const;
    /// The DART customer's wallet as read before the payout (BalanceAfterText).
    std::optional<Money> walletBefore(const PayoutRequest &r) const;

    PayoutMethod m_method;
    QString m_key;
    bool m_locked = false;
    QMap<PayoutField, QWidget *> m_editors;
    QMap<PayoutField, QLabel *> m_errors;
    QSet<PayoutField> m_touched;
    QComboBox *m_connection;
    AmountField *m_amount;
    QLabel *m_fee;
    QLabel *m_balanceAfter;
    QLabel *m_status;
    TeamRulesLine *m_teamRules = nullptr;
    QPushButton *m_send;
    QPushButton *m_new;
    bool m_amountTouched = false;
    QHash<QString, FeeRule> m_feeRules;
    QHash<QString, FeeSource> m_feeSources;
    QHash<QString, Money> m_balances;
    std::optional<Money> m_sentFrom;     ///< balanceBefore while the form is locked
    std::optional<Money> m_sentToWallet; ///< walletBefore while the form is locked
    QHash<QString, QList<Recipient>> m_recipients;
    QHash<QString, QStringList> m_currencies;
    QComboBox *m_currency = nullptr;        ///< for methods whose currency varies
    QPushButton *m_newSubAccount = nullptr; ///< transfers to a sub-account only
    QTimer *m_quoteTimer = nullptr;
    QString m_quoteAskedFor;
    std::optional<PayoutQuote> m_quote;
    QString m_quoteFor;
};
