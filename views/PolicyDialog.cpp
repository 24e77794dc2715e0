#include "PolicyDialog.h"

#include "AmountField.h"
#include "Dialogs.h"
#include "PolicyRuleDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QSpinBox *approvalsBox(QWidget *parent, const QString &name, int value, const QString &never)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 9);
    // 0 is "does not wait", said in words.
    box->setSpecialValueText(never);
    box->setValue(value);
    return box;
}
} // namespace

PolicyDialog::PolicyDialog(const TeamPolicy &policy, QWidget *parent)
    : QDialog(parent), m_start(policy), m_rules(policy.rules), m_ruleTable(new QTableWidget(this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_remove(new QPushButton(tr("&Remove"), this)),
      m_daily(new QCheckBox(tr("Approval above a daily total per person"), this)),
      m_dailyLimit(new AmountField(this)), m_dailyApprovals(new QSpinBox(this)),
      m_holdHours(new QSpinBox(this)),
      m_unfreeze(approvalsBox(this, QStringLiteral("policyUnfreeze"), policy.unfreezeApprovals,
                              tr("Never waits"))),
      m_create(approvalsBox(this, QStringLiteral("policyCreate"), policy.createApprovals,
                            tr("Never waits"))),
      m_limitRaise(approvalsBox(this, QStringLiteral("policyLimitRaise"),
                                policy.limitRaiseApprovals, tr("Never waits"))),
      m_rates(new QTableWidget(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("policyDialog"));
    setWindowTitle(tr("Team policy"));
    const QLocale locale;

    // Payout rules: a line each, edited in their own form.
    m_ruleTable->setObjectName(QStringLiteral("policyRules"));
    m_ruleTable->setAccessibleName(tr("Payout rules"));
    m_ruleTable->setColumnCount(3);
    m_ruleTable->setHorizontalHeaderLabels({tr("Applies to"), tr("Approvals"), tr("Name")});
    m_ruleTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ruleTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ruleTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ruleTable->verticalHeader()->hide();
    m_ruleTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ruleTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ruleTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    auto *add = new QPushButton(tr("&Add rule…"), this);
    add->setObjectName(QStringLiteral("policyAddRule"));
    m_edit->setObjectName(QStringLiteral("policyEditRule"));
    m_remove->setObjectName(QStringLiteral("policyRemoveRule"));
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(add);
    ruleButtons->addWidget(m_edit);
    ruleButtons->addWidget(m_remove);
    ruleButtons->addStretch(1);
    auto *rules = new QWidget(this);
    auto *rulesBox = new QVBoxLayout(rules);
    rulesBox->addWidget(m_ruleTable, 1);
    rulesBox->addLayout(ruleButtons);
    connect(add, &QPushButton::clicked, this, [this] { editRule(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editRule(m_ruleTable->currentRow()); });
    connect(m_ruleTable, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { editRule(row); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_ruleTable->currentRow();
        if (row >= 0 && row < m_rules.size()) {
            m_rules.removeAt(row);
            showRules();
        }
    });
    connect(m_ruleTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool one = m_ruleTable->currentRow() >= 0;
        m_edit->setEnabled(one);
        m_remove->setEnabled(one);
    });

    // The daily total, the hold and the card actions.
    m_daily->setObjectName(QStringLiteral("policyDaily"));
    m_dailyLimit->setObjectName(QStringLiteral("policyDailyLimit"));
    m_dailyApprovals->setObjectName(QStringLiteral("policyDailyApprovals"));
    m_dailyApprovals->setRange(1, 9);
    m_dailyApprovals->setValue(policy.dailyApprovals);
    m_daily->setChecked(policy.dailyLimitUsd.has_value());
    if (policy.dailyLimitUsd)
        m_dailyLimit->setText(policy.dailyLimitUsd->toLocaleString(locale));
    m_holdHours->setObjectName(QStringLiteral("policyHoldHours"));
    m_holdHours->setRange(0, 24 * 14);
    m_holdHours->setSpecialValueText(tr("No wait"));
    m_holdHours->setSuffix(tr(" h"));
    m_holdHours->setValue(policy.holdHours);
    auto *limits = new QWidget(this);
    auto *form = new QFormLayout(limits);
    form->addRow(m_daily);
    form->addRow(tr("Daily &total (USD):"), m_dailyLimit);
    form->addRow(tr("Approvals &above it:"), m_dailyApprovals);
    form->addRow(tr("A new bank account or address &waits:"), m_holdHours);
    form->addRow(tr("&Unfreezing a card:"), m_unfreeze);
    form->addRow(tr("A &new card:"), m_create);
    form->addRow(tr("A card &limit above the last one set:"), m_limitRaise);

    // USD rates: what amounts in other currencies are worth for the rules above.
    m_rates->setObjectName(QStringLiteral("policyRates"));
    m_rates->setAccessibleName(tr("USD rates"));
    m_rates->setColumnCount(2);
    m_rates->setHorizontalHeaderLabels({tr("Currency"), tr("USD for 1 unit")});
    m_rates->verticalHeader()->hide();
    m_rates->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (auto it = policy.usdRates.begin(); it != policy.usdRates.end(); ++it) {
        const int row = m_rates->rowCount();
        m_rates->insertRow(row);
        m_rates->setItem(row, 0, new QTableWidgetItem(it.key()));
        const auto rate = Money::parse(it.value());
        m_rates->setItem(row, 1,
                         new QTableWidgetItem(rate ? rate->toLocaleString(locale) : it.value()));
    }
    auto *addRate = new QPushButton(tr("Add &rate"), this);
    addRate->setObjectName(QStringLiteral("policyAddRate"));
    auto *removeRate = new QPushButton(tr("Remove ra&te"), this);
    connect(addRate, &QPushButton::clicked, this, [this] {
        const int row = m_rates->rowCount();
        m_rates->insertRow(row);
        m_rates->setItem(row, 0, new QTableWidgetItem);
        m_rates->setItem(row, 1, new QTableWidgetItem);
        m_rates->setCurrentCell(row, 0);
        m_rates->editItem(m_rates->item(row, 0));
    });
    connect(removeRate, &QPushButton::clicked, this, [this] {
        if (m_rates->currentRow() >= 0)
            m_rates->removeRow(m_rates->currentRow());
        validate();
    });
    auto *rateButtons = new QHBoxLayout;
    rateButtons->addWidget(addRate);
    rateButtons->addWidget(removeRate);
    rateButtons->addStretch(1);
    auto *rates = new QWidget(this);
    auto *ratesBox = new QVBoxLayout(rates);
    auto *ratesNote = new QLabel(tr("The rules value amounts in other currencies at these rates; "
                                    "without a rate, a rule with a USD amount applies."),
                                 rates);
    ratesNote->setWordWrap(true);
    ratesBox->addWidget(ratesNote);
    ratesBox->addWidget(m_rates, 1);
    ratesBox->addLayout(rateButtons);

    m_problem->setObjectName(QStringLiteral("policyProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Propose"));
    auto *note = new QLabel(tr("With two admins or more, the new policy applies once another "
                               "admin approves it."),
                            this);
    note->setWordWrap(true);
    // One tab each: the dialog stays as narrow as its widest part in every language.
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("policyTabs"));
    tabs->addTab(rules, tr("Payouts that need approval"));
    tabs->addTab(limits, tr("Daily total, new counterparties and cards"));
    tabs->addTab(rates, tr("USD rates"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_daily, &QCheckBox::toggled, this, &PolicyDialog::validate);
    connect(m_dailyLimit->edit(), &QLineEdit::textChanged, this, &PolicyDialog::validate);
    connect(m_rates, &QTableWidget::itemChanged, this, &PolicyDialog::validate);
    showRules();
    validate();
    resize(720, 480);
}

void PolicyDialog::showRules()
{
    m_ruleTable->setRowCount(int(m_rules.size()));
    for (int row = 0; row < m_rules.size(); ++row) {
        const PolicyRule &r = m_rules.at(row);
        auto *conditions = new QTableWidgetItem(r.conditions());
        conditions->setToolTip(r.conditions());
        m_ruleTable->setItem(row, 0, conditions);
        auto *approvals = new QTableWidgetItem(QLocale().toString(r.approvals));
        approvals->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ruleTable->setItem(row, 1, approvals);
        m_ruleTable->setItem(row, 2, new QTableWidgetItem(r.givenName()));
    }
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
    validate();
}

void PolicyDialog::editRule(int row)
{
    const bool adding = row < 0 || row >= m_rules.size();
    PolicyRuleDialog dialog(adding ? PolicyRule() : m_rules.at(row), this);
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return;
    if (adding)
        m_rules.append(dialog.rule());
    else
        m_rules[row] = dialog.rule();
    showRules();
    m_ruleTable->selectRow(adding ? int(m_rules.size()) - 1 : row);
}

TeamPolicy PolicyDialog::policy() const
{
    TeamPolicy p = m_start;
    const QLocale locale;
    p.rules = m_rules;
    p.dailyLimitUsd = m_daily->isChecked() ? m_dailyLimit->reading().amount : std::nullopt;
    p.dailyApprovals = m_dailyApprovals->value();
    p.holdHours = m_holdHours->value();
    p.unfreezeApprovals = m_unfreeze->value();
    p.createApprovals = m_create->value();
    p.limitRaiseApprovals = m_limitRaise->value();
    p.usdRates.clear();
    for (int row = 0; row < m_rates->rowCount(); ++row) {
        const QString currency = m_rates->item(row, 0) ? m_rates->item(row, 0)->text() : QString();
        const QString typed = m_rates->item(row, 1) ? m_rates->item(row, 1)->text() : QString();
        if (currency.trimmed().isEmpty() && typed.trimmed().isEmpty())
            continue;
        // The rate in the window's language, kept as the database's plain decimal text.
        const auto rate = AmountInput::read(typed, locale).amount;
        p.usdRates.insert(currency.trimmed().toUpper(),
                          rate ? rate->normalized().toString() : typed);
    }
    return p;
}

void PolicyDialog::validate()
{
    m_dailyLimit->setEnabled(m_daily->isChecked());
    m_dailyApprovals->setEnabled(m_daily->isChecked());
    m_dailyLimit->echo(QStringLiteral("USD"));
    QString problem;
    if (m_daily->isChecked()) {
        const AmountReading r = m_dailyLimit->reading();
        problem = !r.amount                ? r.problem
                  : r.amount->isNegative() ? tr("The daily total is zero or more.")
                                           : QString();
        m_dailyLimit->setProblem(problem);
    } else {
        m_dailyLimit->setProblem(QString());
    }
    if (problem.isEmpty())
        problem = policy().problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
