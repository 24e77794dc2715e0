#pragma once

#include "ActionJournal.h"
#include "Card.h"
#include "TeamCardAction.h"
#include "TeamPayout.h"

#include <QHash>
#include <QObject>
#include <QSet>

class CardActions;
class CardsModel;
class ProviderRegistry;
class TeamSession;

/**
 * Card actions while this desktop is in a team: unfreezing, a spend limit and a new card
 * are journaled for the team first and follow its policy, as payouts do (freezing never
 * waits: it is the safe direction). What the policy approves at once, or a colleague
 * approves later (release()), is claimed so that no other desktop carries it out too,
 * done through CardActions, and its outcome goes back to the team journal.
 */
class TeamCardGate final : public QObject
{
    Q_OBJECT

public:
    TeamCardGate(TeamSession *session, CardActions *actions, CardsModel *cards,
                 ProviderRegistry *providers, QObject *parent = nullptr);

    /// Who this copy of the app is in the team journal's claims.
    void setOwner(const QString &owner) { m_owner = owner; }
    /// Each false when not in a team (the action is done at once, as without one); true
    /// when it was asked of the team.
    bool unfreeze(const QStringList &cardKeys, const QString &emergencyUndo);
    bool setLimit(const QString &cardKey, const std::optional<Money> &amount,
                  const QString &period);
    bool create(const QString &connection, const NewCard &request);
    /// Carries out a card action the team approved after it was asked for.
    void release(const TeamPayout &payout);

signals:
    /// For the status bar: what the team made of an action.
    void message(const QString &text);
    /// What became of a release(), for the Approvals page.
    void released(const QString &key, const QString &text);

private:
    bool inTeam() const;
    /// An action on one of the cards shown, with what the team journal keeps of the card.
    static TeamCardAction forCard(TeamCardAction::Kind kind, const QString &cardKey,
                                  const Card &card);
    void ask(const TeamCardAction &action);
    void requested(const QString &key, bool approved, int required, const QString &rules,
                   const QDateTime &heldUntil, const QString &error);
    void claimed(const QString &key, bool ok, const QString &error, const QByteArray &document);
    void settled(const QString &key, JournalEntry::State state, const QString &reference,
                 const QString &text);
    /// To the Approvals page for a release, to the status bar otherwise.
    void tell(const QString &key, const QString &text);

    TeamSession *m_session;
    CardActions *m_actions;
    CardsModel *m_cards;
    ProviderRegistry *m_providers;
    QString m_owner;
    QHash<QString, TeamCardAction> m_asked; ///< journaled for the team, not yet carried out
    QHash<QString, QString> m_expected;     ///< the hash of the request asked for or approved
    QHash<QString, QString> m_doing;        ///< claimed here, handed to CardActions: its card
    QSet<QString> m_releasing;              ///< asked for from the Approvals page
};
