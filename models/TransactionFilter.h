#pragma once

#include "Money.h"
#include "Transaction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

class TransactionTable;

/**
 * What the Transactions page (or treasuryctl) asks to see. Every criterion is optional and
 * they all combine. Empty strings and unset values mean "any".
 */
struct TransactionFilter
{
    QDateTime from; ///< inclusive, UTC
    QDateTime to;   ///< exclusive, UTC
    QString provider;
    QString connection;
    QString cardId;
    std::optional<Transaction::Status> status;
    std::optional<Transaction::Direction> direction;
    std::optional<Money> minAmount; ///< on the magnitude, inclusive
    std::optional<Money> maxAmount; ///< on the magnitude, inclusive
    QString text; ///< case-insensitive, in description, id, card, connection, raw status

    bool isEmpty() const;
    /// The criteria in words a reader of an export manifest understands.
    QJsonObject toJson() const;
    friend bool operator==(const TransactionFilter &a, const TransactionFilter &b);
    friend bool operator!=(const TransactionFilter &a, const TransactionFilter &b)
    {
        return !(a == b);
    }
};

/**
 * A filter compiled against one table: criteria on shared text (connection, card, raw
 * status) are decided once per distinct value, so a row costs a few integer compares and,
 * with a search text, two substring searches.
 */
class TransactionMatcher final
{
public:
    TransactionMatcher(const TransactionFilter &filter, const TransactionTable &table);
    bool matches(int row) const;

private:
    bool textHit(const QString &value) const;
    bool connectionAllowed(int connectionIndex) const;
    bool cardAllowed(int cardIndex) const;
    bool cardTextHit(int cardIndex) const;

    const TransactionFilter m_filter;
    const TransactionTable &m_table;
    qint64 m_fromMs;
    qint64 m_toMs;
    std::vector<bool> m_connectionAllowed;
    std::vector<bool> m_cardAllowed;
    std::vector<bool> m_cardTextHit;
    std::vector<bool> m_connectionTextHit;
    std::vector<bool> m_rawStatusTextHit;
    std::vector<bool> m_descriptionTextHit;
};
