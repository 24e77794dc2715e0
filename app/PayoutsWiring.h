#pragma once

#include "Payout.h"

#include <QObject>

class QSettings;

#include <memory>

class ActionJournal;
class CardActions;
class Clock;
class JournalModel;
class MainWindow;
struct Preferences;
class PayoutController;
class ProviderRegistry;
class TeamPayoutSender;
class TeamSession;
struct JournalEntry;
struct PayoutRequest;

/**
 * The Payouts and Recipients pages wired to the providers: the journal every payout is
 * written to first, the controller that sends and settles them, quotes, recipients, and
 * what the journal tells the forms (fee rules, recent payouts). Without a journal nothing
 * may move money, and the forms say why.
 */
class PayoutsWiring final : public QObject
{
    Q_OBJECT

public:
    PayoutsWiring(MainWindow *window, CardActions *cardActions, JournalModel *journalModel,
                  ProviderRegistry *providers, const Clock &clock, QSettings *settings,
                  QObject *parent = nullptr);
    ~PayoutsWiring() override;

    /// Opens the journal in the local store; false (and payouts off) when it cannot.
    bool openJournal(const QString &storePath);
    /// Settles payouts left pending or unknown (a crash, a lost answer), once per session
    /// after the providers first answered.
    void reconcileOnce();
    PayoutController *controller() const { return m_payouts; }
    /// What the journal holds, newest first; empty without a journal.
    QList<JournalEntry> journalEntries() const;
    /// The journal's rows of a saved connection take its id and current name (a rename
    /// from `previousName`), so that its open payouts can still be settled.
    void adoptConnection(const QString &id, const QString &provider, const QString &name,
                         const QString &previousName = QString());
    /// What Preferences changed that applies at once: each provider's settling window.
    void applyPreferences(const Preferences &preferences);
    /// Who a connection can pay, for the payout forms and the Recipients page.
    void showRecipients(const QString &provider, const QString &connection,
                        const QList<Recipient> &recipients);
    /// While this desktop is logged in to a team, its payouts go through the team's
    /// journal and policy first.
    void setTeam(TeamSession *session);

signals:
    /// A payout, cancel or restriction changed what a connection holds: reload it.
    void connectionChanged(const QString &provider, const QString &connection);

private:
    /// Each form's fee estimate: the provider's last stated rule, else the contract's.
    void updateFeeRules();
    /// Logged in to a team: payouts go through its journal and policy.
    bool inTeam() const;
    void sendPayout(const PayoutRequest &request);
    void finished(const JournalEntry &entry);
    /// The journal table and each form's last known fee rule and recent payouts.
    void updateJournal();
    void quote(const PayoutRequest &request);
    void reloadRecipients(const QString &provider, const QString &connection);
    /// Asks for a new sub-account's name and opens it at the crypto connection.
    void openSubAccount(const QString &connection);
    /// The batches Dots has for a connection, for the batch form.
    void showSentBatches(const QString &connection);

    MainWindow *m_window;
    CardActions *m_cardActions;
    JournalModel *m_journalModel;
    ProviderRegistry *m_providers;
    const Clock &m_clock;
    QSettings *m_settings;
    std::unique_ptr<ActionJournal> m_journal;
    PayoutController *m_payouts = nullptr;
    TeamSession *m_team = nullptr;
    TeamPayoutSender *m_teamSender = nullptr;
    bool m_reconciled = false;
};
