#include "SpendBuckets.h"
#include "SyntheticTransactions.h"
#include "TransactionDuplicates.h"
#include "TransactionTotals.h"
#include "TransactionsFilterModel.h"
#include "TransactionsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <functional>

/// The transactions model, its filter/sort proxy and the totals, against brute force.
class TestTransactionsModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void filtersCombine_data();
    void filtersCombine();
    void sortsByAmountSigned();
    void sortsByDateAndText();
    void mergeReplacesAndAppends();
    void mergeCopiesWhenAnExportHoldsTheTable();
    void totalsPerCurrency();
    void rawRecordComesFromTheLoader();
    void cryptoAmountsKeepEveryDigitAndNoPadding();
    void duplicatesAreNamedNeverPickedQuietly();

private:
    QList<Transaction> m_list;
    std::unique_ptr<TransactionsModel> m_model;
    std::unique_ptr<TransactionsFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
};

using Predicate = std::function<bool(const Transaction &)>;
Q_DECLARE_METATYPE(TransactionFilter)
Q_DECLARE_METATYPE(Predicate)

void TestTransactionsModel::init()
{
    m_list = SyntheticTransactions::make(800);
    m_model = std::make_unique<TransactionsModel>();
    m_filter = std::make_unique<TransactionsFilterModel>(m_model.get());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filterTester = std::make_unique<QAbstractItemModelTester>(
        m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto table = std::make_shared<TransactionTable>();
    for (const Transaction &t : std::as_const(m_list))
        table->append(t);
    m_model->setTable(table);
}

void TestTransactionsModel::cleanup()
{
    m_filterTester.reset();
    m_modelTester.reset();
    m_filter.reset();
    m_model.reset();
}

void TestTransactionsModel::filtersCombine_data()
{
    QTest::addColumn<TransactionFilter>("filter");
    QTest::addColumn<Predicate>("expected");
    const QDateTime from(QDate(2025, 3, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(2025, 6, 1), QTime(0, 0), QTimeZone::utc());
    TransactionFilter f;
    QTest::addRow("none") << f << Predicate([](const Transaction &) { return true; });
    f = {};
    f.provider = QStringLiteral("dinari");
    QTest::addRow("provider") << f << Predicate([](const Transaction &t) {
        return t.provider == QLatin1String("dinari");
    });
    f = {};
    f.connection = QStringLiteral("dots 2");
    QTest::addRow("connection") << f << Predicate([](const Transaction &t) {
        return t.connection == QLatin1String("dots 2");
    });
    f = {};
    f.cardId = QStringLiteral("1007");
    QTest::addRow("card") << f << Predicate([](const Transaction &t) {
        return t.cardId == QLatin1String("1007");
    });
    f = {};
    f.from = from;
    f.to = to;
    QTest::addRow("date range") << f << Predicate([=](const Transaction &t) {
        return t.date >= from && t.date < to;
    });
    f = {};
    f.status = Transaction::Status::Declined;
    f.direction = Transaction::Direction::Out;
    QTest::addRow("status and direction") << f << Predicate([](const Transaction &t) {
        return t.status == Transaction::Status::Declined &&
               t.direction == Transaction::Direction::Out;
    });
    f = {};
    f.minAmount = Money::parse(u"100");
    f.maxAmount = Money::parse(u"250.50");
    QTest::addRow("amount range") << f << Predicate([](const Transaction &t) {
        return t.amount >= *Money::parse(u"100") && t.amount <= *Money::parse(u"250.50");
    });
    f = {};
    f.text = QStringLiteral("café");
    QTest::addRow("text, case-insensitive") << f << Predicate([](const Transaction &t) {
        return t.description.contains(QStringLiteral("Café"));
    });
    f = {};
    f.text = QStringLiteral("card 3");
    QTest::addRow("text in card name") << f << Predicate([](const Transaction &t) {
        return t.cardName.startsWith(QStringLiteral("Card 3"));
    });
    f = {};
    f.text = QStringLiteral("DECLINED");
    QTest::addRow("text in raw status")
        << f
        << Predicate([](const Transaction &t) { return t.rawStatus == QLatin1String("DECLINED"); });
    f = {};
    f.provider = QStringLiteral("dashfi");
    f.from = from;
    f.text = QStringLiteral("uber");
    f.direction = Transaction::Direction::Out;
    f.minAmount = Money::parse(u"1000");
    QTest::addRow("all at once") << f << Predicate([=](const Transaction &t) {
        return t.provider == QLatin1String("dashfi") && t.date >= from &&
               t.description.contains(QStringLiteral("Uber")) &&
               t.direction == Transaction::Direction::Out && t.amount >= *Money::parse(u"1000");
    });
}

void TestTransactionsModel::filtersCombine()
{
    QFETCH(TransactionFilter, filter);
    QFETCH(Predicate, expected);
    QSignalSpy shown(m_filter.get(), &TransactionsFilterModel::rowsShownChanged);
    m_filter->setFilter(filter);
    QSet<QString> want;
    for (const Transaction &t : std::as_const(m_list))
        if (expected(t))
            want.insert(t.id);
    QVERIFY(!want.isEmpty());
    QSet<QString> got;
    for (const int r : m_filter->sourceRows())
        got.insert(m_model->rows().id(r));
    QCOMPARE(got, want);
    QCOMPARE(m_filter->rowCount(), want.size());
    if (!filter.isEmpty())
        QVERIFY(shown.count() >= 1);
}

void TestTransactionsModel::sortsByAmountSigned()
{
    m_filter->sort(TransactionsModel::Amount, Qt::AscendingOrder);
    const QList<int> rows = m_filter->sourceRows();
    QCOMPARE(rows.size(), m_list.size());
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(m_model->rows().signedAmount(rows[i - 1]) <= m_model->rows().signedAmount(rows[i]));
    // Money out sorts below money in.
    QCOMPARE(m_model->rows().direction(rows.first()), Transaction::Direction::Out);
    QCOMPARE(m_model->rows().direction(rows.last()), Transaction::Direction::In);
}

void TestTransactionsModel::sortsByDateAndText()
{
    m_filter->sort(TransactionsModel::Date, Qt::DescendingOrder);
    QList<int> rows = m_filter->sourceRows();
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(m_model->rows().dateMs(rows[i - 1]) >= m_model->rows().dateMs(rows[i]));
    m_filter->sort(TransactionsModel::Description, Qt::AscendingOrder);
    rows = m_filter->sourceRows();
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(m_model->rows()
                    .description(rows[i - 1])
                    .compare(m_model->rows().description(rows[i]), Qt::CaseInsensitive) <= 0);
}

void TestTransactionsModel::mergeReplacesAndAppends()
{
    const Transaction first = m_list.first();
    Transaction settled = first;
    settled.status = Transaction::Status::Settled;
    settled.rawStatus = QStringLiteral("SETTLED");
    settled.amount = *Money::parse(u"1.50");
    Transaction fresh = first;
    fresh.id = QStringLiteral("brand-new");
    // The same connection sends: one changed, one unchanged, one new (twice).
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    const auto same = std::find_if(m_list.begin() + 1, m_list.end(), [&](const Transaction &t) {
        return t.connection == first.connection;
    });
    QVERIFY(same != m_list.end());
    const ConnectionRef firsts{first.connectionId, first.provider, first.connection};
    m_model->mergeConnection(firsts, {settled, *same, fresh, fresh});
    QCOMPARE(m_model->rowCount(), m_list.size() + 1);
    // Our word in the table; the provider's, where it differs, only in the tooltip.
    const int settledRow = m_model->rows().rowsOf(first.connectionId).value(first.id);
    const QModelIndex status = m_model->index(settledRow, TransactionsModel::Status);
    QCOMPARE(status.data().toString(), QStringLiteral("Settled"));
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), QString());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    const QHash<QString, int> rows = m_model->rows().rowsOf(first.connectionId);
    QCOMPARE(m_model->rows().amount(rows.value(first.id)).toString(), QStringLiteral("1.50"));
    QVERIFY(rows.contains(QStringLiteral("brand-new")));
    // The same id in another connection is another transaction...
    m_model->mergeConnection({QStringLiteral("id-other"), first.provider, QStringLiteral("other")},
                             {fresh});
    QCOMPARE(m_model->rowCount(), m_list.size() + 2);
    // ...but the same connection under a new name is the same connection.
    m_model->mergeConnection({first.connectionId, first.provider, QStringLiteral("renamed")},
                             {fresh});
    QCOMPARE(m_model->rowCount(), m_list.size() + 2);
    // The proxy follows: the new rows pass an empty filter.
    QCOMPARE(m_filter->rowCount(), m_list.size() + 2);
    Transaction initiated = first;
    initiated.id = QStringLiteral("raw-word");
    initiated.status = Transaction::Status::Pending;
    initiated.rawStatus = QStringLiteral("INITIATED");
    m_model->mergeConnection(firsts, {initiated});
    const QModelIndex pending = m_model->index(
        m_model->rows().rowsOf(first.connectionId).value(initiated.id), TransactionsModel::Status);
    QCOMPARE(pending.data().toString(), QStringLiteral("Pending"));
    QCOMPARE(pending.data(Qt::ToolTipRole).toString(),
             QStringLiteral("The provider's word: INITIATED"));
}

