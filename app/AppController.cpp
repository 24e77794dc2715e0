#include "AppController.h"

#include "BalanceHistory.h"
#include "BalanceHistorySource.h"
#include "BalanceSource.h"
#include "BalancesModel.h"
#include "BalancesPage.h"
#include "BatchPayouts.h"
#include "CardActions.h"
#include "CardActivity.h"
#include "CardIssuing.h"
#include "CardSource.h"
#include "CardsModel.h"
#include "CardsPage.h"
#include "ConnectionManager.h"
#include "ConnectionsController.h"
#include "JournalModel.h"
#include "Keychain.h"
#include "LogCapture.h"
#include "MainWindow.h"
#include "PayoutSender.h"
#include "PayoutsPage.h"
#include "PayoutsWiring.h"
#include "Preferences.h"
#include "PreferencesController.h"
#include "Provider.h"
#include "ProviderFactory.h"
#include "ProviderNames.h"
#include "ProviderRegistry.h"
#include "RateSource.h"
#include "RecipientDirectory.h"
#include "RecipientList.h"
#include "RecipientsPage.h"
#include "SandboxServer.h"
#include "TransactionSource.h"
#include "TransactionStore.h"
#include "TransactionTable.h"
#include "TransactionsModel.h"

#include <QDir>
#include <QFutureWatcher>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

Q_LOGGING_CATEGORY(lcApp, "treasury.app", QtInfoMsg)

AppController::AppController(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)),
      m_providers(new ProviderRegistry(this)), m_settings(std::make_unique<QSettings>()),
      m_keychain(new Keychain(QString(), this)),
      m_connections(new ConnectionManager(m_settings.get(), m_keychain, this)),
      m_connectionsUi(new ConnectionsController(m_connections, m_network, this)),
      m_balances(new BalancesModel(this)), m_cards(new CardsModel(this)),
      m_transactions(new TransactionsModel(this)),
      m_cardActions(new CardActions(m_cards, m_providers, this)),
      m_journalModel(new JournalModel(this)),
      m_window(std::make_unique<MainWindow>(m_balances, m_cards, m_transactions, m_journalModel))
{
    m_storePath =
        Preferences::load(*m_settings).storePath(PreferencesController::defaultDataDirectory());
    new PreferencesController(m_window.get(), m_settings.get(), this);
    m_window->setLogModel((new LogCapture(this))->model());
    connect(m_window.get(), &MainWindow::refreshRequested, this, &AppController::refreshAll);
    connect(m_window.get(), &MainWindow::stopRefreshRequested, this, &AppController::stopRefresh);
    connect(m_window.get(), &MainWindow::connectionsRequested, this,
            &AppController::openConnections);
    connect(m_connections, &ConnectionManager::changed, this, &AppController::connectionChanged);
    CardsPage *cards = m_window->cardsPage();
    connect(cards, &CardsPage::freezeRequested, m_cardActions, &CardActions::setFrozen);
    connect(cards, &CardsPage::cancelRequested, m_cardActions, &CardActions::cancel);
    connect(cards, &CardsPage::limitRequested, m_cardActions, &CardActions::setLimit);
    connect(cards, &CardsPage::createRequested, m_cardActions, &CardActions::create);
    connect(m_cardActions, &CardActions::message, m_window.get(), &MainWindow::showMessage);
    connect(m_cardActions, &CardActions::failed, this, &AppController::reportError);
    connect(cards, &CardsPage::cardSelected, this, &AppController::showCardTransactions);
    m_payoutsWiring =
        new PayoutsWiring(m_window.get(), m_cardActions, m_journalModel, m_providers, this);
    connect(m_payoutsWiring, &PayoutsWiring::connectionChanged, this,
            &AppController::refreshAfterChange);
    updateSummary();
}

PayoutController *AppController::payouts() const
{
    return m_payoutsWiring->controller();
}

