#include "SyntheticTransactions.h"

#include "TransactionTable.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace SyntheticTransactions {

namespace {

// One row; i numbers the ids, so a set made with one seed has no repeats.
Transaction row(QRandomGenerator &rng, int i)
{
    static const char *const providers[] = {"dashfi", "dinari", "dots", "crypto", "dart"};
    static const char *const merchants[] = {
        "GitHub, Inc.", "Uber *Trip", "Café Müller", "=SUM(A1:A9)", "The \"Best\" Coffee",
        "Notion Labs",  "-5 refund",  "@admin",      "Line\nbreak", "Москва Маркет"};
    static const char *const currencies[] = {"USD", "USD", "USD", "EUR", "BTC", "USDC"};
    static const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());
    Transaction t;
    const int p = int(rng.bounded(5));
    t.provider = QLatin1String(providers[p]);
    t.connection = QStringLiteral("%1 %2").arg(t.provider).arg(1 + rng.bounded(2));
    t.connectionId = QStringLiteral("id-") + t.connection;
    t.id = QStringLiteral("tx-%1-%2").arg(i).arg(rng.generate(), 8, 16, QLatin1Char('0'));
    t.date = start.addSecs(qint64(rng.bounded(700 * 86400)));
    t.description = QString::fromUtf8(merchants[rng.bounded(10)]);
    if (p == 0 || p == 1) {
        const int card = int(rng.bounded(40));
        t.cardId = QString::number(1000 + card);
        t.cardName = QStringLiteral("Card %1").arg(card);
        t.cardLastFour = QStringLiteral("%1").arg(4000 + card);
    }
    t.status = Transaction::Status(rng.bounded(6));
    t.rawStatus = Transaction::statusName(t.status).toUpper();
    t.direction = rng.bounded(5) == 0 ? Transaction::Direction::In : Transaction::Direction::Out;
    t.currency = QLatin1String(currencies[rng.bounded(6)]);
    const int scale = t.currency == QLatin1String("BTC") ? 8 : 2;
    t.amount = Money::fromMinorUnits(qint64(rng.bounded(1, 5000000)), scale);
    if (rng.bounded(4) == 0)
        t.fee = Money::fromMinorUnits(qint64(rng.bounded(1, 900)), scale);
    t.merchantCountry = QStringLiteral("US");
    t.raw = QByteArrayLiteral("{\"id\":\"") + t.id.toUtf8() + "\"}";
    return t;
}

} // namespace

QList<Transaction> make(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<Transaction> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i)
        list.append(row(rng, i));
    return list;
}

std::shared_ptr<TransactionTable> table(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    auto rows = std::make_shared<TransactionTable>();
    rows->reserve(count);
    for (int i = 0; i < count; ++i)
        rows->append(row(rng, i));
    return rows;
}

} // namespace SyntheticTransactions
