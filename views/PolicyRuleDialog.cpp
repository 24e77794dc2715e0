#include "PolicyRuleDialog.h"

#include "AmountField.h"
#include "Currency.h"
#include "Payout.h"
#include "ProviderNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

#include <set>

namespace {
/// An amount condition: none when the field is empty, the amount when it reads as one.
std::optional<Money> typed(const AmountField *field)
{
    return field->text().trimmed().isEmpty() ? std::nullopt : field->reading().amount;
}
} // namespace

PolicyRuleDialog::PolicyRuleDialog(const PolicyRule &rule, QWidget *parent)
    : QDialog(parent), m_start(rule), m_name(new QLineEdit(this)), m_minUsd(new AmountField(this)),
      m_currency(new QComboBox(this)), m_minAmount(new AmountField(this)),
      m_method(new QComboBox(this)), m_provider(new QComboBox(this)),
      m_newCounterparty(new QCheckBox(tr("Only to a counterparty never paid before"), this)),
      m_newCountry(new QCheckBox(tr("Only to a country never paid before"), this)),
      m_approvals(new QSpinBox(this)), m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("policyRuleDialog"));
    setWindowTitle(tr("Policy rule"));
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_name->setPlaceholderText(tr("Optional: shown to approvers beside the conditions"));
    m_minUsd->setObjectName(QStringLiteral("ruleMinUsd"));
    m_minUsd->edit()->setPlaceholderText(tr("Any amount"));
    m_currency->setObjectName(QStringLiteral("ruleCurrency"));
    m_minAmount->setObjectName(QStringLiteral("ruleMinAmount"));
    m_minAmount->edit()->setPlaceholderText(tr("Any amount"));
    m_method->setObjectName(QStringLiteral("ruleMethod"));
    m_provider->setObjectName(QStringLiteral("ruleProvider"));
    m_newCounterparty->setObjectName(QStringLiteral("ruleNewCounterparty"));
    m_newCountry->setObjectName(QStringLiteral("ruleNewCountry"));
    m_approvals->setObjectName(QStringLiteral("ruleApprovals"));
    m_approvals->setRange(1, 9);
    m_summary->setObjectName(QStringLiteral("ruleSummary"));
    m_summary->setWordWrap(true);

    // The choices: "any", then what the app knows, then the rule's own value if it is
    // something else (a newer desktop's method), so that saving never changes it.
    std::set<QString> currencies;
    std::set<std::pair<QString, QString>> providers;
    m_method->addItem(tr("Any method"), QString());
    for (const PayoutMethod m : PayoutMethods::all()) {
        m_method->addItem(tr("%1 (%2)").arg(PayoutMethods::name(m),
                                            ProviderNames::display(PayoutMethods::provider(m))),
                          PayoutMethods::key(m));
        providers.emplace(ProviderNames::display(PayoutMethods::provider(m)),
                          PayoutMethods::provider(m));
        for (const QString &c : PayoutMethods::currencies(m))
            currencies.insert(c);
    }
    // Any ISO code can be typed; these are offered.
    for (const char *c : {"USD", "EUR", "GBP", "CAD", "MXN", "USDC", "USDT"})
        currencies.insert(QLatin1String(c));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_provider->addItem(tr("Any provider"), QString());
    for (const auto &[text, id] : providers)
        m_provider->addItem(text, id);
    m_currency->addItem(tr("Any currency"), QString());
    for (const QString &c : currencies)
        m_currency->addItem(c, c);
    auto choose = [](QComboBox *box, const QString &value) {
        if (box->findData(value) < 0)
            box->addItem(value, value);
        box->setCurrentIndex(box->findData(value));
    };
    choose(m_method, rule.method);
    choose(m_provider, rule.provider);
    choose(m_currency, rule.currency);
    connect(m_currency, &QComboBox::editTextChanged, this, &PolicyRuleDialog::validate);
    const QLocale locale;
    m_name->setText(rule.givenName());
    if (rule.minUsd)
        m_minUsd->setText(rule.minUsd->toLocaleString(locale));
    if (rule.minAmount)
        m_minAmount->setText(rule.minAmount->toLocaleString(locale));
    m_newCounterparty->setChecked(rule.newCounterparty);
    m_newCountry->setChecked(rule.newCountry);
    m_approvals->setValue(rule.approvals);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Above (&USD):"), m_minUsd);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("Above (in &that currency):"), m_minAmount);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(QString(), m_newCounterparty);
    form->addRow(QString(), m_newCountry);
    form->addRow(tr("&Approvals needed:"), m_approvals);
    form->addRow(m_summary);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (AmountField *f : {m_minUsd, m_minAmount})
        connect(f->edit(), &QLineEdit::textChanged, this, &PolicyRuleDialog::validate);
    for (QComboBox *b : {m_currency, m_method, m_provider})
        connect(b, &QComboBox::currentIndexChanged, this, &PolicyRuleDialog::validate);
    for (QCheckBox *b : {m_newCounterparty, m_newCountry})
        connect(b, &QCheckBox::toggled, this, &PolicyRuleDialog::validate);
    connect(m_approvals, &QSpinBox::valueChanged, this, &PolicyRuleDialog::validate);
    validate();
}

PolicyRule PolicyRuleDialog::rule() const
{
    PolicyRule r = m_start;
    r.name = m_name->text().trimmed();
    r.minUsd = typed(m_minUsd);
    r.currency = currency();
    r.minAmount = r.currency.isEmpty() ? std::nullopt : typed(m_minAmount);
    r.method = m_method->currentData().toString();
    r.provider = m_provider->currentData().toString();
    r.newCounterparty = m_newCounterparty->isChecked();
    r.newCountry = m_newCountry->isChecked();
    r.approvals = m_approvals->value();
    // The database's English name stays while the rule it names does; changed, it would
    // say something the rule no longer does.
    if (r.name.isEmpty() && r.sameRuleAs(m_start))
        r.name = m_start.name;
    return r;
}

QString PolicyRuleDialog::currency() const
{
    // "Any currency" is the first item's text; anything else is a code, chosen or typed.
    const QString text = m_currency->currentText().trimmed();
    return text.isEmpty() || text == m_currency->itemText(0) ? QString() : text.toUpper();
}

void PolicyRuleDialog::validate()
{
    const QString code = currency();
    m_minAmount->setEnabled(!code.isEmpty());
    m_minUsd->echo(QStringLiteral("USD"));
    m_minAmount->echo(code);
    // An amount that does not read as one is refused, never taken as "any amount".
    bool ok = true;
    for (AmountField *f : {m_minUsd, m_minAmount}) {
        QString problem;
        if (f->isEnabled() && !f->text().trimmed().isEmpty()) {
            const AmountReading r = f->reading();
            if (!r.amount)
                problem = r.problem;
            else if (r.amount->isNegative())
                problem = tr("An amount above which the rule applies is zero or more.");
        }
        f->setProblem(problem);
        ok = ok && problem.isEmpty();
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_summary->setText(
        ok ? tr("Applies to: %1. Needs %n approval(s).", nullptr, m_approvals->value())
                 .arg(rule().conditions())
           : QString());
}
