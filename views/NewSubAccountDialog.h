#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

/// A new sub-account (wallet) under a crypto connection's master account: its name, and
/// optionally the team's own id for it.
class NewSubAccountDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewSubAccountDialog(const QString &connection, QWidget *parent = nullptr);

    QString name() const;
    QString externalId() const;

private:
    QLineEdit *m_name;
    QLineEdit *m_externalId;
    QDialogButtonBox *m_buttons;
};
