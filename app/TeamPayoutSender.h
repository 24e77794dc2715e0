#pragma once

#include "Payout.h"

#include <QHash>
#include <QObject>
#include <QSet>

class PayoutController;
class ProviderRegistry;
class TeamSession;
struct JournalEntry;

/**
 * A payout sent from this desktop while it is connected to a team: journaled for the
 * team first; what the policy holds waits for approvals, what it approves is claimed
 * (so that no colleague's desktop sends it too) and sent through the local journal, and
 * its outcome, lost answers included, goes back to the team journal.
 */
class TeamPayoutSender final : public QObject
{
    Q_OBJECT

public:
    TeamPayoutSender(TeamSession *session, PayoutController *payouts, ProviderRegistry *providers,
                     QObject *parent = nullptr);

    void send(const PayoutRequest &request);

signals:
    /// In the team journal, not sent: waiting for approvals or a colleague's desktop.
    void held(const QString &key, const QString &text);
    /// Nothing was journaled or sent; the form may be corrected and sent again.
    void rejected(const QString &key, const QString &reason);
    /// Sent, but the team journal could not record the outcome.
    void problem(const QString &text);

private:
    void requested(const QString &key, bool approved, int required, const QString &rules,
                   const QDateTime &heldUntil, const QString &error);
    void claimed(const QString &key, bool ok, const QString &error);
    void finished(const JournalEntry &entry);
    void notSent(const QString &key, const QString &reason);
    void recorded(const QString &key, const QString &error);

    TeamSession *m_session;
    PayoutController *m_payouts;
    ProviderRegistry *m_providers;
    QHash<QString, PayoutRequest> m_asked; ///< journaled for the team, not yet sent
    QSet<QString> m_sending;               ///< claimed here, handed to the controller
};
