#include "TeamAdminPanel.h"

#include "PolicyDialog.h"

#include "Dialogs.h"
#include "PageLayout.h"
#include "TeamRoles.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

TeamAdminPanel::TeamAdminPanel(QWidget *parent)
    : QWidget(parent), m_pending(new QTableWidget(this)),
      m_approve(new QPushButton(tr("Appr&ove change"), this)),
      m_reject(new QPushButton(tr("Re&ject change"), this)), m_keys(new QTableWidget(this)),
      m_approveKey(new QPushButton(tr("&Vouch for key…"), this))
{
    setObjectName(QStringLiteral("teamAdminPanel"));
    PageLayout::readOnlyTable(m_pending, QStringLiteral("teamPendingChanges"),
                              tr("Changes waiting for a second admin"),
                              {tr("Change"), tr("Proposed by"), tr("When")});
    m_pending->horizontalHeader()->setStretchLastSection(true);
    m_approve->setObjectName(QStringLiteral("teamApproveChange"));
    m_reject->setObjectName(QStringLiteral("teamRejectChange"));
    auto *policy = new QPushButton(tr("&Edit policy…"), this);
    policy->setObjectName(QStringLiteral("teamEditPolicy"));
    policy->setToolTip(tr("Proposes a new policy; with two admins, the other one approves it"));
    auto *role = new QPushButton(tr("Change &role…"), this);
    role->setObjectName(QStringLiteral("teamChangeRole"));

    auto *share = new QPushButton(tr("S&hare a connection…"), this);
    share->setObjectName(QStringLiteral("teamShareConnection"));
    share->setToolTip(tr("Shares one of this desktop's connections with the team, without its "
                         "secret: each colleague types their own"));
    connect(share, &QPushButton::clicked, this, &TeamAdminPanel::shareConnection);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(policy);
    buttons->addWidget(role);
    buttons->addWidget(share);
    buttons->addStretch(1);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Changes waiting for a second admin"), this));
    layout->addWidget(m_pending, 1);
    layout->addLayout(buttons);

    PageLayout::readOnlyTable(m_keys, QStringLiteral("teamWaitingKeys"),
                              tr("New keys waiting for an admin"),
                              {tr("Member"), tr("Key fingerprint")});
    m_keys->horizontalHeader()->setStretchLastSection(true);
    m_approveKey->setObjectName(QStringLiteral("teamApproveKey"));
    m_approveKey->setToolTip(tr("Signs the colleague's new key with yours, after you compared "
                                "its fingerprint with them"));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keys, 1);
    keyRow->addWidget(m_approveKey, 0, Qt::AlignTop);
    m_keysLabel = new QLabel(tr("New keys waiting for an admin"), this);
    layout->addWidget(m_keysLabel);
    layout->addLayout(keyRow);
    connect(m_approveKey, &QPushButton::clicked, this, &TeamAdminPanel::approveKey);
    connect(m_keys, &QTableWidget::itemSelectionChanged, this,
            [this] { m_approveKey->setEnabled(m_keys->currentRow() >= 0); });
    setWaitingKeys({});

    connect(policy, &QPushButton::clicked, this, &TeamAdminPanel::editPolicy);
    connect(role, &QPushButton::clicked, this, &TeamAdminPanel::changeRole);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_pending, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool chosen = m_pending->currentRow() >= 0;
        m_approve->setEnabled(chosen);
        m_reject->setEnabled(chosen);
    });
    setPending({});
}

QString TeamAdminPanel::describe(const QJsonObject &change)
{
    const QJsonObject payload = change.value(QStringLiteral("payload")).toObject();
    if (change.value(QStringLiteral("kind")).toString() == QLatin1String("role")) {
        const QString role = payload.value(QStringLiteral("role")).toString();
        return tr("Role of %1: %2")
            .arg(payload.value(QStringLiteral("user")).toString(),
                 role.isEmpty() ? tr("none (leaves the team)") : TeamRoles::display(role));
    }
    return tr("New policy");
}

void TeamAdminPanel::setPending(const QList<QJsonObject> &changes)
{
    m_changes = changes;
    m_pending->setRowCount(int(changes.size()));
    for (int row = 0; row < changes.size(); ++row) {
        const QJsonObject &c = changes.at(row);
        const QDateTime when =
            QDateTime::fromString(c.value(QStringLiteral("proposed")).toString(), Qt::ISODate);
        auto *what = new QTableWidgetItem(describe(c));
        // The whole proposal in words, for whoever decides on it.
        if (c.value(QStringLiteral("kind")).toString() != QLatin1String("role"))
            what->setToolTip(TeamPolicy::fromJson(c.value(QStringLiteral("payload")).toObject())
                                 .lines()
                                 .join(u'\n'));
        m_pending->setItem(row, 0, what);
        m_pending->setItem(row, 1,
                           new QTableWidgetItem(c.value(QStringLiteral("proposed_by")).toString()));
        m_pending->setItem(
            row, 2,
            new QTableWidgetItem(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)));
    }
    m_pending->resizeColumnToContents(0);
    m_pending->resizeColumnToContents(1);
    m_approve->setEnabled(false);
    m_reject->setEnabled(false);
}

