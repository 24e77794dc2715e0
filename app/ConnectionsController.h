#pragma once

#include "Connection.h"

#include <QObject>
#include <QPointer>

#include <optional>

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
    /// Lists `connections` instead of the saved ones, to look at only (the demo's), and
    /// says `why`.
    void showOnly(const QList<Connection> &connections, const QString &why);

private:
    void save(const Connection &connection, const QString &secret);
    void test(const Connection &connection, const QString &typedSecret);
    void testWith(const Connection &connection, const QString &secret);
    void remove(const QString &id);

    ConnectionManager *m_manager;
    QNetworkAccessManager *m_network;
    QPointer<ConnectionsDialog> m_dialog;
    std::optional<QList<Connection>> m_only;
    QString m_onlyWhy;
};
