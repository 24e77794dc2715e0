#pragma once

#include "ConnectionGaps.h"
#include "Transaction.h"
#include "TransactionTable.h"

#include "ConnectionRef.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>
#include <memory>

/**
 * Every transaction of every connection over one compact TransactionTable. Cells are
 * built only when a view asks for them. The table is shared copy-on-write, so an export
 * running in another thread keeps reading the rows it started with while a refresh adds
 * new ones here.
 */
class TransactionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Date,
        Provider,
        Connection,
        Description,
        Card,
        Status,
        Direction,
        Amount,
        Currency,
        Fee,
        Id,
        ColumnCount
    };
    enum Role { RawJsonRole = Qt::UserRole + 1 };

    /// Reads one transaction's raw JSON from wherever it is kept (the store).
    using RawLoader = std::function<QByteArray(const QString &connectionId, const QString &id)>;

    explicit TransactionsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Replaces everything, e.g. with the history just loaded from the store.
    void setTable(std::shared_ptr<TransactionTable> table);
    /// Adds a connection's new transactions and replaces the ones it sent again; each is
    /// marked as the connection's. `gaps` says what the answer left out (gaps()).
    void mergeConnection(const ConnectionRef &connection, QList<Transaction> transactions,
                         const QStringList &gaps = {});
    /// What the connections' last answers left out: the totals are not the whole story.
    ConnectionGaps *gaps() { return &m_gaps; }
    const TransactionTable &rows() const { return *m_table; }
    /// Changes whenever rows() becomes another table object (reset, copy on write), so
    /// anything holding indexes into its shared text knows to rebuild.
    quint64 tableGeneration() const { return m_generation; }
    std::shared_ptr<const TransactionTable> snapshot() const { return m_table; }
    Transaction at(int row) const { return m_table->at(row); }

    void setRawLoader(RawLoader loader) { m_rawLoader = std::move(loader); }
    QByteArray rawRecord(int row) const;
    /// The normalized status in words, as the Status column and its filter show it.
    static QString statusWord(Transaction::Status status);
    /// Whether the provider's own word for a state says more than ours (is worth showing).
    static bool providerWordAddsTo(Transaction::Status status, const QString &raw);

private:
    /// "The provider's word: INITIATED" where it says more than ours, else empty.
    QString statusText(int row) const;

    std::shared_ptr<TransactionTable> m_table;
    RawLoader m_rawLoader;
    quint64 m_generation = 0;
    ConnectionGaps m_gaps;
};
