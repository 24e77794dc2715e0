#include "Card.h"

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
