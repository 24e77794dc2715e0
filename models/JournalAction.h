#pragma once

#include "Payout.h"

#include <QString>

#include <optional>

/**
 * What a journal entry records: a payout (by its method), a batch, cancelling a payout,
 * restricting trade scripts, or a card action. Stored by its stable text form
 * ("payout:dinari.ach", "payout:dots.batch", "cancel_payout", "freeze", …), which older
 * journals already hold and which never changes.
 */
class JournalAction
{
public:
    enum class Kind {
        Unknown, ///< a text this version does not know (kept as it was)
        Payout,
        Batch,
        CancelPayout,
        Restrict,
        Freeze,
        Unfreeze,
        Limit,
        CreateCard,
        CancelCard,
        CreateWallet, ///< a crypto sub-account opened
    };

    JournalAction() = default;
    /// Any kind but Payout (which needs its method).
    explicit JournalAction(Kind kind) : m_kind(kind) {}
    static JournalAction payout(PayoutMethod method);
    static JournalAction fromText(const QString &text);

    Kind kind() const { return m_kind; }
    /// The method of a single payout.
    std::optional<PayoutMethod> method() const { return m_method; }
    /// A payout or a batch: something that moved money out.
    bool movesMoney() const { return m_kind == Kind::Payout || m_kind == Kind::Batch; }
    QString text() const;

    friend bool operator==(const JournalAction &a, const JournalAction &b)
    {
        return a.m_kind == b.m_kind && a.m_method == b.m_method && a.m_unknown == b.m_unknown;
    }
    friend bool operator!=(const JournalAction &a, const JournalAction &b) { return !(a == b); }

private:
    Kind m_kind = Kind::Unknown;
    std::optional<PayoutMethod> m_method;
    QString m_unknown;
};
