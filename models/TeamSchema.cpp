#include "TeamSchema.h"

#include "TeamConnection.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The functions, triggers and views by job: retired.sql first (what an older schema had
// that these files cannot replace), privileges.sql last, because it takes every
// grant away and gives the groups exactly theirs.
const char *const FunctionFiles[] = {
    ":/team/functions/retired.sql",  ":/team/functions/audit.sql",
    ":/team/functions/members.sql",  ":/team/functions/policy.sql",
    ":/team/functions/requests.sql", ":/team/functions/sending.sql",
    ":/team/functions/keys.sql",     ":/team/functions/connections.sql"};
const char Privileges[] = ":/team/functions/privileges.sql";

// What a definition is compared by: its text as PostgreSQL prints it, and its grants.
const char InstalledSql[] = R"(
select 'function ' || p.oid::regprocedure::text,
       md5(pg_get_functiondef(p.oid) || coalesce(p.proacl::text, ''))
from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'td'
union all
select 'trigger ' || t.tgname || ' on ' || t.tgrelid::regclass::text, md5(pg_get_triggerdef(t.oid))
from pg_trigger t join pg_class c on c.oid = t.tgrelid
join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'td' and not t.tgisinternal
union all
select 'view ' || c.oid::regclass::text, md5(pg_get_viewdef(c.oid) || coalesce(c.relacl::text, ''))
from pg_class c join pg_namespace n on n.oid = c.relnamespace
where n.nspname = 'td' and c.relkind = 'v')";

} // namespace

bool TeamSchema::run(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return m_link->fail(tr("%1 is missing from this build").arg(resource));
    const QString sql = QString::fromUtf8(file.readAll());
    // A step of comments alone (its functions moved to the files) is no query to send.
    static const QRegularExpression statement(QStringLiteral("^\\s*[^-\\s]"),
                                              QRegularExpression::MultilineOption);
    QSqlQuery q(m_link->db());
    return !sql.contains(statement) || m_link->exec(q, sql);
}

bool TeamSchema::applyFunctions(bool withPrivileges)
{
    for (const char *file : FunctionFiles)
        if (!run(QString::fromLatin1(file)))
            return false;
    return !withPrivileges || run(QString::fromLatin1(Privileges));
}

std::optional<QHash<QString, QString>> TeamSchema::installed()
{
    QSqlQuery q(m_link->db());
    if (!m_link->exec(q, QString::fromLatin1(InstalledSql)))
        return std::nullopt;
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

// Every file's `create or replace` writes its function's catalogue row in this
// transaction; a function whose row is older is defined by no file.
std::optional<QStringList> TeamSchema::notInFiles()
{
    QSqlQuery q(m_link->db());
    if (!m_link->exec(
            q, QStringLiteral("SELECT 'function ' || p.oid::regprocedure::text FROM pg_proc p "
                              "JOIN pg_namespace n ON n.oid = p.pronamespace "
                              "WHERE n.nspname = 'td' AND p.xmin <> pg_current_xact_id()::xid "
                              "ORDER BY 1")))
        return std::nullopt;
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

bool TeamSchema::apply(bool keep, QStringList *differing)
{
    if (!m_link->db().transaction())
        return m_link->fail(m_link->db().lastError());
    QSqlQuery q(m_link->db());
    // Two owners at once: the second waits and then finds it done. Bodies are checked
    // when they run, so a function may name a table a later migration makes; the
    // migrations' "does not exist, skipping" notices are no news to the owner.
    bool ok =
        m_link->exec(q, QStringLiteral("SET LOCAL client_min_messages = warning")) &&
        m_link->exec(q, QStringLiteral("SET LOCAL check_function_bodies = off")) &&
        m_link->exec(q, QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('td.schema'))")) &&
        m_link->exec(q, QStringLiteral("SELECT to_regclass('td.meta') IS NOT NULL"));
    int version = 0;
    if (ok && q.next() && q.value(0).toBool()) {
        ok = m_link->exec(q, QStringLiteral("SELECT schema_version FROM td.meta")) && q.next();
        version = ok ? q.value(0).toInt() : 0;
    }
    if (ok && !keep && version != Version)
        ok =
            m_link->fail(tr("the team database is at schema %1, not %2").arg(version).arg(Version));
    const auto before = ok && version == Version ? installed() : std::nullopt;
    // Each migration may need the functions (an audit row, a trigger): they follow each.
    for (int v = version; ok && v < Version; ++v)
        ok = run(QStringLiteral(":/team/schema-%1.sql").arg(v + 1)) && applyFunctions(true) &&
             m_link->exec(q, QStringLiteral("UPDATE td.meta SET schema_version = ?"), {v + 1});
    if (ok && before) {
        std::optional<QStringList> stray;
        // Strays are told before privileges.sql touches every function's row.
        ok = applyFunctions(false) && (stray = notInFiles()).has_value() &&
             run(QString::fromLatin1(Privileges));
        const auto after = ok ? installed() : std::nullopt;
        ok = ok && after.has_value();
        if (ok && differing) {
            for (auto it = before->cbegin(); it != before->cend(); ++it)
                if (after->value(it.key()) != it.value() && !stray->contains(it.key()))
                    differing->append(it.key());
            for (auto it = after->cbegin(); it != after->cend(); ++it)
                if (!before->contains(it.key()))
                    differing->append(it.key() + tr(" (missing)"));
            differing->sort();
            for (const QString &name : std::as_const(*stray))
                differing->append(name + tr(" (defined by no file of this build)"));
        }
    }
    if (!ok || !keep) {
        m_link->db().rollback();
        return ok;
    }
    return m_link->db().commit() || m_link->fail(m_link->db().lastError());
}

bool TeamSchema::upgrade(QStringList *replaced)
{
    return apply(true, replaced);
}

std::optional<QStringList> TeamSchema::differences()
{
    QStringList out;
    if (!apply(false, &out))
        return std::nullopt;
    return out;
}