AppController::~AppController()
{
    // Providers' requests die with the window gone; models outlive neither.
    m_window.reset();
    qDeleteAll(m_providers->providers());
    // QtKeychain jobs must not outlive the app.
    m_keychain->waitForIdle(3000);
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
    m_storePath = QFileInfo(m_storePath).dir().filePath(QStringLiteral("demo.sqlite"));
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
        if (p) {
            // Stable across demo runs, apart from any saved connection's id.
            p->setConnectionId(QStringLiteral("demo:") + emulator);
            m_providers->add(p);
        }
    }
    m_window->setWindowTitle(
        tr("Treasury Desk — demo (sandbox on 127.0.0.1:%1)").arg(m_sandbox->port()));
    updateSummary();
    return true;
}

void AppController::start()
{
    m_store = std::make_unique<TransactionStore>(m_storePath);
    if (!m_store->open()) {
        // Without a store the app still works, from the providers alone.
        m_window->showMessage(m_store->lastError());
        qCWarning(lcApp).noquote() << m_store->lastError();
        m_store.reset();
        historyLoaded(nullptr, QString());
        return;
    }
    m_history = std::make_unique<BalanceHistory>(m_storePath);
    if (!m_history->open())
        m_history.reset();
    m_payoutsWiring->openJournal(m_storePath);
    TransactionStore *store = m_store.get();
    m_transactions->setRawLoader(
        [store](const QString &provider, const QString &connection, const QString &id) {
            return store->raw(provider, connection, id);
        });
    loadHistory();
}

void AppController::loadHistory()
{
    // Reading a long history takes a moment: a second connection in a worker thread.
    m_loadingHistory = true;
    m_window->setRefreshing(true);
    struct Loaded
    {
        std::shared_ptr<TransactionTable> table;
        QString error;
    };
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher] {
        const Loaded loaded = watcher->result();
        watcher->deleteLater();
        historyLoaded(loaded.table, loaded.error);
    });
    const QString path = m_storePath;
    watcher->setFuture(QtConcurrent::run([path] {
        TransactionStore reader(path);
        Loaded loaded;
        if (reader.open())
            loaded.table = reader.loadAll();
        if (!loaded.table)
            loaded.error = reader.lastError();
        return loaded;
    }));
}

void AppController::historyLoaded(const std::shared_ptr<TransactionTable> &table,
                                  const QString &error)
{
    m_loadingHistory = false;
    m_window->setRefreshing(false);
    if (table)
        m_transactions->setTable(table);
    else if (!error.isEmpty())
        m_window->showMessage(error);
    if (m_started) {
        // A reload after a rename or removal: changes that waited for it go on now.
        applyConnectionChanges();
        return;
    }
    m_started = true;
    refreshAll();
    // The demo shows the sandbox alone, never the user's own accounts.
    if (!m_demo) {
        for (const Connection &c : m_connections->connections())
            openSaved(c);
    }
}

void AppController::openConnections()
{
    m_connectionsUi->open(m_window.get());
}

void AppController::connectionChanged(const Connection &previous, const Connection &now)
{
    m_connectionChanges.append({previous, now});
    applyConnectionChanges();
}

void AppController::applyConnectionChanges()
{
    // A refresh's requests need their provider, and a reload its store: after them.
    if (m_outstanding > 0 || m_loadingHistory || !m_started || m_demo)
        return;
    bool reload = false;
    const auto changes = std::exchange(m_connectionChanges, {});
    for (const auto &[previous, now] : changes) {
        if (!previous.id.isEmpty()) {
            dropProvider(previous.id);
            const bool renamed = !now.id.isEmpty() && now.name != previous.name;
            if (now.id.isEmpty() || renamed) {
                m_balances->setConnectionBalances(previous.provider, previous.name, {});
                m_cards->setConnectionCards(previous.provider, previous.name, {});
            }
            if (m_store && now.id.isEmpty())
                reload = m_store->removeConnection(previous.provider, previous.name) || reload;
            else if (m_store && renamed)
                reload =
                    m_store->renameConnection(previous.provider, previous.name, now.name) || reload;
            if (renamed)
                m_payoutsWiring->adoptConnection(now.id, now.provider, now.name, previous.name);
        }
        if (!now.id.isEmpty())
            openSaved(now);
    }
    updateSummary();
    if (reload)
        loadHistory();
}

void AppController::dropProvider(const QString &connectionId)
{
    Provider *p = m_savedProviders.take(connectionId);
    if (!p)
        return;
    m_providers->take(p->connectionName());
    p->deleteLater();
}

