#include "ApprovalsPage.h"

#include "Dialogs.h"
#include "PageLayout.h"
#include "TeamCardAction.h"
#include "TeamPayoutsModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

/// Sorts as the model orders its rows: amounts exactly, never through a double.
class TeamPayoutsProxy final : public QSortFilterProxyModel
{
public:
    TeamPayoutsProxy(TeamPayoutsModel *model, QObject *parent)
        : QSortFilterProxyModel(parent), m_model(model)
    {
        setSourceModel(model);
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        return m_model->lessThan(left.column(), left.row(), right.row());
    }

private:
    TeamPayoutsModel *m_model;
};

} // namespace

ApprovalsPage::ApprovalsPage(TeamPayoutsModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_filtered(new TeamPayoutsProxy(model, this)),
      m_filter(new QComboBox(this)), m_table(new QTableView(this)),
      m_approve(new QPushButton(tr("&Approve…"), this)),
      m_reject(new QPushButton(tr("Re&ject…"), this)), m_send(new QPushButton(tr("&Send…"), this)),
      m_lift(new QPushButton(tr("&Lift hold…"), this)), m_setup(new QPushButton(tr("Team…"), this)),
      m_state(new QLabel(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("approvalsPage"));
    m_filter->setObjectName(QStringLiteral("approvalsFilter"));
    m_filter->setAccessibleName(tr("Show payouts"));
    m_filter->addItems({tr("Waiting for me"), tr("Waiting for others"), tr("All team payouts")});
    m_table->setObjectName(QStringLiteral("approvalsTable"));
    m_table->setAccessibleName(tr("Team payouts"));
    m_table->setModel(m_filtered);
    PageLayout::configureTable(m_table, 8);
    m_table->sortByColumn(TeamPayoutsModel::Created, Qt::DescendingOrder);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The reasons take what the other columns leave, to the pixel (fitColumns): Qt's own
    // stretch left a pixel of sideways scrolling with long words.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setToolTip(tr("Approves the selected payouts, each once, with one note"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_reject->setToolTip(tr("Rejects the selected payout; a note says why"));
    m_send->setObjectName(QStringLiteral("releaseButton"));
    m_send->setToolTip(tr("Sends the selected approved payout from this desktop, once"));
    m_lift->setObjectName(QStringLiteral("liftHoldButton"));
    m_lift->setToolTip(tr("Lets payouts go to the selected payout's new bank account or address "
                          "before its waiting period ends"));
    m_lift->hide();
    m_setup->setObjectName(QStringLiteral("teamSetupButton"));
    m_state->setObjectName(QStringLiteral("teamState"));
    m_state->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("approvalsMessage"));
    m_message->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter);
    top->addWidget(m_approve);
    top->addWidget(m_reject);
    top->addWidget(m_send);
    top->addWidget(m_lift);
    top->addStretch(1);
    top->addWidget(m_setup);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this](int index) { setFilter(Filter(index)); });
    connect(m_approve, &QPushButton::clicked, this, &ApprovalsPage::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalsPage::rejectSelected);
    connect(m_send, &QPushButton::clicked, this, &ApprovalsPage::sendSelected);
    connect(m_lift, &QPushButton::clicked, this, &ApprovalsPage::releaseCounterparty);
    connect(m_setup, &QPushButton::clicked, this, &ApprovalsPage::teamSetupRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApprovalsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        updateButtons();
    });
    m_table->viewport()->installEventFilter(this);
    setFilter(WaitingForMe);
    setTeamState(tr("Not in a team: File → Team… connects to your team's database."), false);
}

