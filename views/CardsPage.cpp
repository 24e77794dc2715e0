#include "CardsPage.h"

#include "ElideMiddleDelegate.h"
#include "EmergencyFreezeButton.h"

#include "TransactionsModel.h"

#include "Dialogs.h"
#include "ExternalLink.h"
#include "FlexibleColumn.h"

#include "CardLimitDialog.h"
#include "CardStateDelegate.h"
#include "CardsFilterModel.h"
#include "CardsModel.h"
#include "Currency.h"
#include "GapsBanner.h"
#include "HeaderMemory.h"
#include "NewCardDialog.h"
#include "PageLayout.h"
#include "ProviderNames.h"
#include "Transaction.h"

#include <QAction>
#include <QComboBox>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace {
// Each column as wide as its widest word in the current language, so that every column
// fits the default window without scrolling sideways.
void sizeColumns(QTableView *table, const QAbstractItemModel *model)
{
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics = table->fontMetrics();
    auto fit = [&](int column, const QStringList &words) {
        int width = metrics.horizontalAdvance(
                        model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()) +
                    8;
        for (const QString &word : words)
            width = qMax(width, metrics.horizontalAdvance(word));
        header->resizeSection(column, width + 16);
    };
    header->resizeSection(CardsModel::Name, 180);
    fit(CardsModel::LastFour, {QStringLiteral("0000")});
    fit(CardsModel::Provider, {QStringLiteral("dash.fi")});
    fit(CardsModel::SpendLimit, {Currency::formatLocale(Money::fromMinorUnits(99999999, 2),
                                                        QStringLiteral("USD"), QLocale()),
                                 CardsModel::tr("No limit")});
    fit(CardsModel::Created, {QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)});
    header->resizeSection(CardsModel::State,
                          metrics.horizontalAdvance(CardsPage::tr("Frozen")) +
                              metrics.horizontalAdvance(CardsPage::tr("Unfreeze")) + 48);
    QStringList periods;
    for (const QString &code : CardLimitPeriods::dashfi())
        periods << CardLimitPeriods::text(code);
    fit(CardsModel::Period, periods);
    QStringList frequencies;
    for (const char *code : {"recurring", "single-use", "prepaid"})
        frequencies << CardFrequencies::text(QLatin1String(code));
    fit(CardsModel::Frequency, frequencies);
}
} // namespace

