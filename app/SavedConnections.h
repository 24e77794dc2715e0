#pragma once

#include "Connection.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

class BalancesModel;
class CardsModel;
class ConnectionManager;
class LocalHistory;
class PayoutsWiring;
class Provider;
class ProviderRegistry;
class QNetworkAccessManager;
struct KeychainReply;

/**
 * The providers of the saved connections: each opened once its secret is read from the
 * keychain, and followed when the user edits, renames or removes a connection. A change
 * waits while the app is busy (a refresh's requests need their provider, a reload its
 * store); then the old provider closes, the connection's history and journal follow a
 * rename or go with a removal, and the new provider opens.
 */
class SavedConnections final : public QObject
{
    Q_OBJECT

public:
    SavedConnections(ConnectionManager *manager, ProviderRegistry *providers,
                     QNetworkAccessManager *network, QObject *parent = nullptr);

    /// What a change touches besides the providers.
    void setLocalData(LocalHistory *history, BalancesModel *balances, CardsModel *cards,
                      PayoutsWiring *payouts);
    /// While this says so, changes wait for applyPending().
    void setBusy(std::function<bool()> busy) { m_busy = std::move(busy); }
    /// Opens every saved connection.
    void openAll();
    /// Applies the changes that waited.
    void applyPending();

signals:
    /// A saved connection's provider is open (and wants its first refresh).
    void opened(Provider *provider);
    /// The stored transactions changed under the ones shown: read them again.
    void historyChanged();
    void message(const QString &text);

private:
    void changed(const Connection &previous, const Connection &now);
    void open(const Connection &connection);
    void secretRead(const Connection &connection, const KeychainReply &reply);
    /// The connection's provider closes, its rows leave the models; true when the stored
    /// history changed.
    bool close(const Connection &previous, const Connection &now);

    ConnectionManager *m_manager;
    ProviderRegistry *m_providers;
    QNetworkAccessManager *m_network;
    LocalHistory *m_history = nullptr;
    BalancesModel *m_balances = nullptr;
    CardsModel *m_cards = nullptr;
    PayoutsWiring *m_payouts = nullptr;
    std::function<bool()> m_busy;
    QHash<QString, Provider *> m_open; ///< by connection id
    QList<std::pair<Connection, Connection>> m_pending;
    bool m_keychainWarned = false;
};