void ApprovalsPage::fitColumns(bool afresh)
{
    // Names, amounts and states in full; the method and the payee give way (their tooltips
    // have them whole) so that the reasons keep room without sideways scrolling.
    QHeaderView *header = m_table->horizontalHeader();
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const std::pair<int, int> flexible[] = {{TeamPayoutsModel::Recipient, 14 * em},
                                            {TeamPayoutsModel::Method, 8 * em}};
    int used = 0;
    if (afresh)
        m_natural.clear();
    m_natural.resize(TeamPayoutsModel::Rules);
    for (int c = 0; c < TeamPayoutsModel::Rules; ++c) {
        m_table->resizeColumnToContents(c);
        m_natural[c] = qMax(m_natural[c], header->sectionSize(c));
        header->resizeSection(c, m_natural[c]);
        used += m_natural[c];
    }
    int excess = used - (m_table->viewport()->width() - 12 * em); // 12 M for the reasons
    for (const auto &[column, least] : flexible) {
        const int give = qBound(0, header->sectionSize(column) - least, qMax(excess, 0));
        header->resizeSection(column, header->sectionSize(column) - give);
        excess -= give;
    }
    // Still wider than the table (long words, a narrow window): what was asked and who
    // asked give more, down to a few letters, before anything scrolls sideways.
    excess += header->minimumSectionSize() - 12 * em;
    for (const int column : {TeamPayoutsModel::Recipient, TeamPayoutsModel::Method,
                             TeamPayoutsModel::Connection, TeamPayoutsModel::Maker}) {
        const int give = qBound(0, header->sectionSize(column) - 4 * em, qMax(excess, 0));
        header->resizeSection(column, header->sectionSize(column) - give);
        excess -= give;
    }
    int rest = m_table->viewport()->width();
    for (int c = 0; c < TeamPayoutsModel::Rules; ++c)
        rest -= header->sectionSize(c);
    header->resizeSection(TeamPayoutsModel::Rules, qMax(header->minimumSectionSize(), rest));
}

bool ApprovalsPage::eventFilter(QObject *watched, QEvent *event)
{
    // A new width sizes the columns afresh; a new height (a scroll bar came or went) not.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize &&
        static_cast<QResizeEvent *>(event)->size().width() !=
            static_cast<QResizeEvent *>(event)->oldSize().width())
        fitColumns(true);
    return QWidget::eventFilter(watched, event);
}

void ApprovalsPage::setFilter(Filter filter)
{
    if (m_filter->currentIndex() != filter)
        m_filter->setCurrentIndex(filter);
    m_filtered->setFilterRole(filter == WaitingForMe ? int(TeamPayoutsModel::WaitsForMeRole)
                              : filter == WaitingForOthers
                                  ? int(TeamPayoutsModel::WaitsForOthersRole)
                                  : int(Qt::DisplayRole));
    m_filtered->setFilterFixedString(filter == All ? QString() : QStringLiteral("true"));
    updateButtons();
}

void ApprovalsPage::setTeamState(const QString &text, bool connected)
{
    m_connected = connected;
    m_state->setText(text);
    updateButtons();
}

void ApprovalsPage::setAdmin(bool admin)
{
    m_lift->setVisible(admin);
}

void ApprovalsPage::releaseCounterparty()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const TeamPayout *payout = m_model->payout(m_filtered->mapToSource(rows.first()).row());
    if (!payout || !payout->verdict.heldUntil.isValid())
        return;
    // An account number is said by its last four digits, as everywhere else.
    const QString what =
        payout->counterparty.kind == QLatin1String("bank_account")
            ? tr("the bank account ending %1").arg(payout->counterparty.value.right(4))
            : tr("the address %1").arg(payout->counterparty.value);
    if (Dialogs::question(this, tr("Lift hold"),
                          tr("Let payouts go to %1 now, before its waiting period ends?\n\nThe "
                             "team's audit log records that you lifted it.")
                              .arg(what),
                          QMessageBox::Yes | QMessageBox::Cancel,
                          QMessageBox::Cancel) == QMessageBox::Yes)
        emit counterpartyReleaseRequested(payout->counterparty.kind, payout->counterparty.value);
}

