#include "PayoutForm.h"

#include "FeeText.h"

#include "AmountField.h"
#include "BalanceAfterText.h"
#include "Dialogs.h"
#include "PayoutFieldEditor.h"
#include "TeamRulesLine.h"

#include "Currency.h"
#include "NameOrder.h"
#include "PayoutFunds.h"
#include "PayoutValidator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldError"));
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(p);
    label->hide();
    return label;
}

// A field with its message right under it; a hidden message takes no space.
QLayout *withError(QLayout *field, QLabel *error)
{
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addLayout(field);
    column->addWidget(error);
    return column;
}

} // namespace

PayoutForm::PayoutForm(PayoutMethod method, QWidget *parent)
    : QWidget(parent), m_method(method), m_key(newKey()), m_connection(new QComboBox(this)),
      m_amount(new AmountField(this)), m_fee(new QLabel(this)), m_balanceAfter(new QLabel(this)),
      m_status(new QLabel(this)), m_send(new QPushButton(tr("Send…"), this)),
      m_new(new QPushButton(tr("New payout"), this))
{
    setObjectName(QStringLiteral("payoutForm-") + PayoutMethods::key(method));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_connection->setObjectName(QStringLiteral("connection"));
    m_connection->setAccessibleName(tr("Connection"));
    form->addRow(tr("From connection"), m_connection);
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1, Qt::AlignTop);
    if (PayoutMethods::currencies(method).isEmpty()) {
        m_currency = new QComboBox(this);
        m_currency->setObjectName(QStringLiteral("currency"));
        m_currency->setAccessibleName(tr("Currency"));
        connect(m_currency, &QComboBox::currentIndexChanged, this, &PayoutForm::revalidate);
        amountRow->addWidget(m_currency, 0, Qt::AlignTop);
    } else {
        amountRow->addWidget(new QLabel(PayoutMethods::currencies(method).value(0), this), 0,
                             Qt::AlignTop);
    }
    form->addRow(tr("Amount"), amountRow);
    connect(m_amount, &AmountField::edited, this, [this] {
        m_amountTouched = true;
        revalidate();
    });
    // The order a person fills the form in, to Send at the end (Send and New payout are
    // made first and would otherwise come right after the amount).
    QList<QWidget *> tabOrder{m_connection, m_amount->edit()};
    if (m_currency)
        tabOrder << m_currency;
    for (const PayoutFieldSpec &spec : PayoutMethods::fields(method)) {
        QWidget *editor = PayoutFieldEditor::create(spec, m_method, this, [this, f = spec.field] {
            m_touched.insert(f);
            revalidate();
        });
        QLabel *error = errorLabel(this);
        m_editors.insert(spec.field, editor);
        tabOrder << editor;
        m_errors.insert(spec.field, error);
        const QString label = PayoutMethods::label(spec.field, m_method);
        editor->setAccessibleName(label);
        auto *row = new QHBoxLayout;
        row->addWidget(editor);
        if (spec.field == PayoutField::Wallet && method == PayoutMethod::CryptoToSub) {
            // A transfer to a sub-account that does not exist yet starts by opening it.
            m_newSubAccount = new QPushButton(tr("New sub-account…"), this);
            m_newSubAccount->setObjectName(QStringLiteral("newSubAccount"));
            connect(m_newSubAccount, &QPushButton::clicked, this,
                    [this] { emit subAccountRequested(m_connection->currentText()); });
            row->addWidget(m_newSubAccount);
            tabOrder << m_newSubAccount;
        }
        form->addRow(spec.required ? label : tr("%1 (optional)").arg(label), withError(row, error));
    }
    m_fee->setObjectName(QStringLiteral("fee"));
    m_balanceAfter->setObjectName(QStringLiteral("balanceAfter"));
    // Long in German and Spanish: they wrap rather than widen the form.
    for (QLabel *line : {m_fee, m_balanceAfter}) {
        line->setWordWrap(true);
        line->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    }
    form->addRow(tr("Fee"), m_fee);
    form->addRow(tr("Balance after"), m_balanceAfter);

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setDefault(true);
    m_new->setObjectName(QStringLiteral("newPayout"));
    m_new->hide();
    connect(m_send, &QPushButton::clicked, this, &PayoutForm::send);
    connect(m_new, &QPushButton::clicked, this, &PayoutForm::startNew);
    connect(m_connection, &QComboBox::currentIndexChanged, this, [this] {
        showRecipients();
        showCurrencies();
        revalidate();
    });
    if (PayoutMethods::needsQuote(method)) {
        // Asked once the user pauses typing, not on every key.
        m_quoteTimer = new QTimer(this);
        m_quoteTimer->setSingleShot(true);
        m_quoteTimer->setInterval(400);
        connect(m_quoteTimer, &QTimer::timeout, this, [this] {
            const PayoutRequest r = request();
            if (m_locked || !PayoutValidator::isValid(r) || hasCurrentQuote(r))
                return;
            m_quoteAskedFor = quoteFingerprint(r);
            m_fee->setText(tr("Asking the provider…"));
            emit quoteRequested(r);
        });
    }
    m_teamRules = new TeamRulesLine(this);
    connect(m_teamRules, &TeamRulesLine::previewRequested, this, &PayoutForm::teamRulesRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    if (method == PayoutMethod::DartTransfer) {
        auto *restrict = new QPushButton(tr("Restrict trade scripts…"), this);
        restrict->setObjectName(QStringLiteral("restrict"));
        connect(restrict, &QPushButton::clicked, this, &PayoutForm::askRestriction);
        buttons->addWidget(restrict);
        tabOrder << restrict;
    }
    buttons->addWidget(m_new);
    buttons->addWidget(m_send);
    tabOrder << m_new << m_send;
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    auto *column = new QVBoxLayout(this);
    column->addLayout(form);
    column->addWidget(m_teamRules);
    column->addLayout(buttons);
    column->addStretch(1);
    setMaximumWidth(820); // long lines of form fields are hard to read
    revalidate();
}

