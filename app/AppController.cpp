#include "AppController.h"

#include "BalancesModel.h"
#include "CardsModel.h"
#include "CardsPage.h"
#include "MainWindow.h"
#include "Provider.h"
#include "ProviderFactory.h"
#include "ProviderNames.h"
#include "SandboxServer.h"
#include "TransactionsModel.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

Q_LOGGING_CATEGORY(lcApp, "treasury.app", QtInfoMsg)

AppController::AppController(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)),
      m_balances(new BalancesModel(this)), m_cards(new CardsModel(this)),
      m_transactions(new TransactionsModel(this)),
      m_window(std::make_unique<MainWindow>(m_balances, m_cards, m_transactions))
{
    connect(m_window.get(), &MainWindow::refreshRequested, this, &AppController::refreshAll);
    connect(m_window->cardsPage(), &CardsPage::freezeRequested, this,
            &AppController::setCardsFrozen);
    updateSummary();
}

AppController::~AppController()
{
    // Providers' requests die with the window gone; models outlive neither.
    m_window.reset();
    qDeleteAll(m_providers);
}

bool AppController::startDemo()
{
    m_sandbox = std::make_unique<SandboxServer>();
    if (!m_sandbox->start())
        return false;
    // One connection per sandbox emulator, named as a user would name them.
    for (const QJsonValue &v :
         m_sandbox->startInfo().value(QStringLiteral("connections")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString provider = c.value(QStringLiteral("provider")).toString();
        const QString emulator = c.value(QStringLiteral("name")).toString();
        const QString name = emulator == QLatin1String("dashfi-postpaid")
                                 ? tr("Demo dash.fi (postpaid)")
                                 : tr("Demo %1").arg(ProviderNames::display(provider));
        Provider *p = ProviderFactory::create(provider, name, m_network,
                                              QUrl(c.value(QStringLiteral("base_url")).toString()),
                                              c.value(QStringLiteral("credential")).toString(),
                                              c.value(QStringLiteral("settings")).toObject(), this);
        if (p)
            m_providers.append(p);
    }
    m_window->setWindowTitle(
        tr("Treasury Desk — demo (sandbox on 127.0.0.1:%1)").arg(m_sandbox->port()));
    updateSummary();
    return true;
}

void AppController::refreshAll()
{
    if (m_outstanding > 0)
        return;
    if (m_providers.isEmpty()) {
        m_window->showMessage(tr("No connections yet. Start with --demo to try the sandbox."));
        emit refreshFinished();
        return;
    }
    m_failedConnections = 0;
    m_window->setRefreshing(true);
    for (Provider *p : std::as_const(m_providers))
        refresh(p);
}

void AppController::refresh(Provider *p)
{
    const QString id = p->providerId();
    const QString connection = p->connectionName();
    auto report = [this, p](const ProviderError &e) {
        ++m_failedConnections;
        qCWarning(lcApp).noquote() << p->connectionName() << e.details();
        m_window->showMessage(tr("%1: %2").arg(p->connectionName(), e.summary()));
    };
    if (p->can(Provider::Capability::Balances)) {
        ++m_outstanding;
        p->fetchBalances().then(this, [=](const Result<QList<Balance>> &r) {
            if (r.ok())
                m_balances->setConnectionBalances(id, connection, r.value());
            else
                m_balances->setConnectionError(id, connection, r.error().summary());
            if (!r.ok() && r.error().kind != ProviderError::Kind::Unsupported)
                report(r.error());
            oneDone();
        });
    }
    if (p->can(Provider::Capability::Cards)) {
        ++m_outstanding;
        p->fetchCards().then(this, [=](const Result<QList<Card>> &r) {
            if (r.ok())
                m_cards->setConnectionCards(id, connection, r.value());
            else
                report(r.error());
            oneDone();
        });
    }
    if (p->can(Provider::Capability::Transactions)) {
        ++m_outstanding;
        // The last 30 days until the local store keeps the full history.
        p->fetchTransactions(QDateTime::currentDateTimeUtc().addDays(-30), {})
            .then(this, [=](const Result<QList<Transaction>> &r) {
                if (r.ok())
                    m_transactions->setConnectionTransactions(id, connection, r.value());
                else
                    report(r.error());
                oneDone();
            });
    }
}

void AppController::oneDone()
{
    if (--m_outstanding > 0)
        return;
    m_window->setRefreshing(false);
    m_window->setLastRefresh(QDateTime::currentDateTimeUtc());
    updateSummary();
    emit refreshFinished();
}

void AppController::updateSummary()
{
    const int n = int(m_providers.size());
    QString text = tr("%n connection(s)", nullptr, n);
    if (m_failedConnections > 0)
        text += tr(", %n refresh error(s)", nullptr, m_failedConnections);
    m_window->setConnectionSummary(text);
}

Provider *AppController::providerFor(const QString &provider, const QString &connection) const
{
    for (Provider *p : m_providers) {
        if (p->providerId() == provider && p->connectionName() == connection)
            return p;
    }
    return nullptr;
}

void AppController::setCardsFrozen(const QStringList &cardKeys, bool frozen)
{
    for (const QString &key : cardKeys) {
        const Card *card = m_cards->card(key);
        // A second click while pending sends nothing.
        if (!card || m_cards->isPending(key))
            continue;
        Provider *p = providerFor(card->provider, card->connection);
        if (!p || !p->can(Provider::Capability::CardFreeze))
            continue;
        m_cards->setPending(key, frozen ? tr("Freezing…") : tr("Unfreezing…"));
        p->setCardFrozen(card->id, frozen).then(this, [this, key, frozen](const Result<Done> &r) {
            if (r.ok())
                m_cards->confirmState(key, frozen ? Card::State::Frozen : Card::State::Open);
            else
                m_cards->setError(key, r.error().summary());
        });
    }
}
