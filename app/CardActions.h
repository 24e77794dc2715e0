#pragma once

#include "ActionJournal.h"
#include "Card.h"
#include "JournalAction.h"
#include "ProviderError.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

class CardsModel;
class TeamCardGate;
struct TeamCardAction;
class Provider;
class ProviderRegistry;

/**
 * What the Cards page asks of a card, carried to its provider: freeze, unfreeze, cancel,
 * spend limit, create. The row shows the action as pending until the provider answers,
 * then the new state, or the old one with the reason; a second request while one is
 * under way sends nothing.
 */
class CardActions final : public QObject
{
    Q_OBJECT

public:
    CardActions(CardsModel *cards, ProviderRegistry *providers, QObject *parent = nullptr);
    /// Where every action is recorded before it is sent (none: actions still work).
    void setJournal(ActionJournal *journal) { m_journal = journal; }
    /// In a team, unfreezing, limits and new cards are the team's to decide: the gate asks
    /// for them, and carryOut() does them once approved. Freezing never waits.
    void setGate(TeamCardGate *gate) { m_gate = gate; }
    /// An approved team action, journaled under its key; settled() says how it ended.
    void carryOut(const TeamCardAction &action);
    /// The cards an emergency freeze froze that are still frozen.
    QStringList frozenBy(const QString &emergencyId);

public slots:
    void setFrozen(const QStringList &cardKeys, bool frozen);
    /// Freezes the cards as one emergency freeze (`emergencyId`), which the journal keeps so
    /// that it can be undone.
    void emergencyFreeze(const QString &emergencyId, const QStringList &cardKeys);
    /// Unfreezes the cards that emergency freeze froze, and only those (not a card frozen
    /// before it); what was unfrozen or cancelled since is left alone.
    void undoEmergencyFreeze(const QString &emergencyId);
    /// Cancels (archives) a card for good; the page asked the user to confirm.
    void cancel(const QString &cardKey);
    void setLimit(const QString &cardKey, const std::optional<Money> &amount,
                  const QString &period);
    void create(const QString &provider, const QString &connection, const NewCard &request);

signals:
    /// Something to tell the user in the status bar.
    void message(const QString &text);
    /// Reloading a connection's cards failed.
    void failed(const QString &connection, const ProviderError &error);
    void journalChanged();
    /// An action carried out for the team ended: the journal's state for it.
    void settled(const QString &key, JournalEntry::State state, const QString &reference,
                 const QString &message);
    /// A card was created; its key, to select it.
    void created(const QString &cardKey);

private:
    /// The card's provider as a T, or nullptr with the reason on the card's row.
    template<typename T> T *providerFor(const QString &cardKey);
    /// The connection's cards read again.
    void reload(const QString &connection);
    /// Creates whose answer was lost, found in the connection's new list by our external id.
    void settleLostCreates(const QString &connectionId);
    /// One card read again.
    void reloadCard(const QString &connection, const QString &key);
    /// Journals an action as pending; its id, or 0 when it could not be journaled.
    qint64 record(const JournalAction &action, const QString &provider, const QString &connection,
                  const QString &target, const std::optional<Money> &amount = std::nullopt,
                  const QString &currency = QString(), const QJsonObject &request = {},
                  const QString &key = QString());
    qint64 record(const JournalAction &action, const Card &card,
                  const std::optional<Money> &amount = std::nullopt,
                  const QJsonObject &request = QJsonObject(), const QString &key = QString());
    /// Freezes or unfreezes each card, journaled with `request` and the card's key (a
    /// team action's own `key` for one card).
    void freeze(const QStringList &cardKeys, bool frozen, const QJsonObject &request,
                const QString &key = QString());
    void limit(const QString &cardKey, const std::optional<Money> &amount, const QString &period,
               const QString &key);
    void makeCard(const QString &provider, const QString &connection, const NewCard &request,
                  const QString &key);
    /// A team action that could not even start: nothing was sent.
    void notCarriedOut(const QString &key, const QString &reason);
    /// A card of an emergency freeze's undo was answered (or could not be sent); after the
    /// last one, the status bar says how the undo ended.
    void undoAnswered(const QString &cardKey, bool unfrozen);
    /// The provider's answer to a journaled action.
    void settle(qint64 id, const ProviderError *error, const QString &reference = QString());

    CardsModel *m_cards;
    ProviderRegistry *m_providers;
    ActionJournal *m_journal = nullptr;
    TeamCardGate *m_gate = nullptr;
    QHash<qint64, QString> m_teamKeys; ///< journal entries of team actions, by id
    struct Undo
    {
        int total = 0;
        QStringList failed;
    };
    QHash<QString, Undo> m_undos;     ///< emergency freezes being undone, by id
    QHash<QString, QString> m_undoOf; ///< their cards awaiting an answer: key -> id
};