void PayoutForm::setConnections(const QStringList &names)
{
    const QString current = m_connection->currentText();
    {
        // Refreshed after every refresh: the user's choice and what hangs on it stay.
        const QSignalBlocker quiet(m_connection);
        m_connection->clear();
        m_connection->addItems(names);
        if (names.contains(current))
            m_connection->setCurrentText(current);
    }
    if (m_connection->currentText() != current) {
        showRecipients();
        showCurrencies();
    }
    revalidate();
}

void PayoutForm::setRecipients(const QString &connection, const QList<Recipient> &recipients)
{
    m_recipients.insert(connection, recipients);
    showRecipients();
}

void PayoutForm::showRecipients()
{
    QComboBox *combo = nullptr;
    for (const PayoutField f :
         {PayoutField::DotsUser, PayoutField::DartCustomer, PayoutField::Wallet}) {
        if (!combo)
            combo = qobject_cast<QComboBox *>(m_editors.value(f));
    }
    if (!combo)
        return;
    const QString current = combo->currentData().toString();
    while (combo->count() > 1)
        combo->removeItem(1);
    // By name in the user's language, so that typing a name's first letters finds it.
    QList<Recipient> sorted = m_recipients.value(m_connection->currentText());
    const QCollator collator = NameOrder::collator();
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&collator](const Recipient &a, const Recipient &b) {
                         const int byName = collator.compare(a.name, b.name);
                         return byName != 0 ? byName < 0 : collator.compare(a.detail, b.detail) < 0;
                     });
    for (const Recipient &r : std::as_const(sorted)) {
        const QString text = r.detail.isEmpty() ? r.name : tr("%1 <%2>").arg(r.name, r.detail);
        combo->addItem(text, r.id);
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void PayoutForm::setFeeRule(const QString &connection, const FeeRule &rule, FeeSource source)
{
    m_feeRules.insert(connection, rule);
    m_feeSources.insert(connection, source);
    revalidate();
}

// A connection's balance in a currency, or (with `recipient`) one of its customers'.
static QString balanceKey(const QString &connection, const QString &currency,
                          const QString &recipient = QString())
{
    return connection + u'/' + currency + (recipient.isEmpty() ? QString() : u'/' + recipient);
}

void PayoutForm::setBalance(const QString &connection, const QString &currency,
                            const Money &balance, const QString &recipient)
{
    m_balances.insert(balanceKey(connection, currency, recipient), balance);
    revalidate();
}

void PayoutForm::setCurrencies(const QString &connection, const QStringList &currencies)
{
    m_currencies.insert(connection, currencies);
    showCurrencies();
}

void PayoutForm::showCurrencies()
{
    if (!m_currency)
        return;
    const QString current = m_currency->currentText();
    const QSignalBlocker quiet(m_currency);
    m_currency->clear();
    m_currency->addItems(m_currencies.value(m_connection->currentText()));
    if (m_currency->findText(current) >= 0)
        m_currency->setCurrentText(current);
    revalidate();
}

QString PayoutForm::quoteFingerprint(const PayoutRequest &r) const
{
    return QStringList{r.connection, r.currency, r.amount.toString(), r.value(PayoutField::Address)}
        .join(u'\x1f');
}

bool PayoutForm::hasCurrentQuote(const PayoutRequest &r) const
{
    return m_quote && m_quoteFor == quoteFingerprint(r);
}

void PayoutForm::setQuote(const PayoutQuote &quote)
{
    const PayoutRequest r = request();
    // A quote for what the form held when it asked, and still holds.
    if (quote.key != m_key || m_quoteAskedFor != quoteFingerprint(r))
        return;
    m_quote = quote;
    m_quoteFor = m_quoteAskedFor;
    revalidate();
}

PayoutRequest PayoutForm::request() const
{
    PayoutRequest r;
    r.method = m_method;
    r.connection = m_connection->currentText();
    r.currency =
        m_currency ? m_currency->currentText() : PayoutMethods::currencies(m_method).value(0);
    r.amount = m_amount->reading().amount.value_or(Money());
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        r.fields.insert(it.key(), PayoutFieldEditor::text(it.value()));
    for (const PayoutField f : {PayoutField::DotsUser, PayoutField::Wallet}) {
        if (auto *picker = qobject_cast<QComboBox *>(m_editors.value(f));
            picker && !PayoutFieldEditor::chosenId(picker).isEmpty())
            r.recipientLabel = picker->currentText();
    }
    r.idempotencyKey = m_key;
    return r;
}

bool PayoutForm::isValid() const
{
    const PayoutRequest r = request();
    const bool quoteOk =
        !PayoutMethods::needsQuote(m_method) || (hasCurrentQuote(r) && m_quote->isAcceptable());
    return !r.connection.isEmpty() && m_amount->reading().amount && PayoutValidator::isValid(r) &&
           quoteOk;
}

std::optional<Money> PayoutForm::balanceBefore(const PayoutRequest &r) const
{
    if (m_locked)
        return m_sentFrom;
    const auto balance = m_balances.constFind(balanceKey(r.connection, r.currency));
    return balance == m_balances.cend() ? std::nullopt : std::optional<Money>(*balance);
}

std::optional<Money> PayoutForm::walletBefore(const PayoutRequest &r) const
{
    if (m_locked)
        return m_sentToWallet;
    const QString customer = r.value(PayoutField::DartCustomer);
    const auto wallet = m_balances.constFind(balanceKey(r.connection, r.currency, customer));
    return customer.isEmpty() || wallet == m_balances.cend() ? std::nullopt
                                                             : std::optional<Money>(*wallet);
}

std::optional<Money> PayoutForm::feeEstimate(const PayoutRequest &r) const
{
    const auto rule = m_feeRules.constFind(r.connection);
    if (rule == m_feeRules.cend())
        return std::nullopt;
    return rule->feeFor(r.amount, Currency::scale(r.currency));
}

void PayoutForm::revalidate()
{
    const PayoutRequest r = request();
    QMap<PayoutField, QString> problems = PayoutValidator::fieldProblems(r);
    const bool quoted = hasCurrentQuote(r);
    if (quoted) {
        for (auto it = m_quote->problems.cbegin(); it != m_quote->problems.cend(); ++it)
            problems.insert(it.key(), it.value());
    }
    // A field shows its problem once the user has been there, so a fresh form is calm.
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString problem = m_touched.contains(it.key()) ? problems.value(it.key()) : QString();
        it.value()->setText(problem);
        it.value()->setVisible(!problem.isEmpty());
    }
    const AmountReading typed = m_amount->reading();
    QString amountProblem;
    if (m_amountTouched) {
        amountProblem = typed.amount ? PayoutValidator::amountProblem(r) : typed.problem;
        if (amountProblem.isEmpty() && quoted)
            amountProblem = m_quote->amountProblem;
    }
    m_amount->setProblem(amountProblem);
    m_amount->echo(r.currency);

    const QLocale locale;
    const bool amountOk = typed.amount && PayoutValidator::amountProblem(r).isEmpty();
    const std::optional<Money> fee =
        !amountOk ? std::nullopt : (quoted ? m_quote->fee : feeEstimate(r));
    if (PayoutMethods::needsQuote(m_method)) {
        if (const QString said =
                quoted && fee ? FeeText::ofQuote(*m_quote, r.currency, locale) : QString();
            !said.isEmpty())
            m_fee->setText(said);
        else if (!quoted)
            m_fee->setText(tr("Quoted by the provider once the form is complete"));
        if (m_quoteTimer && !m_locked && PayoutValidator::isValid(r) && !quoted &&
            m_quoteAskedFor != quoteFingerprint(r))
            m_quoteTimer->start();
    } else if (const auto rule = m_feeRules.constFind(r.connection); rule != m_feeRules.cend()) {
        m_fee->setText(FeeText::ofRule(*rule, m_feeSources.value(r.connection), fee, r.currency,
                                       m_method, locale));
    } else {
        m_fee->setText(tr("Stated by the provider when it accepts the payout"));
    }
    m_balanceAfter->setText(
        BalanceAfterText::of({m_method, r.amount, r.currency, amountOk, balanceBefore(r), fee,
                              walletBefore(r), r.value(PayoutField::DartCustomer)},
                             locale));
    m_teamRules->follow(r, !m_locked && PayoutValidator::isValid(r));
    m_send->setEnabled(!m_locked && isValid());
}

