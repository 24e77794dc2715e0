// Names used in CSV, JSON and the UI's raw columns: stable, lower-case, never translated.
#include "Balance.h"
#include "Card.h"
#include "Transaction.h"

QString Card::stateName(State state)
{
    switch (state) {
    case State::Open:
        return QStringLiteral("open");
    case State::Frozen:
        return QStringLiteral("frozen");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

QString Transaction::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Settled:
        return QStringLiteral("settled");
    case Status::Declined:
        return QStringLiteral("declined");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::Reversed:
        return QStringLiteral("reversed");
    }
    return QString();
}

QString Transaction::cardLabel(const QString &name, const QString &lastFour)
{
    return lastFour.isEmpty() ? name : QStringLiteral("%1 ·%2").arg(name, lastFour);
}

QString Transaction::directionName(Direction direction)
{
    return direction == Direction::Out ? QStringLiteral("out") : QStringLiteral("in");
}

QString Balance::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Account:
        return QStringLiteral("account");
    case Kind::SubAccount:
        return QStringLiteral("sub-account");
    case Kind::Wallet:
        return QStringLiteral("wallet");
    case Kind::Customer:
        return QStringLiteral("customer");
    case Kind::Payout:
        return QStringLiteral("payout");
    case Kind::Float:
        return QStringLiteral("float");
    case Kind::Reserve:
        return QStringLiteral("reserve");
    }
    return QString();
}

#include "ConnectionKind.h"
#include "ProviderNames.h"

namespace ProviderNames {

QString display(const QString &providerId)
{
    const ConnectionKind *kind = ConnectionKind::find(providerId);
    return kind ? kind->display : providerId;
}

} // namespace ProviderNames
