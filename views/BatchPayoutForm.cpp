#include "BatchPayoutForm.h"

#include "Dialogs.h"

#include "Currency.h"
#include "PageLayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

BatchPayoutForm::BatchPayoutForm(QWidget *parent)
    : QWidget(parent), m_connection(new QComboBox(this)), m_file(new QLabel(this)),
      m_table(new QTableWidget(this)), m_totals(new QLabel(this)),
      m_validOnly(new QCheckBox(tr("Send valid lines only"), this)),
      m_leaveOutRepeats(new QCheckBox(tr("Leave out repeated lines"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_send(new QPushButton(tr("Send batch…"), this))
{
    setObjectName(QStringLiteral("batchPayoutForm"));
    m_connection->setObjectName(QStringLiteral("connection"));
    m_connection->setAccessibleName(tr("Connection"));
    auto *choose = new QPushButton(tr("Choose CSV file…"), this);
    choose->setObjectName(QStringLiteral("chooseFile"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path =
            Dialogs::fileName(this, false, tr("Batch payout file"), Dialogs::documentsFolder(),
                              {tr("CSV files (*.csv)"), tr("All files (*)")});
        if (!path.isEmpty())
            loadFile(path);
    });
    m_file->setText(tr("Columns: user_id, amount (dollars), platform (optional)"));
    m_file->setWordWrap(true);
    m_totals->setWordWrap(true);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(choose);
    fileRow->addWidget(m_file, 1);
    auto *sent = new QPushButton(tr("Batches at Dots"), this);
    sent->setObjectName(QStringLiteral("showSentBatches"));
    sent->setToolTip(tr("The batches Dots has for this connection, also those sent elsewhere"));
    connect(sent, &QPushButton::clicked, this,
            [this] { emit sentBatchesRequested(m_connection->currentText()); });
    auto *connectionRow = new QHBoxLayout;
    connectionRow->addWidget(m_connection, 1);
    connectionRow->addWidget(sent);
    auto *form = new QFormLayout;
    auto *connectionLabel = new QLabel(tr("From connection"), this);
    connectionLabel->setBuddy(m_connection);
    form->addRow(connectionLabel, connectionRow);
    form->addRow(tr("File"), fileRow);

    PageLayout::readOnlyTable(
        m_table, QStringLiteral("batchPreview"), tr("Batch preview"),
        {tr("Line"), tr("Dots user"), tr("Amount"), tr("Pay by"), tr("Check")});
    m_totals->setObjectName(QStringLiteral("totals"));
    m_validOnly->setObjectName(QStringLiteral("sendValidOnly"));
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_send->setObjectName(QStringLiteral("send"));
    connect(m_validOnly, &QCheckBox::toggled, this, &BatchPayoutForm::updateSendable);
    m_leaveOutRepeats->setObjectName(QStringLiteral("leaveOutRepeats"));
    m_leaveOutRepeats->setToolTip(
        tr("Lines that repeat a recent payout or an earlier line are not sent; the first of "
           "two equal lines is"));
    connect(m_leaveOutRepeats, &QCheckBox::toggled, this, [this](bool leaveOut) {
        m_batch.setLeaveOutRepeats(leaveOut);
        showBatch();
    });
    // A payee's name is looked up in the connection the batch goes out from.
    connect(m_connection, &QComboBox::currentTextChanged, this, &BatchPayoutForm::showBatch);
    connect(m_send, &QPushButton::clicked, this, &BatchPayoutForm::send);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_totals, 1);
    bottom->addWidget(m_leaveOutRepeats);
    bottom->addWidget(m_validOnly);
    bottom->addWidget(m_send);
    auto *column = new QVBoxLayout(this);
    column->addLayout(form);
    column->addWidget(m_table, 1);
    column->addLayout(bottom);
    column->addWidget(m_progress);
    column->addWidget(m_status);
    m_sentBatches = new QTableWidget(this);
    PageLayout::readOnlyTable(
        m_sentBatches, QStringLiteral("sentBatches"), tr("Batches at Dots"),
        {tr("Created"), tr("Status"), tr("Payouts"), tr("Paid"), tr("Failed"), tr("Batch")});
    m_sentBatches->hide();
    column->addWidget(m_sentBatches);
    updateSendable();
}

void BatchPayoutForm::setConnections(const QStringList &names)
{
    const QString current = m_connection->currentText();
    m_connection->clear();
    m_connection->addItems(names);
    if (names.contains(current))
        m_connection->setCurrentText(current);
    updateSendable();
}

void BatchPayoutForm::setRecipients(const QString &connection, const QList<Recipient> &recipients)
{
    QHash<QString, Recipient> &users = m_users[connection];
    users.clear();
    for (const Recipient &r : recipients)
        users.insert(r.id, r);
    if (connection == m_connection->currentText())
        showBatch();
}

void BatchPayoutForm::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    m_batch = PayoutBatch::fromCsv(file.readAll(), m_recent);
    // A new file is a new batch: a new key, nothing sent yet.
    m_key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_sent = false;
    m_file->setText(QFileInfo(path).fileName());
    m_status->setText(m_batch.error());
    m_progress->hide();
    m_validOnly->setChecked(false);
    m_leaveOutRepeats->setChecked(false);
    m_batch.setLeaveOutRepeats(false);
    showBatch();
}

void BatchPayoutForm::showBatch()
{
    const QLocale locale;
    const QHash<QString, Recipient> users = m_users.value(m_connection->currentText());
    m_table->setRowCount(int(m_batch.rows().size()));
    for (int i = 0; i < m_batch.rows().size(); ++i) {
        const BatchRow &r = m_batch.rows().at(i);
        QString check = !r.isValid()          ? r.problems.join(QStringLiteral("; "))
                        : r.warning.isEmpty() ? tr("OK")
                                              : r.warning;
        if (r.isValid() && !m_batch.isSent(r))
            check = tr("Left out: %1").arg(r.warning);
        // The payee as the Dots form names them (email or phone for namesakes); the id
        // stays in the tooltip.
        const auto user = users.constFind(r.userId);
        const bool unknownUser = r.isValid() && !users.isEmpty() && user == users.cend();
        if (unknownUser)
            check += u' ' + tr("(not a user of this connection)");
        const QString payee =
            user == users.cend()
                ? r.userId
                : (user->detail.isEmpty() ? user->name
                                          : tr("%1 <%2>").arg(user->name, user->detail));
        const QStringList cells = {
            QString::number(r.line), payee,
            r.amount ? Currency::formatLocale(*r.amount, QStringLiteral("USD"), locale) : QString(),
            PayoutMethods::choiceText(PayoutField::Platform, r.platform), check};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (!r.isValid())
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            else if (!r.warning.isEmpty() || unknownUser)
                item->setForeground(QColor(0xa1, 0x5c, 0x00));
            if (r.isValid() && !m_batch.isSent(r)) {
                QFont struck = item->font();
                struck.setStrikeOut(true);
                item->setFont(struck);
            }
            if (c == 1)
                item->setToolTip(r.userId);
            if (c == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    QString totals =
        tr("%n payout(s), %1", nullptr, m_batch.sentCount())
            .arg(Currency::formatLocale(m_batch.sentTotal(), QStringLiteral("USD"), locale));
    if (m_batch.invalidCount() > 0)
        totals += tr("; %n line(s) with errors", nullptr, m_batch.invalidCount());
    if (m_batch.warningCount() > 0)
        totals += tr("; %n warning(s)", nullptr, m_batch.warningCount());
    m_totals->setText(m_batch.rows().isEmpty() ? QString() : totals);
    updateSendable();
}

void BatchPayoutForm::updateSendable()
{
    m_validOnly->setEnabled(!m_sent && m_batch.invalidCount() > 0);
    m_leaveOutRepeats->setEnabled(!m_sent && m_batch.warningCount() > 0);
    const bool choiceMade = m_batch.invalidCount() == 0 || m_validOnly->isChecked();
    m_send->setEnabled(!m_sent && !m_key.isEmpty() && m_batch.sentCount() > 0 && choiceMade &&
                       !m_connection->currentText().isEmpty());
}

void BatchPayoutForm::send()
{
    updateSendable();
    if (!m_send->isEnabled())
        return;
    const QLocale locale;
    QString question =
        tr("Send %n payout(s) totalling %1 USD from %2?", nullptr, m_batch.sentCount())
            .arg(Currency::formatLocale(m_batch.sentTotal(), QStringLiteral("USD"), locale),
                 m_connection->currentText());
    if (m_batch.invalidCount() > 0)
        question +=
            u'\n' + tr("%n line(s) with errors are left out.", nullptr, m_batch.invalidCount());
    if (m_batch.warningCount() > 0)
        question +=
            u'\n' + (m_batch.leavesOutRepeats()
                         ? tr("%n repeated line(s) are left out.", nullptr, m_batch.warningCount())
                         : tr("%n line(s) repeat a recent payout or another line.", nullptr,
                              m_batch.warningCount()));
    if (Dialogs::question(this, tr("Send batch"), question, QMessageBox::Yes | QMessageBox::Cancel,
                          QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_sent = true;
    updateSendable();
    m_status->setText(tr("Sending…"));
    emit batchRequested(m_connection->currentText(), m_key,
                        m_batch.requests(m_connection->currentText()));
}

void BatchPayoutForm::setProgress(const QString &batchKey, const PayoutBatchStatus &status)
{
    if (batchKey != m_key)
        return;
    m_progress->show();
    m_progress->setMaximum(qMax(1, status.total));
    m_progress->setValue(status.processed);
    m_status->setText(
        status.isDone()
            ? tr("Done: %1 paid, %2 failed.").arg(status.succeeded).arg(status.failed)
            : tr("Paying out: %1 of %2 processed. Dots pays out a batch it has accepted; it "
                 "cannot be called back from here.")
                  .arg(status.processed)
                  .arg(status.total));
}

void BatchPayoutForm::showSentBatches(const QString &connection,
                                      const QList<PayoutBatchStatus> &batches)
{
    if (connection != m_connection->currentText())
        return;
    const QLocale locale;
    m_sentBatches->setRowCount(int(batches.size()));
    for (int i = 0; i < batches.size(); ++i) {
        const PayoutBatchStatus &b = batches.at(i);
        const QStringList cells = {locale.toString(b.created.toLocalTime(), QLocale::ShortFormat),
                                   b.status,
                                   locale.toString(b.total),
                                   locale.toString(b.succeeded),
                                   locale.toString(b.failed),
                                   b.id};
        for (int c = 0; c < cells.size(); ++c)
            m_sentBatches->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_sentBatches->resizeColumnsToContents();
    m_sentBatches->show();
}

void BatchPayoutForm::settle(const QString &batchKey, bool accepted, const QString &message)
{
    if (batchKey != m_key)
        return;
    if (!accepted) {
        // Nothing was sent: the batch can be sent again (under a new key).
        m_key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_sent = false;
        updateSendable();
    }
    m_status->setText(message);
}