void AppController::openSaved(const Connection &connection)
{
    m_connections->secret(connection.id).then(this, [this, connection](const KeychainReply &reply) {
        secretRead(connection, reply);
    });
}

void AppController::secretRead(const Connection &connection, const KeychainReply &reply)
{
    // Changed or removed while the keychain answered: the newer change opens it.
    const std::optional<Connection> current = m_connections->byId(connection.id);
    if (!current || *current != connection || m_savedProviders.contains(connection.id))
        return;
    if (!reply.ok()) {
        const bool missing = reply.status == KeychainReply::Status::Unavailable;
        // One clear word about a missing keychain, not one per connection.
        if (!missing || !m_keychainWarned)
            m_window->showMessage(tr("%1: %2").arg(connection.name, reply.message));
        m_keychainWarned = m_keychainWarned || missing;
        m_balances->setConnectionError(connection.provider, connection.name, reply.message);
        return;
    }
    Provider *p = ProviderFactory::create(connection, reply.secret, m_network, this);
    if (!p) {
        m_window->showMessage(tr("%1: the stored secret does not have the expected form; "
                                 "enter it again in File → Connections.")
                                  .arg(connection.name));
        return;
    }
    m_payoutsWiring->adoptConnection(connection.id, connection.provider, connection.name);
    m_providers->add(p);
    m_savedProviders.insert(connection.id, p);
    updateSummary();
    m_window->setRefreshing(true);
    refresh(p);
}

void AppController::refreshAll()
{
    if (m_outstanding > 0 || m_loadingHistory)
        return;
    if (m_providers->isEmpty()) {
        if (m_demo || m_connections->connections().isEmpty())
            m_window->showMessage(tr("No connections yet. Add one with File → Connections…, or "
                                     "start with --demo to try the sandbox."));
        emit refreshFinished();
        return;
    }
    m_failedConnections = 0;
    m_window->setRefreshing(true);
    for (Provider *p : m_providers->providers())
        refresh(p);
}

void AppController::refresh(Provider *p)
{
    const QString id = p->providerId();
    const QString connection = p->connectionName();
    if (auto *source = qobject_cast<BalanceSource *>(p)) {
        beginOne();
        source->fetchBalances().then(this, [=](const Result<QList<Balance>> &r) {
            if (r.ok()) {
                m_balances->setConnectionBalances(id, connection, r.value());
                // What each payout method draws on: Dinari's payout balance, the crypto
                // gateway's master account.
                QStringList sendable;
                for (const Balance &b : r.value()) {
                    if (b.kind != Balance::Kind::Payout && b.kind != Balance::Kind::Account)
                        continue;
                    m_window->payoutsPage()->setBalance(connection, b.currency, b.available);
                    if (b.kind == Balance::Kind::Account && !b.available.isZero() &&
                        !b.available.isNegative())
                        sendable.append(b.currency);
                }
                m_window->payoutsPage()->setCurrencies(connection, sendable);
                if (m_history &&
                    !m_history->record(id, connection, r.value(), QDateTime::currentDateTimeUtc()))
                    m_window->showMessage(m_history->lastError());
                loadPastBalances(p);
            } else if (!stoppedByUser(r.error())) {
                m_balances->setConnectionError(id, connection, r.error().summary());
            }
            // An account without balances (postpaid dash.fi) is not a refresh error.
            if (!r.ok() && r.error().kind != ProviderError::Kind::Unsupported)
                reportError(connection, r.error());
            oneDone();
        });
    }
    if (auto *source = qobject_cast<CardSource *>(p)) {
        beginOne();
        source->fetchCards().then(this, [=](const Result<QList<Card>> &r) {
            if (r.ok())
                m_cards->setConnectionCards(id, connection, r.value());
            else
                reportError(connection, r.error());
            oneDone();
        });
    }
    if (qobject_cast<TransactionSource *>(p))
        refreshTransactions(p);
    if (auto *source = qobject_cast<RecipientList *>(p)) {
        beginOne();
        source->fetchRecipients().then(this, [=](const Result<QList<Recipient>> &r) {
            if (r.ok())
                m_payoutsWiring->showRecipients(id, connection, r.value());
            else
                reportError(connection, r.error());
            oneDone();
        });
    }
}

