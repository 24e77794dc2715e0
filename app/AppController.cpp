#include "AppController.h"

#include "ApprovalsPage.h"

#include "HelpMenu.h"

#include "DataFolderLock.h"

#include "BalanceSource.h"
#include "BalancesModel.h"
#include "CapabilityPresenter.h"
#include "CardActions.h"
#include "CardDetailsPresenter.h"
#include "CardsModel.h"
#include "CardsPage.h"
#include "Clock.h"
#include "ConnectionManager.h"
#include "ConnectionsController.h"
#include "ConnectionsDialog.h"
#include "DemoConnections.h"
#include "JournalModel.h"
#include "Keychain.h"
#include "LocalHistory.h"
#include "LogCapture.h"
#include "MainWindow.h"
#include "PayoutController.h"
#include "PayoutsPage.h"
#include "PayoutsWiring.h"
#include "Preferences.h"
#include "PreferencesController.h"
#include "Provider.h"
#include "ProviderFactory.h"
#include "ProviderRegistry.h"
#include "Refresher.h"
#include "SandboxServer.h"
#include "SavedConnections.h"
#include "TeamCardGate.h"
#include "TeamPayoutsModel.h"
#include "TeamWiring.h"
#include "TransactionStore.h"
#include "TransactionTable.h"
#include "TransactionsModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

Q_LOGGING_CATEGORY(lcApp, "treasury.app", QtInfoMsg)

