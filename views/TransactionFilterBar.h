#pragma once

#include "TransactionFilter.h"

#include <QWidget>

class Clock;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;
class TransactionTable;

/**
 * The Transactions page's filters: a date range with presets, provider, connection, card,
 * status, direction, amount range and free text. Emits the combined filter as the user
 * edits (text after a short pause, so typing stays smooth on a million rows).
 */
class TransactionFilterBar final : public QWidget
{
    Q_OBJECT

public:
    enum class Preset { AllTime, Today, ThisMonth, LastMonth, ThisQuarter, ThisYear, Custom };

    /// `clock` says what today is, for the date presets; it outlives the bar.
    explicit TransactionFilterBar(const Clock &clock, QWidget *parent = nullptr);

    TransactionFilter filter() const;
    /// Offers the providers, connections and cards present in the table.
    void updateChoices(const TransactionTable &table);
    void setPreset(Preset preset);
    void focusSearch();
    QLineEdit *search() const { return m_search; }
    /// [from, to) in local days for a preset, as UTC instants; "today" is injectable.
    static std::pair<QDateTime, QDateTime> presetRange(Preset preset, const QDate &today);

signals:
    void filterChanged(const TransactionFilter &filter);

private:
    const Clock &m_clock;
    void emitChanged();
    void presetChosen();
    static void refill(QComboBox *box, const QList<std::pair<QString, QString>> &items,
                       const QString &anyText);

    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_provider;
    QComboBox *m_connection;
    QComboBox *m_card;
    QComboBox *m_status;
    QComboBox *m_direction;
    QLineEdit *m_minAmount;
    QLineEdit *m_maxAmount;
    QLineEdit *m_search;
    QLabel *m_amountError;
    QTimer *m_typing;
};
