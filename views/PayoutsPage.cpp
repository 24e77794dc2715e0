#include "PayoutsPage.h"

#include "EmergencyFreezeButton.h"

#include "SafeFile.h"

#include "Dialogs.h"

#include "BatchPayoutForm.h"
#include "Currency.h"
#include "HeaderMemory.h"
#include "JournalModel.h"
#include "PageLayout.h"
#include "PayoutForm.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// A form scrolls rather than widen the window past what a laptop shows.
QScrollArea *scrolled(QWidget *form)
{
    auto *scroll = new QScrollArea(form->parentWidget());
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Focus goes to the fields, which the area keeps in view; the area itself is no stop
    // for Tab (an unnamed one after the last field).
    scroll->setFocusPolicy(Qt::NoFocus);
    return scroll;
}

} // namespace

PayoutsPage::PayoutsPage(JournalModel *journal, const ViewContext &context, QWidget *parent)
    : QWidget(parent), m_batch(new BatchPayoutForm(this)), m_methods(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_search(new QLineEdit(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("payoutsPage"));
    m_methods->setObjectName(QStringLiteral("payoutMethods"));
    m_methods->setAccessibleName(tr("Payout methods"));
    for (const PayoutMethod m : PayoutMethods::all()) {
        auto *form = new PayoutForm(m, this);
        m_forms.append(form);
        m_stack->addWidget(scrolled(form));
        m_methods->addItem(PayoutMethods::name(m));
        connect(form, &PayoutForm::sendRequested, this, &PayoutsPage::sendRequested);
        connect(form, &PayoutForm::quoteRequested, this, &PayoutsPage::quoteRequested);
        connect(form, &PayoutForm::teamRulesRequested, this, &PayoutsPage::teamRulesRequested);
        connect(form, &PayoutForm::restrictRequested, this, &PayoutsPage::restrictRequested);
        connect(form, &PayoutForm::subAccountRequested, this, &PayoutsPage::subAccountRequested);
    }
    m_stack->addWidget(scrolled(m_batch));
    m_methods->addItem(tr("Dots batch payouts"));
    connect(m_batch, &BatchPayoutForm::batchRequested, this, &PayoutsPage::batchRequested);
    connect(m_batch, &BatchPayoutForm::sentBatchesRequested, this,
            &PayoutsPage::sentBatchesRequested);
    m_methods->setFixedWidth(m_methods->sizeHintForColumn(0) + 32);
    connect(m_methods, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_methods->setCurrentRow(0);

    auto *top = new QWidget(this);
    auto *row = new QHBoxLayout(top);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_methods);
    row->addWidget(m_stack, 1);

    auto *journalBox = new QWidget(this);
    auto *column = new QVBoxLayout(journalBox);
    column->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Journal</b> of payouts and card actions"), this);
    m_search->setObjectName(QStringLiteral("journalSearch"));
    m_search->setPlaceholderText(tr("Search the journal"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the journal"));
    auto *check = new QPushButton(tr("Check open payouts"), this);
    check->setObjectName(QStringLiteral("reconcile"));
    check->setToolTip(tr("Asks each provider about payouts whose answer was lost"));
    auto *again = new QPushButton(tr("Check again"), this);
    again->setObjectName(QStringLiteral("checkAgain"));
    again->setToolTip(tr("Looks for the selected unknown payout in the provider's records now"));
    connect(again, &QPushButton::clicked, this, &PayoutsPage::checkSelectedAgain);
    auto *notSent = new QPushButton(tr("Mark as not sent…"), this);
    notSent->setObjectName(QStringLiteral("markNotSent"));
    notSent->setToolTip(tr("For a payout not found after its settling window: you decide it "
                           "was not sent"));
    connect(notSent, &QPushButton::clicked, this, &PayoutsPage::markSelectedNotSent);
    auto *cancel = new QPushButton(tr("Cancel payout…"), this);
    cancel->setObjectName(QStringLiteral("cancelPayout"));
    cancel->setToolTip(tr("Cancels the selected payout if the provider has not completed it"));
    connect(cancel, &QPushButton::clicked, this, &PayoutsPage::cancelSelected);
    m_copyLink = new QPushButton(tr("Copy link"), this);
    m_copyLink->setObjectName(QStringLiteral("copyPayoutLink"));
    m_copyLink->setToolTip(tr("Copies the selected payout link, to send to its payee"));
    m_copyLink->setEnabled(false);
    connect(m_copyLink, &QPushButton::clicked, this, &PayoutsPage::copySelectedLink);
    m_undoEmergency = new QPushButton(tr("Undo emergency freeze…"), this);
    m_undoEmergency->setObjectName(QStringLiteral("undoEmergencyFreeze"));
    m_undoEmergency->setToolTip(
        tr("Unfreezes the cards the selected emergency freeze froze, and only those"));
    connect(m_undoEmergency, &QPushButton::clicked, this,
            &PayoutsPage::undoSelectedEmergencyFreeze);
    auto *exportButton = new QPushButton(tr("Export journal…"), this);
    exportButton->setObjectName(QStringLiteral("exportJournal"));
    bar->addWidget(title);
    bar->addStretch(1);
    m_search->setMinimumWidth(240);
    bar->addWidget(m_search);
    // The journal's actions on a row of their own: in German and Spanish they do not fit
    // beside the title and the search at the default width.
    auto *actions = new QHBoxLayout;
    actions->addWidget(check);
    actions->addWidget(again);
    actions->addWidget(notSent);
    actions->addWidget(cancel);
    // What only some rows offer shows for those rows: the row stays short in every language.
    actions->addWidget(m_copyLink);
    actions->addWidget(m_undoEmergency);
    actions->addStretch(1);
    actions->addWidget(exportButton);
    column->addLayout(bar);
    column->addLayout(actions);
    column->addWidget(m_table, 1);
    connect(check, &QPushButton::clicked, this, &PayoutsPage::reconcileRequested);
    connect(exportButton, &QPushButton::clicked, this, &PayoutsPage::exportJournal);

    m_proxy->setSourceModel(journal);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setAccessibleName(tr("Journal"));
    m_table->setModel(m_proxy);
    PageLayout::configureTable(m_table, 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // newest first, as the journal gives it
    // A journal is a few hundred rows: columns fit their contents until the user sizes them.
    HeaderMemory::attach(m_table->horizontalHeader(), QStringLiteral("journal"), context.settings);
    auto linkChoice = [this] {
        const std::optional<JournalEntry> e = selectedEntry();
        const bool link = e && !e->link.isEmpty();
        m_copyLink->setEnabled(link);
        m_copyLink->setVisible(link);
        const bool emergency = e && !e->emergency().isEmpty();
        m_undoEmergency->setEnabled(emergency);
        m_undoEmergency->setVisible(emergency);
    };
    linkChoice();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, linkChoice);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, linkChoice);
    connect(journal, &QAbstractItemModel::modelReset, m_table, [this] {
        if (!HeaderMemory::isRemembered(m_table->horizontalHeader())) {
            const QSignalBlocker quiet(m_table->horizontalHeader());
            m_table->resizeColumnsToContents();
        }
    });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(journalBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

PayoutForm *PayoutsPage::form(PayoutMethod method) const
{
    for (PayoutForm *f : m_forms) {
        if (f->method() == method)
            return f;
    }
    return nullptr;
}

void PayoutsPage::showMethod(PayoutMethod method)
{
    m_methods->setCurrentRow(int(PayoutMethods::all().indexOf(method)));
}

void PayoutsPage::showBatch()
{
    m_methods->setCurrentRow(m_methods->count() - 1);
}

void PayoutsPage::setRecentPayouts(const QList<RecentPayout> &recent)
{
    m_batch->setRecentPayouts(recent);
}

void PayoutsPage::setBatchProgress(const QString &batchKey, const PayoutBatchStatus &status)
{
    m_batch->setProgress(batchKey, status);
}

void PayoutsPage::setSentBatches(const QString &connection, const QList<PayoutBatchStatus> &batches)
{
    m_batch->showSentBatches(connection, batches);
}

void PayoutsPage::setConnections(PayoutMethod method, const QStringList &names)
{
    if (PayoutForm *f = form(method))
        f->setConnections(names);
}

void PayoutsPage::setBatchConnections(const QStringList &names)
{
    m_batch->setConnections(names);
}

void PayoutsPage::setFeeRule(PayoutMethod method, const QString &connection, const FeeRule &rule,
                             FeeSource source)
{
    if (PayoutForm *f = form(method))
        f->setFeeRule(connection, rule, source);
}

// Connection names are unique: a form keeps what it is told per connection and shows
// only that of the connections it offers.
void PayoutsPage::setBalance(const QString &connection, const QString &currency,
                             const Money &balance, const QString &recipient)
{
    for (PayoutForm *f : std::as_const(m_forms))
        f->setBalance(connection, currency, balance, recipient);
}

void PayoutsPage::setCurrencies(const QString &connection, const QStringList &currencies)
{
    for (PayoutForm *f : std::as_const(m_forms))
        f->setCurrencies(connection, currencies);
}

void PayoutsPage::setTeamRules(const PayoutRequest &askedFor, const QString &text)
{
    for (PayoutForm *f : std::as_const(m_forms))
        f->setTeamRules(askedFor, text);
}

void PayoutsPage::setQuote(const PayoutQuote &quote)
{
    for (PayoutForm *f : std::as_const(m_forms))
        f->setQuote(quote);
}

void PayoutsPage::setRecipients(const QString &connection, const QList<Recipient> &recipients)
{
    for (PayoutForm *f : std::as_const(m_forms))
        f->setRecipients(connection, recipients);
    m_batch->setRecipients(connection, recipients);
}

void PayoutsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PayoutsPage::settle(const JournalEntry &entry)
{
    if (entry.action.kind() == JournalAction::Kind::Batch && !entry.isOpen())
        m_batch->settle(entry.key, entry.state != JournalEntry::State::Failed,
                        entry.shownMessage());
    for (PayoutForm *f : std::as_const(m_forms))
        f->settle(entry);
}

void PayoutsPage::reject(const QString &key, const QString &reason)
{
    m_batch->settle(key, false, reason);
    for (PayoutForm *f : std::as_const(m_forms)) {
        if (f->key() == key)
            f->reject(reason);
    }
}

void PayoutsPage::hold(const QString &key, const QString &text)
{
    for (PayoutForm *f : std::as_const(m_forms)) {
        if (f->key() == key)
            f->hold(text);
    }
}

void PayoutsPage::cancelSelected()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.size() != 1) {
        emit message(tr("Select the payout to cancel in the journal."));
        return;
    }
    auto *journal = static_cast<JournalModel *>(m_proxy->sourceModel());
    const JournalEntry e = journal->entries().at(m_proxy->mapToSource(selected.first()).row());
    if (!e.action.movesMoney() || e.state != JournalEntry::State::Succeeded ||
        e.reference.isEmpty()) {
        emit message(tr("Only a sent payout can be cancelled."));
        return;
    }
    const QString question =
        tr("Cancel the payout of %1 %2 to %3 (reference %4)? The provider keeps its cancel fee, "
           "and a payout it has completed cannot be cancelled.")
            .arg(e.amount ? Currency::formatLocale(*e.amount, e.currency, QLocale()) : QString(),
                 e.currency, e.shownTarget(), e.reference);
    if (Dialogs::question(this, tr("Cancel payout"), question, QMessageBox::Yes | QMessageBox::No,
                          QMessageBox::No) == QMessageBox::Yes)
        emit cancelRequested(e);
}

void PayoutsPage::copySelectedLink()
{
    const std::optional<JournalEntry> e = selectedEntry();
    if (!e || e->link.isEmpty()) {
        emit message(tr("Select a payout link in the journal."));
        return;
    }
    QGuiApplication::clipboard()->setText(e->link);
    emit message(tr("Link copied for %1: %2").arg(e->shownTarget(), e->link));
}

void PayoutsPage::undoSelectedEmergencyFreeze()
{
    const std::optional<JournalEntry> e = selectedEntry();
    const QString id = e ? e->emergency() : QString();
    if (id.isEmpty()) {
        emit message(tr("Select a card frozen by an emergency freeze in the journal."));
        return;
    }
    // The journal knows what it froze; the Cards page what is still frozen, which the
    // undo itself checks again.
    auto *journal = static_cast<JournalModel *>(m_proxy->sourceModel());
    const EmergencyFreeze freeze = EmergencyFreeze::find(journal->entries(), id);
    if (EmergencyFreezeButton::askUndo(this, freeze, int(freeze.froze.size())))
        emit undoEmergencyFreezeRequested(id);
}

std::optional<JournalEntry> PayoutsPage::selectedEntry() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.size() != 1)
        return std::nullopt;
    auto *journal = static_cast<JournalModel *>(m_proxy->sourceModel());
    return journal->entries().at(m_proxy->mapToSource(selected.first()).row());
}

