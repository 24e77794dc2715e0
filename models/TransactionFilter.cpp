#include "TransactionFilter.h"

#include "TransactionTable.h"

#include <limits>

bool TransactionFilter::isEmpty() const
{
    return *this == TransactionFilter();
}

bool operator==(const TransactionFilter &a, const TransactionFilter &b)
{
    return a.from == b.from && a.to == b.to && a.provider == b.provider &&
           a.connection == b.connection && a.cardId == b.cardId && a.status == b.status &&
           a.direction == b.direction && a.minAmount == b.minAmount && a.maxAmount == b.maxAmount &&
           a.text == b.text;
}

QJsonObject TransactionFilter::toJson() const
{
    QJsonObject o;
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    if (from.isValid())
        put("from", from.toUTC().toString(Qt::ISODate));
    if (to.isValid())
        put("to", to.toUTC().toString(Qt::ISODate));
    put("provider", provider);
    put("connection", connection);
    put("card_id", cardId);
    if (status)
        put("status", Transaction::statusName(*status));
    if (direction)
        put("direction", Transaction::directionName(*direction));
    if (minAmount)
        put("min_amount", minAmount->toString());
    if (maxAmount)
        put("max_amount", maxAmount->toString());
    put("text", text);
    return o;
}

TransactionMatcher::TransactionMatcher(const TransactionFilter &filter,
                                       const TransactionTable &table)
    : m_filter(filter), m_table(table),
      m_fromMs(filter.from.isValid() ? filter.from.toMSecsSinceEpoch()
                                     : std::numeric_limits<qint64>::min()),
      m_toMs(filter.to.isValid() ? filter.to.toMSecsSinceEpoch()
                                 : std::numeric_limits<qint64>::max())
{
    for (int c = 0; c < table.connectionCount(); ++c) {
        m_connectionAllowed.push_back(connectionAllowed(c));
        m_connectionTextHit.push_back(textHit(table.connectionAt(c)));
    }
    for (int c = 0; c < table.cardCount(); ++c) {
        m_cardAllowed.push_back(cardAllowed(c));
        m_cardTextHit.push_back(cardTextHit(c));
    }
    for (int s = 0; s < table.rawStatusCount(); ++s)
        m_rawStatusTextHit.push_back(textHit(table.rawStatusAt(s)));
    if (!filter.text.isEmpty()) {
        for (int d = 0; d < table.descriptionCount(); ++d)
            m_descriptionTextHit.push_back(textHit(table.descriptionAt(d)));
    }
}

bool TransactionMatcher::textHit(const QString &value) const
{
    return !m_filter.text.isEmpty() && value.contains(m_filter.text, Qt::CaseInsensitive);
}

bool TransactionMatcher::connectionAllowed(int c) const
{
    return (m_filter.provider.isEmpty() || m_table.providerAt(c) == m_filter.provider) &&
           (m_filter.connection.isEmpty() || m_table.connectionAt(c) == m_filter.connection);
}

bool TransactionMatcher::cardAllowed(int c) const
{
    return m_filter.cardId.isEmpty() || m_table.cardIdAt(c) == m_filter.cardId;
}

bool TransactionMatcher::cardTextHit(int c) const
{
    return textHit(m_table.cardNameAt(c)) || textHit(m_table.cardLastFourAt(c));
}

bool TransactionMatcher::matches(int row) const
{
    const qint64 ms = m_table.dateMs(row);
    if (ms < m_fromMs || ms >= m_toMs)
        return false;
    const int conn = m_table.connectionIndex(row);
    const int card = m_table.cardIndex(row);
    const size_t rawStatus = size_t(m_table.rawStatusIndex(row));
    const int description = m_table.descriptionIndex(row);
    if (!(size_t(conn) < m_connectionAllowed.size() ? m_connectionAllowed[size_t(conn)]
                                                    : connectionAllowed(conn)) ||
        !(size_t(card) < m_cardAllowed.size() ? m_cardAllowed[size_t(card)] : cardAllowed(card)))
        return false;
    if (m_filter.status && m_table.status(row) != *m_filter.status)
        return false;
    if (m_filter.direction && m_table.direction(row) != *m_filter.direction)
        return false;
    if (m_filter.minAmount || m_filter.maxAmount) {
        const Money amount = m_table.amount(row);
        if ((m_filter.minAmount && amount < *m_filter.minAmount) ||
            (m_filter.maxAmount && amount > *m_filter.maxAmount))
            return false;
    }
    if (m_filter.text.isEmpty())
        return true;
    // Values added to the table after this matcher was built are decided on the spot.
    return (size_t(card) < m_cardTextHit.size() ? m_cardTextHit[size_t(card)]
                                                : cardTextHit(card)) ||
           (size_t(conn) < m_connectionTextHit.size() ? m_connectionTextHit[size_t(conn)]
                                                      : textHit(m_table.connectionAt(conn))) ||
           (rawStatus < m_rawStatusTextHit.size() ? m_rawStatusTextHit[rawStatus]
                                                  : textHit(m_table.rawStatus(row))) ||
           (size_t(description) < m_descriptionTextHit.size()
                ? m_descriptionTextHit[size_t(description)]
                : textHit(m_table.description(row))) ||
           m_table.id(row).contains(m_filter.text, Qt::CaseInsensitive);
}
