#include "TransactionFilterBar.h"

#include "AmountInput.h"
#include "Clock.h"

#include "ProviderNames.h"
#include "TransactionTable.h"
#include "TransactionsModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>

#include <map>

TransactionFilterBar::TransactionFilterBar(const Clock &clock, QWidget *parent)
    : QWidget(parent), m_clock(clock), m_preset(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_provider(new QComboBox(this)), m_connection(new QComboBox(this)),
      m_card(new QComboBox(this)), m_status(new QComboBox(this)), m_direction(new QComboBox(this)),
      m_minAmount(new QLineEdit(this)), m_maxAmount(new QLineEdit(this)),
      m_search(new QLineEdit(this)), m_amountError(new QLabel(this)), m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("transactionFilters"));
    m_preset->setObjectName(QStringLiteral("datePreset"));
    m_preset->setAccessibleName(tr("Date range"));
    m_preset->addItem(tr("All time"), int(Preset::AllTime));
    m_preset->addItem(tr("Today"), int(Preset::Today));
    m_preset->addItem(tr("This month"), int(Preset::ThisMonth));
    m_preset->addItem(tr("Last month"), int(Preset::LastMonth));
    m_preset->addItem(tr("This quarter"), int(Preset::ThisQuarter));
    m_preset->addItem(tr("This year"), int(Preset::ThisYear));
    m_preset->addItem(tr("Custom range"), int(Preset::Custom));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(m_clock.today());
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &TransactionFilterBar::emitChanged);
    }
    m_from->setObjectName(QStringLiteral("dateFrom"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setObjectName(QStringLiteral("dateTo"));
    m_to->setAccessibleName(tr("To date (inclusive)"));

    m_provider->setObjectName(QStringLiteral("providerFilter"));
    m_provider->setAccessibleName(tr("Provider"));
    m_connection->setObjectName(QStringLiteral("connectionFilter"));
    m_connection->setAccessibleName(tr("Connection"));
    m_card->setObjectName(QStringLiteral("cardFilter"));
    m_card->setAccessibleName(tr("Card"));
    refill(m_provider, {}, tr("All providers"));
    refill(m_connection, {}, tr("All connections"));
    refill(m_card, {}, tr("All cards"));
    // Long names must not widen the window: the combos elide, their lists show all. The
    // "All …" choice is always whole, in every language.
    for (QComboBox *box : {m_provider, m_connection, m_card}) {
        box->setMinimumContentsLength(qMax(box == m_card ? 12 : 9, int(box->itemText(0).size())));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), -1);
    for (const Transaction::Status s : Transaction::Statuses)
        m_status->addItem(TransactionsModel::statusWord(s), int(s));
    m_direction->setObjectName(QStringLiteral("directionFilter"));
    m_direction->setAccessibleName(tr("Direction"));
    m_direction->addItem(tr("In and out"), -1);
    m_direction->addItem(tr("Money out"), int(Transaction::Direction::Out));
    m_direction->addItem(tr("Money in"), int(Transaction::Direction::In));

    m_minAmount->setObjectName(QStringLiteral("minAmount"));
    m_minAmount->setPlaceholderText(tr("Min amount"));
    m_minAmount->setAccessibleName(tr("Minimum amount"));
    m_maxAmount->setObjectName(QStringLiteral("maxAmount"));
    m_maxAmount->setPlaceholderText(tr("Max amount"));
    m_maxAmount->setAccessibleName(tr("Maximum amount"));
    for (QLineEdit *edit : {m_minAmount, m_maxAmount}) {
        edit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000.00")));
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    }
    m_amountError->setObjectName(QStringLiteral("amountError"));
    m_amountError->setForegroundRole(QPalette::BrightText);
    m_amountError->setStyleSheet(QStringLiteral("color: #c62828"));

    m_search->setObjectName(QStringLiteral("transactionsSearch"));
    m_search->setPlaceholderText(tr("Search merchant, card, status or ID"));
    m_search->setAccessibleName(tr("Search transactions"));
    m_search->setClearButtonEnabled(true);
    m_typing->setSingleShot(true);
    m_typing->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &TransactionFilterBar::emitChanged);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &TransactionFilterBar::presetChosen);
    for (QComboBox *box : {m_provider, m_connection, m_card, m_status, m_direction})
        connect(box, &QComboBox::currentIndexChanged, this, &TransactionFilterBar::emitChanged);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_preset);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_to);
    dates->addWidget(m_provider);
    dates->addWidget(m_connection);
    dates->addWidget(m_search, 1);
    auto *rest = new QHBoxLayout;
    rest->addWidget(m_card, 1);
    rest->addWidget(m_status);
    rest->addWidget(m_direction);
    rest->addWidget(m_minAmount);
    rest->addWidget(m_maxAmount);
    rest->addWidget(m_amountError);
    grid->addLayout(dates, 0, 0);
    grid->addLayout(rest, 1, 0);
}