void TestTransactionsModel::mergeCopiesWhenAnExportHoldsTheTable()
{
    const std::shared_ptr<const TransactionTable> snapshot = m_model->snapshot();
    const quint64 generation = m_model->tableGeneration();
    Transaction fresh = m_list.first();
    fresh.id = QStringLiteral("during-export");
    m_model->mergeConnection({fresh.connectionId, fresh.provider, fresh.connection}, {fresh});
    QCOMPARE(snapshot->size(), m_list.size());
    QCOMPARE(m_model->rowCount(), m_list.size() + 1);
    QVERIFY(m_model->tableGeneration() != generation);
    // Filtering still works on the new table (the matcher is rebuilt for it).
    TransactionFilter f;
    f.text = QStringLiteral("during-export");
    m_filter->setFilter(f);
    QCOMPARE(m_filter->rowCount(), 1);
}

void TestTransactionsModel::totalsPerCurrency()
{
    TransactionFilter f;
    f.provider = QStringLiteral("dashfi");
    m_filter->setFilter(f);
    // By brute force: settled and pending each way, and what did not move apart.
    struct Want
    {
        Money settledIn, settledOut, pendingIn, pendingOut, notMoved;
        Money settledFees, pendingFees, feesOnMoneyIn;
        int count = 0, notMovedCount = 0;
    };
    QMap<QString, Want> want;
    for (const Transaction &t : std::as_const(m_list)) {
        if (t.provider != QLatin1String("dashfi"))
            continue;
        Want &w = want[t.currency];
        ++w.count;
        const bool in = t.direction == Transaction::Direction::In;
        Money *sum = nullptr;
        Money *fees = nullptr; // a row that did not move charged nothing either
        switch (t.status) {
        case Transaction::Status::Settled:
            sum = in ? &w.settledIn : &w.settledOut;
            fees = &w.settledFees;
            break;
        case Transaction::Status::Pending:
            sum = in ? &w.pendingIn : &w.pendingOut;
            fees = &w.pendingFees;
            break;
        default:
            sum = &w.notMoved;
            ++w.notMovedCount;
        }
        *sum = *sum->checkedAdd(t.amount);
        if (fees && t.fee) {
            *fees = *fees->checkedAdd(*t.fee);
            if (in)
                w.feesOnMoneyIn = *w.feesOnMoneyIn.checkedAdd(*t.fee);
        }
    }
    const QList<CurrencyTotal> totals = m_filter->totals();
    QCOMPARE(totals.size(), want.size());
    int notMoved = 0;
    bool feesCounted = false;
    for (const CurrencyTotal &t : totals) {
        const Want &w = want[t.currency];
        QCOMPARE(t.count, w.count);
        QCOMPARE(t.settledIn, w.settledIn);
        QCOMPARE(t.settledOut, w.settledOut);
        QCOMPARE(t.pendingIn, w.pendingIn);
        QCOMPARE(t.pendingOut, w.pendingOut);
        QCOMPARE(t.notMoved, w.notMoved);
        QCOMPARE(t.notMovedCount, w.notMovedCount);
        QCOMPARE(t.settledFees, w.settledFees);
        QCOMPARE(t.pendingFees, w.pendingFees);
        feesCounted = feesCounted || !t.fees().isZero();
        // Out is every amount that left with every fee charged.
        const Money out = *w.settledOut.checkedAdd(w.pendingOut)
                               ->checkedAdd(w.settledFees)
                               ->checkedAdd(w.pendingFees);
        QCOMPARE(t.out(), out);
        QCOMPARE(t.net(), *t.in().checkedSub(out));
        QVERIFY(!t.overflow);
        notMoved += t.notMovedCount;
    }
    QVERIFY(notMoved > 0); // the sample has declined rows: the rule is exercised
    QVERIFY(feesCounted);  // and fees on rows that moved
    // The spend chart adds up the same money out, by the same rule: what was spent and its
    // fee (the fees charged on money in are no spend).
    for (const CurrencyTotal &t : totals) {
        Money charted;
        for (const SpendBuckets::Bucket &b : SpendBuckets::overTime(
                 m_model->rows(), m_filter->sourceRows(), t.currency, SpendBuckets::Period::Day))
            charted = *charted.checkedAdd(b.total);
        QCOMPARE(charted, *t.out().checkedSub(want[t.currency].feesOnMoneyIn));
    }
    // Ordered by currency code, for a stable footer.
    QVERIFY(std::is_sorted(totals.begin(), totals.end(),
                           [](const auto &a, const auto &b) { return a.currency < b.currency; }));
}

