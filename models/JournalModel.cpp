#include "JournalModel.h"

#include "XlsxWriter.h"

#include "CsvFormat.h"
#include "Currency.h"
#include "Payout.h"

#include <QLocale>

namespace {

const char *const Headers[] = {
    QT_TRANSLATE_NOOP("JournalModel", "Time"),       QT_TRANSLATE_NOOP("JournalModel", "User"),
    QT_TRANSLATE_NOOP("JournalModel", "Connection"), QT_TRANSLATE_NOOP("JournalModel", "Action"),
    QT_TRANSLATE_NOOP("JournalModel", "Target"),     QT_TRANSLATE_NOOP("JournalModel", "Amount"),
    QT_TRANSLATE_NOOP("JournalModel", "Currency"),   QT_TRANSLATE_NOOP("JournalModel", "Fee"),
    QT_TRANSLATE_NOOP("JournalModel", "Result"),     QT_TRANSLATE_NOOP("JournalModel", "Reference"),
    QT_TRANSLATE_NOOP("JournalModel", "Message"),
};
static_assert(std::size(Headers) == JournalModel::ColumnCount);

// The exports' columns: the view's, with the fee's currency beside the fee.
const char *const CsvHeaders[] = {"time",         "user",   "connection", "action",
                                  "target",       "amount", "currency",   "fee",
                                  "fee_currency", "result", "reference",  "message"};
enum ExportColumn { ExportTime = 0, ExportAmount = 5, ExportFee = 7 };
constexpr int ExportColumns = int(std::size(CsvHeaders));
static_assert(ExportColumns == JournalModel::ColumnCount + 1);

// One entry's cells as locale-free text, as both exports write them.
QStringList cellTexts(const JournalEntry &e)
{
    return {
        e.created.toUTC().toString(Qt::ISODate),
        e.user,
        e.connection,
        e.action.text(),
        e.shownTarget(),
        e.amount ? e.amount->toString() : QString(),
        e.currency,
        e.fee ? e.fee->toString() : QString(),
        e.fee ? e.feeCurrency : QString(),
        JournalEntry::stateName(e.state),
        e.reference,
        e.shownMessage(),
    };
}

} // namespace

void JournalModel::setEntries(const QList<JournalEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JournalModel::stateText(JournalEntry::State state)
{
    switch (state) {
    case JournalEntry::State::Pending:
        return tr("Sending…");
    case JournalEntry::State::Succeeded:
        return tr("Done");
    case JournalEntry::State::Failed:
        return tr("Failed");
    case JournalEntry::State::Unknown:
        return tr("Unknown");
    }
    return QString();
}

QString JournalModel::stateText(const JournalEntry &e)
{
    // A card action is done when the provider said so; a payout the provider accepted goes
    // on, and its last known word says where it is.
    if (e.state != JournalEntry::State::Succeeded || !e.action.movesMoney())
        return stateText(e.state);
    switch (PayoutState::progressOf(e.statusWord())) {
    case PayoutState::Progress::UnderWay:
        return tr("Accepted, under way");
    case PayoutState::Progress::Completed:
        return tr("Paid out");
    case PayoutState::Progress::Cancelled:
        return tr("Cancelled");
    case PayoutState::Progress::Failed:
        return tr("Failed after it was accepted");
    case PayoutState::Progress::Unstated:
        break;
    }
    return tr("Accepted");
}

QString JournalModel::actionText(const JournalAction &action)
{
    using Kind = JournalAction::Kind;
    switch (action.kind()) {
    case Kind::Batch:
        return tr("Payout: Dots batch");
    case Kind::Payout:
        return tr("Payout: %1").arg(PayoutMethods::name(*action.method()));
    case Kind::Freeze:
        return tr("Freeze card");
    case Kind::Unfreeze:
        return tr("Unfreeze card");
    case Kind::CancelCard:
        return tr("Cancel card");
    case Kind::Limit:
        return tr("Set spend limit");
    case Kind::CreateCard:
        return tr("Create card");
    case Kind::Restrict:
        return tr("Restrict trade scripts");
    case Kind::CancelPayout:
        return tr("Cancel payout");
    case Kind::CreateWallet:
        return tr("Open sub-account");
    case Kind::Unknown:
        break;
    }
    return action.text();
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const JournalEntry &e = m_entries.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Fee))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Message)
        return e.shownMessage();
    if (role == Qt::ToolTipRole && index.column() == State && !e.statusWord().isEmpty() &&
        e.state == JournalEntry::State::Succeeded)
        return tr("The provider's word: %1").arg(e.statusWord());
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Time:
        return QLocale().toString(e.created.toLocalTime(), QLocale::ShortFormat);
    case User:
        return e.user;
    case Connection:
        return e.connection;
    case Action:
        // One of the cards an emergency freeze froze: the journal says so, as the undo does.
        if (!e.emergency().isEmpty())
            return tr("Emergency freeze");
        return actionText(e.action);
    case Target:
        return e.shownTarget();
    case Amount:
        return e.amount ? Currency::formatLocale(*e.amount, e.currency, QLocale()) : QString();
    case Currency:
        return e.currency;
    case Fee:
        if (!e.fee)
            return QString();
        // In the payout's currency the column says enough; a coin's fee names the coin.
        return e.feeCurrency == e.currency || e.feeCurrency.isEmpty()
                   ? Currency::formatLocale(*e.fee, e.feeCurrency, QLocale())
                   : Currency::formatLocale(*e.fee, e.feeCurrency, QLocale()) + u' ' +
                         e.feeCurrency;
    case State:
        return stateText(e);
    case Reference:
        return e.reference;
    case Message:
        return e.shownMessage();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return {};
    return tr(Headers[section]);
}

