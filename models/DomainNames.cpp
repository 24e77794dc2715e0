// Names used in CSV, JSON and the UI's raw columns: stable, lower-case, never translated.
#include "Balance.h"
#include "Card.h"
#include "Transaction.h"

const QList<CardCategory> &CardCategory::dashfi()
{
    // As the dash.fi Direct API lists them (provider-docs/dashfi.txt, "Create a Card").
    static const QList<CardCategory> categories = {
        {6, QStringLiteral("Other"), QStringLiteral("General Expense")},
        {7, QStringLiteral("Ad Platform"), QStringLiteral("Facebook Ads")},
        {8, QStringLiteral("Ad Platform"), QStringLiteral("Google Ads")},
        {9, QStringLiteral("Ad Platform"), QStringLiteral("Taboola")},
        {10, QStringLiteral("Ad Platform"), QStringLiteral("Snap")},
        {11, QStringLiteral("Ad Platform"), QStringLiteral("TikTok")},
        {21, QStringLiteral("Ad Platform"), QStringLiteral("Amazon Ads")},
        {12, QStringLiteral("Ad Platform"), QStringLiteral("Other Ad Platform Expenses")},
        {13, QStringLiteral("Shipment"), QStringLiteral("FedEx")},
        {14, QStringLiteral("Shipment"), QStringLiteral("UPS")},
        {15, QStringLiteral("Shipment"), QStringLiteral("USPS")},
        {16, QStringLiteral("Shipment"), QStringLiteral("3PL")},
        {17, QStringLiteral("Shipment"), QStringLiteral("Other Shipping Service Expenses")},
        {18, QStringLiteral("SaaS"), QStringLiteral("Shopify")},
        {19, QStringLiteral("SaaS"), QStringLiteral("Klaviyo")},
        {20, QStringLiteral("SaaS"), QStringLiteral("Other SaaS Expenses")},
    };
    return categories;
}

const QStringList &CardLimitPeriods::dashfi()
{
    static const QStringList periods = {QStringLiteral("MONTHLY"), QStringLiteral("TRANSACTION"),
                                        QStringLiteral("FOREVER"), QStringLiteral("NO-LIMIT")};
    return periods;
}

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
