#pragma once

#include "TeamPolicy.h"

#include <QDialog>

class AmountField;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

/**
 * The team's policy as a form an admin edits in their own language: the payout rules (each
 * in its own form), the daily total per person, the hold on new counterparties, the card
 * actions that wait for approval and the USD rates amounts are valued at. The database
 * checks the proposal again; what the form does not show is kept as it was.
 */
class PolicyDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PolicyDialog(const TeamPolicy &policy, QWidget *parent = nullptr);
    /// The policy as the form holds it.
    TeamPolicy policy() const;

private:
    void showRules();
    void editRule(int row);
    void validate();

    TeamPolicy m_start;
    QList<PolicyRule> m_rules;
    QTableWidget *m_ruleTable;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QCheckBox *m_daily;
    AmountField *m_dailyLimit;
    QSpinBox *m_dailyApprovals;
    QSpinBox *m_holdHours;
    QSpinBox *m_unfreeze;
    QSpinBox *m_create;
    QSpinBox *m_limitRaise;
    QTableWidget *m_rates;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
