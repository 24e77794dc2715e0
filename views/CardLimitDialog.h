#pragma once

#include "Card.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Sets one card's spend limit: an amount in the locale's format and a period, or none.
class CardLimitDialog final : public QDialog
{
    Q_OBJECT

public:
    CardLimitDialog(const Card &card, QWidget *parent = nullptr);

    /// nullopt: no limit.
    std::optional<Money> amount() const;
    QString period() const;

private:
    void validate();

    QLineEdit *m_amount;
    QComboBox *m_period;
    QCheckBox *m_none;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
