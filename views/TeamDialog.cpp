#include "TeamDialog.h"

#include "TeamPolicy.h"

#include "ConnectionKind.h"
#include "Currency.h"
#include "Money.h"
#include "PageLayout.h"
#include "TeamAdminPanel.h"
#include "TeamRoles.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

TeamDialog::TeamDialog(const QString &url, QWidget *parent)
    : QDialog(parent), m_url(new QLineEdit(url, this)), m_password(new QLineEdit(this)),
      m_connect(new QPushButton(tr("&Connect"), this)), m_state(new QLabel(this)),
      m_members(new QTableWidget(this)), m_policy(new QPlainTextEdit(this)),
      m_connections(new QTableWidget(this)),
      m_adopt(new QPushButton(tr("&Add to this desktop…"), this)),
      m_admin(new TeamAdminPanel(this)), m_audit(new QLabel(this)),
      m_verify(new QPushButton(tr("&Verify audit log"), this))
{
    setObjectName(QStringLiteral("teamDialog"));
    setWindowTitle(tr("Team"));
    m_url->setObjectName(QStringLiteral("teamUrl"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://you@db.example.com/treasury"));
    m_password->setObjectName(QStringLiteral("teamPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain"));
    m_connect->setObjectName(QStringLiteral("teamConnect"));
    m_state->setObjectName(QStringLiteral("teamDialogState"));
    m_state->setWordWrap(true);
    PageLayout::readOnlyTable(m_members, QStringLiteral("teamMembers"), tr("Team members"),
                              {tr("Name"), tr("Role"), tr("Connected"), tr("Key fingerprint")});
    m_policy->setObjectName(QStringLiteral("teamPolicy"));
    m_policy->setReadOnly(true);
    m_policy->setAccessibleName(tr("Approval policy"));

    PageLayout::readOnlyTable(m_connections, QStringLiteral("teamConnections"),
                              tr("Team connections"),
                              {tr("Name"), tr("Provider"), tr("On this desktop")});
    m_adopt->setObjectName(QStringLiteral("teamAdopt"));
    m_adopt->setToolTip(tr("Adds the selected connection as the team shares it; you type this "
                           "desktop's secret"));
    m_adopt->setEnabled(false);
    connect(m_connections, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_connections->currentRow();
        m_adopt->setEnabled(row >= 0 && row < m_shared.size() &&
                            !m_here.contains(m_shared.at(row).id));
    });
    connect(m_adopt, &QPushButton::clicked, this, [this] {
        const int row = m_connections->currentRow();
        if (row >= 0 && row < m_shared.size())
            emit adoptRequested(m_shared.at(row));
    });
    m_audit->setObjectName(QStringLiteral("teamAudit"));
    m_audit->setWordWrap(true);
    m_verify->setObjectName(QStringLiteral("teamVerifyAudit"));
    m_verify->setToolTip(tr("Recomputes the audit log's hash chain and checks that it only grew "
                            "since this desktop last looked"));
    connect(m_verify, &QPushButton::clicked, this, &TeamDialog::auditRequested);

    auto *form = new QFormLayout;
    form->addRow(tr("Team &database:"), m_url);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_connect);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_state);
    layout->addWidget(new QLabel(tr("Members"), this));
    layout->addWidget(m_members, 1);
    auto *connectionsHeader = new QHBoxLayout;
    connectionsHeader->addWidget(new QLabel(tr("Connections the team shares"), this), 1);
    connectionsHeader->addWidget(m_adopt);
    layout->addLayout(connectionsHeader);
    layout->addWidget(m_connections, 1);
    layout->addWidget(new QLabel(tr("Approval policy"), this));
    layout->addWidget(m_policy, 1);
    layout->addWidget(m_admin, 1);
    m_admin->hide();
    auto *audit = new QHBoxLayout;
    audit->addWidget(m_audit, 1);
    audit->addWidget(m_verify);
    layout->addLayout(audit);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        emit connectRequested(m_url->text().trimmed(), m_password->text());
        m_password->clear();
    });
    resize(680, 680);
}

void TeamDialog::setState(const QString &text)
{
    m_state->setText(text);
}

void TeamDialog::setAudit(const QString &text, bool ok)
{
    m_audit->setText(text);
    // A broken chain is the one thing on this dialog that must not be overlooked.
    m_audit->setStyleSheet(ok ? QString()
                              : QStringLiteral("color: palette(highlight); font-weight: bold"));
}

void TeamDialog::setAdmin(bool admin)
{
    // The admin's tools take room of their own rather than squeezing the lists.
    if (admin && !m_admin->isVisible() && height() < 820)
        resize(width(), 820);
    m_admin->setVisible(admin);
}

void TeamDialog::setConnections(const QList<Connection> &shared, const QStringList &here)
{
    m_shared = shared;
    m_here = here;
    m_connections->setRowCount(int(shared.size()));
    for (int row = 0; row < shared.size(); ++row) {
        const Connection &c = shared.at(row);
        const ConnectionKind *kind = ConnectionKind::find(c.provider);
        m_connections->setItem(row, 0, new QTableWidgetItem(c.name));
        m_connections->setItem(row, 1, new QTableWidgetItem(kind ? kind->display : c.provider));
        m_connections->setItem(row, 2,
                               new QTableWidgetItem(here.contains(c.id) ? tr("yes") : QString()));
    }
    m_connections->resizeColumnToContents(0);
    m_connections->resizeColumnToContents(1);
    m_adopt->setEnabled(false);
}

void TeamDialog::setMembers(const QList<QJsonObject> &members)
{
    m_members->setRowCount(int(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const QJsonObject &m = members.at(row);
        m_members->setItem(row, 0,
                           new QTableWidgetItem(m.value(QStringLiteral("name")).toString()));
        m_members->setItem(
            row, 1,
            new QTableWidgetItem(TeamRoles::display(m.value(QStringLiteral("role")).toString())));
        m_members->setItem(row, 2,
                           new QTableWidgetItem(m.value(QStringLiteral("connected")).toBool()
                                                    ? tr("yes")
                                                    : QString()));
        // The key this desktop pinned for them, to compare with them out of band.
        const QString key = m.value(QStringLiteral("key")).toString();
        auto *fingerprint = new QTableWidgetItem(key.isEmpty() ? tr("no key yet") : key);
        fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_members->setItem(row, 3, fingerprint);
    }
    m_members->resizeColumnToContents(0);
    m_members->resizeColumnToContents(1);
    m_members->resizeColumnToContents(3);
    QStringList names;
    for (const QJsonObject &m : members)
        names << m.value(QStringLiteral("name")).toString();
    m_admin->setMembers(names);
}

void TeamDialog::setPolicy(const QJsonObject &policy)
{
    m_admin->setPolicy(policy);
    // The rules in the reader's words; the document itself is the database's business.
    QStringList lines;
    for (const QString &line : TeamPolicy::fromJson(policy).lines())
        lines << tr("• %1").arg(line);
    m_policy->setPlainText(lines.join(u'\n'));
}
