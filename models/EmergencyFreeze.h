#pragma once

#include "ActionJournal.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

class CardsModel;

/// One emergency freeze as the journal keeps it: the cards it froze (the provider
/// confirmed), so that it can be undone for those cards alone.
struct EmergencyFreeze
{
    QString id;
    QDateTime when;    ///< its first freeze
    QStringList froze; ///< card keys, in journal order

    /// Every emergency freeze in the journal that froze a card, newest first.
    static QList<EmergencyFreeze> inJournal(const QList<JournalEntry> &entries);
    /// One of them; empty `froze` when the journal has none under that id.
    static EmergencyFreeze find(const QList<JournalEntry> &entries, const QString &id);
    /// The cards it froze that are frozen now: a card unfrozen, cancelled or gone since is
    /// not the undo's to touch.
    QStringList stillFrozen(const CardsModel &cards) const;
};
