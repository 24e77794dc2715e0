#pragma once

#include "TeamPayout.h"

#include <QAbstractTableModel>

/**
 * The team journal as a table: every payout the team asked for, newest first, with who
 * asked, where it stands and how many approvals it has of how many it needs. Knows who
 * "me" is, to tell what waits for this person from what waits for others.
 */
class TeamPayoutsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Created,
        Maker,
        Method,
        Connection,
        Recipient,
        Amount,
        State,
        Approvals,
        Rules,
        ColumnCount
    };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        WaitsForMeRole,
        WaitsForOthersRole,
        ReadyToSendRole, ///< approved, not yet taken by any desktop for sending
        HeldRole,        ///< its new bank account or address still waits (an admin may lift it)
        HashRole         ///< the request's hash, which a decision on it names
    };

    explicit TeamPayoutsModel(QObject *parent = nullptr);

    /// `me` decides what waits for me, and only when `meApproves` (an approver or admin:
    /// a maker's or viewer's desktop has nothing waiting for it).
    void setPayouts(const QList<TeamPayout> &payouts, const QString &me, bool meApproves);
    const TeamPayout *payout(int row) const;
    /// Payouts awaiting this person's decision: asked by someone else, not yet decided by me.
    int waitingForMe() const;
    QString me() const { return m_me; }
    bool waitsForMe(const TeamPayout &p) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The state in the user's words: "Waiting for approval", "Sent", …
    static QString stateText(TeamPayout::State state);
    /// What was asked: the payout method, or the card action and its card.
    static QString methodText(const TeamPayout &payout);
    /// Everything a decision on `payout` is about, a fact a line, for the approve and
    /// reject dialogs: amount, method, connection, payee, who asked, rules, fingerprint.
    static QString details(const TeamPayout &payout);
    /// Row order for `column`: amounts exactly (Money::compare), times by value.
    bool lessThan(int column, int leftRow, int rightRow) const;

private:
    QList<TeamPayout> m_payouts;
    QString m_me;
    bool m_meApproves = false;
};
