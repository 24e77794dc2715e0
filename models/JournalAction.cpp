#include "JournalAction.h"

namespace {
// The stored words; never change one, a journal on disk holds them.
const std::pair<JournalAction::Kind, const char *> Words[] = {
    {JournalAction::Kind::Batch, "payout:dots.batch"},
    {JournalAction::Kind::CancelPayout, "cancel_payout"},
    {JournalAction::Kind::Restrict, "restrict"},
    {JournalAction::Kind::Freeze, "freeze"},
    {JournalAction::Kind::Unfreeze, "unfreeze"},
    {JournalAction::Kind::Limit, "limit"},
    {JournalAction::Kind::CreateCard, "create"},
    {JournalAction::Kind::CancelCard, "cancel"},
    {JournalAction::Kind::CreateWallet, "create_wallet"},
};
const QLatin1String PayoutPrefix("payout:");
} // namespace

JournalAction JournalAction::payout(PayoutMethod method)
{
    JournalAction a(Kind::Payout);
    a.m_method = method;
    return a;
}

JournalAction JournalAction::fromText(const QString &text)
{
    for (const auto &[kind, word] : Words) {
        if (text == QLatin1String(word))
            return JournalAction(kind);
    }
    if (text.startsWith(PayoutPrefix)) {
        if (const auto method = PayoutMethods::fromKey(text.mid(PayoutPrefix.size())))
            return payout(*method);
    }
    JournalAction unknown;
    unknown.m_unknown = text;
    return unknown;
}

QString JournalAction::text() const
{
    if (m_kind == Kind::Payout && m_method)
        return PayoutPrefix + PayoutMethods::key(*m_method);
    for (const auto &[kind, word] : Words) {
        if (kind == m_kind)
            return QLatin1String(word);
    }
    return m_unknown;
}
