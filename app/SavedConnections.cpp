#include "SavedConnections.h"

#include "BalancesModel.h"
#include "CardsModel.h"
#include "ConnectionManager.h"
#include "Keychain.h"
#include "LocalHistory.h"
#include "PayoutsWiring.h"
#include "Provider.h"
#include "ProviderFactory.h"
#include "ProviderRegistry.h"

SavedConnections::SavedConnections(ConnectionManager *manager, ProviderRegistry *providers,
                                   QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_manager(manager), m_providers(providers), m_network(network)
{
    connect(manager, &ConnectionManager::changed, this, &SavedConnections::changed);
}

void SavedConnections::setLocalData(LocalHistory *history, BalancesModel *balances,
                                    CardsModel *cards, PayoutsWiring *payouts)
{
    m_history = history;
    m_balances = balances;
    m_cards = cards;
    m_payouts = payouts;
}

void SavedConnections::openAll()
{
    for (const Connection &c : m_manager->connections())
        open(c);
}

void SavedConnections::changed(const Connection &previous, const Connection &now)
{
    m_pending.append({previous, now});
    applyPending();
}

void SavedConnections::applyPending()
{
    if (m_busy && m_busy())
        return;
    bool reload = false;
    for (const auto &[previous, now] : std::exchange(m_pending, {})) {
        if (!previous.id.isEmpty())
            reload = close(previous, now) || reload;
        if (!now.id.isEmpty())
            open(now);
    }
    if (reload)
        emit historyChanged();
}

bool SavedConnections::close(const Connection &previous, const Connection &now)
{
    if (Provider *p = m_open.take(previous.id)) {
        m_providers->take(p->connectionName());
        p->deleteLater();
    }
    const bool removed = now.id.isEmpty();
    const bool renamed = !removed && now.name != previous.name;
    if (!removed && !renamed)
        return false;
    if (m_balances)
        m_balances->setConnectionBalances(previous.ref(), {});
    if (m_cards)
        m_cards->setConnectionCards(previous.ref(), {});
    if (renamed && m_payouts)
        m_payouts->adoptConnection(now.id, now.provider, now.name, previous.name);
    if (!m_history)
        return false;
    return removed ? m_history->forget(previous) : m_history->rename(previous, now);
}

void SavedConnections::open(const Connection &connection)
{
    m_manager->secret(connection.id).then(this, [this, connection](const KeychainReply &reply) {
        secretRead(connection, reply);
    });
}

void SavedConnections::secretRead(const Connection &connection, const KeychainReply &reply)
{
    // Changed or removed while the keychain answered: the newer change opens it.
    const std::optional<Connection> current = m_manager->byId(connection.id);
    if (!current || *current != connection || m_open.contains(connection.id))
        return;
    if (!reply.ok()) {
        const bool missing = reply.status == KeychainReply::Status::Unavailable;
        // One clear word about a missing keychain, not one per connection.
        if (!missing || !m_keychainWarned)
            emit message(tr("%1: %2").arg(connection.name, reply.message));
        m_keychainWarned = m_keychainWarned || missing;
        if (m_balances)
            m_balances->setConnectionError(connection.ref(), reply.message);
        return;
    }
    Provider *p = ProviderFactory::create(connection, reply.secret, m_network, this);
    if (!p) {
        emit message(tr("%1: the stored secret does not have the expected form; "
                        "enter it again in File → Connections.")
                         .arg(connection.name));
        return;
    }
    // Rows journaled before connections had ids, or under an older name, take this one.
    if (m_payouts)
        m_payouts->adoptConnection(connection.id, connection.provider, connection.name);
    m_providers->add(p);
    m_open.insert(connection.id, p);
    emit opened(p);
}
