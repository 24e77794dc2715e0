#pragma once

#include "EmergencyFreeze.h"

#include <QStringList>
#include <QToolButton>

class CardsModel;
class JournalModel;
class QLabel;
class QMenu;

/**
 * The Cards page's "Emergency freeze" menu: freeze every open card of everything, a
 * provider or a connection as one batch, with progress, a summary and a retry for what
 * failed; and undo a recent emergency freeze for the cards it froze that are still frozen.
 * The line beside it always says what is true of the cards now.
 */
class EmergencyFreezeButton final : public QToolButton
{
    Q_OBJECT

public:
    EmergencyFreezeButton(CardsModel *cards, QLabel *progress, QWidget *parent = nullptr);
    /// Where past emergency freezes are found, for their undo.
    void setJournal(const JournalModel *journal) { m_journal = journal; }

    /// Keys of the open cards an emergency freeze of this scope would freeze.
    QStringList openCards(const QString &provider, const QString &connection) const;
    /// Asks for confirmation, then freezes the cards as one batch with a summary.
    void freeze(const QStringList &keys, const QString &scope);
    /// Asks for confirmation, then unfreezes the cards that emergency freeze froze.
    void undo(const QString &emergencyId);
    /// The emergency freezes an undo would still unfreeze a card of, newest first.
    QList<EmergencyFreeze> undoable() const;
    /// The question before an undo (here and in the journal); true to go ahead.
    static bool askUndo(QWidget *parent, const EmergencyFreeze &freeze, int stillFrozen);

signals:
    /// One emergency freeze, retries included, under one id the journal keeps for its undo.
    void freezeRequested(const QString &emergencyId, const QStringList &cardKeys);
    void undoRequested(const QString &emergencyId);

private:
    void fillMenu();
    /// The line beside the button, from the cards' states now.
    void updateProgress();
    void showSummary(const QStringList &failed, int total);

    CardsModel *m_cards;
    const JournalModel *m_journal = nullptr;
    QLabel *m_progress;
    QMenu *m_menu;
    QStringList m_batch;   ///< the emergency freeze under way
    QString m_emergencyId; ///< its id, which its retries share
    QStringList m_scope;   ///< the cards the last emergency freeze here was for
    QStringList m_undoing; ///< the undo under way
    QString m_undoneId;    ///< the emergency freeze it undoes
};
