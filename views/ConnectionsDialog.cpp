#include "ConnectionsDialog.h"

#include "Dialogs.h"

#include "ConnectionForm.h"
#include "ProviderNames.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

ConnectionsDialog::ConnectionsDialog(QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_form(new ConnectionForm(this)),
      m_status(new QLabel(this)), m_add(new QPushButton(tr("&Add"), this)),
      m_remove(new QPushButton(tr("&Remove…"), this)),
      m_test(new QPushButton(tr("&Test connection"), this)),
      m_save(new QPushButton(tr("&Save"), this)),
      m_sessionOnly(new QPushButton(tr("Keep for this session &only"), this))
{
    setWindowTitle(tr("Connections"));
    setObjectName(QStringLiteral("connectionsDialog"));
    m_list->setObjectName(QStringLiteral("connectionList"));
    m_list->setAccessibleName(tr("Connections"));
    m_list->setSpacing(3);
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_add->setObjectName(QStringLiteral("addConnection"));
    m_remove->setObjectName(QStringLiteral("removeConnection"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_save->setObjectName(QStringLiteral("saveConnection"));
    m_sessionOnly->setObjectName(QStringLiteral("keepForSession"));
    m_sessionOnly->hide();

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);

    auto *right = new QVBoxLayout;
    right->addWidget(m_form);
    right->addWidget(m_status);
    right->addStretch(1);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_sessionOnly);
    formButtons->addStretch(1);
    formButtons->addWidget(m_test);
    formButtons->addWidget(m_save);
    right->addLayout(formButtons);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(columns, 1);
    outer->addWidget(close);
    resize(760, 420);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionsDialog::selectRow);
    connect(m_add, &QPushButton::clicked, this, [this] {
        m_list->setCurrentRow(-1);
        m_form->startNew();
        say(QString(), false);
        m_form->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsDialog::removeCurrent);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsDialog::test);
    connect(m_save, &QPushButton::clicked, this, &ConnectionsDialog::save);
    connect(m_sessionOnly, &QPushButton::clicked, this, [this] {
        m_sessionOnly->hide();
        m_selectAfterUpdate = m_form->connection().id;
        emit saveForSessionRequested(m_form->connection(),
                                     m_form->typedSecret().value_or(QString()));
        say(tr("Kept for this session only: the secret is in memory and will be asked for "
               "again after a restart."),
            false);
    });
    connect(m_form, &ConnectionForm::changed, this, &ConnectionsDialog::updateButtons);
    updateButtons();
}

void ConnectionsDialog::startFrom(const Connection &shared)
{
    m_list->setCurrentRow(-1);
    m_form->startFrom(shared);
    say(tr("Shared by your team: type this desktop's secret for %1, then save.").arg(shared.name),
        false);
    m_form->setFocus();
}

void ConnectionsDialog::setReadOnly(const QString &why)
{
    m_readOnly = why;
    for (QPushButton *b : {m_add, m_remove, m_test, m_save, m_sessionOnly})
        b->hide();
    m_form->setEnabled(false);
    m_form->hideSecrets();
    say(why, false);
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void ConnectionsDialog::setConnections(const QList<Connection> &connections)
{
    const QString keep = !m_selectAfterUpdate.isEmpty() ? m_selectAfterUpdate
                         : m_list->currentRow() >= 0 ? m_connections.value(m_list->currentRow()).id
                                                     : QString();
    m_selectAfterUpdate.clear();
    m_connections = connections;
    const QSignalBlocker block(m_list);
    m_list->clear();
    int select = -1;
    for (const Connection &c : connections) {
        m_list->addItem(tr("%1\n%2 · %3")
                            .arg(c.name, ProviderNames::display(c.provider),
                                 ConnectionForm::environmentText(c.environment)));
        if (c.id == keep)
            select = m_list->count() - 1;
    }
    m_list->setCurrentRow(select);
    if (select >= 0 && !m_saving)
        m_form->edit(connections.at(select));
    updateButtons();
}

void ConnectionsDialog::selectRow(int row)
{
    if (row < 0 || row >= m_connections.size())
        return;
    m_form->edit(m_connections.at(row));
    say(m_readOnly, false);
    m_sessionOnly->hide();
    updateButtons();
}

void ConnectionsDialog::save()
{
    if (m_saving || !m_form->problems().isEmpty())
        return;
    m_saving = true;
    m_selectAfterUpdate = m_form->connection().id;
    say(tr("Saving…"), false);
    updateButtons();
    emit saveRequested(m_form->connection(), m_form->typedSecret().value_or(QString()));
}

void ConnectionsDialog::saveFinished(bool ok, const QString &message, bool keychainMissing)
{
    m_saving = false;
    if (ok) {
        // The secret is in the keychain now: the fields go back to "keep the stored one".
        for (int row = 0; row < m_connections.size(); ++row) {
            if (m_connections.at(row).id == m_form->connection().id)
                m_form->edit(m_connections.at(row));
        }
        say(tr("Saved. The secret is in the system keychain."), false);
    } else {
        // The form keeps everything typed, so a retry needs no retyping.
        say(message, true);
        m_sessionOnly->setVisible(keychainMissing && m_form->typedSecret().has_value());
    }
    updateButtons();
}

void ConnectionsDialog::test()
{
    if (m_testing || !m_form->connection().problems().isEmpty())
        return;
    m_testing = true;
    say(tr("Testing…"), false);
    updateButtons();
    emit testRequested(m_form->connection(), m_form->typedSecret().value_or(QString()));
}

void ConnectionsDialog::testFinished(bool ok, const QString &message)
{
    m_testing = false;
    say(ok ? tr("Connection works: %1").arg(message) : message, !ok);
    updateButtons();
}

void ConnectionsDialog::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_connections.size())
        return;
    const Connection &c = m_connections.at(row);
    QMessageBox ask(QMessageBox::Warning, tr("Remove connection"), tr("Remove “%1”?").arg(c.name),
                    QMessageBox::Cancel, this);
    ask.setInformativeText(tr("Its secret is deleted from the keychain and its stored "
                              "transactions from this computer. The account at %1 is not "
                              "touched.")
                               .arg(ProviderNames::display(c.provider)));
    QPushButton *remove = ask.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    if (Dialogs::ask(ask) != remove)
        return;
    say(tr("Removing…"), false);
    emit removeRequested(c.id);
}

void ConnectionsDialog::removeFinished(bool ok, const QString &message)
{
    if (ok) {
        m_form->startNew();
        say(tr("Removed."), false);
    } else {
        say(message, true);
    }
    updateButtons();
}

void ConnectionsDialog::updateButtons()
{
    const QStringList problems = m_form->problems();
    m_save->setEnabled(!m_saving && problems.isEmpty());
    m_save->setToolTip(problems.join(u'\n'));
    m_test->setEnabled(!m_testing && m_form->connection().problems().isEmpty() &&
                       (!m_form->isNew() || m_form->typedSecret()));
    m_remove->setEnabled(m_list->currentRow() >= 0 && !m_form->isNew());
}

void ConnectionsDialog::say(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828") : QString());
}
