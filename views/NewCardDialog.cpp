#include "NewCardDialog.h"

#include "ProviderNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QUuid>

NewCardDialog::NewCardDialog(const QList<std::pair<QString, QString>> &issuers, QWidget *parent)
    : QDialog(parent), m_issuer(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_category(new QComboBox(this)), m_recurring(new QRadioButton(tr("&Recurring"), this)),
      m_singleUse(new QRadioButton(tr("&Single use"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New card"));
    setObjectName(QStringLiteral("newCardDialog"));
    m_issuer->setObjectName(QStringLiteral("newCardConnection"));
    m_name->setObjectName(QStringLiteral("newCardName"));
    m_category->setObjectName(QStringLiteral("newCardCategory"));
    m_singleUse->setObjectName(QStringLiteral("newCardSingleUse"));
    for (const auto &[provider, connection] : issuers)
        m_issuer->addItem(tr("%1 (%2)").arg(connection, ProviderNames::display(provider)),
                          QStringList{provider, connection});
    for (const CardCategory &c : CardCategory::dashfi())
        m_category->addItem(tr("%1 — %2").arg(c.group, c.name), c.value);
    m_name->setMaxLength(64);
    m_recurring->setChecked(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create card"));

    auto *use = new QHBoxLayout;
    use->addWidget(m_recurring);
    use->addWidget(m_singleUse);
    use->addStretch(1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Connection:"), m_issuer);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Ca&tegory:"), m_category);
    form->addRow(tr("Use:"), use);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto validate = [this] {
        m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_name->text().trimmed().isEmpty() && m_issuer->count() > 0);
    };
    connect(m_name, &QLineEdit::textChanged, this, validate);
    validate();
}

std::pair<QString, QString> NewCardDialog::issuer() const
{
    const QStringList parts = m_issuer->currentData().toStringList();
    return {parts.value(0), parts.value(1)};
}

NewCard NewCardDialog::request() const
{
    NewCard r;
    r.name = m_name->text().trimmed();
    r.category = m_category->currentData().toInt();
    r.frequency =
        m_singleUse->isChecked() ? QStringLiteral("single-use") : QStringLiteral("recurring");
    r.externalId = QStringLiteral("td-") + QUuid::createUuid().toString(QUuid::Id128);
    return r;
}