void PayoutForm::setTeamRules(const PayoutRequest &askedFor, const QString &text)
{
    if (askedFor.idempotencyKey == m_key)
        m_teamRules->setAnswer(askedFor, text);
}

QString PayoutForm::confirmationText(const PayoutRequest &r) const
{
    const QLocale locale;
    const std::optional<Money> fee = hasCurrentQuote(r) ? m_quote->fee : feeEstimate(r);
    const QString amount = Currency::formatLocale(r.amount, r.currency, locale);
    QString text =
        r.method == PayoutMethod::CryptoToMaster
            ? tr("Move %1 %2 from the sub-account %3 to the master account of %4?")
                  .arg(amount, r.currency,
                       r.recipientLabel.isEmpty() ? r.value(PayoutField::Wallet) : r.recipientLabel,
                       r.connection)
            : tr("Send %1 %2 to %3 from %4?").arg(amount, r.currency, r.recipient(), r.connection);
    text += u'\n' + tr("Method: %1").arg(PayoutMethods::name(r.method));
    // What is easy to mistype, said once more: the account (masked but for its last four),
    // the bank's code and how Dots pays.
    if (const QString account = r.value(PayoutField::BankAccount); !account.isEmpty())
        text += u'\n' + tr("Account number: %1").arg(PayoutRequest::maskedAccount(account));
    if (const QString bank = r.value(PayoutField::BankRouting); !bank.isEmpty())
        text += u'\n' + QStringLiteral("%1: %2").arg(
                            PayoutMethods::label(PayoutField::BankRouting, r.method), bank);
    if (const QString platform = r.value(PayoutField::Platform); !platform.isEmpty())
        text += u'\n' + QStringLiteral("%1: %2").arg(
                            PayoutMethods::label(PayoutField::Platform),
                            PayoutMethods::choiceText(PayoutField::Platform, platform));
    if (fee)
        text +=
            u'\n' + tr("Expected fee: %1.").arg(Currency::formatLocale(*fee, r.currency, locale));
    if (hasCurrentQuote(r) && m_quote->arrives)
        text += u'\n' +
                tr("The recipient receives %1 %2.")
                    .arg(Currency::formatLocale(*m_quote->arrives, r.currency, locale), r.currency);
    if (const QString team = m_teamRules->current(); !team.isEmpty())
        text += u'\n' + team;
    text += u'\n' + tr("Money that has been sent cannot be called back from here.");
    return text;
}

