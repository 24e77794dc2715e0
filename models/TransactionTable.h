#pragma once

#include "Transaction.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <vector>

/**
 * Transactions held compactly enough for a million-row table. Text that repeats across
 * rows (connection, currency, card, raw status, country) is stored once and referenced by
 * index; the provider's raw JSON stays in the store and is read only for the detail panel.
 * Typed accessors let sorting and filtering run without building QVariants.
 */
class TransactionTable final
{
public:
    int size() const { return int(m_rows.size()); }
    void reserve(int rows) { m_rows.reserve(size_t(rows)); }

    void append(const Transaction &t);

    /// Indexes into the shared text of one row, for a reader that interns each distinct
    /// value once instead of building a Transaction per row.
    struct SharedText
    {
        quint32 connection = 0;
        quint32 card = 0;
        quint32 description = 0; // merchants repeat: shared, and searched once each
        quint32 currency = 0;
        quint32 rawStatus = 0;
        quint32 country = 0;
    };
    int internConnection(const QString &connectionId, const QString &provider,
                         const QString &connection)
    {
        return m_connections.intern(connectionId, provider, connection);
    }
    int internCard(const QString &id, const QString &name, const QString &lastFour)
    {
        return m_cards.intern(id, name, lastFour);
    }
    int internDescription(const QString &text) { return m_descriptions.intern(text); }
    int internCurrency(const QString &code) { return m_currencies.intern(code); }
    int internRawStatus(const QString &raw) { return m_rawStatuses.intern(raw); }
    int internCountry(const QString &country) { return m_countries.intern(country); }
    void append(const QString &id, qint64 dateMs, Money amount, std::optional<Money> fee,
                Transaction::Status status, Transaction::Direction direction,
                const SharedText &text);
    /// What a provider says of a row beyond the common fields.
    void setExtra(int row, const TransactionExtra &extra);
    void replace(int row, const Transaction &t);
    /// Row of each transaction id of one connection, for a refresh that adds or replaces.
    QHash<QString, int> rowsOf(const QString &connectionId) const;
    /// True when the row already holds exactly what t says (a refresh resending it).
    bool holds(int row, const Transaction &t) const;
    /// Rebuilds the record (without the raw JSON).
    Transaction at(int row) const;

    qint64 dateMs(int row) const { return m_rows[size_t(row)].dateMs; }
    QDateTime date(int row) const;
    /// The magnitude; direction() says which way.
    Money amount(int row) const;
    /// Negative for money out.
    Money signedAmount(int row) const;
    std::optional<Money> fee(int row) const;
    /// Empty for most rows.
    TransactionExtra extra(int row) const { return m_extras.value(row); }
    Transaction::Status status(int row) const
    {
        return Transaction::Status(m_rows[size_t(row)].status);
    }
    Transaction::Direction direction(int row) const
    {
        return Transaction::Direction(m_rows[size_t(row)].direction);
    }
    const QString &id(int row) const { return m_rows[size_t(row)].id; }
    const QString &description(int row) const
    {
        return m_descriptions.at(int(m_rows[size_t(row)].text.description));
    }
    const QString &connectionId(int row) const
    {
        return m_connections.part(connectionIndex(row), 0);
    }
    const QString &provider(int row) const { return m_connections.part(connectionIndex(row), 1); }
    const QString &connection(int row) const { return m_connections.part(connectionIndex(row), 2); }
    const QString &currency(int row) const { return m_currencies.at(currencyIndex(row)); }
    const QString &rawStatus(int row) const
    {
        return m_rawStatuses.at(m_rows[size_t(row)].text.rawStatus);
    }
    const QString &merchantCountry(int row) const
    {
        return m_countries.at(m_rows[size_t(row)].text.country);
    }
    const QString &cardId(int row) const { return m_cards.part(cardIndex(row), 0); }
    const QString &cardName(int row) const { return m_cards.part(cardIndex(row), 1); }
    const QString &cardLastFour(int row) const { return m_cards.part(cardIndex(row), 2); }

    /// Indexes into the shared text, for filters that decide once per distinct value.
    int connectionIndex(int row) const { return int(m_rows[size_t(row)].text.connection); }
    int currencyIndex(int row) const { return int(m_rows[size_t(row)].text.currency); }
    int cardIndex(int row) const { return int(m_rows[size_t(row)].text.card); }
    int rawStatusIndex(int row) const { return int(m_rows[size_t(row)].text.rawStatus); }
    int descriptionIndex(int row) const { return int(m_rows[size_t(row)].text.description); }
    int descriptionCount() const { return int(m_descriptions.size()); }
    const QString &descriptionAt(int index) const { return m_descriptions.at(index); }
    int connectionCount() const { return m_connections.size(); }
    int cardCount() const { return m_cards.size(); }
    int currencyCount() const { return int(m_currencies.size()); }
    int rawStatusCount() const { return int(m_rawStatuses.size()); }
    const QString &providerAt(int connectionIndex) const
    {
        return m_connections.part(connectionIndex, 1);
    }
    const QString &connectionAt(int connectionIndex) const
    {
        return m_connections.part(connectionIndex, 2);
    }
    const QString &currencyAt(int index) const { return m_currencies.at(index); }
    const QString &rawStatusAt(int index) const { return m_rawStatuses.at(index); }
    const QString &cardNameAt(int index) const { return m_cards.part(index, 1); }
    const QString &cardLastFourAt(int index) const { return m_cards.part(index, 2); }
    const QString &cardIdAt(int index) const { return m_cards.part(index, 0); }

private:
    // One interned set of strings: each distinct value once, referenced by index.
    class Pool
    {
    public:
        int intern(const QString &value);
        const QString &at(int index) const { return m_values.at(index); }
        qsizetype size() const { return m_values.size(); }

    private:
        QList<QString> m_values;
        QHash<QString, int> m_index;
        int m_last = -1; // rows arrive grouped: skip the hash for a repeat
    };
    // Interned tuples of up to three strings (a connection, a card), keyed by their
    // joined text. Fixed-size, so a repeat costs no allocation.
    class TuplePool
    {
    public:
        using Parts = std::array<QString, 3>;
        int intern(const QString &a, const QString &b, const QString &c = QString());
        const QString &part(int index, int field) const { return m_parts.at(index)[field]; }
        int size() const { return int(m_parts.size()); }

    private:
        QList<Parts> m_parts;
        QHash<QString, int> m_index;
        int m_last = -1;
    };

    struct Row
    {
        qint64 dateMs = 0;
        qint64 amountUnits = 0;
        qint64 feeUnits = 0;
        QString id;
        SharedText text;
        quint8 amountScale = 0;
        qint8 feeScale = -1; ///< -1: no fee known
        quint8 status = 0;
        quint8 direction = 0;
    };

    Row makeRow(const Transaction &t);
    static Row makeRow(const QString &id, qint64 dateMs, Money amount, std::optional<Money> fee,
                       Transaction::Status status, Transaction::Direction direction,
                       const SharedText &text);

    std::vector<Row> m_rows;
    QHash<int, TransactionExtra> m_extras; // only rows that have one: most have none
    TuplePool m_connections;               // connection id, provider, name
    TuplePool m_cards;                     // id, name, last four
    Pool m_currencies;
    Pool m_rawStatuses;
    Pool m_countries;
    Pool m_descriptions;
};