AppController::AppController(QObject *parent)
    : QObject(parent), m_clock(Clock::system()), m_network(new QNetworkAccessManager(this)),
      m_providers(new ProviderRegistry(this)), m_settings(std::make_unique<QSettings>()),
      m_keychain(new Keychain(QString(), this)),
      m_connections(new ConnectionManager(m_settings.get(), m_keychain, this)),
      m_connectionsUi(new ConnectionsController(m_connections, m_network, this)),
      m_balances(new BalancesModel(this)), m_cards(new CardsModel(this)),
      m_transactions(new TransactionsModel(this)), m_journalModel(new JournalModel(this)),
      m_teamPayouts(new TeamPayoutsModel(this)),
      m_window(std::make_unique<MainWindow>(m_balances, m_cards, m_transactions, m_journalModel,
                                            m_teamPayouts,
                                            ViewContext{m_settings.get(), &m_clock})),
      m_cardActions(new CardActions(m_cards, m_providers, this)),
      m_payoutsWiring(new PayoutsWiring(m_window.get(), m_cardActions, m_journalModel, m_providers,
                                        m_clock, m_settings.get(), this)),
      m_history(new LocalHistory(this)),
      m_refresher(new Refresher(m_providers, m_window.get(), m_balances, m_cards, m_transactions,
                                m_payoutsWiring, m_clock, this)),
      m_saved(new SavedConnections(m_connections, m_providers, m_network, this)),
      m_team(new TeamWiring(m_window.get(), m_teamPayouts, m_settings.get(), m_keychain,
                            m_connections, this))
{
    ProviderFactory::installKinds();
    m_payoutsWiring->setTeam(m_team->session());
    // Joined from the first start's "Join a team database…": the pages, at Approvals.
    connect(m_team, &TeamWiring::joined, this, [this] {
        updateSummary();
        m_window->showPage(5);
    });
    connect(m_team, &TeamWiring::adoptRequested, this, [this](const Connection &shared) {
        m_connectionsUi->open(m_window.get())->startFrom(shared);
    });
    // In a team, unfreezing, limits and new cards wait for the team's policy.
    m_cardGate = new TeamCardGate(m_team->session(), m_cardActions, m_cards, m_providers, this);
    m_cardActions->setGate(m_cardGate);
    connect(m_cardGate, &TeamCardGate::message, m_window.get(), &MainWindow::showMessage);
    connect(m_cardGate, &TeamCardGate::released, m_window->approvalsPage(),
            [this](const QString &, const QString &text) {
                m_window->approvalsPage()->showMessage(text);
            });
    connect(m_window->approvalsPage(), &ApprovalsPage::releaseRequested, m_cardGate,
            &TeamCardGate::release);
    const Preferences preferences = Preferences::load(*m_settings);
    m_storePath = preferences.storePath();
    auto *preferencesUi = new PreferencesController(m_window.get(), m_settings.get(), this);
    connect(preferencesUi, &PreferencesController::changed, m_payoutsWiring,
            &PayoutsWiring::applyPreferences);
    connect(preferencesUi, &PreferencesController::changed, m_balances,
            [this](const Preferences &p) { m_balances->setStablecoinsAtPar(p.stablecoinsAtPar); });
    m_balances->setStablecoinsAtPar(preferences.stablecoinsAtPar);
    // What prepaid cards hold is listed beside the balances' total.
    const auto cardsHeld = [this] {
        m_balances->setPrepaidCards(m_cards->cards(), m_cards->gaps()->gaps());
    };
    connect(m_cards, &QAbstractItemModel::modelReset, m_balances, cardsHeld);
    connect(m_cards, &QAbstractItemModel::dataChanged, m_balances, cardsHeld);
    connect(m_cards->gaps(), &ConnectionGaps::changed, m_balances, cardsHeld);
    new CapabilityPresenter(m_providers, m_window.get(), this);
    new CardDetailsPresenter(m_providers, m_cards, m_transactions, m_window->cardsPage(), this);
    m_window->setLogModel((new LogCapture(this))->model());
    connect(m_window.get(), &MainWindow::refreshRequested, this, &AppController::refreshAll);
    connect(m_window.get(), &MainWindow::stopRefreshRequested, this, &AppController::stopRefresh);
    connect(m_window.get(), &MainWindow::connectionsRequested, this,
            &AppController::openConnections);
    // The demo in a process of its own, with its own profile: this window stays as it is.
    connect(m_window.get(), &MainWindow::demoRequested, this, [] {
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                {QStringLiteral("--demo")});
    });
    CardsPage *cards = m_window->cardsPage();
    connect(cards, &CardsPage::freezeRequested, m_cardActions, &CardActions::setFrozen);
    connect(cards, &CardsPage::emergencyFreezeRequested, m_cardActions,
            &CardActions::emergencyFreeze);
    connect(m_cardActions, &CardActions::created, cards, &CardsPage::selectCard);
    connect(m_window->payoutsPage(), &PayoutsPage::undoEmergencyFreezeRequested, m_cardActions,
            &CardActions::undoEmergencyFreeze);
    connect(cards, &CardsPage::undoEmergencyFreezeRequested, m_cardActions,
            &CardActions::undoEmergencyFreeze);
    connect(cards, &CardsPage::cancelRequested, m_cardActions, &CardActions::cancel);
    connect(cards, &CardsPage::limitRequested, m_cardActions, &CardActions::setLimit);
    connect(cards, &CardsPage::createRequested, m_cardActions, &CardActions::create);
    connect(m_cardActions, &CardActions::message, m_window.get(), &MainWindow::showMessage);
    connect(m_cardActions, &CardActions::failed, m_refresher, &Refresher::reportError);
    connect(m_payoutsWiring, &PayoutsWiring::connectionChanged, m_refresher,
            [this](const QString &, const QString &connection) {
                m_refresher->refreshAfterChange(connection);
            });
    connect(m_refresher, &Refresher::finished, this, &AppController::refreshDone);
    connect(m_history, &LocalHistory::loaded, this, &AppController::historyLoaded);
    // A saved connection changes when nothing needs its provider or the store.
    m_saved->setLocalData(m_history, m_balances, m_cards, m_payoutsWiring);
    m_saved->setBusy([this] {
        return m_refresher->isRunning() || m_history->isLoading() || !m_started || m_demo;
    });
    connect(m_saved, &SavedConnections::opened, this, [this](Provider *p) {
        updateSummary();
        m_refresher->refresh(p);
    });
    connect(m_saved, &SavedConnections::message, m_window.get(), &MainWindow::showMessage);
    connect(m_saved, &SavedConnections::historyChanged, this, [this] {
        m_window->setRefreshing(true);
        m_history->load();
    });
    connect(m_providers, &ProviderRegistry::changed, this, &AppController::updateSummary);
    // The total names the connections whose provider reports no balance (Dots).
    connect(m_providers, &ProviderRegistry::changed, this, [this] {
        const QList<Provider *> offering = m_providers->offering<BalanceSource>();
        QList<ConnectionRef> none;
        for (Provider *p : m_providers->providers()) {
            if (!offering.contains(p))
                none.append(p->connection());
        }
        m_balances->setConnectionsWithoutBalances(none);
    });
    updateSummary();
}

PayoutController *AppController::payouts() const
{
    return m_payoutsWiring->controller();
}

AppController::~AppController()
{
    // Nothing is shown any more: providers closing now update no page.
    disconnect(m_providers, nullptr, nullptr, nullptr);
    // QtKeychain jobs must not outlive the app. Waited for while the window is still
    // there: what they finish (the team's signing key, say) may speak to it.
    m_keychain->waitForIdle(3000);
    // Providers' requests die with the window gone; models outlive neither.
    m_window.reset();
    qDeleteAll(m_providers->providers());
}