void PayoutForm::askRestriction()
{
    const QString customer = PayoutFieldEditor::text(m_editors.value(PayoutField::DartCustomer));
    if (customer.isEmpty()) {
        m_status->setText(tr("Choose a customer first."));
        return;
    }
    bool ok = false;
    const int hours = Dialogs::getInt(this, tr("Restrict trade scripts"),
                                      tr("Hours to restrict %1's trade scripts:").arg(customer), 24,
                                      1, 8760, &ok);
    if (!ok)
        return;
    if (Dialogs::question(
            this, tr("Restrict trade scripts"),
            tr("Stop %1's trade scripts for %n hour(s)?", nullptr, hours).arg(customer),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    emit restrictRequested(m_connection->currentText(), customer, hours);
}

void PayoutForm::send()
{
    // Enter pressed twice or a click while locked: nothing.
    if (m_locked || !isValid())
        return;
    const PayoutRequest r = request();
    if (Dialogs::question(this, tr("Send payout"), confirmationText(r),
                          QMessageBox::Yes | QMessageBox::Cancel,
                          QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const std::optional<Money> before = balanceBefore(r);
    const std::optional<Money> fee = hasCurrentQuote(r) ? m_quote->fee : feeEstimate(r);
    if (const auto missing = before && m_method != PayoutMethod::CryptoToMaster
                                 ? PayoutFunds::shortfall(*before, r.amount, fee,
                                                          PayoutMethods::needsQuote(m_method))
                                 : std::nullopt;
        missing &&
        Dialogs::question(
            this, tr("More than the balance"),
            tr("This payout takes %1 %2 more than the balance of %3 %2 last read from %4. "
               "The provider may refuse it or overdraw the account.\n\nSend it all the same?")
                .arg(Currency::formatLocale(*missing, r.currency, QLocale()), r.currency,
                     Currency::formatLocale(*before, r.currency, QLocale()), r.connection),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    // "Balance after" is reckoned from this balance until the payout is settled: one read
    // after sending already lacks the payout and would take it off twice.
    m_sentFrom = before;
    m_sentToWallet = walletBefore(r);
    setLocked(true);
    m_status->setText(tr("Sending…"));
    emit sendRequested(r);
}

void PayoutForm::setLocked(bool locked)
{
    m_locked = locked;
    if (!locked) {
        m_sentFrom.reset();
        m_sentToWallet.reset();
    }
    for (QWidget *w : std::as_const(m_editors))
        w->setEnabled(!locked);
    m_amount->setEnabled(!locked);
    m_connection->setEnabled(!locked);
    // What was sent is shown as it was sent: nothing on the form may change it.
    if (m_currency)
        m_currency->setEnabled(!locked);
    if (m_newSubAccount)
        m_newSubAccount->setEnabled(!locked);
    m_send->setEnabled(!locked && isValid());
}

void PayoutForm::settle(const JournalEntry &entry)
{
    if (entry.key != m_key)
        return;
    switch (entry.state) {
    case JournalEntry::State::Pending:
        m_status->setText(tr("Sending…"));
        break;
    case JournalEntry::State::Unknown:
        m_status->setText(tr("The answer was lost; checking with the provider before "
                             "anything is sent again. %1")
                              .arg(entry.shownMessage()));
        break;
    case JournalEntry::State::Succeeded:
        if (entry.reference.isEmpty())
            // DART answers a transfer with a sentence and no id.
            m_status->setText(entry.shownMessage().isEmpty()
                                  ? tr("Sent. The provider returns no reference for it.")
                                  : tr("Sent: \"%1\". The provider returns no reference for it.")
                                        .arg(entry.shownMessage()));
        else
            m_status->setText(
                entry.shownMessage().isEmpty()
                    ? tr("Sent. Reference %1.").arg(entry.reference)
                    : tr("Sent. Reference %1 (%2).").arg(entry.reference, entry.shownMessage()));
        m_send->hide();
        m_new->show();
        break;
    case JournalEntry::State::Failed:
        // Nothing was sent: the user may correct it and send it as a new payout.
        m_status->setText(tr("Not sent: %1").arg(entry.shownMessage()));
        m_key = newKey();
        setLocked(false);
        break;
    }
}

void PayoutForm::reject(const QString &reason)
{
    m_status->setText(reason);
    setLocked(false);
}

void PayoutForm::hold(const QString &text)
{
    if (!m_locked)
        return;
    // Journaled for the team: this key is taken, the form shows it as it was asked.
    m_status->setText(text);
    m_send->hide();
    m_new->show();
}

void PayoutForm::startNew()
{
    m_key = newKey();
    for (QWidget *w : std::as_const(m_editors)) {
        if (auto *combo = qobject_cast<QComboBox *>(w))
            combo->setCurrentIndex(0);
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            edit->clear();
    }
    m_amount->clear();
    m_touched.clear();
    m_amountTouched = false;
    m_status->clear();
    m_new->hide();
    m_send->show();
    setLocked(false);
    revalidate();
}
