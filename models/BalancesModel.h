#pragma once

#include "Balance.h"
#include "Card.h"
#include "ConnectionGaps.h"
#include "ConnectionRef.h"
#include "UsdValuation.h"

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
        UsdValue,
        Status,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< Money for amounts, text otherwise
        ProviderIdRole,
        BalanceRowRole, ///< index into balances(), -1 for a connection's error row
        ProblemRole,    ///< true where the connection's last refresh failed (error or stale)
    };

    explicit BalancesModel(QObject *parent = nullptr);

    /// A balance's status when its refresh went well: "As of <time>".
    static QString asOfText(const QDateTime &asOf);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Replaces the connection's rows; each is marked as the connection's. `gaps` says what
    /// the answer left out (the total and problems() say so).
    void setConnectionBalances(const ConnectionRef &connection, const QList<Balance> &balances,
                               const QStringList &gaps = {});
    /// `problem` false for what is no fault (a postpaid account has no balance): shown on
    /// its row, not among problems().
    void setConnectionError(const ConnectionRef &connection, const QString &message,
                            bool problem = true);
    const QList<Balance> &balances() const { return m_rows; }
    /// The rates that value non-USD balances; a currency without one shows "no rate".
    void setRates(const UsdRates &rates);
    const UsdValuation &valuation() const { return m_valuation; }
    void setStablecoinsAtPar(bool atPar);
    /// Connections whose provider reports no balance at all (Dots): the total says so.
    void setConnectionsWithoutBalances(const QList<ConnectionRef> &connections);
    /// The balances of prepaid cards (Dinari's), which the total lists apart.
    /// `gaps`: what the card lists left out, so the line says it may not be all.
    void setPrepaidCards(const QList<Card> &cards, const QList<ConnectionGaps::Gap> &gaps = {});
    /// The USD total, with what it leaves out: unpriced currencies, connections that never
    /// answered and ones that report no balance; and the stale ones it counts as last known.
    UsdValuation::Totals totals() const;
    /// Each connection whose last refresh failed, "Name: what went wrong", in full: those
    /// with no balances yet, and those whose last known ones are shown; and what answers
    /// read in part left out.
    QStringList problems() const;

signals:
    /// The total changed without the rows changing (prepaid cards).
    void totalsChanged();

private:
    /// The USD column of every row, after the valuation changed.
    void valuesChanged();

    struct ErrorRow
    {
        QString connectionId, provider, connection, message;
        bool problem = true;
    };
    QList<Balance> m_rows;
    QList<ErrorRow> m_errors; ///< connections with no good data yet, shown as their own rows
    QHash<QString, QString> m_staleReason; ///< connection id -> last error
    QList<ConnectionRef> m_withoutBalances;
    QMap<QString, Money> m_onCards; ///< currency -> what prepaid cards hold
    QStringList m_cardGaps;         ///< "Connection: gap", as the total lists them
    UsdValuation m_valuation;
    ConnectionGaps m_gaps;
};