CardsPage::CardsPage(CardsModel *model, const ViewContext &context, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new CardsFilterModel(this)),
      m_search(new QLineEdit(this)), m_state(new QComboBox(this)), m_provider(new QComboBox(this)),
      m_connection(new QComboBox(this)), m_table(new QTableView(this)),
      m_freeze(new QPushButton(tr("Free&ze"), this)),
      m_unfreeze(new QPushButton(tr("&Unfreeze"), this)),
      m_cancel(new QPushButton(tr("&Cancel card…"), this)),
      m_limit(new QPushButton(tr("Set &limit…"), this)),
      m_newCard(new QPushButton(tr("&New card…"), this)),
      m_virtualCard(new QPushButton(tr("Issue virtual car&d…"), this)),
      m_progress(new QLabel(this)), m_emergency(new EmergencyFreezeButton(model, m_progress, this))
{
    setObjectName(QStringLiteral("cardsPage"));
    m_filter->setSourceModel(model);
    buildFilters();

    m_table->setObjectName(QStringLiteral("cardsTable"));
    m_table->setAccessibleName(tr("Cards"));
    m_table->setModel(m_filter);
    // Two pixels more than other tables: the row's button needs them.
    PageLayout::configureTable(m_table, 12);
    m_table->sortByColumn(CardsModel::Name, Qt::AscendingOrder);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    sizeColumns(m_table, model);
    HeaderMemory::attach(m_table->horizontalHeader(), QStringLiteral("cards"), context.settings);
    // The name gives way first: the other columns are as narrow as their words allow.
    FlexibleColumn::attach(m_table, CardsModel::Name,
                           m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
    auto *delegate = new CardStateDelegate(m_table);
    m_table->setItemDelegateForColumn(CardsModel::State, delegate);
    m_table->setItemDelegateForColumn(CardsModel::Connection, new ElideMiddleDelegate(m_table));
    connect(delegate, &CardStateDelegate::toggleRequested, this,
            [this](const QModelIndex &i) { toggle({i.data(CardsModel::CardKeyRole).toString()}); });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &CardsPage::showContextMenu);
    // The keyboard: Space toggles the selected cards, Delete asks to cancel one.
    auto *space = new QAction(this);
    space->setShortcut(Qt::Key_Space);
    space->setShortcutContext(Qt::WidgetShortcut);
    connect(space, &QAction::triggered, this, [this] { toggle(selectedKeys()); });
    m_table->addAction(space);
    auto *del = new QAction(this);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, &CardsPage::confirmCancel);
    m_table->addAction(del);
    // Tabbing into the table lands on a card, so that Space has one to toggle.
    m_table->installEventFilter(this);

    m_freeze->setObjectName(QStringLiteral("freezeButton"));
    m_unfreeze->setObjectName(QStringLiteral("unfreezeButton"));
    m_cancel->setObjectName(QStringLiteral("cancelCardButton"));
    m_limit->setObjectName(QStringLiteral("limitButton"));
    m_newCard->setObjectName(QStringLiteral("newCardButton"));
    m_virtualCard->setObjectName(QStringLiteral("virtualCardButton"));
    m_virtualCard->setToolTip(tr("Dinari issues a virtual card by sending money to a "
                                 "cardholder: opens that payout form"));
    m_virtualCard->setEnabled(false);
    connect(m_emergency, &EmergencyFreezeButton::freezeRequested, this,
            &CardsPage::emergencyFreezeRequested);
    connect(m_emergency, &EmergencyFreezeButton::undoRequested, this,
            &CardsPage::undoEmergencyFreezeRequested);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_state);
    filters->addWidget(m_provider);
    filters->addWidget(m_connection);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_freeze);
    buttons->addWidget(m_unfreeze);
    buttons->addWidget(m_limit);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_newCard);
    buttons->addWidget(m_virtualCard);
    buttons->addStretch(1);
    buttons->addWidget(m_emergency);
    // The details panel: the selected card's recent transactions.
    auto *details = new QWidget(this);
    auto *detailsBox = new QVBoxLayout(details);
    detailsBox->setContentsMargins(0, 0, 0, 0);
    m_detailsTitle = new QLabel(tr("Select a card to see its recent transactions."), details);
    m_detailsTitle->setObjectName(QStringLiteral("cardDetailsTitle"));
    m_details = new QTableWidget(details);
    PageLayout::readOnlyTable(m_details, QStringLiteral("cardTransactions"),
                              tr("Card transactions"),
                              {tr("Date"), tr("Description"), tr("Amount"), tr("Status")});
    detailsBox->addWidget(m_detailsTitle);
    detailsBox->addWidget(m_details, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *box = new QVBoxLayout(this);
    box->addLayout(filters);
    box->addLayout(buttons);
    box->addWidget(m_progress);
    box->addWidget(new GapsBanner(model->gaps(), QStringLiteral("cardsGaps"), this));
    box->addWidget(split, 1);

    connect(m_freeze, &QPushButton::clicked, this,
            [this] { emit freezeRequested(selectedKeys(), true); });
    connect(m_unfreeze, &QPushButton::clicked, this,
            [this] { emit freezeRequested(selectedKeys(), false); });
    connect(m_cancel, &QPushButton::clicked, this, &CardsPage::confirmCancel);
    connect(m_limit, &QPushButton::clicked, this, &CardsPage::askLimit);
    connect(m_newCard, &QPushButton::clicked, this, &CardsPage::askNewCard);
    connect(m_virtualCard, &QPushButton::clicked, this, &CardsPage::virtualCardRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CardsPage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CardsPage::keepDetailsTrue);
    // A reload replaces a connection's cards: what was selected stays selected.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptSelection = selectedKeys(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        select(m_keptSelection);
        if (!m_wanted.isEmpty() && select({m_wanted}))
            m_wanted.clear();
        keepDetailsTrue();
    });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CardsPage::keepDetailsTrue);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CardsPage::keepDetailsTrue);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QStringList keys = selectedKeys();
        if (keys.size() != 1 || keys.first() == m_detailsKey)
            return;
        m_detailsKey = keys.first();
        const Card *card = m_model->card(m_detailsKey);
        m_detailsTitle->setText(
            tr("Recent transactions of %1 (loading…)")
                .arg(card ? Transaction::cardLabel(card->name, card->lastFour) : m_detailsKey));
        m_details->setRowCount(0);
        emit cardSelected(m_detailsKey);
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &CardsPage::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &CardsPage::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &CardsPage::updateFilterChoices);
    updateFilterChoices();
    updateButtons();
}

