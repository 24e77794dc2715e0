#include "Refresher.h"

#include "BalanceHistory.h"
#include "BalanceHistorySource.h"
#include "BalanceSource.h"
#include "BalancesModel.h"
#include "BalancesPage.h"
#include "CardSource.h"
#include "CardsModel.h"
#include "Clock.h"
#include "JournalFees.h"
#include "LocalHistory.h"
#include "MainWindow.h"
#include "PayoutFunds.h"
#include "PayoutsPage.h"
#include "PayoutsWiring.h"
#include "ProviderRegistry.h"
#include "RateSource.h"
#include "RecipientList.h"
#include "RefreshRun.h"
#include "SyncWindow.h"
#include "TransactionDuplicates.h"
#include "TransactionSource.h"
#include "TransactionStore.h"
#include "TransactionsModel.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcRefresh, "treasury.app", QtInfoMsg)

namespace {
/// How far back the balance chart and the providers' own balance history reach.
constexpr int ChartDays = 90;
} // namespace

Refresher::Refresher(ProviderRegistry *providers, MainWindow *window, BalancesModel *balances,
                     CardsModel *cards, TransactionsModel *transactions, PayoutsWiring *payouts,
                     const Clock &clock, QObject *parent)
    : QObject(parent), m_providers(providers), m_window(window), m_balances(balances),
      m_cards(cards), m_transactions(transactions), m_payouts(payouts), m_clock(clock)
{}

bool Refresher::isRunning() const
{
    return m_run && m_run->isRunning();
}

RefreshRun *Refresher::run()
{
    if (!isRunning()) {
        if (m_run)
            m_run->deleteLater();
        m_run = new RefreshRun(this);
        m_failures = 0;
        connect(m_run, &RefreshRun::progress, m_window, &MainWindow::setRefreshProgress);
        connect(m_run, &RefreshRun::finished, this, &Refresher::runFinished);
        m_window->setRefreshing(true);
    }
    return m_run;
}

bool Refresher::refreshAll()
{
    const QList<Provider *> open = m_providers->providers();
    if (isRunning() || open.isEmpty())
        return false;
    for (Provider *p : open)
        refresh(p);
    return true;
}

void Refresher::refresh(Provider *p)
{
    refreshBalances(p);
    refreshCards(p);
    refreshTransactions(p);
    refreshRecipients(p);
}

void Refresher::refreshBalances(Provider *p)
{
    auto *source = qobject_cast<BalanceSource *>(p);
    if (!source)
        return;
    const ConnectionRef connection = p->connection();
    run()->add(source->fetchBalances().then(this, [=](const Result<QList<Balance>> &r) {
        if (r.ok()) {
            m_balances->setConnectionBalances(connection, r.value(), r.gaps());
            for (const Balance &b : PayoutFunds::payable(r.value()))
                m_window->payoutsPage()->setBalance(connection.name, b.currency, b.available);
            // A customer's wallet: what a transfer to them adds to (DART).
            for (const Balance &b : r.value())
                if (b.kind == Balance::Kind::Customer)
                    m_window->payoutsPage()->setBalance(connection.name, b.currency, b.available,
                                                        b.account);
            m_window->payoutsPage()->setCurrencies(connection.name,
                                                   PayoutFunds::sendableCurrencies(r.value()));
            BalanceHistory *history = m_history ? m_history->balances() : nullptr;
            if (history && !history->record(connection, r.value(), m_clock.nowUtc()))
                m_window->showMessage(history->lastError());
            loadPastBalances(p);
        } else if (!m_run->stoppedBy(r.error())) {
            m_balances->setConnectionError(connection, r.error().summary(),
                                           r.error().kind != ProviderError::Kind::Unsupported);
        }
        // An account without balances (postpaid dash.fi) is not a refresh error.
        if (!r.ok() && r.error().kind != ProviderError::Kind::Unsupported)
            reportError(connection.name, r.error());
    }));
}

void Refresher::refreshCards(Provider *p)
{
    auto *source = qobject_cast<CardSource *>(p);
    if (!source)
        return;
    const ConnectionRef connection = p->connection();
    run()->add(source->fetchCards().then(this, [=](const Result<QList<Card>> &r) {
        if (r.ok())
            m_cards->setConnectionCards(connection, r.value(), r.gaps());
        else
            reportError(connection.name, r.error());
    }));
}