bool AppController::stoppedByUser(const ProviderError &error) const
{
    return m_stopping && error.kind == ProviderError::Kind::Cancelled;
}

void AppController::beginOne()
{
    ++m_outstanding;
    ++m_refreshStarted;
    m_window->setRefreshProgress(m_refreshStarted - m_outstanding, m_refreshStarted);
}

void AppController::stopRefresh()
{
    if (m_outstanding == 0 || m_stopping)
        return;
    m_stopping = true;
    m_window->showMessage(tr("Stopping the refresh…"));
    // Reads only: a payout or card action under way is never cut off.
    for (Provider *p : m_providers->providers())
        p->cancelReads();
}

void AppController::reportError(const QString &connection, const ProviderError &error)
{
    if (stoppedByUser(error))
        return; // what the user asked for, not a failure; the last good data stays
    ++m_failedConnections;
    qCWarning(lcApp).noquote() << connection << error.details();
    m_window->showMessage(tr("%1: %2").arg(connection, error.summary()));
}

void AppController::refreshTransactions(Provider *p)
{
    const QString id = p->providerId();
    const QString connection = p->connectionName();
    // Only what is new, plus a trailing window: dash.fi settles pending charges with a
    // changed amount within days, and the others move statuses in that time.
    QDateTime from;
    if (m_store) {
        const std::optional<SyncState> state = m_store->syncState(id, connection);
        if (state && state->cursor.isValid())
            from = state->cursor.addDays(-10);
    }
    beginOne();
    qobject_cast<TransactionSource *>(p)->fetchTransactions(from, {}).then(
        this, [=](const Result<QList<Transaction>> &r) {
            if (!r.ok()) {
                reportError(connection, r.error());
            } else {
                if (m_store &&
                    !m_store->upsert(id, connection, r.value(), QDateTime::currentDateTimeUtc()))
                    m_window->showMessage(m_store->lastError());
                m_transactions->mergeConnection(id, connection, r.value());
            }
            oneDone();
        });
}

void AppController::oneDone()
{
    m_window->setRefreshProgress(m_refreshStarted - m_outstanding + 1, m_refreshStarted);
    if (--m_outstanding > 0)
        return;
    const bool stopped = std::exchange(m_stopping, false);
    m_refreshStarted = 0;
    const auto again = std::exchange(m_refreshAfter, {});
    for (const auto &[provider, connection] : again)
        QTimer::singleShot(0, this, [this, provider = provider, connection = connection] {
            refreshAfterChange(provider, connection);
        });
    if (!m_connectionChanges.isEmpty())
        QTimer::singleShot(0, this, &AppController::applyConnectionChanges);
    updateRates();
    m_window->setRefreshing(false);
    if (stopped)
        m_window->showMessage(tr("Refresh stopped; what is shown is from before."));
    else
        m_window->setLastRefresh(QDateTime::currentDateTimeUtc());
    updateSummary();
    // Payouts left pending or unknown (a crash, a lost answer) are settled once the
    // providers have answered the first refresh.
    m_payoutsWiring->reconcileOnce();
    emit refreshFinished();
}

void AppController::loadPastBalances(Provider *p)
{
    // Once a session per connection: what the provider remembers of its balances.
    const QString key = p->providerId() + u'/' + p->connectionName();
    auto *source = qobject_cast<BalanceHistorySource *>(p);
    if (!m_history || !source || m_pastBalancesLoaded.contains(key))
        return;
    m_pastBalancesLoaded.insert(key);
    const QString id = p->providerId();
    const QString connection = p->connectionName();
    source->fetchBalanceHistory(QDateTime::currentDateTimeUtc().addDays(-90))
        .then(this, [this, id, connection](const Result<QList<Balance>> &r) {
            if (!r.ok() || !m_history)
                return;
            if (!m_history->recordPast(id, connection, r.value()))
                m_window->showMessage(m_history->lastError());
            updateHistory();
        });
}

void AppController::updateHistory()
{
    if (!m_history)
        return;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate from = today.addDays(-89);
    m_window->balancesPage()->setHistory(BalanceHistory::dailyTotals(
        m_history->since(from.startOfDay(Qt::UTC)), m_balances->valuation(), from, today));
}

