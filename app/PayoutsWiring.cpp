#include "PayoutsWiring.h"

#include "TeamPayoutSender.h"
#include "TeamSession.h"

#include "Currency.h"

#include <QLocale>

#include "Preferences.h"

#include "Dialogs.h"

#include "ActionJournal.h"
#include "ApprovalsPage.h"
#include "BatchPayouts.h"
#include "CardActions.h"
#include "Clock.h"
#include "ConnectionKind.h"
#include "JournalModel.h"
#include "MainWindow.h"
#include "NewSubAccountDialog.h"
#include "PayoutBatch.h"
#include "PayoutController.h"
#include "PayoutQuotes.h"
#include "PayoutsPage.h"
#include "ProviderRegistry.h"
#include "RecipientList.h"
#include "RecipientsController.h"
#include "RecipientsPage.h"
#include "SubAccounts.h"

#include <QSettings>

#include <QUuid>
#include <algorithm>

PayoutsWiring::PayoutsWiring(MainWindow *window, CardActions *cardActions,
                             JournalModel *journalModel, ProviderRegistry *providers,
                             const Clock &clock, QSettings *settings, QObject *parent)
    : QObject(parent), m_window(window), m_cardActions(cardActions), m_journalModel(journalModel),
      m_providers(providers), m_clock(clock), m_settings(settings)
{
    auto *recipients = new RecipientsController(window->recipientsPage(), m_providers, this);
    connect(recipients, &RecipientsController::recipientsChanged, this,
            &PayoutsWiring::reloadRecipients);
    PayoutsPage *page = window->payoutsPage();
    connect(page, &PayoutsPage::sendRequested, this, &PayoutsWiring::sendPayout);
    connect(page, &PayoutsPage::quoteRequested, this, &PayoutsWiring::quote);
    connect(page, &PayoutsPage::subAccountRequested, this, &PayoutsWiring::openSubAccount);
    connect(page, &PayoutsPage::sentBatchesRequested, this, &PayoutsWiring::showSentBatches);
    // A connection opened (or its settings changed): its contract's fees.
    connect(m_providers, &ProviderRegistry::changed, this, &PayoutsWiring::updateFeeRules);
    connect(page, &PayoutsPage::reconcileRequested, this, [this] {
        if (m_payouts)
            m_payouts->reconcileOpen();
    });
}

PayoutsWiring::~PayoutsWiring() = default;

QList<JournalEntry> PayoutsWiring::journalEntries() const
{
    return m_journal ? m_journal->entries() : QList<JournalEntry>();
}

bool PayoutsWiring::openJournal(const QString &storePath)
{
    m_journal = std::make_unique<ActionJournal>(storePath, m_clock);
    if (!m_journal->open()) {
        m_window->showMessage(m_journal->lastError());
        m_journal.reset();
        return false;
    }
    m_payouts = new PayoutController(m_journal.get(), m_providers, m_clock, this);
    PayoutsPage *page = m_window->payoutsPage();
    connect(m_payouts, &PayoutController::finished, this, &PayoutsWiring::finished);
    connect(m_payouts, &PayoutController::rejected, page, &PayoutsPage::reject);
    connect(m_payouts, &PayoutController::rejected, m_window,
            [this](const QString &, const QString &reason) { m_window->showMessage(reason); });
    connect(m_payouts, &PayoutController::journalChanged, this, &PayoutsWiring::updateJournal);
    connect(m_payouts, &PayoutController::batchProgress, page, &PayoutsPage::setBatchProgress);
    connect(page, &PayoutsPage::batchRequested, this,
            [this, page](const QString &connection, const QString &batchKey,
                         const QList<PayoutRequest> &items) {
                // The team's policy approves payouts one by one; a batch would go round it.
                if (inTeam()) {
                    page->reject(batchKey, tr("Not sent: while this desktop is in a team, the "
                                              "team's policy approves payouts one by one. Send "
                                              "them as single Dots payouts."));
                    return;
                }
                m_payouts->submitBatch(connection, batchKey, items);
            });
    connect(page, &PayoutsPage::restrictRequested, m_payouts,
            &PayoutController::restrictTradeScripts);
    connect(page, &PayoutsPage::cancelRequested, m_payouts, &PayoutController::cancelPayout);
    connect(page, &PayoutsPage::checkAgainRequested, m_payouts, &PayoutController::checkAgain);
    connect(page, &PayoutsPage::markNotSentRequested, m_payouts, [this](const QString &key) {
        m_payouts->markNotSent(key, ActionJournal::currentUser());
    });
    // How long absence from a provider's records is not proof, per provider.
    m_payouts->setSettling(Preferences::load(*m_settings));
    m_cardActions->setJournal(m_journal.get());
    connect(m_cardActions, &CardActions::journalChanged, this, &PayoutsWiring::updateJournal);
    if (m_team) {
        m_teamSender = new TeamPayoutSender(m_team, m_payouts, m_journal.get(), m_providers, this);
        connect(m_teamSender, &TeamPayoutSender::held, page, &PayoutsPage::hold);
        connect(m_teamSender, &TeamPayoutSender::rejected, page, &PayoutsPage::reject);
        connect(m_teamSender, &TeamPayoutSender::released, m_window->approvalsPage(),
                [this](const QString &, const QString &text) {
                    m_window->approvalsPage()->showMessage(text);
                });
        connect(m_teamSender, &TeamPayoutSender::problem, m_window, &MainWindow::showMessage);
        connect(page, &PayoutsPage::teamRulesRequested, this, [this](const PayoutRequest &r) {
            if (inTeam())
                m_teamSender->preview(r);
        });
        connect(m_teamSender, &TeamPayoutSender::rulesPreviewed, page, &PayoutsPage::setTeamRules);
    }
    updateJournal();
    return true;
}

