#pragma once

#include "AmountInput.h"

#include <QWidget>

class QLabel;
class QLineEdit;

/**
 * Where a person types an amount: the line edit, the amount echoed in words of the
 * window's language under it (as on a cheque), and the problem when the text is refused.
 * Reads by AmountInput's one rule for the default locale; the owner adds its own checks
 * (currency places, minimums) through setProblem.
 */
class AmountField final : public QWidget
{
    Q_OBJECT

public:
    explicit AmountField(QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    QString text() const;
    void setText(const QString &text);
    void clear();
    AmountReading reading() const;
    /// What is wrong with the amount (AmountInput's word, or the owner's); empty hides it.
    void setProblem(const QString &problem);
    /// The words under the field for `currency`, or nothing while the text is no amount.
    void echo(const QString &currency);

signals:
    /// The person changed the text (not setText).
    void edited();

private:
    QLineEdit *m_edit;
    QLabel *m_words;
    QLabel *m_problem;
};
