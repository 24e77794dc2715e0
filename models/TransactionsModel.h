#pragma once

#include "Transaction.h"

#include <QAbstractTableModel>
#include <QList>

/// Every transaction of every connection. Rows are built only when a view asks for them.
class TransactionsModel final : public QAbstractTableModel
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
        Id,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit TransactionsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setConnectionTransactions(const QString &provider, const QString &connection,
                                   QList<Transaction> transactions);
    const Transaction &at(int row) const { return m_rows.at(row); }

private:
    QList<Transaction> m_rows;
};
