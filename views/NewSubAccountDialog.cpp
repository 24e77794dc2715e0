#include "NewSubAccountDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NewSubAccountDialog::NewSubAccountDialog(const QString &connection, QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_externalId(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New sub-account at %1").arg(connection));
    m_name->setObjectName(QStringLiteral("subAccountName"));
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("e.g. Payroll — EU"));
    m_externalId->setObjectName(QStringLiteral("subAccountExternalId"));
    m_externalId->setMaxLength(100);
    m_externalId->setPlaceholderText(tr("Optional: your own reference for it"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&External ID:"), m_externalId);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Open sub-account"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *note = new QLabel(tr("The gateway opens it empty; money reaches it by a transfer "
                               "from the master account."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
}

QString NewSubAccountDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewSubAccountDialog::externalId() const
{
    return m_externalId->text().trimmed();
}
