#include "PayoutBatch.h"

#include "PayoutValidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace {

// The amounts of the lines `counted` picks (valid lines have one).
template<typename Pick> Money totalOf(const QList<BatchRow> &rows, Pick counted)
{
    Money total = Money::fromMinorUnits(0, 2);
    for (const BatchRow &r : rows) {
        if (counted(r))
            total = total.checkedAdd(*r.amount).value_or(total);
    }
    return total;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("PayoutBatch", text);
}

} // namespace

QList<PayoutBatch::CsvRecord> PayoutBatch::readCsv(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    // The delimiter is whichever the header line uses: Excel in many locales writes ';'.
    const QString header = text.section(u'\n', 0, 0);
    const QChar delimiter = header.count(u';') > header.count(u',') ? u';' : u',';
    QList<CsvRecord> lines;
    QStringList fields;
    QString field;
    bool inQuotes = false;
    int line = 1;
    int recordStart = 1;
    auto endLine = [&] {
        fields.append(field);
        field.clear();
        if (!(fields.size() == 1 && fields.first().trimmed().isEmpty()))
            lines.append({recordStart, fields});
        fields.clear();
        recordStart = line + 1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'\n')
                ++line; // a line break inside a cell
            if (c != u'"')
                field += c;
            else if (i + 1 < text.size() && text.at(i + 1) == u'"')
                field += text.at(++i);
            else
                inQuotes = false;
            continue;
        }
        if (c == u'"')
            inQuotes = true;
        else if (c == delimiter) {
            fields.append(field);
            field.clear();
        } else if (c == u'\n') {
            endLine();
            ++line;
        } else if (c != u'\r')
            field += c;
    }
    if (!field.isEmpty() || !fields.isEmpty())
        endLine();
    return lines;
}

PayoutBatch PayoutBatch::fromCsv(const QByteArray &bytes, const QList<RecentPayout> &recent)
{
    PayoutBatch batch;
    const QList<CsvRecord> lines = readCsv(bytes);
    if (lines.isEmpty()) {
        batch.m_error = tr("The file is empty.");
        return batch;
    }
    QStringList header;
    for (const QString &h : lines.first().cells)
        header.append(h.trimmed().toLower());
    const int userColumn = int(header.indexOf(QStringLiteral("user_id")));
    const int amountColumn = int(header.indexOf(QStringLiteral("amount")));
    const int platformColumn = int(header.indexOf(QStringLiteral("platform")));
    if (userColumn < 0 || amountColumn < 0) {
        batch.m_error = tr("The first line must name the columns, with at least user_id and "
                           "amount (and optionally platform).");
        return batch;
    }
    QSet<QString> seen;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList &cells = lines.at(i).cells;
        BatchRow row;
        row.line = lines.at(i).line;
        row.userId = cells.value(userColumn).trimmed();
        const QString amountText = cells.value(amountColumn).trimmed();
        row.platform =
            platformColumn >= 0 ? cells.value(platformColumn).trimmed().toLower() : QString();
        if (row.platform.isEmpty())
            row.platform = QStringLiteral("default");
        if (!PayoutValidator::isUuid(row.userId))
            row.problems.append(tr("user_id: not a Dots user id"));
        row.amount = Money::parse(amountText);
        if (!row.amount || row.amount->isNegative() || row.amount->isZero())
            row.problems.append(tr("amount: not a positive amount (use '.' for decimals)"));
        else if (!row.amount->withScale(2))
            row.problems.append(tr("amount: more than two decimals"));
        if (!PayoutMethods::choices(PayoutField::Platform).contains(row.platform))
            row.problems.append(tr("platform: must be default, ach, paypal or venmo"));
        if (row.isValid()) {
            const QString key = row.userId + u'/' + row.amount->normalized().toString();
            const bool repeatsRecent =
                std::any_of(recent.cbegin(), recent.cend(), [&row](const RecentPayout &p) {
                    return p.userId == row.userId && p.amount == *row.amount;
                });
            if (repeatsRecent)
                row.warning = tr("This payee was recently paid this amount.");
            else if (seen.contains(key))
                row.warning = tr("Repeats an earlier line of this file.");
            seen.insert(key);
        }
        batch.m_rows.append(row);
    }
    if (batch.m_rows.isEmpty())
        batch.m_error = tr("The file has a header but no payouts.");
    return batch;
}

int PayoutBatch::validCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const BatchRow &r) { return r.isValid(); }));
}

int PayoutBatch::warningCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const BatchRow &r) { return !r.warning.isEmpty(); }));
}

int PayoutBatch::sentCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [this](const BatchRow &r) { return isSent(r); }));
}

Money PayoutBatch::sentTotal() const
{
    return totalOf(m_rows, [this](const BatchRow &r) { return isSent(r); });
}

Money PayoutBatch::validTotal() const
{
    return totalOf(m_rows, [](const BatchRow &r) { return r.isValid(); });
}

QList<PayoutRequest> PayoutBatch::requests(const QString &connection) const
{
    QList<PayoutRequest> list;
    for (const BatchRow &r : m_rows) {
        if (!isSent(r))
            continue;
        PayoutRequest p;
        p.method = PayoutMethod::DotsPayout;
        p.connection = connection;
        p.amount = *r.amount;
        p.currency = QStringLiteral("USD");
        p.fields = {{PayoutField::DotsUser, r.userId}, {PayoutField::Platform, r.platform}};
        p.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        list.append(p);
    }
    return list;
}

QByteArray PayoutBatch::toJournalJson(const QList<PayoutRequest> &items)
{
    QJsonArray list;
    for (const PayoutRequest &p : items)
        list.append(QJsonDocument::fromJson(p.toJournalJson()).object());
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), list}})
        .toJson(QJsonDocument::Compact);
}

QList<PayoutRequest> PayoutBatch::fromJournalJson(const QByteArray &json)
{
    QList<PayoutRequest> items;
    const QJsonArray list =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &v : list) {
        if (auto p = PayoutRequest::fromJournalJson(
                QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)))
            items.append(*p);
    }
    return items;
}

QList<RecentPayout> PayoutBatch::recentPayouts(const QList<JournalEntry> &journal,
                                               const QDateTime &since)
{
    QList<RecentPayout> recent;
    for (const JournalEntry &e : journal) {
        if (e.created < since || e.state == JournalEntry::State::Failed)
            continue;
        QList<PayoutRequest> made;
        if (e.action == JournalAction::payout(PayoutMethod::DotsPayout)) {
            if (const auto r = PayoutRequest::fromJournalJson(e.request))
                made.append(*r);
        } else if (e.action.kind() == JournalAction::Kind::Batch) {
            made = fromJournalJson(e.request);
        }
        for (const PayoutRequest &r : std::as_const(made))
            recent.append({r.value(PayoutField::DotsUser), r.amount});
    }
    return recent;
}
