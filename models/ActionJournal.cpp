#include "ActionJournal.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace {

const char *const StateNames[] = {"pending", "succeeded", "failed", "unknown"};

const char Columns[] = "id, key, created_ms, updated_ms, os_user, provider, connection, action,"
                       " target, amount, currency, state, reference, message, fee_rule, request,"
                       " connection_id, owner, lease_until_ms, checks, needs_decision,"
                       " decided_by, target_text, message_text, link, fee, fee_currency, tracking";

// A null QString binds as NULL; the journal's text columns are NOT NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// The source of the app's own words; '' for verbatim text.
QString sourceOf(const JournalText &t)
{
    const QJsonObject json = t.toJson();
    return json.isEmpty() ? QString(QLatin1String(""))
                          : QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

JournalEntry entryFrom(const QSqlQuery &q)
{
    JournalEntry e;
    e.id = q.value(0).toLongLong();
    e.key = q.value(1).toString();
    e.created = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    e.updated = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    e.user = q.value(4).toString();
    e.provider = q.value(5).toString();
    e.connection = q.value(6).toString();
    e.action = JournalAction::fromText(q.value(7).toString());
    e.target = q.value(8).toString();
    if (!q.value(9).isNull())
        e.amount = Money::parse(q.value(9).toString());
    e.currency = q.value(10).toString();
    e.state =
        JournalEntry::stateFromName(q.value(11).toString()).value_or(JournalEntry::State::Unknown);
    e.reference = q.value(12).toString();
    e.message = q.value(13).toString();
    e.feeRule = q.value(14).toString();
    e.request = q.value(15).toByteArray();
    e.connectionId = q.value(16).toString();
    e.owner = q.value(17).toString();
    if (const qint64 lease = q.value(18).toLongLong(); lease > 0)
        e.leaseUntil = QDateTime::fromMSecsSinceEpoch(lease, Qt::UTC);
    e.checks = q.value(19).toByteArray();
    e.needsDecision = q.value(20).toBool();
    e.decidedBy = q.value(21).toString();
    e.targetText =
        JournalText::fromJson(QJsonDocument::fromJson(q.value(22).toString().toUtf8()).object());
    e.messageText =
        JournalText::fromJson(QJsonDocument::fromJson(q.value(23).toString().toUtf8()).object());
    e.link = q.value(24).toString();
    if (!q.value(25).isNull())
        e.fee = Money::parse(q.value(25).toString());
    e.feeCurrency = q.value(26).toString();
    e.tracking = q.value(27).toString();
    return e;
}

} // namespace

QString JournalEntry::cardKey() const
{
    return QJsonDocument::fromJson(request).object().value(QStringLiteral("card")).toString();
}

QString JournalEntry::externalId() const
{
    return QJsonDocument::fromJson(request)
        .object()
        .value(QStringLiteral("external_id"))
        .toString();
}

QString JournalEntry::emergency() const
{
    if (action.kind() != JournalAction::Kind::Freeze)
        return QString();
    return QJsonDocument::fromJson(request).object().value(QStringLiteral("emergency")).toString();
}

QString JournalEntry::stateName(State state)
{
    return QLatin1String(StateNames[int(state)]);
}

JournalEntry::State JournalEntry::stateAfter(const ProviderError *error)
{
    if (!error)
        return State::Succeeded;
    return error->leavesOutcomeUnknown() ? State::Unknown : State::Failed;
}

std::optional<JournalEntry::State> JournalEntry::stateFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(StateNames)); ++i) {
        if (name == QLatin1String(StateNames[i]))
            return State(i);
    }
    return std::nullopt;
}