void PayoutsWiring::applyPreferences(const Preferences &preferences)
{
    if (m_payouts)
        m_payouts->setSettling(preferences);
}

void PayoutsWiring::reconcileOnce()
{
    if (m_payouts && !std::exchange(m_reconciled, true))
        m_payouts->reconcileOpen();
}

void PayoutsWiring::adoptConnection(const QString &id, const QString &provider, const QString &name,
                                    const QString &previousName)
{
    if (!m_journal)
        return;
    const std::optional<int> changed = m_journal->adoptConnection(id, provider, name, previousName);
    if (!changed)
        m_window->showMessage(tr("The journal could not follow the connection %1: %2")
                                  .arg(name, m_journal->lastError()));
    else if (*changed > 0)
        updateJournal(); // only then is the table worth reading again
}

void PayoutsWiring::sendPayout(const PayoutRequest &request)
{
    if (!m_payouts) {
        m_window->payoutsPage()->reject(
            request.idempotencyKey,
            tr("Payouts are off: the local journal, which records each payout before it is "
               "sent, could not be opened."));
        return;
    }
    if (inTeam()) {
        m_teamSender->send(request);
        return;
    }
    m_payouts->submit(request);
}

void PayoutsWiring::setTeam(TeamSession *session)
{
    m_team = session;
    connect(m_window->approvalsPage(), &ApprovalsPage::releaseRequested, this,
            [this](const TeamPayout &payout) {
                if (m_teamSender)
                    m_teamSender->release(payout);
                else
                    m_window->approvalsPage()->showMessage(
                        tr("Not sent: the local journal, which records each payout before it "
                           "is sent, could not be opened."));
            });
}

bool PayoutsWiring::inTeam() const
{
    return m_team && m_team->isConnected();
}

void PayoutsWiring::finished(const JournalEntry &entry)
{
    m_window->payoutsPage()->settle(entry);
    if (entry.action.kind() == JournalAction::Kind::CancelPayout) {
        m_window->showMessage(
            entry.state == JournalEntry::State::Succeeded
                ? tr("Payout %1 cancelled.").arg(entry.reference)
                : tr("Payout %1 not cancelled: %2").arg(entry.reference, entry.shownMessage()));
        emit connectionChanged(entry.provider, entry.connection);
        return;
    }
    if (entry.action.kind() == JournalAction::Kind::Restrict) {
        m_window->showMessage(
            entry.state == JournalEntry::State::Succeeded
                ? tr("Trade scripts restricted: %1.").arg(entry.shownTarget())
                : tr("Trade scripts not restricted: %1").arg(entry.shownMessage()));
        return;
    }
    if (entry.state == JournalEntry::State::Succeeded) {
        const QString amount =
            entry.amount ? Currency::formatLocale(*entry.amount, entry.currency, QLocale())
                         : QString();
        m_window->showMessage(
            entry.reference.isEmpty()
                ? tr("Payout sent: %1 %2 to %3 (the provider returns no reference).")
                      .arg(amount, entry.currency, entry.shownTarget())
                : tr("Payout sent: %1 %2 to %3 (reference %4).")
                      .arg(amount, entry.currency, entry.shownTarget(), entry.reference));
        // The payout shows in the balance and the transactions at once.
        emit connectionChanged(entry.provider, entry.connection);
    }
}

void PayoutsWiring::updateJournal()
{
    if (!m_journal)
        return;
    const QList<JournalEntry> entries = m_journal->entries();
    m_journalModel->setEntries(entries);
    m_window->setPayoutsUnknown(
        int(std::count_if(entries.begin(), entries.end(), [](const auto &e) {
            return e.state == JournalEntry::State::Unknown && e.action.movesMoney();
        })));
    // Dots payouts of the last 30 days, for the batch form's repeat warnings.
    m_window->payoutsPage()->setRecentPayouts(
        PayoutBatch::recentPayouts(entries, m_clock.nowUtc().addDays(-30)));
    updateFeeRules();
}

