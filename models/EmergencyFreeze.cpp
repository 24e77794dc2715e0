#include "EmergencyFreeze.h"

#include "CardsModel.h"

#include <algorithm>

QList<EmergencyFreeze> EmergencyFreeze::inJournal(const QList<JournalEntry> &entries)
{
    QList<EmergencyFreeze> found;
    for (const JournalEntry &e : entries) {
        const QString id = e.emergency();
        if (!e.frozeFor(id))
            continue;
        auto it = std::find_if(found.begin(), found.end(),
                               [&](const EmergencyFreeze &f) { return f.id == id; });
        if (it == found.end())
            it = found.insert(found.end(), EmergencyFreeze{id, e.created, {}});
        if (e.created.isValid() && (!it->when.isValid() || e.created < it->when))
            it->when = e.created;
        if (const QString card = e.cardKey(); !it->froze.contains(card))
            it->froze.append(card);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.when > b.when; });
    return found;
}

EmergencyFreeze EmergencyFreeze::find(const QList<JournalEntry> &entries, const QString &id)
{
    const QList<EmergencyFreeze> all = inJournal(entries);
    const auto it =
        std::find_if(all.begin(), all.end(), [&](const EmergencyFreeze &f) { return f.id == id; });
    return it == all.end() ? EmergencyFreeze{id, {}, {}} : *it;
}

QStringList EmergencyFreeze::stillFrozen(const CardsModel &cards) const
{
    QStringList keys;
    for (const QString &key : froze)
        if (cards.isFrozen(key))
            keys.append(key);
    return keys;
}
