#include "CardLimitDialog.h"

#include "AmountInput.h"
#include "Currency.h"
#include "Transaction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

CardLimitDialog::CardLimitDialog(const Card &card, QWidget *parent)
    : QDialog(parent), m_amount(new QLineEdit(this)), m_period(new QComboBox(this)),
      m_none(new QCheckBox(tr("&No limit"), this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Spend limit of %1").arg(Transaction::cardLabel(card.name, card.lastFour)));
    setObjectName(QStringLiteral("cardLimitDialog"));
    m_amount->setObjectName(QStringLiteral("limitAmount"));
    m_period->setObjectName(QStringLiteral("limitPeriod"));
    m_none->setObjectName(QStringLiteral("noLimit"));
    m_error->setObjectName(QStringLiteral("limitError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    for (const QString &code : CardLimitPeriods::dashfi()) {
        if (code != QLatin1String("NO-LIMIT")) // the "No limit" box says that
            m_period->addItem(CardLimitPeriods::text(code), code);
    }
    if (card.spendLimit) {
        m_amount->setText(Currency::formatLocale(*card.spendLimit, card.currency, QLocale()));
        m_period->setCurrentIndex(qMax(0, m_period->findData(card.spendLimitPeriod)));
    }
    m_none->setChecked(!card.spendLimit);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set limit"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Amount (%1):").arg(card.currency), m_amount);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(QString(), m_none);
    form->addRow(m_error);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amount, &QLineEdit::textChanged, this, &CardLimitDialog::validate);
    connect(m_none, &QCheckBox::toggled, this, &CardLimitDialog::validate);
    validate();
}

std::optional<Money> CardLimitDialog::amount() const
{
    if (m_none->isChecked())
        return std::nullopt;
    return AmountInput::read(m_amount->text(), QLocale()).amount;
}

QString CardLimitDialog::period() const
{
    return m_period->currentData().toString();
}

void CardLimitDialog::validate()
{
    const bool none = m_none->isChecked();
    m_amount->setEnabled(!none);
    m_period->setEnabled(!none);
    QString error;
    if (!none) {
        const AmountReading typed = AmountInput::read(m_amount->text(), QLocale());
        const std::optional<Money> &value = typed.amount;
        if (!value)
            error = typed.problem;
        else if (value->isNegative() || value->isZero())
            error = tr("A limit is more than zero; tick \"No limit\" for none.");
        else if (!value->withScale(2))
            error = tr("A limit has at most two decimals.");
    }
    m_error->setText(error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}
