#pragma once

#include <QObject>
#include <QPointer>

struct Connection;
class ConnectionManager;
class ConnectionsDialog;
class QNetworkAccessManager;
class QWidget;

/// Carries the Connections dialog's requests to the keychain, the settings and the
/// providers ("Test connection"), and their outcomes back to the dialog.
class ConnectionsController final : public QObject
{
    Q_OBJECT

public:
    ConnectionsController(ConnectionManager *manager, QNetworkAccessManager *network,
                          QObject *parent = nullptr);

    /// Opens the dialog over `parent`, or raises it when already open.
    ConnectionsDialog *open(QWidget *parent);
    ConnectionsDialog *dialog() const;

private:
    void save(const Connection &connection, const QString &secret);
    void test(const Connection &connection, const QString &typedSecret);
    void testWith(const Connection &connection, const QString &secret);
    void remove(const QString &id);

    ConnectionManager *m_manager;
    QNetworkAccessManager *m_network;
    QPointer<ConnectionsDialog> m_dialog;
};