QString ActionJournal::currentUser()
{
#ifdef Q_OS_UNIX
    // The account itself, not an environment variable anyone can set.
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

std::optional<qint64> ActionJournal::append(JournalEntry entry)
{
    m_error.clear();
    const QDateTime now = m_clock.nowUtc();
    if (!entry.created.isValid())
        entry.created = now;
    if (!entry.updated.isValid())
        entry.updated = entry.created;
    if (entry.user.isEmpty())
        entry.user = currentUser();
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO journal (key, created_ms, updated_ms, os_user,"
                             " provider, connection, action, target, amount, currency, state,"
                             " reference, message, fee_rule, request, connection_id, owner,"
                             " lease_until_ms, target_text, message_text, link)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                             " ?)"));
    // Readers of the file (an export, an older copy) find the words as they were written.
    if (!entry.targetText.isEmpty())
        entry.target = entry.targetText.render();
    if (!entry.messageText.isEmpty())
        entry.message = entry.messageText.render();
    for (const QVariant &v :
         QVariantList{text(entry.key), entry.created.toMSecsSinceEpoch(),
                      entry.updated.toMSecsSinceEpoch(), text(entry.user), text(entry.provider),
                      text(entry.connection), text(entry.action.text()), text(entry.target),
                      // Exact text, never REAL.
                      entry.amount ? QVariant(entry.amount->toString())
                                   : QVariant(QMetaType::fromType<QString>()),
                      text(entry.currency), JournalEntry::stateName(entry.state),
                      text(entry.reference), text(entry.message), text(entry.feeRule),
                      entry.request.isEmpty() ? QVariant(QStringLiteral("{}"))
                                              : QVariant(QString::fromUtf8(entry.request)),
                      text(entry.connectionId), text(entry.owner),
                      entry.leaseUntil.isValid() ? entry.leaseUntil.toMSecsSinceEpoch() : 0,
                      sourceOf(entry.targetText), sourceOf(entry.messageText), text(entry.link)})
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

bool ActionJournal::update(qint64 id, JournalEntry::State state, const QString &reference,
                           const JournalText &message, const QString &feeRule, const QString &link)
{
    m_error.clear();
    QSqlQuery q(m_db.db());
    // Settled, it needs no owner and no one's decision any more.
    const int settled =
        state == JournalEntry::State::Succeeded || state == JournalEntry::State::Failed;
    q.prepare(QStringLiteral("UPDATE journal SET state = ?, reference = ?, message = ?,"
                             " message_text = ?,"
                             " fee_rule = CASE WHEN ? = '' THEN fee_rule ELSE ? END,"
                             " link = CASE WHEN ? = '' THEN link ELSE ? END,"
                             " owner = CASE WHEN ? THEN '' ELSE owner END,"
                             " lease_until_ms = CASE WHEN ? THEN 0 ELSE lease_until_ms END,"
                             " needs_decision = CASE WHEN ? THEN 0 ELSE needs_decision END,"
                             " updated_ms = ? WHERE id = ?"));
    q.addBindValue(JournalEntry::stateName(state));
    q.addBindValue(text(reference));
    q.addBindValue(text(message.render()));
    q.addBindValue(sourceOf(message));
    q.addBindValue(text(feeRule));
    q.addBindValue(text(feeRule));
    q.addBindValue(text(link));
    q.addBindValue(text(link));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(settled);
    q.addBindValue(m_clock.nowUtc().toMSecsSinceEpoch());
    q.addBindValue(id);
    return changedOne(q, id);
}

bool ActionJournal::keepReceipt(qint64 id, const PayoutReceipt &receipt, const QString &currency)
{
    m_error.clear();
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE journal SET fee = ?, fee_currency = ?, tracking = ?"
                             " WHERE id = ?"));
    // Exact text, never REAL.
    q.addBindValue(receipt.fee ? QVariant(receipt.fee->toString())
                               : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(receipt.fee
                       ? text(receipt.feeCurrency.isEmpty() ? currency : receipt.feeCurrency)
                       : text(QString()));
    q.addBindValue(text(receipt.tracking));
    q.addBindValue(id);
    return changedOne(q, id);
}

bool ActionJournal::changedOne(QSqlQuery &q, qint64 id)
{
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_error = q.lastError().isValid() ? q.lastError().text()
                                          : QObject::tr("No journal entry %1.").arg(id);
        return false;
    }
    return true;
}

