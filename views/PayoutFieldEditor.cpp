#include "PayoutFieldEditor.h"

#include "CountryCodes.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

QWidget *PayoutFieldEditor::create(const PayoutFieldSpec &spec, PayoutMethod method,
                                   QWidget *parent, const std::function<void()> &edited)
{
    const QString name = PayoutMethods::fieldKey(spec.field);
    const QStringList choices = PayoutMethods::choices(spec.field);
    const bool country =
        spec.field == PayoutField::Country || spec.field == PayoutField::BankCountry;
    const bool picker = spec.field == PayoutField::DotsUser ||
                        spec.field == PayoutField::DartCustomer ||
                        spec.field == PayoutField::Wallet;
    if (country || !choices.isEmpty() || picker) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(name);
        if (country) {
            combo->addItem(tr("Choose a country…"), QString());
            for (const Country &c : CountryCodes::instance().all())
                combo->addItem(QStringLiteral("%1 (%2)").arg(c.name, c.alpha3), c.alpha3);
        } else if (picker) {
            combo->addItem(spec.field == PayoutField::DotsUser ? tr("Choose a user…")
                           : spec.field == PayoutField::Wallet ? tr("Choose a sub-account…")
                                                               : tr("Choose a customer…"),
                           QString());
            combo->setMinimumContentsLength(32);
            // Searchable: any part of a name, email or phone finds it.
            combo->setEditable(true);
            combo->setInsertPolicy(QComboBox::NoInsert);
            combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
            combo->completer()->setFilterMode(Qt::MatchContains);
            combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
            combo->lineEdit()->setAccessibleName(PayoutMethods::label(spec.field, method));
            QObject::connect(combo->lineEdit(), &QLineEdit::textEdited, parent, edited);
        }
        for (const QString &value : choices)
            combo->addItem(PayoutMethods::choiceText(spec.field, value), value);
        QObject::connect(combo, &QComboBox::activated, parent, edited);
        return combo;
    }
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setMaxLength(spec.maxLength + 1); // one over, so the message can say why
    QObject::connect(edit, &QLineEdit::textEdited, parent, edited);
    return edit;
}

QString PayoutFieldEditor::text(const QWidget *editor)
{
    if (auto *combo = qobject_cast<const QComboBox *>(editor))
        return chosenId(combo);
    if (auto *edit = qobject_cast<const QLineEdit *>(editor))
        return edit->text();
    return QString();
}

QString PayoutFieldEditor::chosenId(const QComboBox *combo)
{
    if (combo->isEditable() && combo->currentText() != combo->itemText(combo->currentIndex()))
        return QString();
    return combo->currentData().toString();
}
