#include "TeamDialog.h"

#include "Currency.h"
#include "Money.h"
#include "PageLayout.h"

#include <QDialogButtonBox>
#include <QFormLayout>
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
      m_members(new QTableWidget(this)), m_policy(new QPlainTextEdit(this))
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
                              {tr("Name"), tr("Role"), tr("Connected")});
    m_policy->setObjectName(QStringLiteral("teamPolicy"));
    m_policy->setReadOnly(true);
    m_policy->setAccessibleName(tr("Approval policy"));

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
    layout->addWidget(new QLabel(tr("Approval policy"), this));
    layout->addWidget(m_policy, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        emit connectRequested(m_url->text().trimmed(), m_password->text());
        m_password->clear();
    });
    resize(640, 560);
}

void TeamDialog::setState(const QString &text)
{
    m_state->setText(text);
}

void TeamDialog::setMembers(const QList<QJsonObject> &members)
{
    m_members->setRowCount(int(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const QJsonObject &m = members.at(row);
        m_members->setItem(row, 0,
                           new QTableWidgetItem(m.value(QStringLiteral("name")).toString()));
        m_members->setItem(row, 1,
                           new QTableWidgetItem(m.value(QStringLiteral("role")).toString()));
        m_members->setItem(row, 2,
                           new QTableWidgetItem(m.value(QStringLiteral("connected")).toBool()
                                                    ? tr("yes")
                                                    : QString()));
    }
    m_members->resizeColumnToContents(0);
    m_members->resizeColumnToContents(1);
}

void TeamDialog::setPolicy(const QJsonObject &policy)
{
    // The rules in words, then the document as the database holds it.
    QStringList lines;
    for (const QJsonValue &rule : policy.value(QStringLiteral("rules")).toArray())
        lines << tr("• %1: %n approval(s)", nullptr, rule[QStringLiteral("approvals")].toInt(1))
                     .arg(rule[QStringLiteral("name")].toString());
    if (policy.contains(QStringLiteral("daily_limit_usd")))
        lines << tr("• above %1 USD a day per person: approval needed")
                     .arg(Currency::formatLocale(
                         Money::parse(policy.value(QStringLiteral("daily_limit_usd")).toString())
                             .value_or(Money()),
                         QStringLiteral("USD"), QLocale()));
    lines << tr("• a new bank account or address waits %n hour(s)", nullptr,
                policy.value(QStringLiteral("hold_hours")).toInt(24));
    m_policy->setPlainText(
        lines.join(u'\n') + QStringLiteral("\n\n") +
        QString::fromUtf8(QJsonDocument(policy).toJson(QJsonDocument::Indented)));
}
