#pragma once

#include "Payout.h"

#include <QCoreApplication>

#include <functional>

class QComboBox;
class QWidget;

/// The editor of one payout form field: a line edit, a list of choices, a country list or
/// a searchable picker (Dots users, DART customers, sub-accounts), and the text it holds.
class PayoutFieldEditor
{
    Q_DECLARE_TR_FUNCTIONS(PayoutFieldEditor)

public:
    /// A new editor named after the field's key; `edited` runs whenever the person changes it.
    static QWidget *create(const PayoutFieldSpec &spec, PayoutMethod method, QWidget *parent,
                           const std::function<void()> &edited);
    /// What the editor holds: the text, or the chosen item's id.
    static QString text(const QWidget *editor);
    /// A picker's choice: its item's id, and nothing while the typed text names no item (an
    /// editable combo keeps its last item when the text changes; that must not be paid).
    static QString chosenId(const QComboBox *combo);
};