bool JournalModel::writeCsv(QIODevice *device, const QList<int> &rows, QString *error) const
{
    QByteArray out;
    for (int c = 0; c < ExportColumns; ++c) {
        if (c > 0)
            out += ',';
        out += CsvHeaders[c];
    }
    out += "\r\n";
    auto writeRow = [&out](const JournalEntry &e) {
        const QStringList cells = cellTexts(e);
        for (int c = 0; c < ExportColumns; ++c) {
            if (c > 0)
                out += ',';
            CsvFormat::appendCell(out, cells[c], ',', c == ExportAmount || c == ExportFee);
        }
        out += "\r\n";
    };
    if (rows.isEmpty()) {
        for (const JournalEntry &e : m_entries)
            writeRow(e);
    } else {
        for (const int r : rows)
            writeRow(m_entries.at(r));
    }
    if (device->write(out) != out.size()) {
        if (error)
            *error = device->errorString();
        return false;
    }
    return true;
}

bool JournalModel::writeXlsx(const QString &path, const QList<int> &rows, QString *error) const
{
    XlsxWriter book(path);
    if (!book.open()) {
        *error = book.error();
        return false;
    }
    QStringList headers;
    for (const char *h : CsvHeaders)
        headers.append(QLatin1String(h));
    book.addSheet(tr("Journal"));
    const qsizetype count = rows.isEmpty() ? m_entries.size() : rows.size();
    book.header(headers, count);
    for (qsizetype n = 0; n < count; ++n) {
        const JournalEntry &e = m_entries.at(rows.isEmpty() ? int(n) : rows.at(n));
        const QStringList cells = cellTexts(e);
        for (int c = 0; c < ExportColumns; ++c) {
            if (c == ExportTime) {
                book.date(n + 1, c, e.created.toMSecsSinceEpoch());
                book.fit(c, 19);
            } else if (c == ExportAmount && e.amount) {
                const int scale = Currency::scale(e.currency);
                book.amount(n + 1, c, *e.amount, qMax(scale, e.amount->normalized().scale()));
                book.fit(c, cells.at(c).size() + 4);
            } else if (c == ExportFee && e.fee) {
                const int scale = Currency::scale(e.feeCurrency);
                book.amount(n + 1, c, *e.fee, qMax(scale, e.fee->normalized().scale()));
                book.fit(c, cells.at(c).size() + 4);
            } else {
                book.text(n + 1, c, cells.at(c));
                book.fit(c, qMin<qsizetype>(cells.at(c).size(), 50));
            }
        }
    }
    if (!book.finish()) {
        *error = book.error();
        return false;
    }
    return true;
}