void CardsPage::buildFilters()
{
    m_search->setObjectName(QStringLiteral("cardsSearch"));
    m_search->setPlaceholderText(tr("Search by name or last four"));
    m_search->setAccessibleName(tr("Search cards"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &CardsFilterModel::setSearchText);
    m_state->setObjectName(QStringLiteral("cardStateFilter"));
    m_state->setAccessibleName(tr("Card state"));
    m_state->addItem(tr("Any state"), -1);
    m_state->addItem(tr("Open"), int(Card::State::Open));
    m_state->addItem(tr("Frozen"), int(Card::State::Frozen));
    m_state->addItem(tr("Cancelled"), int(Card::State::Cancelled));
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_state->currentData().toInt();
        m_filter->setStateFilter(state < 0 ? std::nullopt : std::optional(Card::State(state)));
    });
    m_provider->setObjectName(QStringLiteral("cardProviderFilter"));
    m_provider->setAccessibleName(tr("Provider"));
    m_connection->setObjectName(QStringLiteral("cardConnectionFilter"));
    m_connection->setAccessibleName(tr("Connection"));
    connect(m_provider, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setProviderFilter(m_provider->currentData().toString()); });
    connect(m_connection, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setConnectionFilter(m_connection->currentData().toString()); });
}

void CardsPage::updateFilterChoices()
{
    std::map<QString, QString> providers;
    std::map<QString, QString> connections;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const Card &c = m_model->cardAt(r);
        providers.emplace(ProviderNames::display(c.provider), c.provider);
        connections.emplace(c.connection, c.connection);
    }
    // The user's choice survives a refresh.
    auto refill = [](QComboBox *box, const std::map<QString, QString> &items, const QString &any) {
        const QString current = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(any, QString());
        for (const auto &[text, key] : items)
            box->addItem(text, key);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    refill(m_provider, providers, tr("All providers"));
    refill(m_connection, connections, tr("All connections"));
}

void CardsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CardsPage::selectCard(const QString &cardKey)
{
    m_wanted = select({cardKey}) ? QString() : cardKey;
}

bool CardsPage::select(const QStringList &keys)
{
    if (keys.isEmpty())
        return false;
    QItemSelection selection;
    QModelIndex first;
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const QModelIndex i = m_filter->index(r, 0);
        if (!keys.contains(i.data(CardsModel::CardKeyRole).toString()))
            continue;
        selection.select(i, i);
        if (!first.isValid())
            first = i;
    }
    if (!first.isValid())
        return false;
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_table->scrollTo(first);
    return true;
}

