#pragma once

#include "Clock.h"
#include "JournalAction.h"
#include "JournalText.h"
#include "Money.h"
#include "Payout.h"
#include "ProviderError.h"
#include "StoreDatabase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class QSqlQuery;

#include <optional>

/// One action that moved money or changed a card, as the journal keeps it.
struct JournalEntry
{
    enum class State {
        Pending,   ///< written, about to be sent (or the app stopped before the answer)
        Succeeded, ///< the provider confirmed it
        Failed,    ///< the provider refused it: nothing happened
        Unknown    ///< the answer was lost: reconcile before sending again
    };

    qint64 id = 0;
    QString key; ///< idempotency key, unique
    QDateTime created;
    QDateTime updated;
    QString user;
    QString provider;
    QString connectionId; ///< the connection's stable id; empty in rows not yet adopted
    QString connection;   ///< the connection's name, a label that follows renames
    JournalAction action;
    QString target; ///< recipient or card
    std::optional<Money> amount;
    QString currency;
    State state = State::Pending;
    QString reference;        ///< the provider's id for it
    QString message;          ///< what the provider said, or why it is unknown
    QString feeRule;          ///< a payout's fee rule as the provider stated it
    std::optional<Money> fee; ///< the fee the provider charged for it, when it said
    QString feeCurrency;      ///< the fee's currency (a crypto fee is in the coin)
    QString tracking;         ///< what the provider follows it by when not its reference (a flow)
    QByteArray request;       ///< the form's fields as JSON (never a credential), to reconcile
    QString owner;            ///< the copy of the app sending or checking it ("host/pid/start")
    QDateTime leaseUntil;     ///< until when the owner holds it; after that anyone may check it
    QByteArray checks;        ///< JSON array: each search of the provider's records and its result
    bool needsDecision = false; ///< not found after its settling window: a person decides
    QString decidedBy;          ///< who marked it as not sent
    JournalText targetText;     ///< the target in the app's words ("4 payees"), if it is
    JournalText messageText;    ///< the message in the app's words, if they are ours
    QString link;               ///< a payout link's URL, for the payee

    /// Target and message as the reader should see them: the app's words in the language
    /// it runs in now, anything else as it was written.
    QString shownTarget() const { return targetText.isEmpty() ? target : targetText.render(); }
    QString shownMessage() const { return messageText.isEmpty() ? message : messageText.render(); }
    /// A card action's card (CardsModel's key), as its request keeps it.
    QString cardKey() const;
    /// The id of ours a card creation sent along (dash.fi's external_id), to find it again.
    QString externalId() const;
    /// The emergency freeze a card freeze belonged to; empty for a card frozen by itself and
    /// for any other action.
    QString emergency() const;
    /// A card that emergency freeze froze: one of its freezes, and the provider confirmed it.
    bool frozeFor(const QString &emergencyId) const
    {
        return state == State::Succeeded && !emergencyId.isEmpty() && emergency() == emergencyId;
    }

    bool isOpen() const { return state == State::Pending || state == State::Unknown; }
    /// The provider's status word a sent payout's message starts with ("pending; the link:
    /// …"), as it was last heard.
    QString statusWord() const { return message.section(u';', 0, 0).trimmed(); }
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);
    /// What an action's answer makes of it: done without an error; unknown when the
    /// answer was lost (timeout, a cut connection); failed when the provider refused.
    static State stateAfter(const ProviderError *error);
};

/**
 * The audit journal in the local store: every action that changes money or cards is
 * appended before it is sent and updated with the answer, so a crash leaves it pending
 * and the next start can reconcile it. Entries are never deleted.
 */
class ActionJournal final
{
public:
    /// `clock` stamps the entries; it outlives the journal.
    explicit ActionJournal(const QString &path, const Clock &clock = Clock::system())
        : m_db(path), m_clock(clock)
    {}
    bool open() { return m_db.open(); }
    QString lastError() const { return m_error.isEmpty() ? m_db.lastError() : m_error; }

    /// Appends; the entry's created/updated/user are filled in when empty. The id, or
    /// nullopt when it could not be written (then nothing may be sent).
    std::optional<qint64> append(JournalEntry entry);
    /// The answer: `message` is kept as text (for readers of the file) and, when it is the
    /// app's own words, as their source; an empty `link` leaves the one it has.
    bool update(qint64 id, JournalEntry::State state, const QString &reference,
                const JournalText &message, const QString &feeRule = QString(),
                const QString &link = QString());
    bool update(qint64 id, JournalEntry::State state, const QString &reference,
                const QString &message, const QString &feeRule = QString())
    {
        return update(id, state, reference, JournalText::verbatim(message), feeRule);
    }
    /// Keeps what a receipt says beyond the answer: the fee the provider charged, as it
    /// stated it (in `currency` unless the receipt names its own), and what the payout is
    /// followed by.
    bool keepReceipt(qint64 id, const PayoutReceipt &receipt, const QString &currency);
    /// A card creation whose answer was lost, found in the card list by its externalId():
    /// succeeded, as card `cardId`.
    bool settleFoundCard(qint64 id, const QString &cardId)
    {
        return update(
            id, JournalEntry::State::Succeeded, cardId,
            JournalText(QT_TRANSLATE_NOOP("JournalText", "Its answer was lost; found in the card "
                                                         "list by the id it was created with.")));
    }
    /// Replaces what the entry keeps of its request (an anchor read before sending).
    bool setRequest(qint64 id, const QByteArray &request);
    /// Takes (or renews) an open entry for `owner` until `until`, atomically: false when
    /// another owner's lease on it still runs (or it is no longer open).
    bool claim(qint64 id, const QString &owner, const QDateTime &until);
    /// Gives up the owner's lease, so that another copy may check the entry at once.
    bool release(qint64 id, const QString &owner);
    /// Keeps one search of the provider's records (`check`), and whether the entry now
    /// waits for a person; the state stays unknown.
    bool recordCheck(qint64 id, const QJsonObject &check, bool needsDecision,
                     const JournalText &message);
    /// A person's decision that an unknown payout was not sent: failed, by `who`.
    bool markNotSent(qint64 id, const QString &who, const JournalText &message);
    std::optional<JournalEntry> byKey(const QString &key);
    /// Newest first.
    QList<JournalEntry> entries();
    /// Pending and unknown entries, oldest first.
    QList<JournalEntry> openEntries();
    /// Gives the connection's rows its current name, and rows written before connections
    /// had ids (matched by provider and name) its id. The rows it changed, or nullopt when
    /// it cannot be written.
    std::optional<int> adoptConnection(const QString &id, const QString &provider,
                                       const QString &name,
                                       const QString &previousName = QString());
    /// The operating system user running the app.
    static QString currentUser();

private:
    /// Runs an update of entry `id`; false, with the reason kept, unless it changed it.
    bool changedOne(QSqlQuery &q, qint64 id);
    QList<JournalEntry> select(const QString &where, const QVariantList &values,
                               const QString &order);

    StoreDatabase m_db;
    const Clock &m_clock;
    QString m_error;
};
