#pragma once

#include "ActionJournal.h"

#include <QAbstractTableModel>
#include <QIODevice>

/// The audit journal as a table, newest first, for the Payouts page and its exports.
class JournalModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Time,
        User,
        Connection,
        Action,
        Target,
        Amount,
        Currency,
        Fee, ///< the fee the provider charged, with its currency when it is another
        State,
        Reference,
        Message,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<JournalEntry> &entries);
    const QList<JournalEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Writes the given rows (all when empty) as RFC 4180 CSV: ISO 8601 UTC times, amounts
    /// with '.', spreadsheet formulas neutralized; the fee's currency in a column of its own
    /// after the fee. False with the device's error.
    bool writeCsv(QIODevice *device, const QList<int> &rows, QString *error) const;
    /// The same rows as an Excel workbook: times as date cells (UTC), amounts as numbers.
    bool writeXlsx(const QString &path, const QList<int> &rows, QString *error) const;
    static QString stateText(JournalEntry::State state);
    /// The state in one vocabulary: a payout's by the provider's last word on it
    /// ("Accepted, under way", "Paid out", "Cancelled"), the raw word left to the tooltip.
    static QString stateText(const JournalEntry &entry);
    /// "Payout: ACH bank transfer", "Freeze card", ...
    static QString actionText(const JournalAction &action);

private:
    QList<JournalEntry> m_entries;
};
