#pragma once

#include "TeamPolicy.h"

#include <QDialog>

class AmountField;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/// One rule of the team's policy as a form: which payouts it applies to and how many
/// approvals they need. Every condition left at "any" applies to all payouts.
class PolicyRuleDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PolicyRuleDialog(const PolicyRule &rule, QWidget *parent = nullptr);
    /// The rule as the form holds it; what the form does not show is kept from the start.
    PolicyRule rule() const;

private:
    void validate();
    QString currency() const;

    PolicyRule m_start;
    QLineEdit *m_name;
    AmountField *m_minUsd;
    QComboBox *m_currency;
    AmountField *m_minAmount;
    QComboBox *m_method;
    QComboBox *m_provider;
    QCheckBox *m_newCounterparty;
    QCheckBox *m_newCountry;
    QSpinBox *m_approvals;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};