void PayoutsWiring::updateFeeRules()
{
    // The rule the provider stated on our last payout of a method wins; before the first,
    // the fee the connection's settings give from the provider's contract. The journal as
    // updateJournal() last read it: a new connection does not read the store again.
    QSet<QString> seen;
    for (const JournalEntry &e : m_journalModel->entries()) { // newest first: the latest wins
        const auto method = e.action.method();
        const auto rule = FeeRule::fromText(e.feeRule);
        if (!method || !rule)
            continue;
        const QString key = PayoutMethods::key(*method) + u'/' + e.connection;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        m_window->payoutsPage()->setFeeRule(*method, e.connection, *rule, FeeSource::Stated);
    }
    for (const Provider *p : m_providers->providers()) {
        for (const PayoutMethod method : PayoutMethods::all()) {
            if (PayoutMethods::provider(method) != p->providerId() ||
                seen.contains(PayoutMethods::key(method) + u'/' + p->connectionName()))
                continue;
            const auto contract =
                FeeRule::fromText(p->settings().value(FeeRule::settingKey(method)).toString());
            if (contract)
                m_window->payoutsPage()->setFeeRule(method, p->connectionName(), *contract,
                                                    FeeSource::Contract);
        }
    }
}

void PayoutsWiring::quote(const PayoutRequest &request)
{
    auto *p = m_providers->find<PayoutQuotes>(request.connection);
    if (!p)
        return;
    p->quotePayout(request).then(
        this, [this, key = request.idempotencyKey](const Result<PayoutQuote> &r) {
            if (!r.ok()) {
                m_window->showMessage(tr("No quote: %1").arg(r.error().summary()));
                return;
            }
            PayoutQuote quote = r.value();
            quote.key = key;
            m_window->payoutsPage()->setQuote(quote);
        });
}

void PayoutsWiring::reloadRecipients(const QString &provider, const QString &connection)
{
    auto *p = m_providers->find<RecipientList>(connection);
    if (!p)
        return;
    p->fetchRecipients().then(this,
                              [this, provider, connection](const Result<QList<Recipient>> &r) {
                                  if (r.ok())
                                      showRecipients(provider, connection, r.value());
                              });
}

void PayoutsWiring::showRecipients(const QString &provider, const QString &connection,
                                   const QList<Recipient> &recipients)
{
    m_window->payoutsPage()->setRecipients(connection, recipients);
    m_window->recipientsPage()->setRecipients(provider, connection, recipients);
}

void PayoutsWiring::openSubAccount(const QString &connection)
{
    auto *p = m_providers->find<SubAccounts>(connection);
    Provider *open = m_providers->provider(connection);
    if (!p || !open) {
        m_window->showMessage(tr("%1 cannot open sub-accounts here.").arg(connection));
        return;
    }
    const QString provider = open->providerId();
    NewSubAccountDialog dialog(connection, m_window);
    // The connection may have closed while the dialog was open.
    if (Dialogs::exec(dialog) != QDialog::Accepted ||
        !(p = m_providers->find<SubAccounts>(connection)))
        return;
    // Journaled like every change at a provider; nothing is sent without the journal.
    std::optional<qint64> entry;
    if (m_journal) {
        JournalEntry e;
        e.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.provider = provider;
        e.connectionId = open->connectionId();
        e.connection = connection;
        e.action = JournalAction(JournalAction::Kind::CreateWallet);
        e.target = dialog.name();
        entry = m_journal->append(e);
    }
    if (!entry) {
        m_window->showMessage(tr("%1: the sub-account was not opened: the journal cannot be "
                                 "written.")
                                  .arg(connection));
        return;
    }
    updateJournal();
    // Not retried: a lost answer may hide a wallet that exists; the list reloads either way.
    p->createSubAccount(dialog.name(), dialog.externalId())
        .then(this, [this, provider, connection, entry = *entry](const Result<Recipient> &r) {
            if (m_journal) {
                m_journal->update(entry, JournalEntry::stateAfter(r.ok() ? nullptr : &r.error()),
                                  r.ok() ? r.value().id : QString(),
                                  r.ok() ? QString() : r.error().summary());
                updateJournal();
            }
            m_window->showMessage(
                r.ok() ? tr("Sub-account “%1” opened at %2.").arg(r.value().name, connection)
                       : tr("%1: the sub-account was not opened: %2")
                             .arg(connection, r.error().summary()));
            reloadRecipients(provider, connection);
        });
}

void PayoutsWiring::showSentBatches(const QString &connection)
{
    auto *p = m_providers->find<BatchPayouts>(connection);
    if (!p)
        return;
    // The last 90 days: enough to see last month's runs, not a whole history.
    p->fetchPayoutBatches(m_clock.nowUtc().addDays(-90))
        .then(this, [this, connection](const Result<QList<PayoutBatchStatus>> &r) {
            if (r.ok())
                m_window->payoutsPage()->setSentBatches(connection, r.value());
            else
                m_window->showMessage(tr("%1: the batches could not be read: %2")
                                          .arg(connection, r.error().summary()));
        });
}
