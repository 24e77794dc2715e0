#pragma once

#include "ViewContext.h"

#include "Card.h"
#include "Transaction.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class CardsFilterModel;
class EmergencyFreezeButton;
class JournalModel;
class CardsModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;

/**
 * All cards of every provider: search, filters, sort; freeze and unfreeze from the row's
 * button, the context menu, the keyboard (Space) or for a selection; an emergency freeze
 * of a connection, a provider or everything, with a summary and a retry for failures;
 * and cancel (archive) after a confirmation that names the card.
 */
class CardsPage final : public QWidget
{
    Q_OBJECT

public:
    CardsPage(CardsModel *model, const ViewContext &context, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *search() const { return m_search; }
    CardsFilterModel *filter() const { return m_filter; }
    QLabel *progress() const { return m_progress; }
    void focusSearch();
    /// Keys of the selected cards, in view order.
    QStringList selectedKeys() const;
    /// Keys of the open cards an emergency freeze of this scope would freeze.
    QStringList openCards(const QString &provider, const QString &connection) const;
    /// Selects the card (a new one), now or as soon as it is listed.
    void selectCard(const QString &cardKey);
    /// Asks for confirmation, then freezes the cards as one batch with a summary.
    void emergencyFreeze(const QStringList &keys, const QString &scope);
    /// Where past emergency freezes are found, for their undo here.
    void setJournal(const JournalModel *journal);

    /// The connections that can issue cards, as (provider, connection).
    void setCardIssuers(const QList<std::pair<QString, QString>> &issuers);
    /// Whether a connection issues virtual cards by payout (Dinari).
    void setVirtualCardIssuing(bool available);
    /// The card's recent transactions in the details panel (for the card selected).
    void showCardTransactions(const QString &cardKey, const QList<Transaction> &transactions);
    /// Why the details panel has nothing (the provider's error).
    void showCardTransactionsError(const QString &cardKey, const QString &error);

signals:
    void freezeRequested(const QStringList &cardKeys, bool frozen);
    /// One emergency freeze, retries included, under one id the journal keeps for its undo.
    void emergencyFreezeRequested(const QString &emergencyId, const QStringList &cardKeys);
    /// Unfreeze what that emergency freeze froze and is still frozen.
    void undoEmergencyFreezeRequested(const QString &emergencyId);
    void cancelRequested(const QString &cardKey);
    /// No amount: remove the limit.
    void limitRequested(const QString &cardKey, const std::optional<Money> &amount,
                        const QString &period);
    /// Dinari issues a virtual card by sending money to a cardholder: the payout form.
    void virtualCardRequested();
    /// One card is selected: its details panel wants its recent transactions.
    void cardSelected(const QString &cardKey);
    void createRequested(const QString &provider, const QString &connection,
                         const NewCard &request);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Selects these cards where they are shown; true when any was.
    bool select(const QStringList &keys);
    /// The details panel shows the selected card or nothing: not one filtered out or gone.
    void keepDetailsTrue();
    void buildFilters();
    void updateFilterChoices();
    void updateButtons();
    void toggle(const QStringList &keys);
    void confirmCancel();
    void askLimit();
    void askNewCard();
    void showCardNumber();
    void showContextMenu(const QPoint &at);

    CardsModel *m_model;
    CardsFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_state;
    QComboBox *m_provider;
    QComboBox *m_connection;
    QTableView *m_table;
    QPushButton *m_freeze;
    QPushButton *m_unfreeze;
    QPushButton *m_cancel;
    QPushButton *m_limit;
    QPushButton *m_newCard;
    QPushButton *m_virtualCard;
    class QTableWidget *m_details = nullptr;
    QLabel *m_detailsTitle = nullptr;
    QString m_detailsKey;
    QStringList m_keptSelection; ///< across a reload of the cards
    QString m_wanted;            ///< a card to select once it is listed
    QList<std::pair<QString, QString>> m_issuers;
    QLabel *m_progress;
    EmergencyFreezeButton *m_emergency;
};