bool AppController::startDemo()
{
    // Eighteen months of a busy company, small enough that the first full sync (paced at
    // dash.fi's 20 requests a second) takes a few seconds.
    SandboxServer::Options options;
    options.dashfiTransactions = 4000;
    m_sandbox = std::make_unique<SandboxServer>(options);
    if (!m_sandbox->start())
        return false;
    m_demo = true;
    // The sandbox makes new data (new ids) each start: a store kept from the last demo
    // would double it. A fresh one each time, gone at exit, never the real one.
    m_demoStore = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                  QStringLiteral("/treasury-desk-demo-XXXXXX"));
    if (!m_demoStore->isValid())
        return false;
    m_storePath = m_demoStore->filePath(QStringLiteral("treasury.sqlite"));
    // The Connections dialog shows the ones that opened, and nothing else.
    QList<Connection> shown;
    for (const auto &[connection, credential] : DemoConnections::describe(*m_sandbox)) {
        if (Provider *p = ProviderFactory::create(connection, credential, m_network, this)) {
            m_providers->add(p);
            shown.append(connection);
        }
    }
    m_connectionsUi->showOnly(shown, tr("The demo's connections, to the sandbox on this "
                                        "computer. They are not saved and cannot be changed "
                                        "here; start without --demo to add your own."));
    // Qt adds " — Treasury Desk" itself.
    m_window->setWindowTitle(tr("Demo (sandbox on 127.0.0.1:%1)").arg(m_sandbox->port()));
    return true;
}

QString AppController::whyNotStarted() const
{
    return m_lock ? m_lock->why() : QString();
}

bool AppController::start()
{
    m_window->helpMenu()->setStorePath(m_storePath);
    m_lock = std::make_unique<DataFolderLock>(m_storePath);
    if (!m_lock->tryLock()) {
        m_window->showMessage(m_lock->why());
        qCWarning(lcApp).noquote() << m_lock->why();
        return false;
    }
    if (!m_history->open(m_storePath,
                         m_demo ? QList<Connection>() : m_connections->connections())) {
        // Without a store the app still works, from the providers alone.
        m_window->showMessage(m_history->lastError());
        qCWarning(lcApp).noquote() << m_history->lastError();
        historyLoaded(nullptr, QString());
        return true;
    }
    m_refresher->setHistory(m_history);
    m_payoutsWiring->openJournal(m_storePath);
    // One owner for this copy's claims, payouts and card actions alike.
    if (const PayoutController *payouts = m_payoutsWiring->controller())
        m_cardGate->setOwner(payouts->owner());
    TransactionStore *store = m_history->store();
    m_transactions->setRawLoader([store](const QString &connectionId, const QString &id) {
        return store->raw(connectionId, id);
    });
    m_window->setRefreshing(true);
    m_history->load();
    return true;
}

void AppController::historyLoaded(const std::shared_ptr<TransactionTable> &table,
                                  const QString &error)
{
    m_window->setRefreshing(m_refresher->isRunning());
    if (table)
        m_transactions->setTable(table);
    else if (!error.isEmpty())
        m_window->showMessage(error);
    if (m_started) {
        // A reload after a rename or removal: changes that waited for it go on now.
        m_saved->applyPending();
        return;
    }
    m_started = true;
    refreshAll();
    // The demo shows the sandbox alone, never the user's own accounts.
    if (!m_demo) {
        m_saved->openAll();
        m_team->start();
        // Secrets of saves a crash cut short (the settings never got the connection).
        m_connections->removeOrphanedSecrets();
    }
}

void AppController::openConnections()
{
    m_connectionsUi->open(m_window.get());
}

void AppController::refreshAll()
{
    if (m_refresher->isRunning() || m_history->isLoading())
        return;
    // treasuryctl may have added, edited or removed connections meanwhile.
    if (!m_demo)
        m_connections->reload();
    if (m_refresher->refreshAll())
        return;
    if (m_demo || m_connections->connections().isEmpty())
        m_window->showMessage(tr("No connections yet. Add one with File → Connections…, or "
                                 "start with --demo to try the sandbox."));
    emit refreshFinished();
}

void AppController::stopRefresh()
{
    m_refresher->stop();
}

void AppController::refreshDone()
{
    m_saved->applyPending();
    updateSummary();
    // Payouts left pending or unknown (a crash, a lost answer) are settled once the
    // providers have answered the first refresh.
    m_payoutsWiring->reconcileOnce();
    emit refreshFinished();
}

void AppController::updateSummary()
{
    const int n = int(m_providers->providers().size());
    QString text = tr("%n connection(s)", nullptr, n);
    if (m_refresher->failures() > 0)
        text += tr(", %n refresh error(s)", nullptr, m_refresher->failures());
    m_window->setConnectionSummary(text);
    // A first start: ways to begin instead of empty pages.
    m_window->setFirstRun(!m_demo && m_connections->connections().isEmpty() &&
                          !m_settings->contains(QStringLiteral("team/url")));
}
