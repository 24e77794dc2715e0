#pragma once

#include "Card.h"
#include "ConnectionGaps.h"
#include "ConnectionRef.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

/// Every card of every connection, one row each, with the state of actions in progress.
class CardsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        LastFour,
        Provider,
        Connection,
        State,
        SpendLimit,
        Period,
        Frequency,
        Created,
        ColumnCount
    };
    enum Role { CardKeyRole = Qt::UserRole + 1, SortRole, StateRole, PendingRole, ErrorRole };

    explicit CardsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Replaces the cards of one connection; the others stay as they are. `gaps` says what
    /// the answer left out (gaps()).
    void setConnectionCards(const ConnectionRef &connection, const QList<Card> &cards,
                            const QStringList &gaps = {});
    /// What the connections' last answers left out.
    ConnectionGaps *gaps() { return &m_gaps; }
    /// The card under `key` as the provider now has it; its row keeps its place (and the
    /// selection).
    void updateCard(const QString &key, Card card);
    const Card *card(const QString &key) const;
    const Card &cardAt(int row) const { return m_cards.at(row); }
    const QList<Card> &cards() const { return m_cards; }
    /// An action is under way ("Freezing…"): the state shown waits for the provider.
    void setPending(const QString &key, const QString &label);
    /// The provider confirmed the new state.
    void confirmState(const QString &key, Card::State state);
    /// The action failed: the old state stays, with the reason on the row.
    void setError(const QString &key, const QString &message);
    bool isPending(const QString &key) const { return m_pending.contains(key); }
    /// Listed and frozen, as its provider last confirmed.
    bool isFrozen(const QString &key) const
    {
        const Card *c = card(key);
        return c && c->state == Card::State::Frozen;
    }
    /// Why the last action on the card failed; empty when it did not.
    QString errorOf(const QString &key) const { return m_errors.value(key); }

signals:
    /// A connection's list was replaced (setConnectionCards).
    void connectionLoaded(const QString &connectionId);

private:
    int rowOf(const QString &key) const;
    void rowChanged(int row);

    QList<Card> m_cards;
    QHash<QString, QString> m_pending;
    QHash<QString, QString> m_errors;
    ConnectionGaps m_gaps;
};