bool CardsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::FocusIn &&
        m_table->selectionModel()->selectedRows().isEmpty() && m_filter->rowCount() > 0) {
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason) {
            const QModelIndex current = m_table->currentIndex();
            const QModelIndex row = current.isValid() ? current : m_filter->index(0, 0);
            m_table->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CardsPage::keepDetailsTrue()
{
    if (m_detailsKey.isEmpty() ||
        (m_model->card(m_detailsKey) && selectedKeys().contains(m_detailsKey)))
        return;
    m_detailsKey.clear();
    m_details->setRowCount(0);
    m_detailsTitle->setText(tr("Select a card to see its recent transactions."));
}

QStringList CardsPage::selectedKeys() const
{
    QStringList keys;
    const auto rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        keys << row.data(CardsModel::CardKeyRole).toString();
    return keys;
}

void CardsPage::toggle(const QStringList &keys)
{
    // Each card goes the other way; a card with something under way is left alone.
    QStringList freeze;
    QStringList unfreeze;
    for (const QString &key : keys) {
        const Card *card = m_model->card(key);
        if (!card || m_model->isPending(key))
            continue;
        if (card->state == Card::State::Open)
            freeze << key;
        else if (card->state == Card::State::Frozen)
            unfreeze << key;
    }
    if (!freeze.isEmpty())
        emit freezeRequested(freeze, true);
    if (!unfreeze.isEmpty())
        emit freezeRequested(unfreeze, false);
}

void CardsPage::updateButtons()
{
    bool canFreeze = false;
    bool canUnfreeze = false;
    const QStringList keys = selectedKeys();
    for (const QString &key : keys) {
        const Card *card = m_model->card(key);
        if (!card || m_model->isPending(key))
            continue;
        canFreeze |= card->state == Card::State::Open;
        canUnfreeze |= card->state == Card::State::Frozen;
    }
    m_freeze->setEnabled(canFreeze);
    m_unfreeze->setEnabled(canUnfreeze);
    const Card *one = keys.size() == 1 ? m_model->card(keys.first()) : nullptr;
    const bool usable =
        one && one->state != Card::State::Cancelled && !m_model->isPending(keys.first());
    m_cancel->setEnabled(usable);
    m_limit->setEnabled(usable);
    m_newCard->setEnabled(!m_issuers.isEmpty());
}

void CardsPage::setCardIssuers(const QList<std::pair<QString, QString>> &issuers)
{
    m_issuers = issuers;
    updateButtons();
}

void CardsPage::showCardTransactions(const QString &cardKey, const QList<Transaction> &list)
{
    if (cardKey != m_detailsKey)
        return; // an answer for a card no longer selected
    const Card *card = m_model->card(cardKey);
    const QString label = card ? Transaction::cardLabel(card->name, card->lastFour) : cardKey;
    const QLocale locale;
    QString title = list.isEmpty() ? tr("%1 has no recent transactions.").arg(label)
                                   : tr("Recent transactions of %1").arg(label);
    // A prepaid card's money, as its provider reported it (Dinari).
    if (card && card->balance)
        title += tr(" · it holds %1 %2")
                     .arg(Currency::formatLocale(*card->balance, card->currency, locale),
                          card->currency);
    m_detailsTitle->setText(title);
    m_details->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const Transaction &t = list.at(i);
        const Money shown = t.direction == Transaction::Direction::Out
                                ? t.amount.checkedNegate().value_or(t.amount)
                                : t.amount;
        // Our word for the state, as on the Transactions page; the provider's in the tooltip.
        const QStringList cells = {locale.toString(t.date.toLocalTime(), QLocale::ShortFormat),
                                   QString(t.description).replace(u'\t', u' '),
                                   Currency::formatLocale(shown, t.currency, locale),
                                   TransactionsModel::statusWord(t.status)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 3 && !t.rawStatus.isEmpty())
                item->setToolTip(tr("The provider's word: %1").arg(t.rawStatus));
            m_details->setItem(i, c, item);
        }
    }
    m_details->resizeColumnsToContents();
}

void CardsPage::showCardTransactionsError(const QString &cardKey, const QString &error)
{
    if (cardKey == m_detailsKey)
        m_detailsTitle->setText(tr("The card's transactions could not be read: %1").arg(error));
}

void CardsPage::setVirtualCardIssuing(bool available)
{
    m_virtualCard->setEnabled(available);
}

