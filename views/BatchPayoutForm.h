#pragma once

#include "PayoutBatch.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

/**
 * Dots batch payouts from a CSV file: a preview of every line with its problems (by
 * column) or warnings, the totals, "send valid lines only", one confirmation, then the
 * batch's progress until Dots has processed every item. The batch's key stays with the
 * loaded file, so a second click or a re-opened form sends nothing twice.
 */
class BatchPayoutForm final : public QWidget
{
    Q_OBJECT

public:
    explicit BatchPayoutForm(QWidget *parent = nullptr);

    void setConnections(const QStringList &names);
    /// Payouts already made, to warn about lines that repeat one.
    void setRecentPayouts(const QList<RecentPayout> &recent) { m_recent = recent; }
    /// A connection's Dots users, so that the preview names each line's payee.
    void setRecipients(const QString &connection, const QList<Recipient> &recipients);
    /// Reads and checks a file (the button asks for one).
    void loadFile(const QString &path);
    const PayoutBatch &batch() const { return m_batch; }
    QString key() const { return m_key; }
    void send();

public slots:
    void setProgress(const QString &batchKey, const PayoutBatchStatus &status);
    /// The batches Dots lists for the connection (sent from here or elsewhere), newest first.
    void showSentBatches(const QString &connection, const QList<PayoutBatchStatus> &batches);
    void settle(const QString &batchKey, bool accepted, const QString &message);

signals:
    /// The user wants to see the batches already at Dots.
    void sentBatchesRequested(const QString &connection);
    void batchRequested(const QString &connection, const QString &batchKey,
                        const QList<PayoutRequest> &items);

private:
    void showBatch();
    void updateSendable();

    PayoutBatch m_batch;
    QList<RecentPayout> m_recent;
    QString m_key;
    bool m_sent = false;
    QComboBox *m_connection;
    QLabel *m_file;
    QTableWidget *m_table;
    QLabel *m_totals;
    QCheckBox *m_validOnly;
    QCheckBox *m_leaveOutRepeats;
    QHash<QString, QHash<QString, Recipient>> m_users; ///< connection -> user id -> user
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_send;
    QTableWidget *m_sentBatches = nullptr;
};