void TestTransactionsModel::rawRecordComesFromTheLoader()
{
    QVERIFY(m_model->rawRecord(0).isEmpty());
    m_model->setRawLoader(
        [](const QString &c, const QString &id) { return (c + u'|' + id).toUtf8(); });
    const TransactionTable &t = m_model->rows();
    QCOMPARE(m_model->index(3, 0).data(TransactionsModel::RawJsonRole).toByteArray(),
             (t.connectionId(3) + u'|' + t.id(3)).toUtf8());
}

void TestTransactionsModel::cryptoAmountsKeepEveryDigitAndNoPadding()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto table = std::make_shared<TransactionTable>();
    auto add = [&](const char *amount, const char *currency, const char *fee) {
        Transaction t = m_list.first();
        t.direction = Transaction::Direction::In;
        t.amount = *Money::parse(QString::fromLatin1(amount));
        t.currency = QLatin1String(currency);
        t.fee = *Money::parse(QString::fromLatin1(fee));
        table->append(t);
    };
    add("3236.00000000", "BTC", "0.00010000");
    add("0.12345678", "ETH", "0");
    add("12.5", "USD", "0.3");
    m_model->setTable(table);
    auto cell = [&](int row, int column) { return m_model->index(row, column).data().toString(); };
    QCOMPARE(cell(0, TransactionsModel::Amount), QStringLiteral("3,236.00"));
    QCOMPARE(cell(0, TransactionsModel::Fee), QStringLiteral("0.0001"));
    QCOMPARE(cell(1, TransactionsModel::Amount), QStringLiteral("0.12345678"));
    // Fiat keeps its minor units.
    QCOMPARE(cell(2, TransactionsModel::Amount), QStringLiteral("12.50"));
    QCOMPARE(cell(2, TransactionsModel::Fee), QStringLiteral("0.30"));
}

