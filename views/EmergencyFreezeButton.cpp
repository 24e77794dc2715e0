#include "EmergencyFreezeButton.h"

#include "CardsModel.h"
#include "Dialogs.h"
#include "JournalModel.h"
#include "ProviderNames.h"
#include "Transaction.h"

#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QUuid>

#include <map>

namespace {
/// How many past emergency freezes the menu offers to undo.
constexpr int UndoChoices = 3;
} // namespace

EmergencyFreezeButton::EmergencyFreezeButton(CardsModel *cards, QLabel *progress, QWidget *parent)
    : QToolButton(parent), m_cards(cards), m_progress(progress), m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("emergencyFreeze"));
    setText(tr("Emergency freeze"));
    setPopupMode(QToolButton::InstantPopup);
    setMenu(m_menu);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Styles draw the menu arrow over the text that the size hint made room for.
    setMinimumWidth(sizeHint().width() + style()->pixelMetric(QStyle::PM_MenuButtonIndicator));
    m_progress->setObjectName(QStringLiteral("cardsProgress"));
    m_progress->setWordWrap(true);
    m_progress->hide();
    connect(m_menu, &QMenu::aboutToShow, this, &EmergencyFreezeButton::fillMenu);
    connect(cards, &QAbstractItemModel::dataChanged, this, &EmergencyFreezeButton::updateProgress);
    connect(cards, &QAbstractItemModel::modelReset, this, &EmergencyFreezeButton::updateProgress);
}

QStringList EmergencyFreezeButton::openCards(const QString &provider,
                                             const QString &connection) const
{
    QStringList keys;
    for (const Card &c : m_cards->cards()) {
        if (c.state == Card::State::Open && (provider.isEmpty() || c.provider == provider) &&
            (connection.isEmpty() || c.connection == connection))
            keys << c.key();
    }
    return keys;
}

QList<EmergencyFreeze> EmergencyFreezeButton::undoable() const
{
    QList<EmergencyFreeze> found;
    if (!m_journal)
        return found;
    for (const EmergencyFreeze &f : EmergencyFreeze::inJournal(m_journal->entries())) {
        if (!f.stillFrozen(*m_cards).isEmpty())
            found.append(f);
        if (found.size() == UndoChoices)
            break;
    }
    return found;
}

void EmergencyFreezeButton::fillMenu()
{
    m_menu->clear();
    const bool idle = m_batch.isEmpty() && m_undoing.isEmpty();
    auto add = [this, idle](const QString &text, const QString &provider,
                            const QString &connection) {
        const QStringList keys = openCards(provider, connection);
        QAction *a = m_menu->addAction(
            tr("%1 (%n open card(s))", nullptr, int(keys.size())).arg(text), this,
            [this, text, provider, connection] { freeze(openCards(provider, connection), text); });
        a->setEnabled(!keys.isEmpty() && idle);
    };
    add(tr("Every card everywhere"), QString(), QString());
    m_menu->addSeparator();
    std::map<QString, std::pair<QString, QString>> scopes; // text -> provider, connection
    for (const Card &c : m_cards->cards()) {
        scopes.emplace(tr("All %1 cards").arg(ProviderNames::display(c.provider)),
                       std::pair(c.provider, QString()));
        scopes.emplace(tr("All cards of %1").arg(c.connection),
                       std::pair(c.provider, c.connection));
    }
    for (const auto &[text, scope] : scopes)
        add(text, scope.first, scope.second);
    // The undo sits where the freeze was started, not only in the journal.
    const QList<EmergencyFreeze> past = undoable();
    if (!past.isEmpty())
        m_menu->addSeparator();
    const QLocale locale;
    for (const EmergencyFreeze &f : past) {
        const int still = int(f.stillFrozen(*m_cards).size());
        QAction *a = m_menu->addAction(
            tr("Undo the emergency freeze of %1 (%n card(s) still frozen)…", nullptr, still)
                .arg(locale.toString(f.when.toLocalTime(), QLocale::ShortFormat)),
            this, [this, id = f.id] { undo(id); });
        a->setObjectName(QStringLiteral("undoEmergency"));
        a->setEnabled(idle);
    }
}

