#include "TransactionWorkbook.h"

#include "Currency.h"
#include "TransactionColumns.h"
#include "TransactionTable.h"
#include "TransactionTotals.h"
#include "XlsxWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

#include <functional>
#include <vector>

namespace {

using TransactionColumns::Column;
using CellWriter = std::function<void(qint64 sheetRow, int row)>;

// Each column's cells, typed; shared text converted to UTF-8 once per distinct value.
std::vector<CellWriter> cellWriters(XlsxWriter &book, const TransactionTable &table,
                                    const std::vector<Column> &columns, qint64 *textAmounts)
{
    std::vector<int> scales;
    for (int i = 0; i < table.currencyCount(); ++i)
        scales.push_back(Currency::scale(table.currencyAt(i)));
    std::vector<CellWriter> writers;
    for (int c = 0; c < int(columns.size()); ++c) {
        const Column column = columns[size_t(c)];
        if (const TransactionColumns::Pool *p = TransactionColumns::poolOf(column)) {
            const int count = (table.*p->count)();
            auto utf8 = std::make_shared<std::vector<QByteArray>>();
            for (int i = 0; i < count; ++i) {
                utf8->push_back((table.*p->text)(i).toUtf8());
                book.fit(c, (table.*p->text)(i).size());
            }
            writers.push_back([&book, &table, c, utf8, index = p->index](qint64 at, int row) {
                book.text(at, c, (*utf8)[size_t((table.*index)(row))]);
            });
            continue;
        }
        switch (column) {
        case Column::Date:
            book.fit(c, 19);
            writers.push_back(
                [&book, &table, c](qint64 at, int row) { book.date(at, c, table.dateMs(row)); });
            break;
        case Column::Amount:
        case Column::Fee:
        case Column::FiatAmount:
        case Column::NetworkFee:
        case Column::PlatformFee:
            writers.push_back([&book, &table, c, column, scales, textAmounts](qint64 at, int row) {
                const std::optional<Money> value = TransactionColumns::money(table, row, column);
                if (!value)
                    return;
                // A fiat price is at its own currency's scale, the rest at the row's.
                const int scale =
                    column == Column::FiatAmount
                        ? Currency::scale(TransactionColumns::moneyCurrency(table, row, column))
                        : scales[size_t(table.currencyIndex(row))];
                if (!book.amount(at, c, *value, scale))
                    ++*textAmounts;
                // Digits, grouping marks and the sign.
                const int digits = XlsxWriter::significantDigits(*value) + scale;
                book.fit(c, digits + digits / 3 + 2);
            });
            break;
        default:
            // Ids, last four digits, statuses: text, so 0480 stays 0480.
            writers.push_back([&book, &table, c, column](qint64 at, int row) {
                const QString text = TransactionColumns::cellText(table, row, column);
                book.fit(c, text.size());
                book.text(at, c, text);
            });
            break;
        }
    }
    return writers;
}

} // namespace

