#include "TeamPayoutsModel.h"

#include "TeamCardAction.h"
#include "TeamPolicy.h"

#include "Currency.h"

#include <QLocale>

TeamPayoutsModel::TeamPayoutsModel(QObject *parent) : QAbstractTableModel(parent) {}

void TeamPayoutsModel::setPayouts(const QList<TeamPayout> &payouts, const QString &me,
                                  bool meApproves)
{
    beginResetModel();
    m_payouts = payouts;
    m_me = me;
    m_meApproves = meApproves;
    endResetModel();
}

const TeamPayout *TeamPayoutsModel::payout(int row) const
{
    return row >= 0 && row < m_payouts.size() ? &m_payouts.at(row) : nullptr;
}

bool TeamPayoutsModel::waitsForMe(const TeamPayout &p) const
{
    if (!m_meApproves || p.state != TeamPayout::State::AwaitingApproval || p.maker == m_me)
        return false;
    return std::none_of(p.decisions.cbegin(), p.decisions.cend(),
                        [this](const TeamDecision &d) { return d.approver == m_me; });
}

int TeamPayoutsModel::waitingForMe() const
{
    return int(std::count_if(m_payouts.cbegin(), m_payouts.cend(),
                             [this](const TeamPayout &p) { return waitsForMe(p); }));
}

int TeamPayoutsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_payouts.size());
}

int TeamPayoutsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TeamPayoutsModel::stateText(TeamPayout::State state)
{
    switch (state) {
    case TeamPayout::State::AwaitingApproval:
        return tr("Waiting for approval");
    case TeamPayout::State::Approved:
        return tr("Approved, not sent");
    case TeamPayout::State::Rejected:
        return tr("Rejected");
    case TeamPayout::State::Sending:
        return tr("Being sent");
    case TeamPayout::State::Sent:
        return tr("Sent");
    case TeamPayout::State::Failed:
        return tr("Failed");
    case TeamPayout::State::Unknown:
        return tr("Unknown: being checked");
    }
    return QString();
}

QString TeamPayoutsModel::methodText(const TeamPayout &p)
{
    if (const std::optional<PayoutMethod> m = PayoutMethods::fromKey(p.method))
        return PayoutMethods::name(*m);
    const std::optional<TeamCardAction::Kind> card = TeamCardAction::kindOf(p.method);
    if (!card)
        return p.method;
    const std::optional<TeamCardAction> action = TeamCardAction::fromJson(p.request);
    const QString label = action ? action->cardLabel : QString();
    switch (*card) {
    case TeamCardAction::Kind::Unfreeze:
        return tr("Unfreeze card %1").arg(label).trimmed();
    case TeamCardAction::Kind::Limit:
        return tr("Spend limit of card %1").arg(label).trimmed();
    case TeamCardAction::Kind::Create:
        return tr("New card “%1”").arg(action ? action->card.name : QString());
    }
    return p.method;
}

QVariant TeamPayoutsModel::data(const QModelIndex &index, int role) const
{
    const TeamPayout *p = payout(index.row());
    if (!p)
        return QVariant();
    if (role == KeyRole)
        return p->key;
    if (role == HashRole)
        return p->requestHash;
    if (role == WaitsForMeRole)
        return waitsForMe(*p);
    if (role == WaitsForOthersRole)
        return p->state == TeamPayout::State::AwaitingApproval && !waitsForMe(*p);
    if (role == ReadyToSendRole)
        return p->state == TeamPayout::State::Approved && p->claimedBy.isEmpty() &&
               !p->verdict.heldUntil.isValid();
    if (role == HeldRole)
        return p->state == TeamPayout::State::Approved && p->verdict.heldUntil.isValid();
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Method)
        return methodText(*p);
    if (role == Qt::ToolTipRole && index.column() == Recipient) // whole, to compare with an invoice
        return p->recipient.isEmpty() ? p->counterparty.value
                                      : p->recipient + u'\n' + p->counterparty.value;
    if (role == Qt::ToolTipRole && index.column() == Approvals) {
        QStringList lines;
        for (const TeamDecision &d : p->decisions)
            lines << (d.approved ? tr("%1 approved: %2") : tr("%1 rejected: %2"))
                         .arg(d.approver, d.note.isEmpty() ? tr("(no note)") : d.note);
        return lines.isEmpty() ? tr("No decision yet") : lines.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    const QLocale locale;
    switch (Column(index.column())) {
    case Created:
        return locale.toString(p->created.toLocalTime(), QLocale::ShortFormat);
    case Maker:
        return p->maker;
    case Method:
        return methodText(*p);
    case Connection:
        return p->connection;
    case Recipient:
        return p->payee();
    case Amount:
        if (!p->hasAmount) // a card action: an unfreeze, or a limit of none
            return p->method == QLatin1String("card.limit") ? tr("No limit") : QString();
        return Currency::formatLocale(p->amount, p->currency, locale) + u' ' + p->currency;
    case State:
        if (p->state == TeamPayout::State::Approved && p->verdict.heldUntil.isValid())
            return tr("Approved, new account held until %1")
                .arg(locale.toString(p->verdict.heldUntil.toLocalTime(), QLocale::ShortFormat));
        return stateText(p->state);
    case Approvals:
        return tr("%1 of %2").arg(p->approvals()).arg(p->verdict.required);
    case Rules:
        return TeamPolicy::reasonsText(p->verdict.reasons);
    case ColumnCount:
        break;
    }
    return QVariant();
}

QString TeamPayoutsModel::details(const TeamPayout &p)
{
    const QLocale locale;
    QStringList lines;
    if (p.hasAmount)
        lines << Currency::formatLocale(p.amount, p.currency, locale) + u' ' + p.currency;
    lines << tr("Method: %1").arg(methodText(p)) << tr("From: %1").arg(p.connection);
    if (const QString to = p.payee(); !to.isEmpty())
        lines << tr("To: %1").arg(to);
    lines << tr("Asked by %1 on %2")
                 .arg(p.maker, locale.toString(p.created.toLocalTime(), QLocale::ShortFormat));
    if (!TeamPolicy::reasonsText(p.verdict.reasons).isEmpty())
        lines << tr("Rules: %1 (%2 of %3 approvals)")
                     .arg(TeamPolicy::reasonsText(p.verdict.reasons))
                     .arg(p.approvals())
                     .arg(p.verdict.required);
    if (!p.requestHash.isEmpty())
        lines << tr("Request fingerprint: %1").arg(p.fingerprint());
    return lines.join(u'\n');
}

QVariant TeamPayoutsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (Column(section)) {
    case Created:
        return tr("Asked");
    case Maker:
        return tr("Asked by");
    case Method:
        return tr("Method");
    case Connection:
        return tr("Connection");
    case Recipient:
        return tr("To");
    case Amount:
        return tr("Amount");
    case State:
        return tr("State");
    case Approvals:
        return tr("Approvals");
    case Rules:
        return tr("Why");
    case ColumnCount:
        break;
    }
    return QVariant();
}

bool TeamPayoutsModel::lessThan(int column, int leftRow, int rightRow) const
{
    const TeamPayout *a = payout(leftRow);
    const TeamPayout *b = payout(rightRow);
    if (!a || !b)
        return false;
    if (column == Amount)
        return a->currency != b->currency ? a->currency < b->currency
                                          : a->amount.compare(b->amount) < 0;
    if (column == Created)
        return a->created < b->created;
    return QString::localeAwareCompare(data(index(leftRow, column)).toString(),
                                       data(index(rightRow, column)).toString()) < 0;
}