void TestTransactionsModel::duplicatesAreNamedNeverPickedQuietly()
{
    auto tx = [](const char *id, const char *amount, Transaction::Status status) {
        Transaction t;
        t.id = QLatin1String(id);
        t.amount = *Money::parse(QString::fromLatin1(amount));
        t.status = status;
        t.rawStatus = Transaction::statusName(status);
        t.date = QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc());
        return t;
    };
    using S = Transaction::Status;
    // "b" listed twice alike (a page overlap); "c" three times, two of them different.
    QList<Transaction> list = {tx("a", "1.00", S::Settled),     tx("b", "2.00", S::Settled),
                               tx("c", "99999.99", S::Pending), tx("b", "2.00", S::Settled),
                               tx("c", "12.00", S::Settled),    tx("c", "99999.99", S::Pending)};
    const QStringList conflicts = TransactionDuplicates::settle(&list);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(2).amount, *Money::parse(u"99999.99")); // where it stood, first copy
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first(),
             QStringLiteral("transaction c is listed 2 times with different figures (99999.99 USD "
                            "out, pending; 12.00 USD out, settled); only the first is counted"));

    // The model keeps what its connection's answer left out until a whole answer comes.
    const ConnectionRef ops{QStringLiteral("id-ops"), QStringLiteral("dinari"),
                            QStringLiteral("Ops")};
    QSignalSpy changed(m_model->gaps(), &ConnectionGaps::changed);
    m_model->mergeConnection(ops, list, conflicts);
    QCOMPARE(m_model->gaps()->lines(), QStringList{QStringLiteral("Ops: ") + conflicts.first()});
    QCOMPARE(m_model->gaps()->connections(), QStringList{QStringLiteral("Ops")});
    m_model->mergeConnection(ops, list, conflicts);
    QCOMPARE(changed.size(), 1); // the same gaps again change nothing
    m_model->mergeConnection(ops, list);
    QVERIFY(m_model->gaps()->isEmpty());
    QCOMPARE(changed.size(), 2);
}

QTEST_GUILESS_MAIN(TestTransactionsModel)
#include "tst_transactions_model.moc"