void PayoutsPage::checkSelectedAgain()
{
    const std::optional<JournalEntry> e = selectedEntry();
    if (!e || !e->action.movesMoney() || !e->isOpen()) {
        emit message(tr("Select an unknown or pending payout in the journal."));
        return;
    }
    emit checkAgainRequested(e->key);
}

namespace {
/// Each search of the provider's records, one line each, for the person who decides.
QString searchesText(const QByteArray &checks)
{
    QStringList lines;
    const QLocale locale;
    const auto when = [&locale](const QJsonValue &v) {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    for (const QJsonValue &v : QJsonDocument::fromJson(checks).array()) {
        const QJsonObject c = v.toObject();
        const QString span = c.contains(QStringLiteral("from"))
                                 ? PayoutsPage::tr("records from %1 to %2")
                                       .arg(when(c.value(QStringLiteral("from"))),
                                            when(c.value(QStringLiteral("to"))))
                                 : PayoutsPage::tr("records under its key");
        lines << PayoutsPage::tr("%1: searched %2, %n record(s) read: %3", nullptr,
                                 c.value(QStringLiteral("records")).toInt())
                     .arg(when(c.value(QStringLiteral("at"))), span,
                          c.value(QStringLiteral("result")).toString());
    }
    return lines.join(u'\n');
}
} // namespace

void PayoutsPage::markSelectedNotSent()
{
    const std::optional<JournalEntry> e = selectedEntry();
    if (!e || e->state != JournalEntry::State::Unknown || !e->needsDecision) {
        emit message(tr("Only a payout that was not found after its settling window can be "
                        "marked as not sent. Select it in the journal."));
        return;
    }
    QMessageBox box(
        QMessageBox::Warning, tr("Mark as not sent"),
        tr("Mark the payout of %1 %2 to %3 as not sent?")
            .arg(e->amount ? Currency::formatLocale(*e->amount, e->currency, QLocale()) : QString(),
                 e->currency, e->target),
        QMessageBox::NoButton, this);
    box.setInformativeText(
        tr("It was not found in the provider's records, but a provider may still show it "
           "later. If it was sent after all and you send it again, it is paid twice. Your "
           "decision is kept in the journal under your name.\n\nWhat was searched:\n%1")
            .arg(searchesText(e->checks)));
    QPushButton *confirm = box.addButton(tr("Mark as not sent"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    if (Dialogs::ask(box) == confirm)
        emit markNotSentRequested(e->key);
}

void PayoutsPage::exportJournal()
{
    // All rows, or only the selected ones: one click to look at a row must not shrink the
    // export to it unasked.
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    bool selectionOnly = false;
    if (!selected.isEmpty() && selected.size() < m_proxy->rowCount()) {
        QMessageBox box(QMessageBox::Question, tr("Export journal"),
                        tr("Export all %n row(s) shown, or only the selected ones?", nullptr,
                           m_proxy->rowCount()),
                        QMessageBox::Cancel, this);
        QAbstractButton *all = box.addButton(tr("All %n row(s)", nullptr, m_proxy->rowCount()),
                                             QMessageBox::AcceptRole);
        QAbstractButton *some = box.addButton(
            tr("Only the %n selected", nullptr, int(selected.size())), QMessageBox::ActionRole);
        box.setDefaultButton(qobject_cast<QPushButton *>(all));
        QAbstractButton *chosen = Dialogs::ask(box);
        if (chosen != all && chosen != some)
            return;
        selectionOnly = chosen == some;
    }
    QString chosenFilter;
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString workbookFilter = tr("Excel workbooks (*.xlsx)");
    QString path =
        Dialogs::fileName(this, true, tr("Export journal"),
                          QDir(Dialogs::documentsFolder()).filePath(QStringLiteral("journal.csv")),
                          {csvFilter, workbookFilter}, &chosenFilter);
    if (path.isEmpty())
        return;
    const bool workbook = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ||
                          (chosenFilter == workbookFilter &&
                           !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive));
    if (workbook && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    auto *journal = static_cast<JournalModel *>(m_proxy->sourceModel());
    QList<int> rows;
    if (selectionOnly) {
        for (const QModelIndex &i : selected)
            rows.append(m_proxy->mapToSource(i).row());
    } else {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            rows.append(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    }
    // Written aside and renamed when complete: a failed export leaves no half file.
    QString error;
    if (workbook) {
        if (!journal->writeXlsx(path, rows, &error)) {
            emit message(tr("The journal could not be exported: %1").arg(error));
            return;
        }
    } else {
        QSaveFile file(path);
        if (!SafeFile::open(file, &error) || !journal->writeCsv(&file, rows, &error) ||
            !SafeFile::commit(file, &error)) {
            emit message(tr("The journal could not be exported: %1")
                             .arg(error.isEmpty() ? SafeFile::writeError(file) : error));
            return;
        }
    }
    emit message(tr("Exported %n journal row(s) to %1.", nullptr, int(rows.size())).arg(path));
}