QString TransactionWorkbook::filterText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isArray() || value.isObject())
        return QString::fromUtf8(
            QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

void TransactionWorkbook::writeTotals(XlsxWriter &book, const TransactionTable &table,
                                      const QList<int> &rows, const QJsonObject &filters,
                                      qint64 textAmounts)
{
    book.addSheet(tr("Totals"));
    const QStringList headers = {tr("Currency"),
                                 tr("Settled in"),
                                 tr("Settled out"),
                                 tr("Pending in"),
                                 tr("Pending out"),
                                 tr("Settled fees"),
                                 tr("Pending fees"),
                                 tr("Did not move"),
                                 tr("Net"),
                                 tr("Rows"),
                                 tr("Settled rows"),
                                 tr("Pending rows"),
                                 tr("Rows that did not move")};
    for (int c = 0; c < headers.size(); ++c) {
        book.bold(0, c, headers.at(c));
        book.fit(c, headers.at(c).size());
    }
    qint64 at = 1;
    for (const CurrencyTotal &t : TransactionTotals::compute(table, rows)) {
        const int scale = Currency::scale(t.currency);
        book.text(at, 0, t.currency);
        const Money amounts[] = {t.settledIn,   t.settledOut,  t.pendingIn, t.pendingOut,
                                 t.settledFees, t.pendingFees, t.notMoved,  t.net()};
        constexpr int AmountColumns = int(std::size(amounts));
        for (int i = 0; i < AmountColumns; ++i) {
            if (t.overflow)
                book.text(at, 1 + i, tr("too large to add up"));
            else if (!book.amount(at, 1 + i, amounts[i], scale))
                ++textAmounts;
        }
        const int counts[] = {t.count, t.settledCount, t.pendingCount, t.notMovedCount};
        for (int i = 0; i < 4; ++i)
            book.integer(at, 1 + AmountColumns + i, counts[i]);
        ++at;
    }
    ++at;
    auto line = [&book, &at](const QString &label, const QString &value) {
        book.bold(at, 0, label);
        book.text(at, 1, value);
        ++at;
    };
    book.bold(at, 0, tr("Exported at"));
    book.date(at++, 1, QDateTime::currentMSecsSinceEpoch());
    line(tr("Dates"), tr("UTC, as the provider recorded them"));
    line(tr("Totals"), tr("Settled and pending count what moved or will move; fees are money "
                          "out on top of the amounts, and net is in minus out minus fees; "
                          "declined, failed, cancelled and reversed rows are counted apart as "
                          "\"did not move\"."));
    if (textAmounts > 0)
        line(tr("Note"), tr("%n amount(s) have more than 15 significant digits, more than a "
                            "spreadsheet number holds exactly: they are text cells, exact.",
                            nullptr, int(qMin<qint64>(textAmounts, INT_MAX))));
    if (!filters.isEmpty()) {
        ++at;
        book.bold(at++, 0, tr("Filters"));
        for (auto it = filters.begin(); it != filters.end(); ++it)
            line(it.key(), filterText(it.value()));
    }
    line(tr("Generator"), QStringLiteral("Treasury Desk " TD_VERSION));
}

ExportOutcome TransactionWorkbook::writeFile(const QString &path, const TransactionTable &table,
                                             const QList<int> &rows, const QStringList &chosen,
                                             const QJsonObject &filters,
                                             const TransactionExporter::Progress &progress)
{
    ExportOutcome outcome;
    const QStringList names = chosen.isEmpty() ? TransactionColumns::defaultNames() : chosen;
    std::vector<Column> columns;
    for (const QString &name : names) {
        const std::optional<Column> c = TransactionColumns::of(name);
        if (!c) {
            outcome.error = tr("Unknown column \"%1\".").arg(name);
            return outcome;
        }
        columns.push_back(*c);
    }
    if (rows.size() > MaxRows) {
        // Excel and LibreOffice would drop the rest without a word.
        outcome.error = tr("A worksheet holds at most %1 rows below its header, and these are "
                           "%2. Narrow the filter, or export CSV, which has no such limit.")
                            .arg(QLocale().toString(MaxRows), QLocale().toString(rows.size()));
        return outcome;
    }
    XlsxWriter book(path);
    if (!book.open()) {
        outcome.error = book.error();
        return outcome;
    }
    book.addSheet(tr("Transactions"));
    book.header(names, rows.size());
    qint64 textAmounts = 0;
    const std::vector<CellWriter> writers = cellWriters(book, table, columns, &textAmounts);
    for (qsizetype n = 0; n < rows.size(); ++n) {
        for (const CellWriter &write : writers)
            write(n + 1, rows.at(n));
        if ((n & 0xFFF) == 0xFFF && progress && !progress(n + 1)) {
            book.discard();
            outcome.cancelled = true;
            outcome.error = tr("Export cancelled.");
            return outcome;
        }
    }
    writeTotals(book, table, rows, filters, textAmounts);
    if (!book.finish()) {
        outcome.error = book.error();
        return outcome;
    }
    if (progress)
        progress(rows.size());
    outcome.ok = true;
    outcome.rows = rows.size();
    return outcome;
}