void CardsPage::askLimit()
{
    const QStringList keys = selectedKeys();
    const Card *card = keys.size() == 1 ? m_model->card(keys.first()) : nullptr;
    if (!card || !m_limit->isEnabled())
        return;
    CardLimitDialog dialog(*card, this);
    if (Dialogs::exec(dialog) == QDialog::Accepted)
        emit limitRequested(keys.first(), dialog.amount(), dialog.period());
}

void CardsPage::askNewCard()
{
    if (m_issuers.isEmpty())
        return;
    NewCardDialog dialog(m_issuers, this);
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return;
    const auto [provider, connection] = dialog.issuer();
    emit createRequested(provider, connection, dialog.request());
}

void CardsPage::showCardNumber()
{
    // The provider's own page shows number and CVV: nothing of it passes through here.
    const QStringList keys = selectedKeys();
    const Card *card = keys.size() == 1 ? m_model->card(keys.first()) : nullptr;
    if (card && card->embeddedUrl.isValid() && !ExternalLink::open(card->embeddedUrl)) {
        m_progress->setText(tr("The card's page was not opened: %1 gives no https address for it.")
                                .arg(ProviderNames::display(card->provider)));
        m_progress->show();
    }
}

void CardsPage::confirmCancel()
{
    const QStringList keys = selectedKeys();
    const Card *card = keys.size() == 1 ? m_model->card(keys.first()) : nullptr;
    if (!card || card->state == Card::State::Cancelled || m_model->isPending(keys.first()))
        return;
    const QString label = Transaction::cardLabel(card->name, card->lastFour);
    QMessageBox ask(
        QMessageBox::Warning, tr("Cancel card"),
        tr("Cancel the card “%1” at %2?").arg(label, ProviderNames::display(card->provider)),
        QMessageBox::NoButton, this);
    ask.setInformativeText(
        tr("This cannot be undone: the card can never be used again, and payments that "
           "use it will be declined."));
    QPushButton *cancel = ask.addButton(tr("Cancel card"), QMessageBox::DestructiveRole);
    QPushButton *keep = ask.addButton(tr("Keep card"), QMessageBox::RejectRole);
    ask.setDefaultButton(keep);
    if (Dialogs::ask(ask) == cancel)
        emit cancelRequested(keys.first());
}

void CardsPage::showContextMenu(const QPoint &at)
{
    const QModelIndex index = m_table->indexAt(at);
    if (!index.isValid())
        return;
    if (!m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectRow(index.row());
    QMenu menu(this);
    QAction *freeze =
        menu.addAction(tr("Freeze"), this, [this] { emit freezeRequested(selectedKeys(), true); });
    freeze->setEnabled(m_freeze->isEnabled());
    QAction *unfreeze = menu.addAction(tr("Unfreeze"), this,
                                       [this] { emit freezeRequested(selectedKeys(), false); });
    unfreeze->setEnabled(m_unfreeze->isEnabled());
    menu.addSeparator();
    menu.addAction(tr("Set limit…"), this, &CardsPage::askLimit)->setEnabled(m_limit->isEnabled());
    const Card *card = m_model->card(index.data(CardsModel::CardKeyRole).toString());
    menu.addAction(tr("Show card number…"), this, &CardsPage::showCardNumber)
        ->setEnabled(card && card->embeddedUrl.isValid() && selectedKeys().size() == 1);
    menu.addSeparator();
    QAction *cancel = menu.addAction(tr("Cancel card…"), this, &CardsPage::confirmCancel);
    cancel->setEnabled(m_cancel->isEnabled());
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

QStringList CardsPage::openCards(const QString &provider, const QString &connection) const
{
    return m_emergency->openCards(provider, connection);
}

void CardsPage::emergencyFreeze(const QStringList &keys, const QString &scope)
{
    m_emergency->freeze(keys, scope);
}

void CardsPage::setJournal(const JournalModel *journal)
{
    m_emergency->setJournal(journal);
}
