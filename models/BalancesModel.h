#pragma once

#include "Balance.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

/// Every balance of every connection; a connection that failed keeps its last good rows
/// and shows its error on them.
class BalancesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Provider,
        Connection,
        Account,
        Currency,
        Available,
        Pending,
        Status,
        ColumnCount
    };

    explicit BalancesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setConnectionBalances(const QString &provider, const QString &connection,
                               const QList<Balance> &balances);
    void setConnectionError(const QString &provider, const QString &connection,
                            const QString &message);
    const QList<Balance> &balances() const { return m_rows; }

private:
    struct ErrorRow
    {
        QString provider, connection, message;
    };
    QList<Balance> m_rows;
    QList<ErrorRow> m_errors; ///< connections with no good data yet, shown as their own rows
    QHash<QString, QString> m_staleReason; ///< provider/connection -> last error
};
