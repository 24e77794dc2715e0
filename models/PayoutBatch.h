#pragma once

#include "ActionJournal.h"
#include "Payout.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// One line of a batch payout file, checked.
struct BatchRow
{
    int line = 0; ///< in the file, header = 1
    QString userId;
    std::optional<Money> amount;
    QString platform;
    QStringList problems; ///< each names its column
    QString warning;      ///< e.g. the same payee and amount paid recently
    bool isValid() const { return problems.isEmpty(); }
};

/// A payout already made, to warn about one that repeats it.
struct RecentPayout
{
    QString userId;
    Money amount;
};

/// How far the provider has got with a batch.
struct PayoutBatchStatus
{
    QString id;
    QString status; ///< created, processing, paying_out, completed
    int total = 0;
    int processed = 0;
    int succeeded = 0;
    int failed = 0;
    QDateTime created;
    bool isDone() const { return status == QLatin1String("completed"); }
};
Q_DECLARE_METATYPE(PayoutBatchStatus)

/**
 * A Dots batch payout read from a CSV file the user picked: a header naming `user_id`
 * and `amount` (dollars, '.' decimals) and optionally `platform` (default, ach, paypal,
 * venmo), then one payout per line. Each line is checked on its own, with the column of
 * each problem; a line that repeats a recent payout (same payee and amount) or another
 * line of the file is warned about, not refused.
 */
class PayoutBatch final
{
public:
    static PayoutBatch fromCsv(const QByteArray &bytes, const QList<RecentPayout> &recent);

    /// Why the file as a whole cannot be used (empty, no header, missing column).
    QString error() const { return m_error; }
    const QList<BatchRow> &rows() const { return m_rows; }
    int validCount() const;
    int invalidCount() const { return int(m_rows.size()) - validCount(); }
    int warningCount() const;
    Money validTotal() const;
    /// Lines that repeat a recent payout or an earlier line (those with a warning) are left
    /// out of what is sent; the first of two equal lines stays.
    void setLeaveOutRepeats(bool leaveOut) { m_leaveOutRepeats = leaveOut; }
    bool leavesOutRepeats() const { return m_leaveOutRepeats; }
    /// Whether the line is sent: valid, and not a repeat being left out.
    bool isSent(const BatchRow &row) const
    {
        return row.isValid() && !(m_leaveOutRepeats && !row.warning.isEmpty());
    }
    int sentCount() const;
    Money sentTotal() const;
    /// One payout per line that is sent, each with its own new idempotency key.
    QList<PayoutRequest> requests(const QString &connection) const;

    /// What the journal keeps of a batch: every item with its key.
    static QByteArray toJournalJson(const QList<PayoutRequest> &items);
    static QList<PayoutRequest> fromJournalJson(const QByteArray &json);
    /// Dots payouts the journal has made (or may have made) since `since`, single or in a
    /// batch, for the repeat warnings.
    static QList<RecentPayout> recentPayouts(const QList<JournalEntry> &journal,
                                             const QDateTime &since);

    /// One record of a CSV file and the line of the file it starts on.
    struct CsvRecord
    {
        int line;
        QStringList cells;
    };
    /// RFC 4180 records (quotes, doubled quotes, CRLF or LF, a UTF-8 BOM), ',' or ';';
    /// blank lines are left out.
    static QList<CsvRecord> readCsv(const QByteArray &bytes);

private:
    QString m_error;
    bool m_leaveOutRepeats = false;
    QList<BatchRow> m_rows;
};
