#include "ConnectionsController.h"

#include "ConnectionManager.h"
#include "ConnectionsDialog.h"
#include "Provider.h"
#include "ProviderFactory.h"

ConnectionsController::ConnectionsController(ConnectionManager *manager,
                                             QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_manager(manager), m_network(network)
{}

ConnectionsDialog *ConnectionsController::dialog() const
{
    return m_dialog;
}

ConnectionsDialog *ConnectionsController::open(QWidget *parent)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = new ConnectionsDialog(parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_only) {
        m_dialog->setConnections(*m_only);
        m_dialog->setReadOnly(m_onlyWhy);
        m_dialog->show();
        return m_dialog;
    }
    m_dialog->setConnections(m_manager->connections());
    connect(m_manager, &ConnectionManager::changed, m_dialog,
            [this] { m_dialog->setConnections(m_manager->connections()); });
    connect(m_dialog, &ConnectionsDialog::saveRequested, this, &ConnectionsController::save);
    connect(m_dialog, &ConnectionsDialog::saveForSessionRequested, m_manager,
            &ConnectionManager::saveForSession);
    connect(m_dialog, &ConnectionsDialog::testRequested, this, &ConnectionsController::test);
    connect(m_dialog, &ConnectionsDialog::removeRequested, this, &ConnectionsController::remove);
    m_dialog->show();
    return m_dialog;
}

void ConnectionsController::showOnly(const QList<Connection> &connections, const QString &why)
{
    m_only = connections;
    m_onlyWhy = why;
}

void ConnectionsController::save(const Connection &connection, const QString &secret)
{
    m_manager->save(connection, secret.isEmpty() ? std::nullopt : std::optional(secret))
        .then(m_dialog, [dialog = m_dialog](const KeychainReply &reply) {
            dialog->saveFinished(reply.ok(), reply.message,
                                 reply.status == KeychainReply::Status::Unavailable);
        });
}

void ConnectionsController::test(const Connection &connection, const QString &typedSecret)
{
    if (!typedSecret.isEmpty()) {
        testWith(connection, typedSecret);
        return;
    }
    // Testing a saved connection as it stands: its secret from the keychain.
    m_manager->secret(connection.id)
        .then(m_dialog, [this, connection, dialog = m_dialog](const KeychainReply &reply) {
            if (reply.ok())
                testWith(connection, reply.secret);
            else
                dialog->testFinished(false, reply.message);
        });
}

void ConnectionsController::testWith(const Connection &connection, const QString &secret)
{
    Provider *provider = ProviderFactory::create(connection, secret, m_network, this);
    if (!provider) {
        m_dialog->testFinished(
            false, tr("The secret does not have the form %1 expects.").arg(connection.provider));
        return;
    }
    provider->checkStatus().then(this, [provider, dialog = m_dialog](const Result<Done> &r) {
        provider->deleteLater();
        if (dialog)
            dialog->testFinished(r.ok(), r.ok() ? tr("%1 answered.").arg(provider->displayName())
                                                : r.error().summary());
    });
}

void ConnectionsController::remove(const QString &id)
{
    m_manager->remove(id).then(m_dialog, [dialog = m_dialog](const KeychainReply &reply) {
        dialog->removeFinished(reply.ok(), reply.message);
    });
}
