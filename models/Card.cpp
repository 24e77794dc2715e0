#include "Card.h"

const Card *Card::byExternalId(const QList<Card> &cards, const QString &externalId)
{
    if (externalId.isEmpty())
        return nullptr;
    const Card *found = nullptr;
    for (const Card &c : cards) {
        if (c.externalId != externalId)
            continue;
        if (found)
            return nullptr; // two cards under our id: not ours to pick
        found = &c;
    }
    return found;
}

QMap<QString, Money> Card::heldOnCards(const QList<Card> &cards)
{
    QMap<QString, Money> held;
    for (const Card &c : cards) {
        if (!c.balance || c.state == State::Cancelled)
            continue;
        const auto it = held.constFind(c.currency);
        // Past 18 digits a sum is no amount: the currency is left out, not wrapped.
        if (const auto sum = it == held.cend() ? c.balance : it->checkedAdd(*c.balance))
            held.insert(c.currency, *sum);
    }
    return held;
}
