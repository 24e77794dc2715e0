#include "TeamPayout.h"

#include <QCoreApplication>
#include <QJsonValue>

QString TeamVerdict::rulesText() const
{
    QStringList rules;
    for (const QJsonValue &r : reasons)
        rules << r.toObject().value(QStringLiteral("rule")).toString();
    return rules.join(QStringLiteral("; "));
}

TeamCounterparty TeamCounterparty::of(const PayoutRequest &r)
{
    TeamCounterparty c;
    c.country = r.value(PayoutField::BankCountry).isEmpty() ? r.value(PayoutField::Country)
                                                            : r.value(PayoutField::BankCountry);
    if (const QString account = r.value(PayoutField::BankAccount); !account.isEmpty()) {
        c.kind = QStringLiteral("bank_account");
        c.value = r.value(PayoutField::BankRouting) + u'/' + account;
    } else if (const QString address = r.value(PayoutField::Address); !address.isEmpty()) {
        c.kind = QStringLiteral("address");
        c.value = address;
    } else if (const QString wallet = r.value(PayoutField::Wallet); !wallet.isEmpty()) {
        c.kind = QStringLiteral("wallet");
        c.value = wallet;
    } else {
        // A Dots user, a DART customer, a Zelle or payee address: whom the provider pays.
        c.kind = QStringLiteral("recipient");
        for (const PayoutField f :
             {PayoutField::DotsUser, PayoutField::DartCustomer, PayoutField::ZelleAddress,
              PayoutField::Payee, PayoutField::Email, PayoutField::RecipientName}) {
            if (!r.value(f).isEmpty()) {
                c.value = r.value(f);
                break;
            }
        }
    }
    return c;
}

QString TeamPayout::payee() const
{
    const QString &value = counterparty.value;
    QString to;
    if (counterparty.kind == QLatin1String("bank_account"))
        to = QStringLiteral("····") + value.right(4); // an account, by its last four
    else if (counterparty.kind == QLatin1String("address") && value.size() > 16)
        to = value.left(8) + QStringLiteral("…") + value.right(6);
    else
        to = value;
    if (recipient.isEmpty() || recipient == value)
        return to;
    return to.isEmpty() ? recipient : recipient + u' ' + to;
}

QString TeamPayout::fingerprint() const
{
    QStringList groups;
    for (int i = 0; i < 16 && i < requestHash.size(); i += 4)
        groups << requestHash.mid(i, 4);
    return groups.join(u' ');
}

int TeamPayout::approvals() const
{
    return int(std::count_if(decisions.cbegin(), decisions.cend(),
                             [](const TeamDecision &d) { return d.approved; }));
}

namespace {

const char *const StateNames[] = {
    "awaiting_approval", "approved", "rejected", "sending", "sent", "failed", "unknown"};

} // namespace

QString TeamPayout::stateName(State state)
{
    return QString::fromLatin1(StateNames[int(state)]);
}

std::optional<TeamPayout::State> TeamPayout::stateFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(StateNames)); ++i) {
        if (name == QLatin1String(StateNames[i]))
            return State(i);
    }
    return std::nullopt;
}

TeamPayout::State TeamPayout::outcomeOf(JournalEntry::State state)
{
    return state == JournalEntry::State::Succeeded ? State::Sent
           : state == JournalEntry::State::Failed  ? State::Failed
                                                   : State::Unknown;
}
