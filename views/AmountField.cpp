#include "AmountField.h"

#include "AmountWords.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

AmountField::AmountField(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_words(new QLabel(this)),
      m_problem(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("amount"));
    m_edit->setAccessibleName(tr("Amount"));
    m_edit->setPlaceholderText(AmountInput::example(QLocale()));
    m_words->setObjectName(QStringLiteral("amountWords"));
    // One line: a wrapped label in the form's rows is given no room for its second line.
    m_words->setForegroundRole(QPalette::PlaceholderText);
    m_words->hide();
    m_problem->setObjectName(QStringLiteral("fieldError"));
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problem->setPalette(p);
    m_problem->hide();
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(m_edit);
    column->addWidget(m_words);
    column->addWidget(m_problem);
    connect(m_edit, &QLineEdit::textEdited, this, &AmountField::edited);
}

QString AmountField::text() const
{
    return m_edit->text();
}

void AmountField::setText(const QString &text)
{
    m_edit->setText(text);
}

void AmountField::clear()
{
    m_edit->clear();
    m_words->hide();
    setProblem(QString());
}

AmountReading AmountField::reading() const
{
    return AmountInput::read(m_edit->text(), QLocale());
}

void AmountField::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void AmountField::echo(const QString &currency)
{
    const AmountReading r = reading();
    const QString words = r.amount ? AmountWords::spell(*r.amount, QLocale()) : QString();
    m_words->setText(words.isEmpty() ? QString() : tr("In words: %1 %2").arg(words, currency));
    m_words->setAccessibleName(m_words->text());
    m_words->setToolTip(m_words->text()); // whole, where a long amount's words are cut
    m_words->setVisible(!words.isEmpty());
}