bool ActionJournal::setRequest(qint64 id, const QByteArray &request)
{
    m_error.clear();
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE journal SET request = ? WHERE id = ?"));
    q.addBindValue(QString::fromUtf8(request));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool ActionJournal::claim(qint64 id, const QString &owner, const QDateTime &until)
{
    m_error.clear();
    QSqlQuery q(m_db.db());
    // One statement: two copies claiming at once cannot both win.
    q.prepare(QStringLiteral("UPDATE journal SET owner = ?, lease_until_ms = ? WHERE id = ?"
                             " AND state IN ('pending', 'unknown')"
                             " AND (owner = '' OR owner = ? OR lease_until_ms < ?)"));
    for (const QVariant &v : QVariantList{owner, until.toMSecsSinceEpoch(), id, owner,
                                          m_clock.nowUtc().toMSecsSinceEpoch()})
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool ActionJournal::release(qint64 id, const QString &owner)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "UPDATE journal SET owner = '', lease_until_ms = 0 WHERE id = ? AND owner = ?"));
    q.addBindValue(id);
    q.addBindValue(owner);
    return q.exec();
}

bool ActionJournal::recordCheck(qint64 id, const QJsonObject &check, bool needsDecision,
                                const JournalText &message)
{
    m_error.clear();
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "UPDATE journal SET checks = json_insert(checks, '$[#]', json(?)),"
        " needs_decision = ?, state = 'unknown', message = ?,"
        " message_text = ?, updated_ms = ? WHERE id = ? AND state IN ('pending', 'unknown')"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(check).toJson(QJsonDocument::Compact)));
    q.addBindValue(needsDecision ? 1 : 0);
    q.addBindValue(text(message.render()));
    q.addBindValue(sourceOf(message));
    q.addBindValue(m_clock.nowUtc().toMSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_error = q.lastError().isValid() ? q.lastError().text()
                                          : QObject::tr("Journal entry %1 is not open.").arg(id);
        return false;
    }
    return true;
}

bool ActionJournal::markNotSent(qint64 id, const QString &who, const JournalText &message)
{
    m_error.clear();
    QSqlQuery q(m_db.db());
    // Only what waits for a person: nothing that may still be found is closed by hand.
    q.prepare(
        QStringLiteral("UPDATE journal SET state = 'failed', decided_by = ?, message = ?,"
                       " message_text = ?, needs_decision = 0, owner = '', lease_until_ms = 0,"
                       " updated_ms = ? WHERE id = ? AND state = 'unknown'"
                       " AND needs_decision = 1"));
    q.addBindValue(text(who));
    q.addBindValue(text(message.render()));
    q.addBindValue(sourceOf(message));
    q.addBindValue(m_clock.nowUtc().toMSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_error = q.lastError().isValid()
                      ? q.lastError().text()
                      : QObject::tr("Journal entry %1 is not waiting for a decision.").arg(id);
        return false;
    }
    return true;
}

QList<JournalEntry> ActionJournal::select(const QString &where, const QVariantList &values,
                                          const QString &order)
{
    m_error.clear();
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM journal %2 ORDER BY %3")
                  .arg(QLatin1String(Columns), where, order));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<JournalEntry> list;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return list;
    }
    while (q.next())
        list.append(entryFrom(q));
    return list;
}

std::optional<JournalEntry> ActionJournal::byKey(const QString &key)
{
    const QList<JournalEntry> list =
        select(QStringLiteral("WHERE key = ?"), {key}, QStringLiteral("id"));
    return list.isEmpty() ? std::nullopt : std::optional<JournalEntry>(list.first());
}

QList<JournalEntry> ActionJournal::entries()
{
    return select(QString(), {}, QStringLiteral("id DESC"));
}

QList<JournalEntry> ActionJournal::openEntries()
{
    return select(QStringLiteral("WHERE state IN ('pending', 'unknown')"), {},
                  QStringLiteral("id"));
}

std::optional<int> ActionJournal::adoptConnection(const QString &id, const QString &provider,
                                                  const QString &name, const QString &previousName)
{
    m_error.clear();
    QSqlQuery q(m_db.db());
    // Rows already right are left alone, so that a connection opening changes nothing.
    q.prepare(QStringLiteral("UPDATE journal SET connection_id = ?, connection = ?"
                             " WHERE (connection_id = ? AND connection <> ?) OR"
                             " (connection_id = '' AND provider = ? AND connection IN (?, ?))"));
    for (const QVariant &v : QVariantList{id, name, id, name, provider, name,
                                          previousName.isEmpty() ? name : previousName})
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    return q.numRowsAffected();
}