void AppController::updateRates()
{
    QStringList currencies;
    for (const Balance &b : m_balances->balances()) {
        if (b.currency != QLatin1String("USD") && !currencies.contains(b.currency))
            currencies.append(b.currency);
    }
    // One gateway's rates value every balance, whichever provider holds it. The history
    // chart is redrawn once per refresh: after the rates when some are asked for.
    const QList<RateSource *> sources = m_providers->all<RateSource>();
    if (!currencies.isEmpty() && !sources.isEmpty()) {
        sources.first()
            ->fetchUsdRates(currencies)
            .then(this, [this](const Result<QList<ExchangeRate>> &r) {
                if (r.ok())
                    m_balances->setRates(r.value());
                updateHistory();
            });
        return;
    }
    updateHistory();
}

void AppController::updateSummary()
{
    // The Cards page offers "New card" for the connections that can issue one.
    QList<std::pair<QString, QString>> issuers;
    for (const Provider *p : m_providers->offering<CardIssuing>())
        issuers.append({p->providerId(), p->connectionName()});
    m_window->cardsPage()->setCardIssuers(issuers);
    QHash<PayoutMethod, QStringList> payers;
    for (Provider *p : m_providers->offering<PayoutSender>()) {
        for (const PayoutMethod m : qobject_cast<PayoutSender *>(p)->payoutMethods())
            payers[m].append(p->connectionName());
    }
    // A virtual card is issued by paying it out.
    m_window->cardsPage()->setVirtualCardIssuing(payers.contains(PayoutMethod::DinariVirtualCard));
    for (const PayoutMethod m : PayoutMethods::all())
        m_window->payoutsPage()->setConnections(m, payers.value(m));
    QStringList batchers;
    for (const Provider *p : m_providers->offering<BatchPayouts>())
        batchers.append(p->connectionName());
    m_window->payoutsPage()->setBatchConnections(batchers);
    QList<std::pair<QString, QString>> keepers;
    QHash<QString, RecipientForm> forms;
    for (Provider *p : m_providers->offering<RecipientDirectory>()) {
        keepers.append({p->providerId(), p->connectionName()});
        forms.insert(p->connectionName(), qobject_cast<RecipientDirectory *>(p)->recipientForm());
    }
    m_window->recipientsPage()->setConnections(keepers, forms);
    const int n = int(m_providers->providers().size());
    QString text = tr("%n connection(s)", nullptr, n);
    if (m_failedConnections > 0)
        text += tr(", %n refresh error(s)", nullptr, m_failedConnections);
    m_window->setConnectionSummary(text);
}

void AppController::refreshAfterChange(const QString &provider, const QString &connection)
{
    // Not stacked on a running refresh, whose answers may predate the change: once it
    // is over.
    if (m_outstanding > 0) {
        m_refreshAfter.insert({provider, connection});
        return;
    }
    Q_UNUSED(provider);
    if (Provider *p = m_providers->provider(connection))
        refresh(p);
}

void AppController::showCardTransactions(const QString &cardKey)
{
    const Card *card = m_cards->card(cardKey);
    if (!card)
        return;
    CardsPage *page = m_window->cardsPage();
    if (auto *p = m_providers->find<CardActivity>(card->connection)) {
        // Dinari lists a card's purchases with its details.
        p->fetchCardTransactions(card->id).then(
            this, [page, cardKey](const Result<QList<Transaction>> &r) {
                if (r.ok())
                    page->showCardTransactions(cardKey, r.value());
                else
                    page->showCardTransactionsError(cardKey, r.error().summary());
            });
        return;
    }
    // dash.fi has no per-card list: the synced transactions of the card, newest first.
    const TransactionTable &rows = m_transactions->rows();
    QList<int> mine;
    for (int r = 0; r < rows.size(); ++r) {
        if (rows.cardId(r) == card->id && rows.connection(r) == card->connection &&
            rows.provider(r) == card->provider)
            mine.append(r);
    }
    std::sort(mine.begin(), mine.end(),
              [&rows](int a, int b) { return rows.dateMs(a) > rows.dateMs(b); });
    QList<Transaction> list;
    for (int i = 0; i < mine.size() && i < 50; ++i)
        list.append(rows.at(mine[i]));
    page->showCardTransactions(cardKey, list);
}