void ApprovalsPage::showMessage(const QString &text)
{
    m_message->setText(text);
}

QStringList ApprovalsPage::selectedKeys(QStringList *hashes) const
{
    QStringList keys;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        keys << row.data(TeamPayoutsModel::KeyRole).toString();
        if (hashes)
            *hashes << row.data(TeamPayoutsModel::HashRole).toString();
    }
    return keys;
}

QString ApprovalsPage::selectedDetails() const
{
    // What the decision is about, whole, so that nobody approves a line of a table.
    QStringList blocks;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        if (const TeamPayout *p = m_model->payout(m_filtered->mapToSource(row).row()))
            blocks << TeamPayoutsModel::details(*p);
    }
    return blocks.join(QStringLiteral("\n\n"));
}

void ApprovalsPage::updateButtons()
{
    // Only what waits for me can be decided by me; the database checks it again.
    bool mine = !m_table->selectionModel()->selectedRows().isEmpty();
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        mine = mine && row.data(TeamPayoutsModel::WaitsForMeRole).toBool();
    m_approve->setEnabled(m_connected && mine);
    m_reject->setEnabled(m_connected && mine && selectedKeys().size() == 1);
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_send->setEnabled(m_connected && rows.size() == 1 &&
                       rows.first().data(TeamPayoutsModel::ReadyToSendRole).toBool());
    m_lift->setEnabled(m_connected && rows.size() == 1 &&
                       rows.first().data(TeamPayoutsModel::HeldRole).toBool());
}

std::optional<QString> ApprovalsPage::askNote(const QString &title, const QString &label,
                                              bool required)
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("noteDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::TextInput);
    while (Dialogs::exec(dialog) == QDialog::Accepted) {
        const QString note = dialog.textValue().trimmed();
        if (!required || !note.isEmpty())
            return note;
        dialog.setLabelText(label + u'\n' + tr("A note is needed."));
    }
    return std::nullopt;
}

void ApprovalsPage::approveSelected()
{
    QStringList hashes;
    const QStringList keys = selectedKeys(&hashes);
    if (keys.isEmpty())
        return;
    const auto note =
        askNote(tr("Approve"),
                selectedDetails() + QStringLiteral("\n\n") +
                    tr("Approve %n payout(s). Note (optional):", nullptr, int(keys.size())),
                false);
    if (note)
        emit approveRequested(keys, hashes, *note);
}

void ApprovalsPage::rejectSelected()
{
    QStringList hashes;
    const QStringList keys = selectedKeys(&hashes);
    if (keys.size() != 1)
        return;
    const auto note = askNote(
        tr("Reject"), selectedDetails() + QStringLiteral("\n\n") + tr("Why is it rejected?"), true);
    if (note)
        emit rejectRequested(keys.first(), hashes.first(), *note);
}

void ApprovalsPage::sendSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const int row = m_filtered->mapToSource(rows.first()).row();
    const TeamPayout *payout = m_model->payout(row);
    if (!payout)
        return;
    auto cell = [this, row](int column) { return m_model->index(row, column).data().toString(); };
    const bool card = TeamCardAction::kindOf(payout->method).has_value();
    const QString text =
        card ? tr("%1 at %2 now?\n\nIt is done from this desktop, once; the team journal "
                  "records who did it.")
                   .arg(cell(TeamPayoutsModel::Method), cell(TeamPayoutsModel::Connection))
             : tr("Send %1 by %2 through %3 now?\n\nIt goes out from this desktop, once; the "
                  "team journal records who sent it.")
                   .arg(cell(TeamPayoutsModel::Amount), cell(TeamPayoutsModel::Method),
                        cell(TeamPayoutsModel::Connection));
    const auto answer =
        Dialogs::question(this, card ? tr("Card action") : tr("Send payout"), text,
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) {
        m_send->setEnabled(false); // until the team journal shows it taken
        emit releaseRequested(*payout);
    }
}