void TeamAdminPanel::decide(bool approve)
{
    const int row = m_pending->currentRow();
    if (row < 0 || row >= m_changes.size())
        return;
    emit changeDecided(m_changes.at(row).value(QStringLiteral("id")).toInteger(), approve);
}

void TeamAdminPanel::setWaitingKeys(const QList<QJsonObject> &keys)
{
    m_waitingKeys = keys;
    m_keys->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        m_keys->setItem(
            row, 0, new QTableWidgetItem(keys.at(row).value(QStringLiteral("member")).toString()));
        auto *fingerprint =
            new QTableWidgetItem(keys.at(row).value(QStringLiteral("fingerprint")).toString());
        fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_keys->setItem(row, 1, fingerprint);
    }
    m_keys->resizeColumnToContents(0);
    m_keys->setMaximumHeight(m_keys->horizontalHeader()->sizeHint().height() +
                             3 * m_keys->verticalHeader()->defaultSectionSize() +
                             2 * m_keys->frameWidth());
    m_approveKey->setEnabled(false);
    // Only there when a colleague waits: most days nobody does.
    for (QWidget *w : {static_cast<QWidget *>(m_keysLabel), static_cast<QWidget *>(m_keys),
                       static_cast<QWidget *>(m_approveKey)})
        w->setVisible(!keys.isEmpty());
}

void TeamAdminPanel::approveKey()
{
    const int row = m_keys->currentRow();
    if (row < 0 || row >= m_waitingKeys.size())
        return;
    const QJsonObject &k = m_waitingKeys.at(row);
    const QString member = k.value(QStringLiteral("member")).toString();
    // The one check that matters is out of band: the fingerprint as the colleague reads it.
    if (Dialogs::question(this, tr("Vouch for a new key"),
                          tr("Sign %1's new key with yours?\n\n%2\n\nCompare this "
                             "fingerprint with %1 by phone or in person first: once you sign, "
                             "every desktop takes their requests and decisions made with it.")
                              .arg(member, k.value(QStringLiteral("fingerprint")).toString()),
                          QMessageBox::Yes | QMessageBox::Cancel,
                          QMessageBox::Cancel) == QMessageBox::Yes)
        emit keyApproved(member, k.value(QStringLiteral("public_key")).toString());
}

void TeamAdminPanel::editPolicy()
{
    PolicyDialog dialog(TeamPolicy::fromJson(m_policy), this);
    if (Dialogs::exec(dialog) == QDialog::Accepted)
        emit policyProposed(dialog.policy().toJson());
}

void TeamAdminPanel::changeRole()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("roleDialog"));
    dialog.setWindowTitle(tr("Change a role"));
    auto *member = new QComboBox(&dialog);
    member->setObjectName(QStringLiteral("roleMember"));
    member->addItems(m_members);
    auto *role = new QComboBox(&dialog);
    role->setObjectName(QStringLiteral("roleRole"));
    // Shown in the window's language; proposed by the database's name for it.
    for (const QString &name : TeamRoles::all())
        role->addItem(TeamRoles::display(name), name);
    role->addItem(tr("none (leaves the team)"), QString());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Propose"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Member:"), member);
    form->addRow(tr("&Role:"), role);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (Dialogs::exec(dialog) == QDialog::Accepted && !member->currentText().isEmpty())
        emit roleProposed(member->currentText(), role->currentData().toString());
}

void TeamAdminPanel::shareConnection()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("shareDialog"));
    dialog.setWindowTitle(tr("Share a connection"));
    auto *connection = new QComboBox(&dialog);
    connection->setObjectName(QStringLiteral("shareConnection"));
    for (const auto &[id, name] : std::as_const(m_local))
        connection->addItem(name, id);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("S&hare"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_local.isEmpty());
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Its name, provider, address and settings go to the team; its "
                               "secret stays in this desktop's keychain."),
                            &dialog));
    form->addRow(tr("&Connection:"), connection);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (Dialogs::exec(dialog) == QDialog::Accepted && connection->currentIndex() >= 0)
        emit connectionShared(connection->currentData().toString());
}
