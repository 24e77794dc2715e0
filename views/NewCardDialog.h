#pragma once

#include "Card.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

/// A new card at a connection that issues them: name, category from the provider's
/// documented list, single-use or recurring.
class NewCardDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `issuers`: (provider, connection) pairs that can create cards.
    NewCardDialog(const QList<std::pair<QString, QString>> &issuers, QWidget *parent = nullptr);

    std::pair<QString, QString> issuer() const;
    NewCard request() const;

private:
    QComboBox *m_issuer;
    QLineEdit *m_name;
    QComboBox *m_category;
    QRadioButton *m_recurring;
    QRadioButton *m_singleUse;
    QDialogButtonBox *m_buttons;
};
