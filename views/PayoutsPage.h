#pragma once

#include "ViewContext.h"

#include "ActionJournal.h"
#include "Payout.h"
#include "PayoutBatch.h"

#include <QWidget>

class BatchPayoutForm;
class JournalModel;
class PayoutForm;
class QLineEdit;
class QListWidget;
class QSortFilterProxyModel;
class QStackedWidget;
class QPushButton;
class QTableView;

/**
 * Payouts: the methods on the left, the chosen method's form beside them, and the audit
 * journal of every action that moved money or changed a card below, searchable and
 * exportable to CSV.
 */
class PayoutsPage final : public QWidget
{
    Q_OBJECT

public:
    PayoutsPage(JournalModel *journal, const ViewContext &context, QWidget *parent = nullptr);

    PayoutForm *form(PayoutMethod method) const;
    BatchPayoutForm *batchForm() const { return m_batch; }
    /// Shows the batch payouts form.
    void showBatch();
    void setRecentPayouts(const QList<RecentPayout> &recent);
    void showMethod(PayoutMethod method);
    /// The connections that can send `method`.
    void setConnections(PayoutMethod method, const QStringList &names);
    /// The connections that can send batch payouts.
    void setBatchConnections(const QStringList &names);
    void setFeeRule(PayoutMethod method, const QString &connection, const FeeRule &rule,
                    FeeSource source = FeeSource::Stated);
    /// What a connection holds and may pay from, for every form that offers it; with
    /// `recipient`, what one of its customers holds (DART's wallets).
    void setBalance(const QString &connection, const QString &currency, const Money &balance,
                    const QString &recipient = QString());
    void setCurrencies(const QString &connection, const QStringList &currencies);
    void setRecipients(const QString &connection, const QList<Recipient> &recipients);
    QTableView *journalTable() const { return m_table; }
    void focusSearch();

public slots:
    void settle(const JournalEntry &entry);
    void reject(const QString &key, const QString &reason);
    /// The payout is in the team journal and not sent (waiting for approvals).
    void hold(const QString &key, const QString &text);
    void setQuote(const PayoutQuote &quote);
    /// What the team's policy makes of a form's payout (the form with its key).
    void setTeamRules(const PayoutRequest &askedFor, const QString &text);
    void setBatchProgress(const QString &batchKey, const PayoutBatchStatus &status);
    void setSentBatches(const QString &connection, const QList<PayoutBatchStatus> &batches);
    /// Asks for a file and writes the journal rows shown (or selected) to it.
    void exportJournal();
    /// Asks to cancel the payout of the selected journal row.
    void cancelSelected();
    void checkSelectedAgain();
    void markSelectedNotSent();
    /// The selected payout link's URL to the clipboard, to send to its payee.
    void copySelectedLink();
    /// Asks, then unfreezes the cards the selected emergency freeze froze.
    void undoSelectedEmergencyFreeze();
    std::optional<JournalEntry> selectedEntry() const;

signals:
    void sendRequested(const PayoutRequest &request);
    void reconcileRequested();
    void quoteRequested(const PayoutRequest &request);
    void teamRulesRequested(const PayoutRequest &request);
    void restrictRequested(const QString &connection, const QString &customer, int hours);
    void subAccountRequested(const QString &connection);
    void sentBatchesRequested(const QString &connection);
    /// The user confirmed cancelling a sent payout (a journal row).
    void cancelRequested(const JournalEntry &payout);
    /// Look for an open payout in its provider's records now.
    void checkAgainRequested(const QString &key);
    /// The user confirmed that a payout not found after its settling window was not sent.
    void markNotSentRequested(const QString &key);
    void batchRequested(const QString &connection, const QString &batchKey,
                        const QList<PayoutRequest> &items);
    void message(const QString &text);
    void undoEmergencyFreezeRequested(const QString &emergencyId);

private:
    QList<PayoutForm *> m_forms;
    BatchPayoutForm *m_batch;
    QListWidget *m_methods;
    QStackedWidget *m_stack;
    QLineEdit *m_search;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QPushButton *m_copyLink;
    QPushButton *m_undoEmergency;
};