void EmergencyFreezeButton::freeze(const QStringList &keys, const QString &scope)
{
    if (keys.isEmpty() || !m_batch.isEmpty() || !m_undoing.isEmpty())
        return;
    QMessageBox ask(QMessageBox::Warning, tr("Emergency freeze"),
                    tr("Freeze %n open card(s)?", nullptr, int(keys.size())), QMessageBox::NoButton,
                    this);
    ask.setInformativeText(
        tr("%1. Payments on them are declined until they are unfrozen.").arg(scope));
    QPushButton *go =
        ask.addButton(tr("Freeze %n card(s)", nullptr, int(keys.size())), QMessageBox::AcceptRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(QMessageBox::Cancel);
    if (Dialogs::ask(ask) != go)
        return;
    m_batch = keys;
    m_scope = keys;
    m_emergencyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    emit freezeRequested(m_emergencyId, keys);
    updateProgress();
}

bool EmergencyFreezeButton::askUndo(QWidget *parent, const EmergencyFreeze &freeze, int stillFrozen)
{
    QMessageBox ask(
        QMessageBox::Warning, tr("Undo emergency freeze"),
        tr("Unfreeze the %n card(s) this emergency freeze froze?", nullptr, stillFrozen),
        QMessageBox::NoButton, parent);
    ask.setInformativeText(
        tr("Frozen on %1. Payments on them work again. A card frozen before it, or unfrozen "
           "or cancelled since, is left as it is.")
            .arg(QLocale().toString(freeze.when.toLocalTime(), QLocale::ShortFormat)));
    QPushButton *go =
        ask.addButton(tr("Unfreeze %n card(s)", nullptr, stillFrozen), QMessageBox::AcceptRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(QMessageBox::Cancel);
    return Dialogs::ask(ask) == go;
}

void EmergencyFreezeButton::undo(const QString &emergencyId)
{
    if (!m_journal || !m_batch.isEmpty() || !m_undoing.isEmpty())
        return;
    const EmergencyFreeze f = EmergencyFreeze::find(m_journal->entries(), emergencyId);
    const QStringList keys = f.stillFrozen(*m_cards);
    if (keys.isEmpty() || !askUndo(this, f, int(keys.size())))
        return;
    m_undoing = keys;
    m_undoneId = emergencyId;
    emit undoRequested(emergencyId);
    updateProgress();
}

void EmergencyFreezeButton::updateProgress()
{
    // A line of its own under the buttons, there only while it has something to say.
    auto show = [this](const QString &text) {
        m_progress->setText(text);
        m_progress->setVisible(!text.isEmpty());
    };
    auto answered = [this](const QStringList &keys) {
        return int(std::count_if(keys.begin(), keys.end(),
                                 [this](const QString &k) { return !m_cards->isPending(k); }));
    };
    if (!m_batch.isEmpty()) {
        const int done = answered(m_batch);
        QStringList failed;
        for (const QString &key : std::as_const(m_batch))
            if (!m_cards->isPending(key) && !m_cards->isFrozen(key))
                failed << key;
        show(tr("Emergency freeze: %1 of %2 answered, %3 failed")
                 .arg(done)
                 .arg(m_batch.size())
                 .arg(failed.size()));
        if (done < m_batch.size())
            return;
        const int total = int(m_batch.size());
        m_batch.clear();
        // Not from inside the model's signal: the summary waits for the event loop.
        if (!failed.isEmpty())
            QTimer::singleShot(0, this, [this, failed, total] { showSummary(failed, total); });
    }
    if (!m_undoing.isEmpty()) {
        const int done = answered(m_undoing);
        if (done < m_undoing.size()) {
            show(tr("Undoing the emergency freeze: %1 of %2 answered")
                     .arg(done)
                     .arg(m_undoing.size()));
            return;
        }
        // What it undid is what the line speaks of from now on.
        if (m_journal)
            m_scope = EmergencyFreeze::find(m_journal->entries(), m_undoneId).froze;
        m_undoing.clear();
    }
    if (m_scope.isEmpty())
        return;
    // The line stays true as cards are unfrozen or frozen again, here or elsewhere.
    const int still = int(std::count_if(m_scope.cbegin(), m_scope.cend(),
                                        [this](const QString &k) { return m_cards->isFrozen(k); }));
    const int total = int(m_scope.size());
    if (still == total)
        show(tr("Emergency freeze: all %n card(s) frozen.", nullptr, total));
    else if (still == 0)
        show(tr("Emergency freeze undone: none of its %n card(s) is frozen now.", nullptr, total));
    else
        show(tr("Emergency freeze: %1 of its %2 cards frozen now.").arg(still).arg(total));
}

void EmergencyFreezeButton::showSummary(const QStringList &failed, int total)
{
    // The summary names what failed and why, and retries those alone.
    QStringList lines;
    for (const QString &key : failed) {
        if (const Card *card = m_cards->card(key))
            lines << tr("%1: %2").arg(Transaction::cardLabel(card->name, card->lastFour),
                                      m_cards->errorOf(key));
    }
    QMessageBox summary(QMessageBox::Warning, tr("Emergency freeze"),
                        tr("%1 of %2 cards could not be frozen.").arg(failed.size()).arg(total),
                        QMessageBox::Close, this);
    summary.setObjectName(QStringLiteral("freezeSummary"));
    summary.setDetailedText(lines.join(u'\n'));
    QPushButton *retry = summary.addButton(tr("Retry %n card(s)", nullptr, int(failed.size())),
                                           QMessageBox::AcceptRole);
    if (Dialogs::ask(summary) == retry && m_batch.isEmpty() && m_undoing.isEmpty()) {
        m_batch = failed;
        emit freezeRequested(m_emergencyId, failed);
        updateProgress();
    }
}
