#include "TransactionTable.h"

namespace {
const QChar Separator(u'\x1f'); // cannot occur in the text we intern
}

int TransactionTable::Pool::intern(const QString &value)
{
    if (m_last >= 0 && m_values.at(m_last) == value)
        return m_last;
    auto it = m_index.constFind(value);
    if (it == m_index.cend()) {
        it = m_index.insert(value, int(m_values.size()));
        m_values.append(value);
    }
    m_last = it.value();
    return m_last;
}

int TransactionTable::TuplePool::intern(const QString &a, const QString &b, const QString &c)
{
    if (m_last >= 0) {
        const Parts &last = m_parts.at(m_last);
        if (last[0] == a && last[1] == b && last[2] == c)
            return m_last;
    }
    const QString key = a + Separator + b + Separator + c;
    auto it = m_index.constFind(key);
    if (it == m_index.cend()) {
        it = m_index.insert(key, int(m_parts.size()));
        m_parts.append(Parts{a, b, c});
    }
    m_last = it.value();
    return m_last;
}

TransactionTable::Row TransactionTable::makeRow(const QString &id, qint64 dateMs, Money amount,
                                                std::optional<Money> fee,
                                                Transaction::Status status,
                                                Transaction::Direction direction,
                                                const SharedText &text)
{
    Row r;
    r.dateMs = dateMs;
    r.amountUnits = amount.minorUnits();
    r.amountScale = quint8(amount.scale());
    if (fee) {
        r.feeUnits = fee->minorUnits();
        r.feeScale = qint8(fee->scale());
    }
    r.id = id;
    r.text = text;
    r.status = quint8(status);
    r.direction = quint8(direction);
    return r;
}

TransactionTable::Row TransactionTable::makeRow(const Transaction &t)
{
    SharedText text;
    text.description = quint32(internDescription(t.description));
    text.connection = quint32(internConnection(t.connectionId, t.provider, t.connection));
    text.card = quint32(internCard(t.cardId, t.cardName, t.cardLastFour));
    text.currency = quint32(internCurrency(t.currency));
    text.rawStatus = quint32(internRawStatus(t.rawStatus));
    text.country = quint32(internCountry(t.merchantCountry));
    return makeRow(t.id, t.date.toMSecsSinceEpoch(), t.amount, t.fee, t.status, t.direction, text);
}

void TransactionTable::append(const Transaction &t)
{
    m_rows.push_back(makeRow(t));
    setExtra(size() - 1, t.extra);
}

void TransactionTable::setExtra(int row, const TransactionExtra &extra)
{
    if (extra.isEmpty())
        m_extras.remove(row);
    else
        m_extras.insert(row, extra);
}

void TransactionTable::append(const QString &id, qint64 dateMs, Money amount,
                              std::optional<Money> fee, Transaction::Status status,
                              Transaction::Direction direction, const SharedText &text)
{
    m_rows.push_back(makeRow(id, dateMs, amount, fee, status, direction, text));
}

void TransactionTable::replace(int row, const Transaction &t)
{
    m_rows[size_t(row)] = makeRow(t);
    setExtra(row, t.extra);
}

QHash<QString, int> TransactionTable::rowsOf(const QString &connectionId) const
{
    QHash<QString, int> rows;
    for (int i = 0; i < size(); ++i) {
        if (this->connectionId(i) == connectionId)
            rows.insert(id(i), i);
    }
    return rows;
}

bool TransactionTable::holds(int row, const Transaction &t) const
{
    const Transaction mine = at(row);
    return mine.connectionId == t.connectionId && mine.provider == t.provider &&
           mine.connection == t.connection && mine.id == t.id && mine.date == t.date &&
           mine.description == t.description && mine.cardId == t.cardId &&
           mine.cardName == t.cardName && mine.cardLastFour == t.cardLastFour &&
           mine.status == t.status && mine.rawStatus == t.rawStatus &&
           mine.direction == t.direction && mine.amount == t.amount &&
           mine.amount.scale() == t.amount.scale() && mine.currency == t.currency &&
           mine.fee == t.fee && mine.merchantCountry == t.merchantCountry && mine.extra == t.extra;
}

Transaction TransactionTable::at(int row) const
{
    Transaction t;
    t.connectionId = connectionId(row);
    t.provider = provider(row);
    t.connection = connection(row);
    t.id = id(row);
    t.date = date(row);
    t.description = description(row);
    t.cardId = cardId(row);
    t.cardName = cardName(row);
    t.cardLastFour = cardLastFour(row);
    t.status = status(row);
    t.rawStatus = rawStatus(row);
    t.direction = direction(row);
    t.amount = amount(row);
    t.currency = currency(row);
    t.fee = fee(row);
    t.merchantCountry = merchantCountry(row);
    t.extra = extra(row);
    return t;
}

QDateTime TransactionTable::date(int row) const
{
    return QDateTime::fromMSecsSinceEpoch(dateMs(row), Qt::UTC);
}

Money TransactionTable::amount(int row) const
{
    const Row &r = m_rows[size_t(row)];
    return Money::fromMinorUnits(r.amountUnits, r.amountScale);
}

Money TransactionTable::signedAmount(int row) const
{
    const Row &r = m_rows[size_t(row)];
    // A magnitude never holds the most negative value, so negating is exact.
    const qint64 units =
        r.direction == quint8(Transaction::Direction::Out) ? -r.amountUnits : r.amountUnits;
    return Money::fromMinorUnits(units, r.amountScale);
}

std::optional<Money> TransactionTable::fee(int row) const
{
    const Row &r = m_rows[size_t(row)];
    if (r.feeScale < 0)
        return std::nullopt;
    return Money::fromMinorUnits(r.feeUnits, r.feeScale);
}