void Refresher::refreshTransactions(Provider *p)
{
    auto *source = qobject_cast<TransactionSource *>(p);
    if (!source)
        return;
    const ConnectionRef connection = p->connection();
    TransactionStore *store = m_history ? m_history->store() : nullptr;
    // Only what is new, plus a trailing window.
    const QDateTime from = store ? SyncWindow::from(store->syncState(connection.id)) : QDateTime();
    run()->add(
        source->fetchTransactions(from, {}).then(this, [=](const Result<QList<Transaction>> &r) {
            if (!r.ok()) {
                reportError(connection.name, r.error());
                return;
            }
            // An id listed twice with different figures is named, never settled quietly.
            QList<Transaction> listed = r.value();
            const QStringList gaps = r.gaps() + TransactionDuplicates::settle(&listed);
            // A payout listed without its fee takes the one the provider stated on sending.
            JournalFees::fill(&listed, connection.id, m_payouts->journalEntries());
            TransactionStore *store = m_history ? m_history->store() : nullptr;
            if (store && !store->upsert(connection, listed, m_clock.nowUtc(), gaps.isEmpty()))
                m_window->showMessage(store->lastError());
            m_transactions->mergeConnection(connection, listed, gaps);
        }));
}

void Refresher::refreshRecipients(Provider *p)
{
    auto *source = qobject_cast<RecipientList *>(p);
    if (!source)
        return;
    const QString id = p->providerId();
    const QString connection = p->connectionName();
    run()->add(source->fetchRecipients().then(this, [=](const Result<QList<Recipient>> &r) {
        if (r.ok())
            m_payouts->showRecipients(id, connection, r.value());
        else if (r.error().kind != ProviderError::Kind::Unsupported)
            reportError(connection, r.error());
    }));
}

void Refresher::stop()
{
    if (!isRunning() || m_run->isStopping())
        return;
    m_run->stop();
    m_window->showMessage(tr("Stopping the refresh…"));
    // Reads only: a payout or card action under way is never cut off.
    for (Provider *p : m_providers->providers())
        p->cancelReads();
}

void Refresher::reportError(const QString &connection, const ProviderError &error)
{
    if (m_run && m_run->stoppedBy(error))
        return; // what the user asked for, not a failure; the last good data stays
    ++m_failures;
    qCWarning(lcRefresh).noquote() << connection << error.details();
    m_window->showMessage(tr("%1: %2").arg(connection, error.summary()));
}

void Refresher::runFinished(bool stopped)
{
    for (const QString &connection : std::exchange(m_refreshAfter, {}))
        QTimer::singleShot(0, this, [this, connection] { refreshAfterChange(connection); });
    updateRates();
    m_window->setRefreshing(false);
    if (stopped)
        m_window->showMessage(tr("Refresh stopped; what is shown is from before."));
    else
        m_window->setLastRefresh(m_clock.nowUtc());
    emit finished();
}

void Refresher::refreshAfterChange(const QString &connection)
{
    if (isRunning()) {
        m_refreshAfter.insert(connection);
        return;
    }
    if (Provider *p = m_providers->provider(connection))
        refresh(p);
}

void Refresher::loadPastBalances(Provider *p)
{
    auto *source = qobject_cast<BalanceHistorySource *>(p);
    if (!m_history || !m_history->balances() || !source ||
        m_pastBalancesLoaded.contains(p->connectionId()))
        return;
    m_pastBalancesLoaded.insert(p->connectionId());
    const ConnectionRef connection = p->connection();
    source->fetchBalanceHistory(m_clock.nowUtc().addDays(-ChartDays))
        .then(this, [this, connection](const Result<QList<Balance>> &r) {
            BalanceHistory *history = m_history ? m_history->balances() : nullptr;
            if (!r.ok() || !history)
                return;
            if (!history->recordPast(connection, r.value()))
                m_window->showMessage(history->lastError());
            updateChart();
        });
}

void Refresher::updateRates()
{
    const QStringList currencies = UsdValuation::currenciesToValue(m_balances->balances());
    // One provider's rates value every balance, whichever provider holds it. The chart
    // is redrawn once per refresh: after the rates when some are asked for.
    const QList<RateSource *> sources = m_providers->all<RateSource>();
    if (currencies.isEmpty() || sources.isEmpty()) {
        updateChart();
        return;
    }
    sources.first()->fetchUsdRates(currencies).then(this, [this](const Result<UsdRates> &r) {
        if (r.ok())
            m_balances->setRates(r.value());
        updateChart();
    });
}

void Refresher::updateChart()
{
    BalanceHistory *history = m_history ? m_history->balances() : nullptr;
    if (!history)
        return;
    const QDate today = m_clock.todayUtc();
    const QDate from = today.addDays(-(ChartDays - 1));
    m_window->balancesPage()->setHistory(BalanceHistory::dailyTotals(
        history->since(from.startOfDay(Qt::UTC)), m_balances->valuation(), from, today));
}
