#pragma once

#include "Payout.h"
#include "TeamPayout.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

class ActionJournal;
class PayoutController;
class ProviderRegistry;
class TeamSession;
struct JournalEntry;

/**
 * A payout sent from this desktop while it is connected to a team: journaled for the
 * team first; what the policy holds waits for approvals, what it approves is claimed
 * (so that no colleague's desktop sends it too) and sent through the local journal, and
 * its outcome, lost answers included, goes back to the team journal.
 *
 * A payout this desktop's journal holds but the team still shows in flight (the app
 * stopped before the team heard the outcome) is taken back, once its old lease ran out,
 * and the local journal's outcome, or its reconcile, is recorded for the team. One that a
 * colleague's desktop left in flight (it stopped, and its lease ran out) is taken over
 * as unknown: journaled here and checked against the provider's records, never sent again;
 * not finding it there is not proof it was not sent.
 */
class TeamPayoutSender final : public QObject
{
    Q_OBJECT

public:
    TeamPayoutSender(TeamSession *session, PayoutController *payouts, ActionJournal *journal,
                     ProviderRegistry *providers, QObject *parent = nullptr);

    void send(const PayoutRequest &request);
    /// Asks what the policy would make of a form's payout (rulesPreviewed()).
    void preview(const PayoutRequest &request);
    /// Sends a team payout approved after it was asked for (claimed first, so once).
    void release(const TeamPayout &payout);

signals:
    /// In the team journal, not sent: waiting for approvals or a colleague's desktop.
    void held(const QString &key, const QString &text);
    /// Nothing was journaled or sent; the form may be corrected and sent again.
    void rejected(const QString &key, const QString &reason);
    /// What became of a release(): sent, not sent and why, or its answer lost.
    void released(const QString &key, const QString &text);
    /// The rules that apply to `request` and the approvals it needs, in a sentence.
    void rulesPreviewed(const PayoutRequest &request, const QString &text);
    /// Sent, but the team journal could not record the outcome.
    void problem(const QString &text);

private:
    void requested(const QString &key, bool approved, int required, const QString &rules,
                   const QDateTime &heldUntil, const QString &error);
    void previewed(const PayoutRequest &request, int required, const QString &rules,
                   const QDateTime &heldUntil, const QString &error);
    void claimed(const QString &key, bool ok, const QString &error, const QByteArray &document);
    /// The request a claim handed over, when it is the one asked for or approved (its hash
    /// is `expected`); nullopt, and the team told that nothing was sent, otherwise.
    std::optional<PayoutRequest> verified(const QString &key, const QString &expected,
                                          const QByteArray &document);
    void finished(const JournalEntry &entry);
    void notSent(const QString &key, const QString &reason);
    void recorded(const QString &key, const QString &error);
    /// Takes back what the local journal has and the team shows in flight for no one.
    void adopt(const QList<TeamPayout> &payouts);
    void renewed(const QString &key, bool ok);
    void renewLeases();
    /// Journals a payout taken over from a colleague's desktop as unknown, then checks it.
    void takeOver(const TeamPayout &payout);
    /// Tells whoever asked: the Approvals page for a release, the form otherwise.
    void notSentHere(const QString &key, const QString &text);

    TeamSession *m_session;
    PayoutController *m_payouts;
    ActionJournal *m_journal;
    ProviderRegistry *m_providers;
    QHash<QString, QString> m_asked;      ///< journaled for the team, not yet sent: its hash
    QSet<QString> m_sending;              ///< claimed here, handed to the controller
    QSet<QString> m_releasing;            ///< asked for from the Approvals page
    QSet<QString> m_adopting;             ///< taking back from a previous run
    QHash<QString, TeamPayout> m_orphans; ///< taking over from a colleague's desktop
    QTimer m_leases;
};
