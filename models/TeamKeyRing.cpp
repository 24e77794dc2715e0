#include "TeamKeyRing.h"

#include "SigningKey.h"

#include <QSet>

TeamKeyRing TeamKeyRing::review(const QList<TeamKey> &keys, const QHash<QString, QString> &pinned)
{
    TeamKeyRing ring;
    QHash<QString, QSet<QString>> registered;
    for (const TeamKey &k : keys)
        registered[k.member].insert(k.publicKey);
    QHash<QString, qint64> currentRow;
    for (auto it = pinned.cbegin(); it != pinned.cend(); ++it)
        ring.m_keys[it.key()]; // a pinned member the database no longer lists stays pinned
    for (const TeamKey &k : keys) {
        QStringList &own = ring.m_keys[k.member];
        if (!currentRow.contains(k.member))
            currentRow[k.member] = k.id;
        if (own.contains(k.publicKey) || !SigningKey::isPublicKey(k.publicKey))
            continue;
        const bool first = own.isEmpty();
        // A first key counts unless this desktop pinned one the member never registered
        // here (then the database shows another person's history).
        const bool pinnedElsewhere =
            pinned.contains(k.member) && !registered.value(k.member).contains(pinned[k.member]);
        const bool approved = !k.approvedBy.isEmpty() && k.approvedBy != k.member &&
                              TeamSignatures::signedBy(
                                  ring.m_keys, k.approvedBy,
                                  TeamSignatures::keyStatement(k.member, k.publicKey), k.approval);
        if ((first && !pinnedElsewhere) || (!first && approved)) {
            own.append(k.publicKey);
            currentRow[k.member] = k.id;
        } else if (!first) {
            ring.m_notices.append(
                {Notice::Kind::Waiting, k.member,
                 tr("%1 has a new key (%2) that no admin approved yet: their signatures with "
                    "it do not count")
                     .arg(k.member, SigningKey::fingerprint(k.publicKey)),
                 k.id, k.publicKey});
        }
    }
    for (auto it = ring.m_keys.begin(); it != ring.m_keys.end(); ++it) {
        const QString &member = it.key();
        QStringList &own = it.value();
        const QString pin = pinned.value(member);
        if (own.isEmpty() && pin.isEmpty())
            continue;
        const QString current = own.isEmpty() ? QString() : own.constLast();
        if (pin.isEmpty()) {
            ring.m_pins[member] = current;
            ring.m_notices.append({Notice::Kind::New, member,
                                   tr("%1's key %2 is pinned on this desktop: compare it with "
                                      "them")
                                       .arg(member, SigningKey::fingerprint(current)),
                                   currentRow.value(member), current});
        } else if (own.contains(pin)) {
            ring.m_pins[member] = current;
            if (current != pin)
                ring.m_notices.append({Notice::Kind::Changed, member,
                                       tr("%1's key changed to %2, approved by an admin")
                                           .arg(member, SigningKey::fingerprint(current)),
                                       currentRow.value(member), current});
        } else {
            // Not the key this desktop knows, and no approved way from it: keep the pin.
            ring.m_pins[member] = pin;
            ring.m_notices.append(
                {Notice::Kind::Refused, member,
                 tr("%1's key in the team database (%2) is not the one this desktop pinned "
                    "(%3): their signatures are refused")
                     .arg(member, SigningKey::fingerprint(current), SigningKey::fingerprint(pin)),
                 currentRow.value(member), current});
            own = QStringList{pin};
        }
    }
    return ring;
}

qint64 TeamKeyRing::firstRefused() const
{
    qint64 first = 0;
    for (const Notice &n : m_notices)
        if (n.kind == Notice::Kind::Refused && (first == 0 || n.id < first))
            first = n.id;
    return first;
}