void TransactionFilterBar::refill(QComboBox *box, const QList<std::pair<QString, QString>> &items,
                                  const QString &anyText)
{
    // Keep the user's choice across refreshes.
    const QString current = box->currentData().toString();
    QSignalBlocker block(box);
    box->clear();
    box->addItem(anyText, QString());
    for (const auto &[key, text] : items)
        box->addItem(text, key);
    const int at = box->findData(current);
    box->setCurrentIndex(at < 0 ? 0 : at);
}

void TransactionFilterBar::updateChoices(const TransactionTable &table)
{
    std::map<QString, QString> providers;
    std::map<QString, QString> connections;
    for (int c = 0; c < table.connectionCount(); ++c) {
        providers.emplace(table.providerAt(c), ProviderNames::display(table.providerAt(c)));
        connections.emplace(table.connectionAt(c), table.connectionAt(c));
    }
    // Cards listed by name, once per card id.
    std::map<QString, std::pair<QString, QString>> cards;
    for (int c = 0; c < table.cardCount(); ++c) {
        const QString &id = table.cardIdAt(c);
        if (id.isEmpty())
            continue;
        const QString text = Transaction::cardLabel(table.cardNameAt(c), table.cardLastFourAt(c));
        cards.emplace(text.toLower() + id, std::pair(id, text));
    }
    auto list = [](const std::map<QString, QString> &m) {
        QList<std::pair<QString, QString>> l;
        for (const auto &e : m)
            l.append(e);
        return l;
    };
    refill(m_provider, list(providers), tr("All providers"));
    refill(m_connection, list(connections), tr("All connections"));
    QList<std::pair<QString, QString>> cardItems;
    for (const auto &e : cards)
        cardItems.append(e.second);
    refill(m_card, cardItems, tr("All cards"));
}

std::pair<QDateTime, QDateTime> TransactionFilterBar::presetRange(Preset preset, const QDate &today)
{
    QDate from;
    QDate to; // exclusive
    switch (preset) {
    case Preset::Today:
        from = today;
        to = today.addDays(1);
        break;
    case Preset::ThisMonth:
        from = QDate(today.year(), today.month(), 1);
        to = from.addMonths(1);
        break;
    case Preset::LastMonth:
        to = QDate(today.year(), today.month(), 1);
        from = to.addMonths(-1);
        break;
    case Preset::ThisQuarter:
        from = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        to = from.addMonths(3);
        break;
    case Preset::ThisYear:
        from = QDate(today.year(), 1, 1);
        to = from.addYears(1);
        break;
    case Preset::AllTime:
    case Preset::Custom:
        return {};
    }
    // Days are the user's local days; the filter compares UTC instants.
    return {from.startOfDay().toUTC(), to.startOfDay().toUTC()};
}

void TransactionFilterBar::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

void TransactionFilterBar::presetChosen()
{
    const auto preset = Preset(m_preset->currentData().toInt());
    const bool custom = preset == Preset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom && preset != Preset::AllTime) {
        const auto [from, to] = presetRange(preset, m_clock.today());
        QSignalBlocker a(m_from);
        QSignalBlocker b(m_to);
        m_from->setDate(from.toLocalTime().date());
        m_to->setDate(to.toLocalTime().date().addDays(-1));
    }
    emitChanged();
}

TransactionFilter TransactionFilterBar::filter() const
{
    TransactionFilter f;
    const auto preset = Preset(m_preset->currentData().toInt());
    if (preset == Preset::Custom) {
        f.from = m_from->date().startOfDay().toUTC();
        f.to = m_to->date().addDays(1).startOfDay().toUTC();
    } else if (preset != Preset::AllTime) {
        std::tie(f.from, f.to) = presetRange(preset, m_clock.today());
    }
    f.provider = m_provider->currentData().toString();
    f.connection = m_connection->currentData().toString();
    f.cardId = m_card->currentData().toString();
    if (m_status->currentData().toInt() >= 0)
        f.status = Transaction::Status(m_status->currentData().toInt());
    if (m_direction->currentData().toInt() >= 0)
        f.direction = Transaction::Direction(m_direction->currentData().toInt());
    const QLocale locale;
    if (!m_minAmount->text().trimmed().isEmpty())
        f.minAmount = AmountInput::read(m_minAmount->text(), locale).amount;
    if (!m_maxAmount->text().trimmed().isEmpty())
        f.maxAmount = AmountInput::read(m_maxAmount->text(), locale).amount;
    f.text = m_search->text().trimmed();
    return f;
}

void TransactionFilterBar::emitChanged()
{
    // An amount that does not parse is said so, and not applied as "any".
    const QLocale locale;
    QStringList bad;
    QStringList why; // the whole rule in the tooltip; the bar's line stays short
    for (QLineEdit *edit : {m_minAmount, m_maxAmount}) {
        const QString text = edit->text().trimmed();
        const AmountReading typed = AmountInput::read(text, locale);
        if (!text.isEmpty() && !typed.amount) {
            bad.append(edit->placeholderText());
            why.append(typed.problem);
        }
    }
    m_amountError->setText(bad.isEmpty() ? QString()
                                         : tr("Not an amount: %1").arg(bad.join(tr(", "))));
    m_amountError->setToolTip(why.join(u'\n'));
    if (!bad.isEmpty())
        return;
    emit filterChanged(filter());
}

void TransactionFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}
