#include "RecipientsPage.h"

#include "ExternalLink.h"

#include "Currency.h"
#include "PageLayout.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QLineEdit *edit(QWidget *parent, const char *name, const QString &accessible)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setAccessibleName(accessible);
    return e;
}

} // namespace

RecipientsPage::RecipientsPage(QWidget *parent)
    : QWidget(parent), m_connection(new QComboBox(this)),
      m_search(edit(this, "recipientSearch", tr("Search recipients"))),
      m_list(new QListWidget(this)), m_id(edit(this, "id", tr("User name"))),
      m_first(edit(this, "firstName", tr("First name"))),
      m_last(edit(this, "lastName", tr("Last name"))), m_email(edit(this, "email", tr("Email"))),
      m_countryCode(edit(this, "countryCode", tr("Country code"))),
      m_phone(edit(this, "phone", tr("Phone"))), m_password(edit(this, "password", tr("Password"))),
      m_status(new QLabel(this)), m_save(new QPushButton(tr("Save"), this)),
      m_setupLink(new QPushButton(tr("Payout setup link…"), this)),
      m_scripts(new QTableWidget(this)), m_token(edit(this, "token", tr("Token"))),
      m_tokenValue(new QLabel(this)), m_message(new QLabel(this)), m_fields(new QFormLayout),
      m_dart(new QWidget(this))
{
    setObjectName(QStringLiteral("recipientsPage"));
    m_connection->setObjectName(QStringLiteral("connection"));
    m_connection->setAccessibleName(tr("Connection"));
    m_search->setPlaceholderText(tr("Search by name or email"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("recipients"));
    m_list->setAccessibleName(tr("Recipients"));
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Sent to DART only, never kept"));
    m_save->setObjectName(QStringLiteral("save"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_tokenValue->setObjectName(QStringLiteral("tokenValue"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Connection"), this));
    top->addWidget(m_connection);
    top->addWidget(m_search, 1);
    auto *newButton = new QPushButton(tr("New recipient"), this);
    newButton->setObjectName(QStringLiteral("newRecipient"));
    top->addWidget(newButton);

    auto *details = new QWidget(this);
    auto *form = m_fields;
    form->addRow(tr("ID / user name"), m_id);
    form->addRow(tr("First name"), m_first);
    form->addRow(tr("Last name"), m_last);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Phone country code"), m_countryCode);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Status"), m_status);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_message, 1);
    saveRow->addWidget(m_setupLink);
    saveRow->addWidget(m_save);
    m_setupLink->setObjectName(QStringLiteral("setupLink"));
    m_setupLink->setToolTip(tr("Opens, in the browser, the page where this Dots user chooses "
                               "how to be paid"));
    PageLayout::readOnlyTable(
        m_scripts, QStringLiteral("tradeScripts"), tr("Trade scripts"),
        {tr("Trade script"), tr("Initial"), tr("Current"), tr("Deposited"), tr("Activated")});
    auto *tokenRow = new QHBoxLayout;
    auto *valueButton = new QPushButton(tr("Token value"), this);
    valueButton->setObjectName(QStringLiteral("getTokenValue"));
    m_token->setPlaceholderText(tr("Token, e.g. Chaos"));
    tokenRow->addWidget(m_token);
    tokenRow->addWidget(valueButton);
    tokenRow->addWidget(m_tokenValue, 1);
    // DART's own part: shown for a DART connection only.
    m_dart->setObjectName(QStringLiteral("dartSection"));
    auto *dart = new QVBoxLayout(m_dart);
    dart->setContentsMargins(0, 0, 0, 0);
    dart->addWidget(new QLabel(tr("<b>DART trade scripts</b>"), m_dart));
    dart->addWidget(m_scripts, 1);
    dart->addLayout(tokenRow);
    auto *column = new QVBoxLayout(details);
    column->addLayout(form);
    column->addLayout(saveRow);
    column->addWidget(m_dart, 1);
    column->addStretch(0);

    auto *split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(details);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_connection, &QComboBox::currentIndexChanged, this, [this] {
        updateFieldsForProvider();
        showList();
        startNew();
    });
    connect(m_search, &QLineEdit::textChanged, this, &RecipientsPage::showList);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_creating = false;
        m_message->clear();
        emit recipientChosen(provider(), connection(),
                             m_list->item(row)->data(Qt::UserRole).toString());
    });
    connect(newButton, &QPushButton::clicked, this, &RecipientsPage::startNew);
    connect(m_save, &QPushButton::clicked, this, &RecipientsPage::save);
    connect(m_setupLink, &QPushButton::clicked, this, [this] {
        if (!m_id->text().isEmpty())
            emit setupLinkRequested(provider(), connection(), m_id->text());
    });
    connect(valueButton, &QPushButton::clicked, this, [this] {
        if (!m_id->text().isEmpty() && !m_token->text().trimmed().isEmpty())
            emit tokenValueRequested(provider(), connection(), m_id->text(),
                                     m_token->text().trimmed());
    });
    updateFieldsForProvider();
}

QString RecipientsPage::provider() const
{
    return m_connection->currentData().toString();
}

QString RecipientsPage::connection() const
{
    return m_connection->currentText();
}

void RecipientsPage::setConnections(const QList<std::pair<QString, QString>> &connections,
                                    const QHash<QString, RecipientForm> &forms)
{
    m_forms = forms;
    QList<std::pair<QString, QString>> shown;
    for (int i = 0; i < m_connection->count(); ++i)
        shown.append({m_connection->itemData(i).toString(), m_connection->itemText(i)});
    if (shown == connections)
        return; // every refresh says the same: the form being edited stays
    const QString current = connection();
    {
        const QSignalBlocker quiet(m_connection);
        m_connection->clear();
        for (const auto &[p, c] : connections)
            m_connection->addItem(c, p);
        m_connection->setCurrentIndex(qMax(0, m_connection->findText(current)));
    }
    if (connection() != current || m_list->count() == 0) {
        updateFieldsForProvider();
        showList();
        startNew();
    }
}

void RecipientsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
}

void RecipientsPage::setRecipients(const QString &provider, const QString &connection,
                                   const QList<Recipient> &recipients)
{
    m_recipients.insert(provider + u'/' + connection, recipients);
    if (provider == this->provider() && connection == this->connection())
        showList();
}

void RecipientsPage::showList()
{
    const QString selected =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    const QString needle = m_search->text().trimmed();
    for (const Recipient &r : m_recipients.value(provider() + u'/' + connection())) {
        const QString text = r.detail.isEmpty() ? r.name : tr("%1 <%2>").arg(r.name, r.detail);
        if (!needle.isEmpty() && !text.contains(needle, Qt::CaseInsensitive) &&
            !r.id.contains(needle, Qt::CaseInsensitive))
            continue;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, r.id);
        // As wide as the list, cut in the middle (the address's end stays), whole on hover:
        // a narrow hint keeps the list from scrolling sideways.
        item->setSizeHint(QSize(1, m_list->fontMetrics().height() + 6));
        item->setToolTip(text);
        if (r.id == selected)
            m_list->setCurrentItem(item);
    }
}

void RecipientsPage::updateFieldsForProvider()
{
    // What one provider asks for is not shown for another's recipients.
    const RecipientForm f = form();
    m_fields->setRowVisible(m_countryCode, f.phone);
    m_fields->setRowVisible(m_phone, f.phone);
    m_fields->setRowVisible(m_password, f.password);
    m_dart->setVisible(f.tradeScripts);
    m_setupLink->setVisible(f.setupLink);
}

void RecipientsPage::startNew()
{
    m_creating = true;
    for (QLineEdit *e : {m_id, m_first, m_last, m_email, m_countryCode, m_phone, m_password})
        e->clear();
    // Some providers give the id; others create the recipient under the id typed here.
    m_id->setReadOnly(form().providerGivesId);
    m_id->setPlaceholderText(form().idPlaceholder);
    m_status->clear();
    m_scripts->setRowCount(0);
    m_tokenValue->clear();
    m_list->clearSelection();
    m_save->setText(tr("Create"));
}

void RecipientsPage::showProfile(const RecipientProfile &p)
{
    m_id->setText(p.id);
    m_id->setReadOnly(true);
    m_first->setText(p.firstName);
    m_last->setText(p.lastName);
    m_email->setText(p.email);
    m_countryCode->setText(p.countryCode);
    m_phone->setText(p.phone);
    m_password->clear();
    m_status->setText(p.status);
    m_scripts->setRowCount(0);
    m_tokenValue->clear();
    m_save->setText(tr("Save"));
    // Not every provider documents a way to change a recipient.
    m_save->setEnabled(form().editable);
}

void RecipientsPage::showTradeScripts(const QList<TradeScriptInfo> &scripts)
{
    const QLocale locale;
    m_scripts->setRowCount(int(scripts.size()));
    for (int i = 0; i < scripts.size(); ++i) {
        const TradeScriptInfo &t = scripts.at(i);
        const QStringList cells = {
            t.name, Currency::formatLocale(t.initialAmount, QStringLiteral("USDC"), locale),
            Currency::formatLocale(t.currentAmount, QStringLiteral("USDC"), locale),
            Currency::formatLocale(t.totalDeposit, QStringLiteral("USDC"), locale),
            locale.toString(t.activated, QLocale::ShortFormat)};
        for (int c = 0; c < cells.size(); ++c)
            m_scripts->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_scripts->resizeColumnsToContents();
}

void RecipientsPage::showTokenValue(const QString &token, const Money &value)
{
    m_tokenValue->setText(
        tr("%1: %2").arg(token, Currency::formatLocale(value, QStringLiteral("USDC"), QLocale())));
}

void RecipientsPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_save->setEnabled(true);
}

void RecipientsPage::openSetupLink(const QUrl &link)
{
    if (!ExternalLink::open(link)) {
        m_message->setText(tr("Not opened: the provider's link is not an https address."));
        return;
    }
    m_message->setText(tr("Opened %1 in the browser.").arg(link.toDisplayString()));
}

void RecipientsPage::save()
{
    RecipientProfile p;
    p.id = m_id->text().trimmed();
    p.firstName = m_first->text().trimmed();
    p.lastName = m_last->text().trimmed();
    p.email = m_email->text().trimmed();
    p.countryCode = m_countryCode->text().trimmed();
    p.phone = m_phone->text().trimmed();
    if (p.firstName.isEmpty() || p.lastName.isEmpty() || p.email.isEmpty()) {
        m_message->setText(tr("First name, last name and email are required."));
        return;
    }
    const RecipientForm f = form();
    if (m_creating && !f.providerGivesId && p.id.isEmpty()) {
        m_message->setText(tr("A new %1 needs a user name.").arg(f.kindName));
        return;
    }
    if (m_creating && f.password && m_password->text().isEmpty()) {
        m_message->setText(tr("A new %1 needs a password.").arg(f.kindName));
        return;
    }
    if (m_creating && f.phone && (p.countryCode.isEmpty() || p.phone.isEmpty())) {
        m_message->setText(
            tr("A new %1 needs a phone number with its country code.").arg(f.kindName));
        return;
    }
    if (m_creating && f.providerGivesId)
        p.id.clear();
    m_save->setEnabled(false);
    m_message->setText(tr("Saving…"));
    const QString password = m_password->text();
    m_password->clear(); // not kept a moment longer than needed
    emit saveRequested(provider(), connection(), p, password);
}
